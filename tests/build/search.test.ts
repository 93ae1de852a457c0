import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PLANS } from '../helpers/plans.ts';
import { site } from '../helpers/dist.ts';
import { indexedPages, indexLanguages } from '../helpers/search-index.ts';
import { translationStatus } from '../../scripts/lib/translation-status.ts';
import { localizedPairs } from '../helpers/content.ts';

/**
 * The search index of every plan, read back from the built bundle: one index per page language,
 * only content pages, filters by id, titles in the page's language, and none of the fallback
 * text an untranslated page shows in another language.
 */
const SEARCH_TYPES = [
	'chapter',
	'goal',
	'subgoal',
	'measure',
	'indicator',
	'calendar',
	'glossary',
	'page',
];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const plan of PLANS) {
	describe(`${plan.name}: search index`, () => {
		const s = site(plan.dist);
		const languages: string[] = parse(
			readFileSync(join(plan.content, 'plan.yaml'), 'utf8'),
		).languages;
		const [source = 'fi'] = languages;
		const bodyPages = (lang: string) =>
			s.pages.filter(
				(p) => p.startsWith(`/${lang}/`) && s.page(p).querySelector('main[data-pagefind-body]'),
			);

		it('has one index per plan language, holding exactly the pages whose <main> is searchable', () => {
			const entry = indexLanguages(plan.dist);
			expect(Object.keys(entry).sort()).toEqual([...languages].sort());
			for (const l of languages) expect(entry[l], l).toBe(bodyPages(l).length);
		});

		it('leaves out the search page, the site index, print documents, redirects, / and 404', () => {
			const kinds = new Set(
				languages.flatMap((l) =>
					bodyPages(l).map((p) => s.page(p).querySelector('body')?.getAttribute('data-page-kind')),
				),
			);
			for (const k of ['search', 'siteIndex', 'print', 'actorPrint', 'redirect'])
				expect(kinds.has(k), k).toBe(false);
			expect(s.page('/index.html').querySelector('[data-pagefind-body]')).toBeNull();
			expect(s.page('/404.html').querySelector('[data-pagefind-body]')).toBeNull();
			expect(s.known.has('/pagefind/pagefind-ui.js'), 'the legacy Default UI is not shipped').toBe(
				false,
			);
		});

		for (const lang of languages) {
			const pages = indexedPages(plan.dist, lang);
			it(`${lang}: every result has a title, a known type and only its own language's URLs`, () => {
				expect(pages.length).toBe(bodyPages(lang).length);
				for (const p of pages) {
					expect(p.url.startsWith(`/${lang}/`), p.url).toBe(true);
					expect(p.meta.title?.length ?? 0, p.url).toBeGreaterThan(0);
					expect(SEARCH_TYPES, p.url).toContain(p.filters.type?.[0]);
				}
			});
			if (lang !== source) {
				it(`${lang}: holds none of the ${source} text its untranslated pages show`, () => {
					const status = translationStatus(plan.content).find((x) => x.lang === lang);
					const fallback = (status?.fields ?? [])
						.map((f) => norm(f.text))
						.filter((t) => t.length >= 8);
					const indexed = pages
						.map((p) => norm([p.content, ...Object.values(p.meta)].join(' ')))
						.join('\n');
					const found = fallback.filter((t) => indexed.includes(t));
					expect(found).toEqual([]);
				});
			}
		}
	});
}

