import { describe, expect, it } from 'vitest';
import { formatChange, formatSigned, formatValue } from './indicator-format.ts';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('numbers as the plan prints them', () => {
	it('a decimal comma and a no-break space before %, in fi and sv', () => {
		expect(nb(formatValue(65, true, 'fi-FI'))).toBe('65 %');
		expect(nb(formatValue(90.1, true, 'sv-FI'))).toBe('90,1 %');
	});
	it('keeps the printed decimals ("6,0 %")', () => {
		expect(nb(formatValue(6, true, 'fi-FI', 1))).toBe('6,0 %');
		expect(nb(formatValue(6, true, 'fi-FI'))).toBe('6 %');
	});
	it('groups thousands in counts, with no unit', () => {
		expect(nb(formatValue(184685, false, 'fi-FI'))).toBe('184 685');
	});
	it('signs a difference and a change', () => {
		expect(formatSigned(1.5, 'fi-FI')).toBe('+1,5');
		expect(formatSigned(0, 'fi-FI')).toBe('0');
		expect(nb(formatChange(-16.3, 'fi-FI', 1))).toBe('−16,3 %');
		expect(nb(formatChange(-21, 'fi-FI'))).toBe('−21 %');
	});
});
