import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { must, site, squash } from '../helpers/dist.ts';

/** The strategy part of the Kymenlaakso edition: chapters 1–7 as the table of contents words them. */
const s = site('dist');
const slugs = [
	'johdanto',
	'nykytilan-kuvaus',
	'strateginen-kumppanuus',
	'paatavoitteet',
	'tuki-tavoitteiden-saavuttamiseksi',
	'toimenpiteilla-kohti-vaikuttavuutta',
	'lahteet',
];
/** The table of contents of the 2020–2025 strategy part (seed 000, lines ~915–960). */
const TOC: Record<string, { h1: string; sections: string[] }> = {
	johdanto: { h1: '1 Johdanto', sections: ['1.1 Tiivistelmä'] },
	'nykytilan-kuvaus': { h1: '2 Nykytilan kuvaus', sections: [] },
	'strateginen-kumppanuus': {
		h1: '3 Lasten ja nuorten hyvinvointi ja suojelu – strateginen kumppanuus',
		sections: [],
	},
	paatavoitteet: {
		h1: '4 Päätavoitteet',
		sections: [
			'4.1 Lasten, nuorten ja perheiden arjen hyvinvointi lisääntyy',
			'4.2 Lasten, nuorten ja perheiden osallisuus ja yhteisöllisyys vahvistuvat',
			'4.3 Lasten, nuorten ja perheiden parissa toimivien monialainen verkostotyö kehittyy ja jalkautuu',
		],
	},
	'tuki-tavoitteiden-saavuttamiseksi': {
		h1: '5 Tuki tavoitteiden saavuttamiseksi',
		sections: [
			'5.1 Perhekeskustoimintamalli',
			'5.2 Yhteensovittavan johtamisen malli',
			'5.3 Lapsivaikutusten arviointi',
		],
	},
	'toimenpiteilla-kohti-vaikuttavuutta': {
		h1: '6 Toimenpiteillä kohti vaikuttavuutta',
		sections: [],
	},
	lahteet: { h1: '7 Lähteet', sections: [] },
};

