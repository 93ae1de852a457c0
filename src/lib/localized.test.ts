import { describe, expect, it } from 'vitest';
import { allTranslated, goalNumeral, pick, sourceText, untranslatedShare } from './localized.ts';

describe('pick: a missing translation falls back to the source language, marked as such', () => {
	it('returns the translation when there is one', () => {
		expect(pick({ fi: 'Kunta', sv: 'Kommun' }, 'sv', 'fi')).toEqual({
			text: 'Kommun',
			lang: 'sv',
			fallback: false,
		});
	});
	it('returns the source text in the source language when the translation is missing', () => {
		expect(pick({ fi: 'Kunta' }, 'sv', 'fi')).toEqual({
			text: 'Kunta',
			lang: 'fi',
			fallback: true,
		});
	});
	it('works with Swedish as the source language', () => {
		expect(pick({ sv: 'Kommun' }, 'fi', 'sv')).toEqual({
			text: 'Kommun',
			lang: 'sv',
			fallback: true,
		});
	});
	it('treats a blank translation as missing', () => {
		expect(pick({ fi: 'Kunta', sv: '  ' }, 'sv', 'fi').fallback).toBe(true);
	});
	it('never marks the source language as a fallback', () => {
		expect(pick({ fi: 'Kunta' }, 'fi', 'fi').fallback).toBe(false);
	});
	it('refuses a text without the source language', () => {
		expect(() => sourceText({ sv: 'Kommun' }, 'fi')).toThrow(
			/expected a text in the source language "fi"/,
		);
	});
	it('allTranslated is false as soon as one text lacks the language', () => {
		expect(allTranslated([{ fi: 'a', sv: 'b' }, undefined], 'sv', 'fi')).toBe(true);
		expect(allTranslated([{ fi: 'a', sv: 'b' }, { fi: 'c' }], 'sv', 'fi')).toBe(false);
	});
});

describe('untranslatedShare', () => {
	it('counts characters, so a page of one long untranslated text is not "partly" Finnish', () => {
		expect(untranslatedShare([{ fi: 'abcd', sv: 'x' }, { fi: 'abcdef' }], 'sv', 'fi')).toBe(0.6);
		expect(untranslatedShare([{ fi: 'abcd' }], 'sv', 'fi')).toBe(1);
		expect(untranslatedShare([], 'sv', 'fi')).toBe(0);
	});
});

describe('goalNumeral', () => {
	it('writes Roman or Arabic numerals as plan.yaml chooses', () => {
		expect([1, 2, 3, 4, 9, 14].map((n) => goalNumeral(n, 'roman'))).toEqual([
			'I',
			'II',
			'III',
			'IV',
			'IX',
			'XIV',
		]);
		expect(goalNumeral(4, 'arabic')).toBe('4');
		expect(() => goalNumeral(0, 'roman')).toThrow(/received 0/);
	});
});
