import { parse } from 'node-html-parser';

/**
 * How the fallback notice words the untranslated share of a page: "all" (nothing is translated),
 * "most" or "some", with the share rounded to 5 % so the notice is true and not falsely precise.
 */
export function fallbackAmount(share: number): {
	amount: 'all' | 'most' | 'some';
	percent: number;
} {
	if (!(share > 0 && share <= 1))
		throw new Error(`fallbackAmount: received ${share}, expected a share in (0, 1]`);
	const percent = Math.min(95, Math.max(5, Math.round((share * 100) / 5) * 5));
	if (share >= 0.999) return { amount: 'all', percent: 100 };
	return { amount: share >= 0.5 ? 'most' : 'some', percent };
}

/**
 * The share (0–1) of a rendered page body's text that is shown in another language as a fallback
 * (elements with class "fallback", the outermost only), by characters without white space.
 * Computed from what the page really renders, so the notice can never be wrong about it.
 */
export function fallbackShare(html: string): number {
	const root = parse(html);
	const length = (s: string) => s.replace(/\s+/g, '').length;
	const total = length(root.text);
	if (total === 0) return 0;
	const outer = root
		.querySelectorAll('.fallback')
		.filter((el) => !el.parentNode?.closest('.fallback'));
	return Math.min(1, outer.reduce((n, el) => n + length(el.text), 0) / total);
}

/**
 * The attributes of a text that a page shows in another language than its own, as a fallback: its
 * lang (WCAG 3.1.2), the class the page's one notice counts, and kept out of this language's search
 * index. Nothing but the element's own class (`className`) when the text is in the page's language.
 */
export function fallbackAttrs(
	textLang: string | undefined,
	pageLang: string,
	className?: string,
): { lang?: string; class?: string; 'data-pagefind-ignore'?: 'all' } {
	if (textLang === undefined || textLang === pageLang) return className ? { class: className } : {};
	return {
		lang: textLang,
		class: className ? `${className} fallback` : 'fallback',
		'data-pagefind-ignore': 'all',
	};
}
