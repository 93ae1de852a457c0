import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PLANS } from '../helpers/plans.ts';
import { must, site, squash } from '../helpers/dist.ts';

/**
 * The pages residents and staff share and land on, checked in the built output of every plan:
 * a measure page names whose measure it is, and words break only at hyphenation points.
 */
for (const plan of PLANS) {
	describe(`${plan.name}: measure pages and word breaks`, () => {
		const s = site(plan.dist);
		const actors: { id: string; short: Record<string, string> }[] = parse(
			readFileSync(join(plan.content, 'actors.yaml'), 'utf8'),
		);
		const languages: string[] = parse(
			readFileSync(join(plan.content, 'plan.yaml'), 'utf8'),
		).languages;
		const [source = 'fi'] = languages;
		const measures = s.pages.filter(
			(p) => s.page(p).querySelector('body')?.getAttribute('data-page-kind') === 'measure',
		);
		it("each measure page's H1 holds its actor's name and its goal's id", () => {
			expect(measures.length).toBeGreaterThan(0);
			for (const p of measures) {
				const [, lang = '', , actor = '', goal = ''] = p.split('/');
				const a = must(
					actors.find((x) => x.id === actor),
					`actor ${actor}`,
				);
				const name = a.short[lang] ?? a.short[source] ?? '';
				const h1 = squash(must(s.page(p).querySelector('h1'), `${p} h1`).text);
				expect(h1.startsWith(`${name}: ${goal} `), `${p}: ${h1}`).toBe(true);
			}
		});
		it('no text element may break mid-word: overflow-wrap: anywhere is only for addresses', () => {
			const css = s.files
				.filter((f) => f.endsWith('.css'))
				.map((f) => s.text(f))
				.join('\n');
			const rules = [...css.matchAll(/([^{}]+)\{[^{}]*overflow-wrap:\s*anywhere[^{}]*\}/g)].map(
				(m) => (m[1] ?? '').trim(),
			);
			const selectors = rules.flatMap((r) => r.split(',').map((x) => x.trim()));
			expect(selectors.length).toBeGreaterThan(0);
			// Code, the copyable permalink, e-mail addresses, and a printed link's address.
			const allowed = new Set([
				'code',
				'.permalink',
				'.site-footer a[href^=mailto:]',
				'.print-document main a[href^=http]:after',
				'.print-document main a[href^=mailto:]:after',
			]);
			const norm = (x: string) => x.replace(/[\\'"]/g, '').replace('::after', ':after');
			expect(selectors.filter((x) => !allowed.has(norm(x)))).toEqual([]);
		});
	});
}
