import { describe, expect, it } from 'vitest';
import { formatValue, groupLabel } from './indicator-format.ts';
import { useTranslations } from '../i18n/t.ts';

describe('indicator numbers per locale', () => {
	it('writes 65 % with a no-break space in fi and sv, and a decimal comma', () => {
		expect(formatValue(65, '%', 'fi')).toBe('65\u00a0%');
		expect(formatValue(65, '%', 'sv')).toBe('65\u00a0%');
		expect(formatValue(90.1, '%', 'fi')).toBe('90,1\u00a0%');
		expect(formatValue(90.1, '%', 'sv')).toBe('90,1\u00a0%');
	});
	it('groups thousands and leaves counts without a unit', () => {
		expect(formatValue(184685, 'count', 'fi').replace(/\s/g, ' ')).toBe('184 685');
	});
	it('names groups in each language', () => {
		expect(groupLabel('8-9lk', useTranslations('fi'))).toBe('8.–9.-luokkalaiset');
		expect(groupLabel('0-6v', useTranslations('sv'))).toBe('0–6-åringar');
	});
});
