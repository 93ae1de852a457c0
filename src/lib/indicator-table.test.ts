import { describe, expect, it } from 'vitest';
import { indicatorTable } from './indicator-table.ts';

const opts = {
	areaOrder: ['kymenlaakso', 'koko-maa', 'kotka'],
	groupOrder: ['8-9lk', 'lukio'],
	focus: 'kymenlaakso',
	reference: 'koko-maa',
};
const v = (area: string, group: string, year: number, value: number) => ({
	area,
	group,
	year,
	value,
});

describe('indicatorTable', () => {
	it('pairs each group’s focus and reference rows, whatever order the content lists the values in', () => {
		// The content lists all Kymenlaakso values first and all national values after (as indicators.yaml does).
		const model = indicatorTable(
			[
				v('kymenlaakso', 'lukio', 2023, 1),
				v('kymenlaakso', '8-9lk', 2023, 2),
				v('koko-maa', 'lukio', 2023, 3),
				v('koko-maa', '8-9lk', 2023, 4),
				v('kotka', '8-9lk', 2023, 5),
			],
			opts,
		);
		expect(model.groups.map((g) => [g.group, g.rows.map((r) => r.area)])).toEqual([
			['8-9lk', ['kymenlaakso', 'koko-maa', 'kotka']],
			['lukio', ['kymenlaakso', 'koko-maa']],
		]);
	});
	it('gives a column per year, with gaps where a year has no value, and marks uncertain values', () => {
		const model = indicatorTable(
			[v('kymenlaakso', 'lukio', 2019, 50), v('koko-maa', 'lukio', 2021, 55)],
			{ ...opts, uncertain: [{ area: 'koko-maa', group: 'lukio', year: 2021 }] },
		);
		expect(model.years).toEqual([2019, 2021]);
		expect(model.groups[0]?.rows.map((r) => r.cells)).toEqual([
			[{ value: 50, uncertain: false }, undefined],
			[undefined, { value: 55, uncertain: true }],
		]);
	});
	it('splits the years at a question change into two column groups', () => {
		const model = indicatorTable(
			[
				v('kymenlaakso', 'lukio', 2019, 51),
				v('kymenlaakso', 'lukio', 2021, 82),
				v('kymenlaakso', 'lukio', 2023, 85),
			],
			{ ...opts, changes: [{ year: 2021, better_before: 'lower' }] },
		);
		expect(model.periods).toEqual([
			{ from: 2019, span: 1, before: true },
			{ from: 2021, span: 2, before: false },
		]);
	});
	it('keeps the printed decimals', () => {
		const model = indicatorTable([{ ...v('koko-maa', 'lukio', 2021, 6), decimals: 1 }], opts);
		expect(model.groups[0]?.rows[0]?.cells[0]).toEqual({ value: 6, decimals: 1, uncertain: false });
	});
});
