/**
 * A search result's title and breadcrumb in the page's own language. An untranslated page shows
 * its title in the source language, marked with its lang; the search index of the page's
 * language must not hold that text, so the result is named by the parts that are translated.
 */
export type Part = { readonly text: string; readonly lang: string };

/**
 * The parts of `phrase` in `lang`, joined and trimmed of the separators left dangling ("Kotka: 2-3"
 * from "Kotka: 2-3 " + a fallback title); undefined when no word or number is left.
 */
export function ownLanguageText(phrase: readonly Part[], lang: string): string | undefined {
	const text = phrase
		.filter((p) => p.lang === lang)
		.map((p) => p.text)
		.join('')
		.replace(/[\s:.,–-]+$/u, '')
		.trim();
	return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

/**
 * What a page's <title> and description call it. A <title> or a meta element can carry one lang
 * but cannot mark parts, so a title with untranslated parts is named by its parts in the page's
 * language (as search does), led by the page type when no word is left ("Indikaattori 2"); a title
 * wholly in one other language is given whole, with that lang, and no text of the page's language.
 */
export function documentTitle(
	phrase: readonly Part[],
	lang: string,
	typeLabel: string,
): { text: string; lang?: string; untranslated: boolean } {
	const whole = phrase
		.map((p) => p.text)
		.join('')
		.trim();
	if (phrase.every((p) => p.lang === lang)) return { text: whole, untranslated: false };
	const langs = new Set(phrase.map((p) => p.lang));
	const only = langs.size === 1 ? [...langs][0] : undefined;
	if (only !== undefined) return { text: whole, lang: only, untranslated: true };
	const own = ownLanguageText(phrase, lang)?.replace(/^[\s:.,–-]+/u, '');
	if (!own) return { text: typeLabel, untranslated: true };
	return { text: /\p{L}/u.test(own) ? own : `${typeLabel} ${own}`, untranslated: true };
}

/**
 * A page's <title> and meta description by documentTitle's rule: the title followed by the site's
 * short title, or, when the title is wholly in another language, that title alone with its lang;
 * the description says a partly translated page is so rather than quote text in another language.
 */
export function documentHead(
	named: ReturnType<typeof documentTitle>,
	shortTitle: string,
	description: string,
	untranslated: (name: string) => string,
): { title: string; description: string; lang?: string } {
	if (named.lang) return { title: named.text, description: named.text, lang: named.lang };
	return {
		title: `${named.text} – ${shortTitle}`,
		description: named.untranslated ? untranslated(named.text) : description,
	};
}
