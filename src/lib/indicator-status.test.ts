import { describe, expect, it } from 'vitest';
import {
	classify,
	indicatorStatus,
	betterIn,
	type IndicatorForStatus,
} from './indicator-status.ts';

const ind = (
	values: [string, string, number, number][],
	over: Partial<IndicatorForStatus> = {},
): IndicatorForStatus => ({
	unit: '%',
	better: 'higher',
	threshold: 1.5,
	values: values.map(([area, group, year, value]) => ({ area, group, year, value })),
	...over,
});

describe('the plan’s status rule', () => {
	it('exactly ±1.5 percentage points is neutral', () => {
		expect(
			indicatorStatus(
				ind([
					['kymenlaakso', 'lukio', 2023, 51.5],
					['koko-maa', 'lukio', 2023, 50],
				]),
			)[0]!.status,
		).toBe('neutral');
		expect(
			indicatorStatus(
				ind([
					['kymenlaakso', 'lukio', 2023, 48.5],
					['koko-maa', 'lukio', 2023, 50],
				]),
			)[0]!.status,
		).toBe('neutral');
	});
	it('more than +1.5 is good, below −1.5 is concern', () => {
		expect(
			indicatorStatus(
				ind([
					['kymenlaakso', 'lukio', 2023, 51.6],
					['koko-maa', 'lukio', 2023, 50],
				]),
			)[0]!.status,
		).toBe('good');
		expect(
			indicatorStatus(
				ind([
					['kymenlaakso', 'lukio', 2023, 48.4],
					['koko-maa', 'lukio', 2023, 50],
				]),
			)[0]!.status,
		).toBe('concern');
	});
	it('float noise does not push an exact boundary out of neutral', () => {
		expect(classify(85 - 83.5, 1.5)).toBe('neutral');
		expect(classify(0.1 + 0.2 + 1.2, 1.5)).toBe('neutral');
	});
	it('indicator 31 uses 0.5: 1.0 point worse is concern, 0.5 is neutral', () => {
		const values: [string, string, number, number][] = [
			['kymenlaakso', '8-9lk', 2023, 7],
			['koko-maa', '8-9lk', 2023, 6],
		];
		expect(indicatorStatus(ind(values, { better: 'lower', threshold: 0.5 }))[0]!.status).toBe(
			'concern',
		);
		expect(indicatorStatus(ind(values, { better: 'lower', threshold: 1.5 }))[0]!.status).toBe(
			'neutral',
		);
		expect(
			indicatorStatus(
				ind(
					[
						['kymenlaakso', '8-9lk', 2023, 6.5],
						['koko-maa', '8-9lk', 2023, 6],
					],
					{ better: 'lower', threshold: 0.5 },
				),
			)[0]!.status,
		).toBe('neutral');
	});
	it('the direction reverses when lower is better', () => {
		const values: [string, string, number, number][] = [
			['kymenlaakso', 'lukio', 2023, 20],
			['koko-maa', 'lukio', 2023, 15],
		];
		expect(indicatorStatus(ind(values, { better: 'higher' }))[0]).toMatchObject({
			status: 'good',
			difference: 5,
		});
		expect(indicatorStatus(ind(values, { better: 'lower' }))[0]).toMatchObject({
			status: 'concern',
			difference: -5,
		});
	});
	it('uses the latest year that has both values', () => {
		const s = indicatorStatus(
			ind([
				['kymenlaakso', 'lukio', 2023, 90],
				['kymenlaakso', 'lukio', 2021, 50],
				['koko-maa', 'lukio', 2021, 50],
				['koko-maa', 'lukio', 2019, 10],
			]),
		);
		expect(s[0]).toMatchObject({ year: 2021, status: 'neutral' });
	});
	it('gives no status where no comparison is possible', () => {
		expect(
			indicatorStatus(
				ind([
					['kymenlaakso', 'lukio', 2023, 90],
					['koko-maa', 'lukio', 2021, 50],
				]),
			),
		).toEqual([]);
		expect(
			indicatorStatus(
				ind(
					[
						['kymenlaakso', 'kaikki', 2022, 4989],
						['koko-maa', 'kaikki', 2022, 184685],
					],
					{ unit: 'count', better: 'none' },
				),
			),
		).toEqual([]);
		expect(
			indicatorStatus(
				ind(
					[
						['kymenlaakso', 'kaikki', 2021, 38],
						['koko-maa', 'kaikki', 2021, 43],
					],
					{ unit: 'per-1000', better: 'none' },
				),
			),
		).toEqual([]);
	});
	it('compares the explicit LTH pair: Kymenlaakso 2019 against the national 2018', () => {
		const s = indicatorStatus(
			ind(
				[
					['kymenlaakso', '4v-huoltajat', 2019, 81],
					['koko-maa', '4v-huoltajat', 2018, 82.3],
				],
				{ pairs: [{ group: '4v-huoltajat', kymenlaakso: 2019, national: 2018 }] },
			),
		);
		expect(s[0]).toMatchObject({
			year: 2019,
			nationalYear: 2018,
			difference: -1.3,
			status: 'neutral',
		});
	});
	it('never compares across indicator 18’s change of question', () => {
		const breaks = [{ year: 2021, better_before: 'lower' as const }];
		const after = ind(
			[
				['kymenlaakso', 'lukio', 2023, 85],
				['koko-maa', 'lukio', 2023, 79],
				['kymenlaakso', 'lukio', 2019, 51],
				['koko-maa', 'lukio', 2019, 49],
			],
			{ breaks },
		);
		expect(indicatorStatus(after)[0]).toMatchObject({ year: 2023, status: 'good' });
		const across = ind(
			[
				['kymenlaakso', 'lukio', 2021, 85],
				['koko-maa', 'lukio', 2019, 49],
			],
			{ breaks, pairs: [{ group: 'lukio', kymenlaakso: 2021, national: 2019 }] },
		);
		expect(indicatorStatus(across)).toEqual([]);
		// Before the change the question was "did not get help": lower was better then.
		expect(betterIn(2019, { better: 'higher', breaks })).toBe('lower');
		expect(betterIn(2021, { better: 'higher', breaks })).toBe('higher');
	});
	it('keeps series apart (indicator 16)', () => {
		const values = [
			{ series: 'a', area: 'kymenlaakso', group: 'kaikki', year: 2021, value: 10 },
			{ series: 'a', area: 'koko-maa', group: 'kaikki', year: 2021, value: 5 },
			{ series: 'b', area: 'kymenlaakso', group: 'kaikki', year: 2021, value: 1 },
			{ series: 'b', area: 'koko-maa', group: 'kaikki', year: 2021, value: 5 },
		];
		const s = indicatorStatus({ unit: '%', better: 'higher', threshold: 1.5, values });
		expect(s.map((x) => [x.series, x.status])).toEqual([
			['a', 'good'],
			['b', 'concern'],
		]);
	});
});
