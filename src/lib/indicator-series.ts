import type { QuestionChange, Value } from './indicator-status.ts';

/** One line of a small chart: what the client script draws, nothing it must compute. */
export type ChartLine = {
	area: string;
	label: string;
	dashed: boolean;
	beforeChange: boolean;
	data: (number | null)[];
};
export type GroupChart = {
	group: string;
	title: string;
	years: number[];
	lines: ChartLine[];
	ariaLabel: string;
};

/**
 * Small multiples: one chart per group, each with only the focus and the reference line, so no
 * more than two lines are read at once. A question change splits each line: nothing is drawn
 * across it, and the years before it are labelled as the old question.
 */
export function groupCharts(
	values: readonly Value[],
	opts: {
		focus: string;
		reference: string;
		groupOrder: readonly string[];
		changes?: readonly QuestionChange[];
		groupLabel: (group: string) => string;
		areaLabel: (area: string, beforeChange: boolean) => string;
		format: (v: number) => string;
		summary: (title: string, parts: string[]) => string;
		oldQuestion: string;
	},
): GroupChart[] {
	const shown = values.filter((v) => v.area === opts.focus || v.area === opts.reference);
	const years = [...new Set(shown.map((v) => v.year))].sort((a, b) => a - b);
	const changeYear = [...(opts.changes ?? [])].sort((a, b) => a.year - b.year)[0]?.year;
	const rank = (g: string) => {
		const i = opts.groupOrder.indexOf(g);
		return i === -1 ? opts.groupOrder.length : i;
	};
	const groups = [...new Set(shown.map((v) => v.group))].sort((a, b) => rank(a) - rank(b));
	return groups.map((group) => {
		const lines: ChartLine[] = [];
		const parts: string[] = [];
		for (const area of [opts.focus, opts.reference]) {
			const points = shown
				.filter((v) => v.group === group && v.area === area)
				.sort((a, b) => a.year - b.year);
			if (points.length === 0) continue;
			const periods =
				changeYear === undefined
					? [{ before: false, points }]
					: [
							{ before: true, points: points.filter((p) => p.year < changeYear) },
							{ before: false, points: points.filter((p) => p.year >= changeYear) },
						];
			const described: string[] = [];
			for (const p of periods) {
				if (p.points.length === 0) continue;
				lines.push({
					area,
					label: opts.areaLabel(area, p.before),
					dashed: area === opts.reference,
					beforeChange: p.before,
					data: years.map((y) => p.points.find((x) => x.year === y)?.value ?? null),
				});
				described.push(
					p.points
						.map(
							(x) =>
								`${x.year}${p.before ? ` (${opts.oldQuestion})` : ''}: ${opts.format(x.value)}`,
						)
						.join(', '),
				);
			}
			parts.push(`${opts.areaLabel(area, false)} ${described.join('; ')}`);
		}
		const title = opts.groupLabel(group);
		return { group, title, years, lines, ariaLabel: opts.summary(title, parts) };
	});
}
