/**
 * Soft hyphens (U+00AD) at the hyphenation points of long words, in the language of the element
 * each word is in. Long Finnish and Swedish compounds then break only where a hyphen may go, in
 * every browser: `hyphens: auto` alone depends on the browser having the language's dictionary,
 * and without it a phone breaks "turvakotiyhdist|ys" or scrolls sideways. Code, scripts and the
 * like are left alone; screen readers and search ignore soft hyphens. Words joined by slashes may
 * also break after each slash.
 */
export type Hyphenator = (word: string) => string;

const SKIP = new Set([
	'code',
	'pre',
	'script',
	'style',
	'title',
	'textarea',
	'svg',
	'kbd',
	'samp',
	// A select's options never wrap: a hyphen point there is only noise.
	'select',
]);
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
const LONG_WORD = /\p{L}{10,}/gu;
// "Kymsote/kaupunki/järjestöt" has no break point of its own; a <wbr> after each slash between
// letters lets it wrap there, with nothing added to the text that is copied or indexed.
const SLASH_BETWEEN_LETTERS = /(?<=\p{L})\/(?=\p{L})/gu;

export function softHyphenate(
	html: string,
	pageLang: string,
	hyphenatorFor: (lang: string) => Hyphenator | undefined,
): string {
	const stack: { name: string; lang: string; skip: boolean }[] = [];
	const current = () => stack[stack.length - 1];
	return html
		.split(/(<[^>]+>)/)
		.map((token) => {
			if (token.startsWith('<')) {
				const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>$/.exec(token);
				if (!m) return token;
				const [, close, rawName = '', attrs = ''] = m;
				const name = rawName.toLowerCase();
				if (close) {
					const i = stack.map((e) => e.name).lastIndexOf(name);
					if (i !== -1) stack.splice(i);
				} else if (!VOID.has(name) && !attrs.trimEnd().endsWith('/')) {
					const lang = /\slang="([^"]*)"/.exec(attrs)?.[1] ?? current()?.lang ?? pageLang;
					stack.push({ name, lang, skip: SKIP.has(name) || (current()?.skip ?? false) });
				}
				return token;
			}
			const top = current();
			if (top?.skip) return token;
			const hyphenate = hyphenatorFor(top?.lang ?? pageLang);
			const words = hyphenate ? token.replace(LONG_WORD, (word) => hyphenate(word)) : token;
			return words.replace(SLASH_BETWEEN_LETTERS, '/<wbr>');
		})
		.join('');
}
