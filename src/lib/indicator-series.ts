import type { Break, Value } from './indicator-status.ts';

/** Plain data for one chart line: what the client script draws, nothing it must compute. */
export type ChartSeries = {
	label: string;
	area: string;
	group: string;
	dashed: boolean;
	point: string;
	colour: number;
	data: (number | null)[];
};
export type ChartData = { years: number[]; unit: string; series: ChartSeries[]; ariaLabel: string };

const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'];

/**
 * Kymenlaakso against the whole country, one line per group and area. A question change splits a
 * line, so no line is drawn across it. `label` turns a group/area/period into words.
 */
export function chartData(
	values: readonly Value[],
	opts: {
		breaks?: readonly Break[];
		unit: string;
		label: (group: string, area: string, beforeBreak: boolean) => string;
		summary: (parts: string[]) => string;
		format: (v: number) => string;
	},
): ChartData {
	const shown = values.filter((v) => v.area === 'kymenlaakso' || v.area === 'koko-maa');
	const years = [...new Set(shown.map((v) => v.year))].sort((a, b) => a - b);
	const groups = [...new Set(shown.map((v) => v.group))];
	const breakYear = opts.breaks?.[0]?.year;
	const series: ChartSeries[] = [];
	const parts: string[] = [];
	groups.forEach((group, gi) => {
		for (const area of ['kymenlaakso', 'koko-maa']) {
			const points = shown
				.filter((v) => v.group === group && v.area === area)
				.sort((a, b) => a.year - b.year);
			if (points.length === 0) continue;
			const periods =
				breakYear === undefined
					? [points]
					: [points.filter((p) => p.year < breakYear), points.filter((p) => p.year >= breakYear)];
			periods.forEach((pts, pi) => {
				if (pts.length === 0) return;
				series.push({
					label: opts.label(group, area, breakYear !== undefined && pi === 0),
					area,
					group,
					dashed: area === 'koko-maa',
					point: POINTS[gi % POINTS.length]!,
					colour: gi % 4,
					data: years.map((y) => pts.find((p) => p.year === y)?.value ?? null),
				});
			});
			const first = points[0]!;
			const last = points[points.length - 1]!;
			parts.push(
				first === last
					? `${opts.label(group, area, false)} ${first.year}: ${opts.format(first.value)}`
					: `${opts.label(group, area, false)} ${first.year}: ${opts.format(first.value)}, ${last.year}: ${opts.format(last.value)}`,
			);
		}
	});
	return { years, unit: opts.unit, series, ariaLabel: opts.summary(parts) };
}
