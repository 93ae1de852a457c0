import { describe, expect, it } from 'vitest';
import { distFiles, page } from '../helpers/dist.ts';

/** withastro/docs-style link checks: links stay in their language, and their text says where they go. */
const langPages = distFiles('.html').filter((p) => /^\/(fi|sv)\//.test(p));
const VAGUE = /^(klikkaa tästä|tästä|täältä|lue lisää|click here|here|klicka här|här|läs mer)$/i;

describe.each(langPages)('%s', (file) => {
	const lang = file.split('/')[1]!;
	const doc = page(file);
	it('internal links stay in the same language (except the language switch)', () => {
		for (const a of doc.querySelectorAll('a[href^="/"]')) {
			if (a.closest('.lang-switch')) continue;
			const href = a.getAttribute('href')!;
			expect(href, a.text).toMatch(new RegExp(`^/(${lang}/|data/|favicon)`));
		}
	});
	it('no link text is empty or "click here"', () => {
		for (const a of doc.querySelectorAll('a')) {
			const text = a.text.replace(/\s+/g, ' ').trim();
			expect(text, a.getAttribute('href') ?? '').not.toBe('');
			expect(text).not.toMatch(VAGUE);
		}
	});
});
