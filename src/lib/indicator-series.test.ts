import { describe, expect, it } from 'vitest';
import { chartData } from './indicator-series.ts';

const opts = {
	unit: '%',
	label: (g: string, a: string, before: boolean) => `${g} ${a}${before ? ' (old)' : ''}`,
	summary: (p: string[]) => p.join('; '),
	format: (v: number) => `${v} %`,
};

describe('chartData', () => {
	it('one dashed national line and one solid Kymenlaakso line per group, with nulls for missing years', () => {
		const d = chartData(
			[
				{ area: 'kymenlaakso', group: 'lukio', year: 2019, value: 50 },
				{ area: 'kymenlaakso', group: 'lukio', year: 2023, value: 60 },
				{ area: 'koko-maa', group: 'lukio', year: 2021, value: 55 },
				{ area: 'kotka', group: 'lukio', year: 2021, value: 1 },
			],
			opts,
		);
		expect(d.years).toEqual([2019, 2021, 2023]);
		expect(d.series.map((s) => [s.label, s.dashed, s.data])).toEqual([
			['lukio kymenlaakso', false, [50, null, 60]],
			['lukio koko-maa', true, [null, 55, null]],
		]);
		expect(d.ariaLabel).toBe('lukio kymenlaakso 2019: 50 %, 2023: 60 %; lukio koko-maa 2021: 55 %');
	});
	it('splits a line at a question change so nothing is drawn across it', () => {
		const d = chartData(
			[
				{ area: 'kymenlaakso', group: 'lukio', year: 2019, value: 51 },
				{ area: 'kymenlaakso', group: 'lukio', year: 2021, value: 82 },
				{ area: 'kymenlaakso', group: 'lukio', year: 2023, value: 85 },
			],
			{ ...opts, breaks: [{ year: 2021, better_before: 'lower' }] },
		);
		expect(d.series.map((s) => [s.label, s.data])).toEqual([
			['lukio kymenlaakso (old)', [51, null, null]],
			['lukio kymenlaakso', [null, 82, 85]],
		]);
	});
});
