import { describe, expect, it } from 'vitest';
import { fi, sv } from '../../src/i18n/ui.ts';
import { useTranslations } from '../../src/i18n/t.ts';

describe('UI strings: every key in both languages', () => {
	it('has the same keys in fi and sv', () => {
		expect(Object.keys(sv).sort()).toEqual(Object.keys(fi).sort());
	});
	it('has no empty string in either language', () => {
		for (const [key, value] of [...Object.entries(fi), ...Object.entries(sv)])
			expect(value.trim(), key).not.toBe('');
	});
	it('uses the same placeholders in both languages', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(fi) as (keyof typeof fi)[])
			expect(names(sv[key]), key).toEqual(names(fi[key]));
	});
	it('is not a copy of the Finnish (a missed translation)', () => {
		const same = (Object.keys(fi) as (keyof typeof fi)[]).filter((k) => fi[k] === sv[k]);
		// Only proper names and punctuation may be identical.
		expect(same.sort()).toEqual([
			'area.kotka',
			'area.kouvola',
			'area.miehikkala',
			'site.titleSeparator',
		]);
	});
	it('t() fills placeholders and refuses a missing one', () => {
		const t = useTranslations('sv');
		expect(t('actors.until', { year: 2022 })).toBe('till 2022');
		expect(() => t('actors.until')).toThrow(/no value for \{year\}/);
	});
});
