import { describe, expect, it } from 'vitest';
import { uiLocales, uiLocale } from '../../src/i18n/registry.ts';
import { format, useTranslations } from '../../src/i18n/t.ts';
import type { Message } from '../../src/i18n/types.ts';
import { shippedLocales } from '../../scripts/lib/locales.ts';

/** Every text a message can show: the string, or each plural form. */
const forms = (m: Message): string[] =>
	typeof m === 'string' ? [m] : Object.values(m).filter((x): x is string => typeof x === 'string');
const placeholders = (m: Message) =>
	[...new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

const fi = uiLocale('fi');
const keys = Object.keys(fi.strings).sort();

describe('UI locales: one file per language, each complete', () => {
	it('the registry holds exactly the files in src/i18n/locales/', () => {
		expect([...uiLocales.keys()].sort()).toEqual(shippedLocales());
		expect(shippedLocales()).toEqual(['fi', 'sv']);
	});
	for (const [lang, locale] of uiLocales) {
		describe(lang, () => {
			it('has every key of fi.ts and no other', () =>
				expect(Object.keys(locale.strings).sort()).toEqual(keys));
			it('has no empty string, and every plural message has "other"', () => {
				for (const [key, m] of Object.entries(locale.strings)) {
					for (const f of forms(m)) expect(f.trim(), key).not.toBe('');
					if (typeof m !== 'string') expect(m.other, key).toBeTruthy();
				}
			});
			it('uses the same placeholders as fi.ts', () => {
				for (const key of keys) {
					const own = Object.entries(locale.strings).find(([k]) => k === key)?.[1];
					const base = Object.entries(fi.strings).find(([k]) => k === key)?.[1];
					if (own === undefined || base === undefined) throw new Error(`missing ${key}`);
					expect(placeholders(own), key).toEqual(placeholders(base));
				}
			});
			it('has URL segments that are slugs, distinct within the language', () => {
				const segs = Object.values(locale.segments);
				for (const s of segs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
				expect(new Set(segs).size).toBe(segs.length);
			});
		});
	}
	it('Swedish is not a copy of the Finnish (a missed translation)', () => {
		const sv = uiLocale('sv');
		const same = keys.filter(
			(k) =>
				JSON.stringify(Object.entries(sv.strings).find(([x]) => x === k)?.[1]) ===
				JSON.stringify(Object.entries(fi.strings).find(([x]) => x === k)?.[1]),
		);
		// Only number patterns are the same in both languages.
		expect(same).toEqual(['indicator.periodChange', 'pdf.size']);
	});
});

describe('t()', () => {
	it('fills placeholders and refuses a missing one', () => {
		const t = useTranslations('sv');
		expect(t('actors.until', { year: 2022 })).toBe('till 2022');
		expect(() => t('actors.until')).toThrow(/no value for \{year\}/);
	});
	it('picks the plural form by the language’s rules: "7 tavoitetta", not "7 tavoitteet"', () => {
		const m = { one: '{count} tavoite', other: '{count} tavoitetta' };
		expect(format(m, { count: 1 }, 'fi-FI', 'x')).toBe('1 tavoite');
		expect(format(m, { count: 7 }, 'fi-FI', 'x')).toBe('7 tavoitetta');
		expect(() => format(m, {}, 'fi-FI', 'x')).toThrow(/received no number for \{count\}/);
		expect(useTranslations('fi')('meta.actors', { count: 11 })).toBe(
			'Suunnitelman 11 toimijaa ja niiden toimenpiteet.',
		);
	});
});
