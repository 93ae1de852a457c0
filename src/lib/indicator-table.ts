import type { QuestionChange, Value } from './indicator-status.ts';

export type TableValue = Value & { decimals?: number };
export type TableCell = { value: number; decimals?: number; uncertain: boolean } | undefined;
export type TableRow = { area: string; cells: TableCell[] };
export type TableModel = {
	years: number[];
	/** With a question change, the years before it and from it on, as two column groups. */
	periods: { from: number; span: number; before: boolean }[];
	/** One block per group, its focus and reference rows first and next to each other. */
	groups: { group: string; rows: TableRow[] }[];
};

/**
 * An indicator's values as a table: a block per group (in plan.yaml's group order), in each block
 * the focus area, then the reference area, then the other areas in plan order; a column per year.
 */
export function indicatorTable(
	values: readonly TableValue[],
	opts: {
		areaOrder: readonly string[];
		groupOrder: readonly string[];
		focus: string;
		reference: string;
		changes?: readonly QuestionChange[];
		uncertain?: readonly { area: string; group: string; year: number }[];
	},
): TableModel {
	const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
	const rank = (list: readonly string[], id: string) => {
		const i = list.indexOf(id);
		return i === -1 ? list.length : i;
	};
	const areaRank = (a: string) =>
		a === opts.focus ? -2 : a === opts.reference ? -1 : rank(opts.areaOrder, a);
	const groups = [...new Set(values.map((v) => v.group))].sort(
		(a, b) => rank(opts.groupOrder, a) - rank(opts.groupOrder, b),
	);
	const isUncertain = (v: TableValue) =>
		(opts.uncertain ?? []).some(
			(u) => u.area === v.area && u.group === v.group && u.year === v.year,
		);
	const change = [...(opts.changes ?? [])].sort((a, b) => a.year - b.year)[0];
	const periods =
		change && years.some((y) => y < change.year) && years.some((y) => y >= change.year)
			? [
					{
						from: years[0] ?? change.year,
						span: years.filter((y) => y < change.year).length,
						before: true,
					},
					{ from: change.year, span: years.filter((y) => y >= change.year).length, before: false },
				]
			: [];
	return {
		years,
		periods,
		groups: groups.map((group) => ({
			group,
			rows: [...new Set(values.filter((v) => v.group === group).map((v) => v.area))]
				.sort((a, b) => areaRank(a) - areaRank(b))
				.map((area) => ({
					area,
					cells: years.map((year) => {
						const v = values.find((x) => x.group === group && x.area === area && x.year === year);
						if (!v) return undefined;
						return {
							value: v.value,
							...(v.decimals !== undefined ? { decimals: v.decimals } : {}),
							uncertain: isUncertain(v),
						};
					}),
				})),
		})),
	};
}
