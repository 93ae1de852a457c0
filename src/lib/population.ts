/** Shapes indicator 1's values into the population-forecast table of strategy chapter 2. */
export type PopulationValue = { area: string; group: string; year: number; value: number };

export type PopulationTable = {
	groups: string[];
	years: number[];
	/** Municipalities in the source's order, then the Kymenlaakso total. */
	rows: { area: string; cells: (number | undefined)[] }[];
};

const AREA_ORDER = [
	'hamina',
	'kotka',
	'kouvola',
	'miehikkala',
	'pyhtaa',
	'virolahti',
	'kymenlaakso',
];

export function populationTable(values: readonly PopulationValue[]): PopulationTable {
	const groups = [...new Set(values.map((v) => v.group))].sort();
	const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
	const areas = AREA_ORDER.filter((a) => values.some((v) => v.area === a));
	const rows = areas.map((area) => ({
		area,
		cells: groups.flatMap((g) =>
			years.map((y) => values.find((v) => v.area === area && v.group === g && v.year === y)?.value),
		),
	}));
	return { groups, years, rows };
}
