import { uiLocales } from './registry.ts';
import { softHyphenate } from '../lib/hyphenate.ts';

/** A rendered page body with soft hyphens in its long words, each in its element's language. */
export function hyphenated(html: string, pageLang: string): string {
	return softHyphenate(html, pageLang, (lang) => uiLocales.get(lang)?.hyphenate);
}
