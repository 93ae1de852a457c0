import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { PLANS } from '../helpers/plans.ts';
import { must, site, urlOf } from '../helpers/dist.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Generic checks of every built page of every plan: language, title, headings, skip link,
 * landmarks, links, origins, CSP, valid HTML, the language switch and hreflang, and what ships JS.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes <!DOCTYPE html> in upper case and void elements as <br>; both are valid HTML.
		'doctype-style': 'off',
		'void-style': 'off',
		// Long page titles come from the plans' own long names and are kept whole.
		'long-title': 'off',
	},
});

for (const plan of PLANS) {
	describe(plan.name, () => {
		const s = site(plan.dist);
		const languages: string[] = parse(
			readFileSync(join(plan.content, 'plan.yaml'), 'utf8'),
		).languages;
		const langPages = s.pages.filter((p) => languages.some((l) => p.startsWith(`/${l}/`)));
		const documents = langPages.filter(
			(p) =>
				!['print', 'actorPrint'].includes(
					s.page(p).querySelector('body')?.getAttribute('data-page-kind') ?? '',
				),
		);

		it('every language has a home page, and / and 404 exist', () => {
			for (const l of languages) expect(s.known.has(`/${l}/index.html`), l).toBe(true);
			expect(s.known.has('/index.html')).toBe(true);
			expect(s.known.has('/404.html')).toBe(true);
		});
		it('no words run together in headings, captions, table headers, terms or links', () => {
			// Astro drops the space between an expression and a component on the next line
			// ("Päätavoite" + "III", "16." + "Barn…"): a lower-case letter before a digit or a roman
			// numeral and colon, or a number's full stop before a capital, is such a join.
			const joined = new Set<string>();
			for (const p of s.pages)
				for (const el of s.page(p).querySelectorAll('h1, h2, h3, h4, caption, th, dt, a, title')) {
					const t = el.text.replace(/\s+/g, ' ');
					const m = /\p{Ll}(\d|[IVX]+:)|\d\.\p{Lu}/u.exec(t);
					if (m) joined.add(`${p}: …${t.slice(Math.max(0, m.index - 15), m.index + 15)}…`);
				}
			expect([...joined]).toEqual([]);
		});
		it('every page exists in every language', () => {
			const per = languages.map((l) => s.pages.filter((p) => p.startsWith(`/${l}/`)).length);
			expect(new Set(per).size).toBe(1);
		});

		describe.each(s.pages)('%s', (file) => {
			const doc = s.page(file);
			const lang = languages.find((l) => file.startsWith(`/${l}/`)) ?? languages[0];
			const kind = doc.querySelector('body')?.getAttribute('data-page-kind') ?? '';
			const isPrint = kind === 'print' || kind === 'actorPrint';
			it('has <html lang> from the route and a <title>', () => {
				expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
				expect(doc.querySelector('title')?.text.trim()).not.toBe('');
			});
			it('has one h1 (a print document: one per part) and no skipped heading levels', () => {
				const h1 = doc.querySelectorAll('h1').length;
				if (isPrint) expect(h1).toBeGreaterThanOrEqual(2);
				else expect(h1).toBe(1);
				const levels = doc
					.querySelectorAll('h1, h2, h3, h4, h5, h6')
					.map((h) => Number(h.tagName[1]));
				levels.forEach((level, i) => {
					if (i > 0)
						expect(level, `h${levels[i - 1]} followed by h${level}`).toBeLessThanOrEqual(
							(levels[i - 1] ?? 0) + 1,
						);
				});
			});
			it('starts with a skip link to main', () => {
				const first = must(doc.querySelector('body a'), 'a first link');
				expect(first.classList.contains('skip-link')).toBe(true);
				expect(
					doc.getElementById(must(first.getAttribute('href'), 'its href').slice(1))?.tagName,
				).toBe('MAIN');
			});
			it('has header, main and footer landmarks and the main navigation (not in print documents)', () => {
				expect(doc.querySelectorAll('main')).toHaveLength(1);
				if (langPages.includes(file) && !isPrint) {
					expect(doc.querySelector('header')).not.toBeNull();
					expect(doc.querySelector('footer')).not.toBeNull();
					expect(doc.querySelector('nav.main-nav')).not.toBeNull();
				}
			});
			it('links only to pages, files and fragments that exist', () => {
				for (const a of doc.querySelectorAll('a[href]')) {
					const href = must(a.getAttribute('href'), 'href');
					if (/^(https?:|mailto:|tel:|webcal:)/.test(href)) continue;
					// PDFs are made by the build's PDF step; with PDF=off they are absent, and the PDF tests say so.
					if (href.endsWith('.pdf')) continue;
					const [path, fragment] = href.split('#');
					const target =
						path === '' ? file : s.fileFor(new URL(path ?? '', `http://x${urlOf(file)}`).pathname);
					expect(target, `${href} on ${file}`).toBeDefined();
					if (fragment && target?.endsWith('.html'))
						expect(
							s.page(target).getElementById(decodeURIComponent(fragment)),
							`#${fragment} in ${target}`,
						).not.toBeNull();
				}
			});
			it('loads nothing from another origin', () => {
				for (const el of doc.querySelectorAll('[src], link[href], [srcset], object[data]')) {
					const url =
						el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? '';
					if (
						el.tagName === 'LINK' &&
						['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')
					)
						continue;
					expect(url, `${el.tagName} on ${file}`).not.toMatch(/^(https?:)?\/\//);
				}
			});
			it('has no style="" attributes (the CSP would block them)', () => {
				expect(s.html(file)).not.toMatch(/\sstyle="/);
			});
			it('has a Content-Security-Policy that allows no other origin', () => {
				const csp =
					doc
						.querySelector('meta[http-equiv="content-security-policy"]')
						?.getAttribute('content') ?? '';
				expect(csp).toContain("default-src 'self'");
				expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
			});
			it('has its own description', () => {
				expect(
					doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(),
				).not.toBe('');
			});
			it('is valid HTML', async () => {
				const report = await validator.validateString(s.html(file), file);
				expect(
					report.results.flatMap((r) =>
						r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
					),
				).toEqual([]);
			});
		});

		it('every page has a description of its own (no two pages of a language share one)', () => {
			for (const l of languages) {
				const seen = new Map<string, string>();
				for (const f of documents.filter((p) => p.startsWith(`/${l}/`))) {
					const d =
						s.page(f).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
					expect(seen.get(d), `${f} has the description of ${seen.get(d)}`).toBeUndefined();
					seen.set(d, f);
				}
			}
		});

		if (languages.length > 1)
			it.each(documents)(
				'%s: the language switch leads to the same page in each other language, and back',
				(file) => {
					const links = s.page(file).querySelectorAll('.lang-switch a');
					expect(links).toHaveLength(languages.length - 1);
					for (const a of links) {
						const other = must(
							s.fileFor(must(a.getAttribute('href'), 'href')),
							`the switch target of ${file}`,
						);
						const back = s
							.page(other)
							.querySelectorAll('.lang-switch a')
							.map((x) => x.getAttribute('href'));
						expect(back.map((h) => s.fileFor(h ?? ''))).toContain(file);
					}
				},
			);
		else
			it('a single-language plan has no language switch and no hreflang', () => {
				for (const f of langPages) {
					expect(s.page(f).querySelector('.lang-switch'), f).toBeNull();
					expect(s.page(f).querySelector('link[hreflang]'), f).toBeNull();
				}
			});

		it('the front door at / offers every language and sends no one away', () => {
			const doc = s.at('/');
			const hrefs = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
			expect(hrefs).toEqual(languages.map((l) => `/${l}/`));
			expect(doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
		});

		it('the 404 page offers search, the home page and the actors in every language', () => {
			const doc = s.at('/404.html');
			for (const l of languages) {
				const hrefs = doc.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
				expect(hrefs).toContain(`/${l}/`);
				expect(doc.querySelectorAll(`form[action^="/${l}/"]`)).toHaveLength(1);
			}
		});

		it('only charts, the copy-link button and search ship JavaScript', () => {
			for (const f of s.pages) {
				const kind = s.page(f).querySelector('body')?.getAttribute('data-page-kind') ?? '';
				const scripts = s.page(f).querySelectorAll('script').length;
				if (['indicator', 'measure', 'search'].includes(kind)) continue;
				expect(scripts, f).toBe(0);
			}
		});
	});
}

// hreflang: a page names its other-language versions only where its own text exists in both
// languages. Written out per plan: the default is wholly translated, the synthetic plan partly.
describe('hreflang alternates', () => {
	const sites = Object.fromEntries(PLANS.map((p) => [p.name, site(p.dist)]));
	const alternates = (plan: string, url: string) =>
		must(sites[plan], plan)
			.at(url)
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((l) => `${l.getAttribute('hreflang') ?? ''} ${l.getAttribute('href') ?? ''}`);
	it.each([
		[
			'kymenlaakso',
			'/fi/toimijat/kotka/2-3/',
			['fi /fi/toimijat/kotka/2-3/', 'sv /sv/aktorer/kotka/2-3/'],
		],
		[
			'kymenlaakso',
			'/sv/strategi/johdanto/',
			['sv /sv/strategi/johdanto/', 'fi /fi/strategia/johdanto/'],
		],
		['kymenlaakso', '/sv/indikatorer/18/', ['sv /sv/indikatorer/18/', 'fi /fi/indikaattorit/18/']],
		// The synthetic plan's source is sv. Chapter "inledning" exists in both languages, "mal" only in sv.
		[
			'synthetic',
			'/sv/strategi/inledning/',
			['sv /sv/strategi/inledning/', 'fi /fi/strategia/inledning/'],
		],
		[
			'synthetic',
			'/fi/strategia/inledning/',
			['fi /fi/strategia/inledning/', 'sv /sv/strategi/inledning/'],
		],
		['synthetic', '/sv/strategi/mal/', []],
		['synthetic', '/fi/strategia/mal/', []],
		['synthetic', '/sv/mal/4-1/', ['sv /sv/mal/4-1/', 'fi /fi/tavoitteet/4-1/']],
		['synthetic', '/fi/tavoitteet/1/', []],
		['kouvola-2023', '/fi/', []],
	] as const)('%s %s', (plan, url, expected) => {
		expect(alternates(plan, url)).toEqual(expected);
	});
	it('every page of the wholly translated default has both versions, print documents aside', () => {
		const s = must(sites.kymenlaakso, 'kymenlaakso');
		const without = s.pages
			.filter((p) => /^\/(fi|sv)\//.test(p))
			.filter((p) => s.page(p).querySelectorAll('link[rel="alternate"]').length !== 2);
		expect(without).toHaveLength(24);
		expect(without.every((p) => /\/(tuloste|utskrift)\/index\.html$/.test(p))).toBe(true);
	});
});

// A <title> cannot mark a part's language: on the partly translated synthetic plan, titles with
// untranslated parts name the page in its own language, or are wholly the other language with lang.
describe('titles of partly translated pages', () => {
	const s = site(PLANS.find((p) => p.name === 'synthetic')?.dist ?? '');
	it.each([
		['/fi/strategia/mal/', 'Strategian luku 2 – Testisuunnitelma', null],
		['/fi/indikaattorit/2/', 'Indikaattori 2 – Testisuunnitelma', null],
		['/fi/toimijat/biblioteket/1-1/', '1-1 Lisää kirjastokortteja – Testisuunnitelma', null],
		['/fi/toimijat/biblioteket/', 'Stadsbiblioteket', 'sv'],
		['/fi/strategia/inledning/', '1 Johdanto – Testisuunnitelma', null],
	] as const)('%s: "%s"', (url, title, lang) => {
		const el = must(s.at(url).querySelector('title'), 'title');
		expect(el.text).toBe(title);
		expect(el.getAttribute('lang') ?? null).toBe(lang);
	});
});
