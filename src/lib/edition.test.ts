import { describe, expect, it } from 'vitest';
import { fullTitle, yearSpan } from './edition.ts';

describe('fullTitle and yearSpan', () => {
	it('adds the edition to a title that lacks it, and never twice', () => {
		expect(
			fullTitle(
				'Kymenlaakson maakunnallinen lasten ja nuorten hyvinvointisuunnitelma',
				'2020–2025',
			),
		).toBe('Kymenlaakson maakunnallinen lasten ja nuorten hyvinvointisuunnitelma 2020–2025');
		expect(fullTitle('Kouvolan kaupungin hyvinvointisuunnitelma vuodelle 2023', '2023')).toBe(
			'Kouvolan kaupungin hyvinvointisuunnitelma vuodelle 2023',
		);
	});
	it('writes one year as one year', () => {
		expect(yearSpan(2020, 2025)).toBe('2020–2025');
		expect(yearSpan(2023, 2023)).toBe('2023');
		expect(() => yearSpan(2025, 2020)).toThrow(/received 2025–2020/);
	});
});