describe('kymenlaakso: search index contents', () => {
	const fi = indexedPages('dist', 'fi');
	const sv = indexedPages('dist', 'sv');
	const at = (pages: typeof fi, url: string) => {
		const p = pages.find((x) => x.url === url);
		if (!p) throw new Error(`expected ${url} in the index`);
		return p;
	};
	it('files a measure by its content type, actor and main goal, with a breadcrumb in its language', () => {
		const m = at(fi, '/fi/toimijat/kotka/2-3/');
		expect(m.filters).toEqual({ type: ['measure'], actor: ['kotka'], goal: ['2'] });
		expect(m.meta.trail).toBe('Etusivu › Toimijat › Kotkan kaupunki');
		expect(at(sv, '/sv/aktorer/kotka/2-3/').meta.trail).toBe('Startsida › Aktörer › Kotka stad');
	});
	it("gives each measure field its own section, titled by the field's label", () => {
		expect(at(fi, '/fi/toimijat/kotka/2-3/').anchors.map((a) => [a.id, a.title])).toEqual([
			['field-measure', 'Toimenpide'],
			['field-metric', 'Mittari / toteutuminen'],
			['field-schedule', 'Aikataulu'],
			['field-implementers', 'Toimija(t) / toteuttaja(t)'],
			['field-follow_up', 'Seuranta / arviointi / ohjaus'],
		]);
	});
	it('makes every form of a term findable on a page that uses one of them', () => {
		// The page's own words and its forms metadata hold every form of Kotka's name and of the
		// glossary term "perhekeskus" (the stemmer alone finds "perhekeskus" but not "perhekeskuksen").
		const findable = (url: string) => {
			const p = at(fi, url);
			return `${p.content} ${p.meta.forms ?? ''}`.toLowerCase();
		};
		const kotka = findable('/fi/toimijat/kotka/');
		for (const f of ['kotka', 'kotkan', 'kotkassa', 'kotkaan']) expect(kotka, f).toContain(f);
		const withTerm = fi.filter((p) => /(^|[^\p{L}])perhekeskus/iu.test(p.content));
		expect(withTerm.length).toBeGreaterThan(10);
		for (const p of withTerm)
			for (const f of ['perhekeskuksen', 'perhekeskusten'])
				expect(findable(p.url), `${p.url}: ${f}`).toContain(f);
		expect(at(fi, '/fi/toimijat/kotka/').content, 'forms are never shown as text').not.toMatch(
			/Kotkassa Kotkaan/,
		);
	});
	it('names the page about a thing by that thing: actor pages by the actor, the glossary by its terms', () => {
		expect(at(fi, '/fi/toimijat/hamina/').meta.names).toBe(
			'Haminan kaupunki Hamina Haminan Haminassa Haminaan',
		);
		expect(at(sv, '/sv/ordlista/').meta.names).toContain('Navigatorn');
		expect(at(fi, '/fi/toimijat/hamina/1-1/').meta.names).toBeUndefined();
	});
	it('holds no Finnish sentence of the plan in the Swedish index', () => {
		const status = translationStatus('content');
		expect(status.find((x) => x.lang === 'sv')?.fields).toEqual([]);
		// Every Finnish text of 30+ characters that differs from its Swedish (names stay the same).
		const texts = localizedPairs()
			.filter((x) => x.fi !== x.sv && x.fi.length >= 30)
			.map((x) => norm(x.fi));
		const indexed = sv.map((p) => norm([p.content, ...Object.values(p.meta)].join(' '))).join('\n');
		expect(texts.length).toBeGreaterThan(200);
		expect(texts.filter((t) => indexed.includes(t))).toEqual([]);
	});
});

describe('CSP: WebAssembly only where search runs', () => {
	for (const plan of PLANS) {
		it(`${plan.name}: 'wasm-unsafe-eval' is on the search pages and on no other page`, () => {
			const s = site(plan.dist);
			const withWasm = s.pages.filter((p) =>
				(
					s
						.page(p)
						.querySelector('meta[http-equiv="content-security-policy"]')
						?.getAttribute('content') ?? ''
				).includes("'wasm-unsafe-eval'"),
			);
			const searchPages = s.pages.filter(
				(p) => s.page(p).querySelector('body')?.getAttribute('data-page-kind') === 'search',
			);
			expect(searchPages.length).toBeGreaterThan(0);
			expect(withWasm).toEqual(searchPages);
		});
	}
});
