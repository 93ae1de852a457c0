/**
 * The inflected forms a page should be findable by. Pagefind's Finnish stemmer is partial
 * ("perhekeskus" and "perhekeskuksen" do not meet), so a page that uses any form of a known term
 * (a glossary term, an actor's name) also carries the term's other forms, in a field that is
 * searched but never shown. The forms come from content; nothing here knows a word of Finnish.
 */

/** All forms of one term, in one language: its base form first. */
export type TermForms = readonly string[];

const letters = '\\p{L}\\p{N}';

/**
 * True when `form` starts a word or phrase of `text` (case-insensitive): "perhekeskus" is used by
 * "perhekeskustoiminnan" too, as Pagefind itself matches a query word as a prefix.
 */
export function usesForm(text: string, form: string): boolean {
	const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![${letters}])${escaped}`, 'iu').test(text);
}

/**
 * The forms to add to a page whose text is `text`: every form of each term the page uses,
 * without the ones already in it, each once, in the terms' order.
 */
export function searchForms(text: string, terms: readonly TermForms[]): string[] {
	const out = new Set<string>();
	for (const forms of terms) {
		if (!forms.some((f) => usesForm(text, f))) continue;
		for (const f of forms) if (!usesForm(text, f)) out.add(f);
	}
	return [...out];
}

/** The text of an HTML fragment, for matching words: tags, soft hyphens and entities undone. */
export function plainText(html: string): string {
	return html
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\u00ad/g, '')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ')
		.trim();
}
