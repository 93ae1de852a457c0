import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PLANS } from '../helpers/plans.ts';
import { site, squash } from '../helpers/dist.ts';

/** withastro/docs-style link checks: links stay in their language, and their text says where they go. */
const VAGUE = /^(klikkaa tästä|tästä|täältä|lue lisää|click here|here|klicka här|här|läs mer)$/i;

for (const plan of PLANS) {
	const s = site(plan.dist);
	const languages: string[] = parse(
		readFileSync(join(plan.content, 'plan.yaml'), 'utf8'),
	).languages;
	const source = languages[0];
	describe(plan.name, () => {
		describe.each(s.pages.filter((p) => languages.some((l) => p.startsWith(`/${l}/`))))(
			'%s',
			(file) => {
				const lang = file.split('/')[1] ?? '';
				const doc = s.page(file);
				it('internal links stay in the same language (except the language switch)', () => {
					const other = doc
						.querySelectorAll('a[href^="/"]')
						.filter((a) => !a.closest('.lang-switch'))
						.map((a) => a.getAttribute('href') ?? '')
						.filter((h) => !new RegExp(`^/(${lang}/|data/|favicon)`).test(h));
					expect(other).toEqual([]);
				});
				it('no link text is empty or "click here"', () => {
					for (const a of doc.querySelectorAll('a')) {
						const text = squash(a.text);
						expect(text, a.getAttribute('href') ?? '').not.toBe('');
						expect(text).not.toMatch(VAGUE);
					}
				});
				it('text shown in the source language on another language’s page is marked, kept out of search, and noticed once', () => {
					if (lang === source) return expect(doc.querySelectorAll('.fallback')).toHaveLength(0);
					for (const el of doc.querySelectorAll('.fallback')) {
						expect(el.getAttribute('lang')).toBe(source);
						expect(el.getAttribute('data-pagefind-ignore')).toBe('all');
					}
					// A name kept in the source language (the termbase's keep_finnish) is marked with lang but is no fallback.
					const fallbacks = doc.querySelectorAll('main .fallback').length;
					const notices = doc.querySelectorAll('.fallback-notice').length;
					expect(notices).toBeLessThanOrEqual(1);
					if (fallbacks > 0)
						expect(notices, 'untranslated text on the page needs the notice').toBe(1);
					expect(doc.querySelectorAll('.fallback-mark')).toHaveLength(0);
				});
			},
		);
	});
}
