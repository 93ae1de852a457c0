import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { distFiles, fileFor, html, page, urlOf } from '../helpers/dist.ts';

const pages = distFiles('.html');
const known = new Set(distFiles());
const langPages = pages.filter((p) => /^\/(fi|sv)\//.test(p));

describe('dist/ has the pages the foundation promises', () => {
	for (const path of [
		'/index.html',
		'/404.html',
		'/fi/index.html',
		'/sv/index.html',
		'/fi/tavoitteet/index.html',
		'/sv/mal/index.html',
		'/fi/tavoitteet/1/index.html',
		'/sv/mal/1/index.html',
		'/fi/toimijat/index.html',
		'/sv/aktorer/index.html',
		'/fi/saavutettavuusseloste/index.html',
		'/sv/tillganglighetsutlatande/index.html',
	])
		it(path, () => expect(known.has(path)).toBe(true));

	it('every page exists in both languages', () => {
		const fiCount = pages.filter((p) => p.startsWith('/fi/')).length;
		const svCount = pages.filter((p) => p.startsWith('/sv/')).length;
		expect(fiCount).toBe(svCount);
	});
});

describe.each(pages)('%s', (file) => {
	const doc = page(file);
	const expectedLang = file.startsWith('/sv/') ? 'sv' : 'fi';

	it('has <html lang> from the route and a <title>', () => {
		expect(doc.querySelector('html')?.getAttribute('lang')).toBe(expectedLang);
		expect(doc.querySelector('title')?.text.trim()).not.toBe('');
	});

	it('has exactly one h1 and no skipped heading levels', () => {
		expect(doc.querySelectorAll('h1')).toHaveLength(1);
		const levels = doc.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
		levels.forEach((level, i) => {
			if (i > 0)
				expect(level, `h${levels[i - 1]} followed by h${level}`).toBeLessThanOrEqual(
					levels[i - 1]! + 1,
				);
		});
	});

	it('starts with a skip link whose target exists', () => {
		const first = doc.querySelector('body a');
		expect(first?.classList.contains('skip-link')).toBe(true);
		const target = first!.getAttribute('href')!.slice(1);
		expect(doc.getElementById(target)?.tagName).toBe('MAIN');
	});

	it('has header, main and (on language pages) nav and footer landmarks', () => {
		expect(doc.querySelectorAll('main')).toHaveLength(1);
		expect(doc.querySelector('header')).not.toBeNull();
		if (langPages.includes(file)) {
			expect(doc.querySelector('footer')).not.toBeNull();
			expect(doc.querySelector('nav.main-nav')).not.toBeNull();
		}
	});

	it('links only to pages and fragments that exist', () => {
		for (const a of doc.querySelectorAll('a[href]')) {
			const href = a.getAttribute('href')!;
			if (/^(https?:|mailto:|tel:)/.test(href)) continue;
			const [path, fragment] = href.split('#');
			const target =
				path === '' ? file : fileFor(new URL(path!, `http://x${urlOf(file)}`).pathname, known);
			expect(target, `${href} on ${file}`).toBeDefined();
			if (fragment && target!.endsWith('.html'))
				expect(
					page(target!).getElementById(decodeURIComponent(fragment)),
					`#${fragment} in ${target}`,
				).not.toBeNull();
		}
	});

	it('loads nothing from another origin', () => {
		for (const el of doc.querySelectorAll('[src], link[href], [srcset], object[data]')) {
			const url =
				el.getAttribute('src') ??
				el.getAttribute('href') ??
				el.getAttribute('srcset') ??
				el.getAttribute('data') ??
				'';
			expect(url, `${el.tagName} on ${file}`).not.toMatch(/^(https?:)?\/\//);
		}
	});

	it('has no style="" attributes (the CSP would block them)', () => {
		expect(html(file)).not.toMatch(/\sstyle="/);
	});

	it('has a Content-Security-Policy that allows no other origin', () => {
		if (!langPages.includes(file)) return;
		const csp =
			doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
			'';
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
	});

	it('marks Finnish fallback text in Swedish pages, keeps it out of search, and says so', () => {
		const fallbacks = doc.querySelectorAll('.fallback');
		if (expectedLang === 'fi') return expect(fallbacks).toHaveLength(0);
		for (const el of fallbacks) {
			expect(el.getAttribute('lang')).toBe('fi');
			expect(el.getAttribute('data-pagefind-ignore')).toBe('all');
		}
		const finnishInMain = doc.querySelectorAll('main [lang="fi"]');
		if (finnishInMain.length > 0)
			expect(
				doc.querySelector('.fallback-notice'),
				'Finnish text on a Swedish page needs the notice',
			).not.toBeNull();
	});
});

describe('the language switch and hreflang', () => {
	it.each(langPages)('%s links to the same page in the other language, and back', (file) => {
		const doc = page(file);
		const link = doc.querySelector('.lang-switch a');
		expect(link).not.toBeNull();
		const other = fileFor(link!.getAttribute('href')!, known);
		expect(other, `switch target of ${file}`).toBeDefined();
		const back = page(other!).querySelector('.lang-switch a')!.getAttribute('href');
		expect(fileFor(back!, known)).toBe(file);
	});

	it.each(langPages)(
		'%s has hreflang alternates exactly when both languages have the content',
		(file) => {
			const doc = page(file);
			const other = fileFor(doc.querySelector('.lang-switch a')!.getAttribute('href')!, known)!;
			const translated = (f: string) => !page(f).querySelector('.fallback-notice');
			const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]');
			if (translated(file) && translated(other)) expect(alternates).toHaveLength(2);
			else expect(alternates).toHaveLength(0);
		},
	);
});

describe('the language chooser at /', () => {
	const doc = page('/index.html');
	it('links to both languages and sends the browser on to /fi/', () => {
		const hrefs = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(expect.arrayContaining(['/fi/', '/sv/']));
		expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
			'0; url=/fi/',
		);
	});
});

describe('JavaScript budget', () => {
	// Measure permalinks carry the copy-link enhancement (issue 4); charts and search are the other two.
	const scripted =
		/\/(indikaattorit|indikatorer|haku|sok)\/[^/]+\/|\/(toimijat|aktorer)\/[^/]+\/\d-\d\//;
	it.each(pages.filter((p) => !scripted.test(p)))('%s ships no JavaScript', (file) => {
		expect(page(file).querySelectorAll('script')).toHaveLength(0);
	});
	it('a measure permalink ships only the copy-link script', () => {
		const scripts = page('/fi/toimijat/kotka/2-3/index.html').querySelectorAll('script');
		expect(scripts).toHaveLength(1);
	});
});

describe('HTML is valid', () => {
	const validator = new HtmlValidate({
		extends: ['html-validate:recommended'],
		rules: {
			// Astro writes <!DOCTYPE html> in upper case; both are valid HTML.
			'doctype-style': 'off',
			// Void elements are written as Astro emits them (<br>); either style is valid HTML.
			'void-style': 'off',
			// Long page titles come from the plan's own long names and are kept whole.
			'long-title': 'off',
			// Measure tables carry explicit table roles on purpose: on narrow screens CSS turns them into
			// blocks, and Safari/WebKit then drops the native table semantics unless the roles are explicit.
			'no-redundant-role': 'off',
		},
	});
	it.each(pages)('%s', async (file) => {
		const report = await validator.validateString(html(file), file);
		const messages = report.results.flatMap((r) =>
			r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
		);
		expect(messages).toEqual([]);
	});
});
