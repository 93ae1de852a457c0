import { describe, expect, it } from 'vitest';
import { groupCharts } from './indicator-series.ts';

const opts = {
	focus: 'kymenlaakso',
	reference: 'koko-maa',
	groupOrder: ['8-9lk', 'lukio'],
	groupLabel: (g: string) => g,
	areaLabel: (a: string, before: boolean) => `${a}${before ? ' (old)' : ''}`,
	format: (n: number) => `${n} %`,
	summary: (title: string, parts: string[]) => `${title}: ${parts.join('; ')}`,
	oldQuestion: 'old',
};
const v = (area: string, group: string, year: number, value: number) => ({
	area,
	group,
	year,
	value,
});

describe('groupCharts: small multiples, two lines each', () => {
	it('one chart per group in plan order, focus solid and reference dashed, other areas left to the table', () => {
		const charts = groupCharts(
			[
				v('kymenlaakso', 'lukio', 2019, 50),
				v('koko-maa', 'lukio', 2021, 55),
				v('kymenlaakso', '8-9lk', 2021, 1),
				v('kotka', 'lukio', 2021, 9),
			],
			opts,
		);
		expect(charts.map((c) => c.group)).toEqual(['8-9lk', 'lukio']);
		const lukio = charts[1];
		expect(lukio?.years).toEqual([2019, 2021]);
		expect(lukio?.lines.map((l) => [l.area, l.dashed, l.data])).toEqual([
			['kymenlaakso', false, [50, null]],
			['koko-maa', true, [null, 55]],
		]);
		expect(lukio?.ariaLabel).toBe('lukio: kymenlaakso 2019: 50 %; koko-maa 2021: 55 %');
	});
	it('splits a line at a question change and names the old question in the text alternative', () => {
		const [chart] = groupCharts(
			[
				v('kymenlaakso', 'lukio', 2019, 51),
				v('kymenlaakso', 'lukio', 2021, 82),
				v('kymenlaakso', 'lukio', 2023, 85),
			],
			{ ...opts, changes: [{ year: 2021, better_before: 'lower' }] },
		);
		expect(chart?.lines.map((l) => [l.label, l.beforeChange, l.data])).toEqual([
			['kymenlaakso (old)', true, [51, null, null]],
			['kymenlaakso', false, [null, 82, 85]],
		]);
		expect(chart?.ariaLabel).toBe('lukio: kymenlaakso 2019 (old): 51 %; 2021: 82 %, 2023: 85 %');
	});
});
