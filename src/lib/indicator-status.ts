/**
 * The plan's status rule (DESIGN.md): per (series, group), take the latest year with both a focus
 * value (Kymenlaakso) and a reference value (the whole country), or a pair of years the content
 * declares; the difference in percentage points, signed so that positive is better for children,
 * is `good` above +threshold, `concern` below −threshold and `neutral` otherwise (±threshold is
 * neutral). Never across a question change, and only for percentages with a better direction.
 */
export type Better = 'higher' | 'lower' | 'none';
export type Status = 'good' | 'neutral' | 'concern';
export type Value = { series?: string; area: string; group: string; year: number; value: number };
export type QuestionChange = { year: number; better_before: Better };
export type Pair = { group: string; focus: number; reference: number };

export type StatusInput = {
	/** Only percentage indicators are compared in percentage points. */
	percent: boolean;
	better: Better;
	threshold: number;
	values: readonly Value[];
	changes?: readonly QuestionChange[];
	pairs?: readonly Pair[];
};

export type StatusEntry = {
	group: string;
	series?: string;
	year: number;
	referenceYear: number;
	focus: number;
	reference: number;
	/** focus − reference, in percentage points as the reader computes it (rounded to 0.1). */
	gap: number;
	/** The gap signed so that positive is better for children (rounded to 0.1). */
	difference: number;
	status: Status;
};

/** Which side of the question changes a year is on. */
function period(year: number, changes: readonly QuestionChange[]): number {
	return changes.filter((c) => year >= c.year).length;
}

/** The direction that applied in `year` (it may have changed with the question). */
export function betterIn(
	year: number,
	better: Better,
	changes: readonly QuestionChange[] = [],
): Better {
	const later = [...changes].sort((a, b) => a.year - b.year).find((c) => year < c.year);
	return later ? later.better_before : better;
}

export function classify(difference: number, threshold: number): Status {
	// Compare in thousandths so float noise (85 − 83.5) cannot tip an exact ±threshold out of neutral.
	const d = Math.round(difference * 1000) / 1000;
	if (d > threshold) return 'good';
	if (d < -threshold) return 'concern';
	return 'neutral';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Status per (series, group); empty when nothing can be compared. */
export function indicatorStatus(
	ind: StatusInput,
	focusArea: string,
	referenceArea: string,
): StatusEntry[] {
	if (!ind.percent || ind.better === 'none') return [];
	const changes = [...(ind.changes ?? [])].sort((a, b) => a.year - b.year);
	const keys: { series: string | undefined; group: string }[] = [];
	for (const v of ind.values)
		if (!keys.some((k) => k.series === v.series && k.group === v.group))
			keys.push({ series: v.series, group: v.group });
	const out: StatusEntry[] = [];
	for (const { series, group } of keys) {
		const of = (area: string) =>
			ind.values.filter((v) => v.series === series && v.group === group && v.area === area);
		const focus = of(focusArea);
		const reference = of(referenceArea);
		const common = focus.map((v) => v.year).filter((y) => reference.some((r) => r.year === y));
		let years: { f: number; r: number } | undefined;
		if (common.length > 0) years = { f: Math.max(...common), r: Math.max(...common) };
		else {
			const pair = ind.pairs?.find((p) => p.group === group);
			if (
				pair &&
				focus.some((v) => v.year === pair.focus) &&
				reference.some((v) => v.year === pair.reference)
			)
				years = { f: pair.focus, r: pair.reference };
		}
		if (!years) continue;
		if (period(years.f, changes) !== period(years.r, changes)) continue;
		const direction = betterIn(years.f, ind.better, changes);
		if (direction === 'none') continue;
		const f = focus.find((v) => v.year === years.f);
		const r = reference.find((v) => v.year === years.r);
		if (!f || !r) continue;
		const gap = f.value - r.value;
		const signed = direction === 'higher' ? gap : -gap;
		out.push({
			group,
			...(series !== undefined ? { series } : {}),
			year: years.f,
			referenceYear: years.r,
			focus: f.value,
			reference: r.value,
			gap: round1(gap),
			difference: round1(signed),
			status: classify(signed, ind.threshold),
		});
	}
	return out;
}

/** How many comparisons are good, neutral and worrying, and in which year(s): the index's summary. */
export function statusSummary(entries: readonly StatusEntry[]): {
	good: number;
	neutral: number;
	concern: number;
	years: number[];
} {
	const count = (s: Status) => entries.filter((e) => e.status === s).length;
	return {
		good: count('good'),
		neutral: count('neutral'),
		concern: count('concern'),
		years: [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b),
	};
}
