import { describe, expect, it } from 'vitest';
import { allTranslated, pick, roman, text } from './localized.ts';

describe('pick: Swedish falls back to Finnish, marked as such', () => {
	it('returns the Swedish text when there is one', () => {
		expect(pick({ fi: 'Kunta', sv: 'Kommun' }, 'sv')).toEqual({
			text: 'Kommun',
			lang: 'sv',
			fallback: false,
		});
	});
	it('returns the Finnish text as a fallback in lang fi when Swedish is missing', () => {
		expect(pick({ fi: 'Kunta' }, 'sv')).toEqual({ text: 'Kunta', lang: 'fi', fallback: true });
	});
	it('treats a blank Swedish text as missing', () => {
		expect(pick({ fi: 'Kunta', sv: '  ' }, 'sv').fallback).toBe(true);
	});
	it('never marks Finnish as a fallback', () => {
		expect(pick({ fi: 'Kunta' }, 'fi').fallback).toBe(false);
	});
	it('text() gives the plain string', () => {
		expect(text({ fi: 'a', sv: 'b' }, 'sv')).toBe('b');
	});
	it('allTranslated is false as soon as one text lacks the language', () => {
		expect(allTranslated([{ fi: 'a', sv: 'b' }, undefined], 'sv')).toBe(true);
		expect(allTranslated([{ fi: 'a', sv: 'b' }, { fi: 'c' }], 'sv')).toBe(false);
		expect(allTranslated([{ fi: 'c' }], 'fi')).toBe(true);
	});
	it('roman numerals for main goals', () => {
		expect([1, 2, 3].map(roman)).toEqual(['I', 'II', 'III']);
		expect(() => roman(4)).toThrow(/received 4/);
	});
});