describe('strategy chapters', () => {
	it.each(slugs)('%s: exists in both languages, numbered as the table of contents', (slug) => {
		expect(s.fileFor(`/sv/strategi/${slug}/`)).toBeDefined();
		const doc = s.at(`/fi/strategia/${slug}/`);
		const toc = must(TOC[slug], slug);
		expect(squash(must(doc.querySelector('h1'), 'h1').text)).toBe(toc.h1);
		expect(
			doc
				.querySelectorAll('main h2')
				.map((h) => squash(h.text))
				.filter((t) => /^\d+\.\d+ /.test(t)),
		).toEqual(toc.sections);
	});
	it.each(slugs)('%s: the "on this page" list links to every section', (slug) => {
		const doc = s.at(`/fi/strategia/${slug}/`);
		const h2s = doc.querySelectorAll('.prose h2');
		expect(doc.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href'))).toEqual(
			h2s.map((h) => `#${h.id}`),
		);
	});
	it('previous and next links follow the plan’s order', () => {
		for (const [i, slug] of slugs.entries()) {
			const doc = s.at(`/fi/strategia/${slug}/`);
			expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(
				i > 0 ? `/fi/strategia/${slugs[i - 1]}/` : null,
			);
			expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(
				i < slugs.length - 1 ? `/fi/strategia/${slugs[i + 1]}/` : null,
			);
		}
	});
	it('quotes are block quotes attributed as in the plan', () => {
		const quotes = s.at('/fi/strategia/nykytilan-kuvaus/').querySelectorAll('.quote');
		expect(quotes.length).toBe(5);
		expect(
			quotes.map((q) => squash(must(q.querySelector('.quote__by'), 'attribution').text)),
		).toContain('— ESIKOULULAINEN');
	});
	it('the eight-step ladder of joint work (Ristimäki 2019) is an ordered list of 8', () => {
		const ladder = must(
			s
				.at('/fi/strategia/paatavoitteet/')
				.querySelectorAll('.prose ol')
				.find((ol) => ol.querySelectorAll(':scope > li').length === 8),
			'the ladder',
		);
		expect(ladder.querySelectorAll('li')[7]?.text).toContain('Johdamme yhteistä työtämme');
	});
	it('what the printed plan has that the web edition cannot show is said as a publisher would', () => {
		for (const slug of [
			'johdanto',
			'strateginen-kumppanuus',
			'paatavoitteet',
			'tuki-tavoitteiden-saavuttamiseksi',
			'toimenpiteilla-kohti-vaikuttavuutta',
		]) {
			const notice = squash(
				must(s.at(`/fi/strategia/${slug}/`).querySelector('.omissions'), `${slug} omissions`).text,
			);
			expect(notice).toMatch(
				/^Painettu suunnitelma ja tämä verkkoversio eroavat tässä luvussa: ?Painetu/,
			);
		}
		expect(
			squash(must(s.at('/fi/strategia/lahteet/').querySelector('main .notice'), 'notice').text),
		).toBe(
			'Painetun suunnitelman lähdeluettelo ei ole tässä verkkoversiossa. Tämä luettelo on koottu suunnitelman tekstissä olevista lähdeviittauksista.',
		);
		expect(
			s
				.at('/fi/strategia/lahteet/')
				.querySelectorAll('.prose li')
				.map((li) => li.text),
		).toEqual(
			expect.arrayContaining([
				'Pekkola & Lehtola, 2015',
				'Lapsen aika, 2019',
				'Hastrup, A. ym. 2019',
			]),
		);
	});
	it('the first use of a glossary term links to its entry, once per page', () => {
		let linked = 0;
		for (const slug of slugs) {
			const targets = s
				.at(`/fi/strategia/${slug}/`)
				.querySelectorAll('.prose a.term')
				.map((a) => a.getAttribute('href') ?? '');
			expect(new Set(targets).size, slug).toBe(targets.length);
			for (const t of targets) expect(t).toMatch(/^\/fi\/sanasto\/#[a-z0-9-]+$/);
			linked += targets.length;
		}
		expect(linked).toBeGreaterThan(5);
	});
});

describe('the population forecast table (chapter 2), from indicator 1’s data', () => {
	const table = must(
		s.at('/fi/strategia/nykytilan-kuvaus/').querySelector('table.area-table'),
		'the table',
	);
	const rows = table.querySelectorAll('tbody tr').map((tr) => ({
		area: squash(must(tr.querySelector('th'), 'th').text),
		cells: tr.querySelectorAll('td').map((td) => Number(td.text.replace(/\s/g, ''))),
	}));
	it('is an accessible table with a caption and header scopes', () => {
		expect(squash(must(table.querySelector('caption'), 'caption').text)).toBe(
			'Väestöennuste 2019, 2025, 2035',
		);
		expect(table.querySelectorAll('th[scope="colgroup"]')).toHaveLength(2);
		expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(7);
	});
	const SEED = join('..', 'shared', 'seeds', '000_d0ddf8e36e222b0a.txt');
	it.skipIf(!existsSync(SEED))('matches every number of the table in seed 000', () => {
		// The source prints each cell twice ("KOTKAKOTKA 28922892 …"): undo that, then compare all 42 cells.
		const names: Record<string, string> = {
			HAMINA: 'Hamina',
			KOTKA: 'Kotka',
			KOUVOLA: 'Kouvola',
			MIEHIKKÄLÄ: 'Miehikkälä',
			PYHTÄÄ: 'Pyhtää',
			VIROLAHTI: 'Virolahti',
			'yht.': 'Kymenlaakso',
		};
		const half = (x: string) => x.slice(0, x.length / 2);
		const seedRows = readFileSync(SEED, 'utf8')
			.split('\n')
			.map((l) => l.trim().split(/\s+/))
			.filter(
				(w) => w.length === 8 && names[half(w[0] ?? '')] && half(w[0] ?? '') === half(w[4] ?? ''),
			)
			.map((w) => ({
				area: names[half(w[0] ?? '')] ?? '',
				cells: [1, 2, 3, 5, 6, 7].map((i) => Number(half(w[i] ?? ''))),
			}));
		expect(seedRows).toHaveLength(7);
		expect(rows).toEqual(seedRows);
	});
});
