export type AreaValue = { area: string; group: string; year: number; value: number };

/**
 * Values as a table of areas by (group, year): the other areas in plan.yaml's order, the focus area
 * (the plan's whole area) last as the total row; groups in plan order, years ascending.
 */
export function areaTable(
	values: readonly AreaValue[],
	areaOrder: readonly string[],
	groupOrder: readonly string[],
	focus: string,
): { groups: string[]; years: number[]; rows: { area: string; cells: (number | undefined)[] }[] } {
	const groups = groupOrder.filter((g) => values.some((v) => v.group === g));
	const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
	const areas = [
		...areaOrder.filter((a) => a !== focus && values.some((v) => v.area === a)),
		...(values.some((v) => v.area === focus) ? [focus] : []),
	];
	return {
		groups,
		years,
		rows: areas.map((area) => ({
			area,
			cells: groups.flatMap((g) =>
				years.map(
					(y) => values.find((v) => v.area === area && v.group === g && v.year === y)?.value,
				),
			),
		})),
	};
}
