import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocaleDefinition } from '../../src/i18n/types.ts';

export const LOCALE_DIR = join(import.meta.dirname, '..', '..', 'src', 'i18n', 'locales');

/** The shipped UI locales' codes: one file per language in src/i18n/locales/. */
export function shippedLocales(dir = LOCALE_DIR): string[] {
	return readdirSync(dir)
		.filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
		.map((f) => f.replace(/\.ts$/, ''))
		.sort();
}

/** A locale file's default export, checked field by field. */
function isLocale(v: unknown): v is LocaleDefinition {
	if (typeof v !== 'object' || v === null) return false;
	const o: Record<string, unknown> = { ...v };
	const segments = o.segments;
	return (
		typeof o.lang === 'string' &&
		typeof o.intl === 'string' &&
		typeof segments === 'object' &&
		segments !== null &&
		Object.values(segments).every((s) => typeof s === 'string') &&
		typeof o.strings === 'object' &&
		o.strings !== null
	);
}

/** The locale files themselves, for scripts that run outside Vite (no import.meta.glob there). */
export async function loadLocales(dir = LOCALE_DIR): Promise<Map<string, LocaleDefinition>> {
	const out = new Map<string, LocaleDefinition>();
	for (const lang of shippedLocales(dir)) {
		const mod: unknown = await import(pathToFileURL(join(dir, `${lang}.ts`)).href);
		if (typeof mod !== 'object' || mod === null || !('default' in mod))
			throw new Error(
				`${dir}/${lang}.ts: received no default export, expected a locale definition`,
			);
		const def = mod.default;
		if (!isLocale(def))
			throw new Error(
				`${dir}/${lang}.ts: received ${typeof def}, expected { lang, intl, segments, strings }`,
			);
		out.set(lang, def);
	}
	return out;
}
