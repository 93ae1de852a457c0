/** The site's languages. Finnish is the default and the language the plan was written in. */
export const locales = ['fi', 'sv'] as const;
export type Lang = (typeof locales)[number];
export const defaultLang: Lang = 'fi';

/** BCP 47 tags for Intl formatting: Swedish here is Finland-Swedish. */
export const intlLocale: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI' };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
	return lang === 'fi' ? 'sv' : 'fi';
}
