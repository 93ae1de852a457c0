/**
 * The plan's own colour rule (seed 000, measures part 1): compare Kymenlaakso with the whole country
 * in the latest year that has both; the difference in percentage points, signed so that positive is
 * better, is `good` above +threshold, `concern` below −threshold, and `neutral` otherwise (±threshold
 * itself is neutral). No status where no comparison is possible.
 */
export type Better = 'higher' | 'lower' | 'none';
export type Status = 'good' | 'neutral' | 'concern';
export type Value = { series?: string; area: string; group: string; year: number; value: number };
export type Break = { year: number; better_before: Better };
export type Pair = { group: string; kymenlaakso: number; national: number };

export type IndicatorForStatus = {
	unit: string;
	better: Better;
	threshold: number;
	values: readonly Value[];
	breaks?: readonly Break[];
	pairs?: readonly Pair[];
};

export type StatusEntry = {
	group: string;
	series?: string;
	year: number;
	nationalYear: number;
	kymenlaakso: number;
	national: number;
	/** Percentage points, positive = better for children (rounded to 0.1). */
	difference: number;
	status: Status;
};

/** Which side of a question change a year is on: the index of the period it falls in. */
function period(year: number, breaks: readonly Break[]): number {
	return breaks.filter((b) => year >= b.year).length;
}

/** The direction that applied in `year` (it may have changed with the question). */
export function betterIn(year: number, ind: Pick<IndicatorForStatus, 'better' | 'breaks'>): Better {
	const later = [...(ind.breaks ?? [])].sort((a, b) => a.year - b.year).find((b) => year < b.year);
	return later ? later.better_before : ind.better;
}

export function classify(difference: number, threshold: number): Status {
	// Compare in tenths so float noise (e.g. 85 − 83.5) cannot tip an exact ±threshold out of neutral.
	const d = Math.round(difference * 1000) / 1000;
	if (d > threshold) return 'good';
	if (d < -threshold) return 'concern';
	return 'neutral';
}

/** Status per (series, group); empty for counts, rates without direction, or groups with nothing to compare. */
export function indicatorStatus(ind: IndicatorForStatus): StatusEntry[] {
	if (ind.unit !== '%' || ind.better === 'none') return [];
	const breaks = [...(ind.breaks ?? [])].sort((a, b) => a.year - b.year);
	const keys = [...new Set(ind.values.map((v) => `${v.series ?? ''}|${v.group}`))];
	const out: StatusEntry[] = [];
	for (const key of keys) {
		const [series, group] = key.split('|') as [string, string];
		const of = (area: string) =>
			ind.values.filter((v) => (v.series ?? '') === series && v.group === group && v.area === area);
		const kym = of('kymenlaakso');
		const nat = of('koko-maa');
		const common = kym.map((v) => v.year).filter((y) => nat.some((n) => n.year === y));
		let kYear: number | undefined;
		let nYear: number | undefined;
		if (common.length > 0) kYear = nYear = Math.max(...common);
		else {
			const pair = ind.pairs?.find((p) => p.group === group);
			if (
				pair &&
				kym.some((v) => v.year === pair.kymenlaakso) &&
				nat.some((v) => v.year === pair.national)
			) {
				kYear = pair.kymenlaakso;
				nYear = pair.national;
			}
		}
		if (kYear === undefined || nYear === undefined) continue;
		// Never compare across a change of question.
		if (period(kYear, breaks) !== period(nYear, breaks)) continue;
		const direction = betterIn(kYear, { better: ind.better, breaks });
		if (direction === 'none') continue;
		const k = kym.find((v) => v.year === kYear)!.value;
		const n = nat.find((v) => v.year === nYear)!.value;
		const raw = direction === 'higher' ? k - n : n - k;
		const difference = Math.round(raw * 10) / 10;
		out.push({
			group,
			...(series ? { series } : {}),
			year: kYear,
			nationalYear: nYear,
			kymenlaakso: k,
			national: n,
			difference,
			status: classify(raw, ind.threshold),
		});
	}
	return out;
}
