import { describe, expect, it } from 'vitest';
import {
	betterIn,
	classify,
	indicatorStatus,
	statusSummary,
	type StatusInput,
} from './indicator-status.ts';

const v = (area: string, group: string, year: number, value: number) => ({
	area,
	group,
	year,
	value,
});
const base: StatusInput = { percent: true, better: 'lower', threshold: 1.5, values: [] };
const status = (ind: Partial<StatusInput>) =>
	indicatorStatus({ ...base, ...ind }, 'kymenlaakso', 'koko-maa');

describe('the plan’s status rule', () => {
	it('takes the latest year with both values; the gap is the reader’s arithmetic, the difference is signed by better', () => {
		const [e] = status({
			values: [
				v('kymenlaakso', '8-9lk', 2021, 9),
				v('koko-maa', '8-9lk', 2021, 9),
				v('kymenlaakso', '8-9lk', 2023, 5),
				v('koko-maa', '8-9lk', 2023, 4),
			],
		});
		expect(e).toEqual({
			group: '8-9lk',
			year: 2023,
			referenceYear: 2023,
			focus: 5,
			reference: 4,
			gap: 1,
			difference: -1,
			status: 'neutral',
		});
	});
	it('more than +threshold is good, below −threshold is concern, exactly ±threshold is neutral', () => {
		expect([
			classify(1.6, 1.5),
			classify(1.5, 1.5),
			classify(-1.5, 1.5),
			classify(-1.51, 1.5),
		]).toEqual(['good', 'neutral', 'neutral', 'concern']);
		// 85 − 83.5 is 1.5000000000000002 in floating point; still neutral.
		expect(
			status({
				better: 'higher',
				values: [v('kymenlaakso', 'lukio', 2023, 85), v('koko-maa', 'lukio', 2023, 83.5)],
			})[0]?.status,
		).toBe('neutral');
	});
	it('uses a declared pair of years where no year has both values (LTH 2019 against 2018)', () => {
		const out = status({
			better: 'higher',
			values: [
				v('kymenlaakso', '4v-huoltajat', 2019, 81),
				v('koko-maa', '4v-huoltajat', 2018, 82.3),
			],
			pairs: [{ group: '4v-huoltajat', focus: 2019, reference: 2018 }],
		});
		expect(out).toEqual([
			{
				group: '4v-huoltajat',
				year: 2019,
				referenceYear: 2018,
				focus: 81,
				reference: 82.3,
				gap: -1.3,
				difference: -1.3,
				status: 'neutral',
			},
		]);
	});
	it('never compares across a question change, and applies the direction in force that year', () => {
		const changes = [{ year: 2021, better_before: 'lower' as const }];
		expect(betterIn(2019, 'higher', changes)).toBe('lower');
		expect(betterIn(2021, 'higher', changes)).toBe('higher');
		const across = status({
			better: 'higher',
			changes,
			values: [v('kymenlaakso', 'lukio', 2021, 82), v('koko-maa', 'lukio', 2019, 49)],
			pairs: [{ group: 'lukio', focus: 2021, reference: 2019 }],
		});
		expect(across).toEqual([]);
		// Within the old question's years, the old direction applies: 51 against 49 with "lower is better" is worse.
		const before = status({
			better: 'higher',
			threshold: 1.5,
			changes,
			values: [v('kymenlaakso', 'lukio', 2019, 51), v('koko-maa', 'lukio', 2019, 49)],
		});
		expect(before.map((e) => [e.difference, e.status])).toEqual([[-2, 'concern']]);
	});
	it('gives no status for counts or where the plan names no better direction', () => {
		expect(
			status({
				percent: false,
				values: [v('kymenlaakso', 'kaikki', 2021, 5), v('koko-maa', 'kaikki', 2021, 4)],
			}),
		).toEqual([]);
		expect(
			status({
				better: 'none',
				values: [v('kymenlaakso', 'kaikki', 2021, 5), v('koko-maa', 'kaikki', 2021, 40)],
			}),
		).toEqual([]);
	});
	it('works with any focus and reference area', () => {
		const out = indicatorStatus(
			{
				...base,
				better: 'higher',
				threshold: 2,
				values: [v('stad', 'x', 2025, 46), v('landskap', 'x', 2025, 42)],
			},
			'stad',
			'landskap',
		);
		expect(out.map((e) => e.status)).toEqual(['good']);
	});
	it('statusSummary counts the comparisons and names their years', () => {
		const e = (s: 'good' | 'neutral' | 'concern', year: number) => ({
			group: 'g',
			year,
			referenceYear: year,
			focus: 0,
			reference: 0,
			gap: 0,
			difference: 0,
			status: s,
		});
		expect(statusSummary([e('good', 2023), e('concern', 2023), e('concern', 2019)])).toEqual({
			good: 1,
			neutral: 0,
			concern: 2,
			years: [2019, 2023],
		});
	});
});
