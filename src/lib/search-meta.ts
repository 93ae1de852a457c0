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
