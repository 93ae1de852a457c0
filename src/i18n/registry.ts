import type { LocaleDefinition } from './types.ts';
import type fi from './locales/fi.ts';

/** Every UI key: the Finnish file defines them, and every other locale must have each one. */
export type UIKey = keyof (typeof fi)['strings'];
export type Locale = LocaleDefinition<UIKey>;

// One file per language; adding src/i18n/locales/<lang>.ts is all it takes to ship a language.
const modules = import.meta.glob<{ default: Locale }>('./locales/*.ts', { eager: true });

export const uiLocales: ReadonlyMap<string, Locale> = new Map(
	Object.values(modules).map((m) => [m.default.lang, m.default]),
);

export function uiLocale(lang: string): Locale {
	const locale = uiLocales.get(lang);
	if (!locale)
		throw new Error(
			`uiLocale: received "${lang}", expected one of the shipped locales ${[...uiLocales.keys()].join(', ')}`,
		);
	return locale;
}
