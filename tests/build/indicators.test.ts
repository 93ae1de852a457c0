import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { indicatorsFileSchema } from '../../src/schemas/indicators.ts';
import { indicatorStatus } from '../../src/lib/indicator-status.ts';
import { formatValue } from '../../src/lib/indicator-format.ts';
import { INDICATORS_CSV_HEADER, parseCsv } from '../../src/lib/open-data.ts';
import { distFiles, fileFor, page } from '../helpers/dist.ts';

const indicators = indicatorsFileSchema.parse(
	parse(readFileSync('content/indicators.yaml', 'utf8')),
);
const known = new Set(distFiles());
const cellText = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('indicator pages', () => {
	it('all 32 exist in both languages, plus the index', () => {
		expect(indicators.map((i) => i.id)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
		for (const i of indicators) {
			expect(fileFor(`/fi/indikaattorit/${i.id}/`, known)).toBeDefined();
			expect(fileFor(`/sv/indikatorer/${i.id}/`, known)).toBeDefined();
		}
		expect(fileFor('/fi/indikaattorit/', known)).toBeDefined();
	});

	it.each(indicators.map((i) => [i.id, i] as const))(
		'indicator %i: every number in the page’s tables is the data, formatted for Finnish',
		(id, ind) => {
			const doc = page(`/fi/indikaattorit/${id}/index.html`);
			const tables = doc.querySelectorAll('table.indicator-table');
			expect(tables.length).toBe(Math.max(1, ind.series.length));
			const shown = tables.flatMap((t) => {
				const years = t
					.querySelectorAll('thead th')
					.slice(1)
					.map((th) => Number(th.text));
				return t.querySelectorAll('tbody tr').flatMap((tr) =>
					tr.querySelectorAll('td').map((td, i) => ({
						row: cellText(tr.querySelector('th')!.text),
						year: years[i]!,
						text: td.classList.contains('no-value') ? '–' : cellText(td.text),
					})),
				);
			});
			const filled = shown.filter((c) => c.text !== '–');
			expect(filled).toHaveLength(ind.values.length);
			for (const v of ind.values) {
				const want = formatValue(v.value, ind.unit, 'fi').replace(/\s/g, ' ');
				expect(
					filled.some((c) => c.year === v.year && c.text.replace(/\s/g, ' ').startsWith(want)),
					`${id} ${v.area} ${v.group} ${v.year} = ${want}`,
				).toBe(true);
			}
		},
	);

	it.each(indicators.map((i) => [i.id, i] as const))(
		'indicator %i: the page states each group’s status as a word and a shape',
		(id, ind) => {
			const doc = page(`/fi/indikaattorit/${id}/index.html`);
			const statuses = indicatorStatus(ind);
			const badges = doc.querySelectorAll('#status-title ~ ul .status');
			expect(badges).toHaveLength(statuses.length);
			badges.forEach((b, i) => {
				expect(b.querySelector('svg')).not.toBeNull();
				expect(b.text.trim()).toBe(
					{ good: 'hyvä', neutral: 'neutraali', concern: 'huolestuttava' }[statuses[i]!.status],
				);
			});
		},
	);

	it('a chart comes with its table and a CSV download', () => {
		const doc = page('/fi/indikaattorit/11/index.html');
		expect(doc.querySelector('canvas[role="img"]')!.getAttribute('aria-label')).toContain(
			'Tuntee itsensä yksinäiseksi',
		);
		const tableLink = doc.querySelector('figure.chart figcaption a')!.getAttribute('href')!;
		expect(doc.getElementById(tableLink.slice(1))!.tagName).toBe('TABLE');
		expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
			'/data/indicators/11.csv',
		);
	});

	it('indicator 18 says the question changed and gives no status across it', () => {
		const doc = page('/fi/indikaattorit/18/index.html');
		expect(doc.querySelector('main .notice')!.text).toContain('Ennen vuotta 2021 kysymys kuului');
		const statuses = indicatorStatus(indicators[17]!);
		expect(statuses.every((s) => s.year >= 2021 && s.nationalYear >= 2021)).toBe(true);
	});

	it('indicator 31 uses the 0.5 threshold and says so', () => {
		expect(indicators[30]!.threshold).toBe(0.5);
		expect(
			page('/fi/indikaattorit/31/index.html').querySelector('#status-title ~ p')!.text,
		).toContain('0,5 prosenttiyksikköä');
	});

	it('child protection (16) gives counts, in four series, with no status', () => {
		const doc = page('/fi/indikaattorit/16/index.html');
		expect(doc.querySelectorAll('table.indicator-table')).toHaveLength(4);
		expect(indicatorStatus(indicators[15]!)).toEqual([]);
		expect(doc.querySelector('#status-title ~ p.muted')!.text).toContain('Ei tilaa');
	});

	it('the index groups indicators by the source’s categories', () => {
		const doc = page('/fi/indikaattorit/index.html');
		const headings = doc.querySelectorAll('main section h2').map((h) => cellText(h.text));
		expect(headings).toEqual([
			'Väestön kehitys',
			'Elintaso & työssäkäynti',
			'Hyvinvointi, osallisuus & vapaa-aika',
			'Lastensuojelu',
			'Tuen saanti',
			'Terveys & elintavat',
		]);
		expect(doc.querySelectorAll('.indicator-list > li')).toHaveLength(32);
	});

	it('sub-goal pages list their indicators with status; 1-7 says it has none', () => {
		const doc = page('/fi/tavoitteet/1-1/index.html');
		expect(
			doc.querySelectorAll('#indicators-title ~ ul > li > a').map((a) => a.getAttribute('href')),
		).toEqual([
			'/fi/indikaattorit/28/',
			'/fi/indikaattorit/10/',
			'/fi/indikaattorit/9/',
			'/fi/indikaattorit/12/',
			'/fi/indikaattorit/14/',
		]);
		expect(
			page('/fi/tavoitteet/1-7/index.html').querySelector('main > .notice, main .notice')!.text,
		).toContain('ei ole tälle välitavoitteelle indikaattoreita');
		expect(page('/fi/tavoitteet/3-3/index.html').text).toContain('Jako voi olla epävarma');
	});

	it('main-goal pages show the service mix as a picture with a table', () => {
		const want = { 1: [50, 35, 15], 2: [70, 25, 5], 3: [50, 30, 20] } as const;
		for (const goal of [1, 2, 3] as const) {
			const doc = page(`/fi/tavoitteet/${goal}/index.html`);
			expect(
				doc.querySelector('.service-mix svg[role="img"]')!.getAttribute('aria-label'),
			).toContain(`n. ${want[goal][0]}`);
			const cells = doc
				.querySelectorAll('table.mix-table td')
				.map((td) => Number(td.text.replace(/[^\d]/g, '')));
			expect(cells).toEqual([...want[goal]]);
		}
	});
});

describe('indicator values against the seed text', () => {
	const SEED = join('..', 'shared', 'seeds', '000_d0ddf8e36e222b0a.txt');
	const norm = (s: string) => s.replace(/[\s\u00ad\-–—‐]+/g, '').toLowerCase();
	const seed = existsSync(SEED) ? norm(readFileSync(SEED, 'utf8')) : '';
	// [indicator, series, area, group, year, value, the seed's own words for it]
	const facts: [number, string | undefined, string, string, number, number, string][] = [
		[28, undefined, 'kymenlaakso', '8-9lk', 2023, 33, '33 % 8.–9. luokkalaiset 2023'],
		[
			28,
			undefined,
			'kymenlaakso',
			'4-5lk',
			2019,
			19,
			'4.–5. luokkalaiset 2023 2019 19 %, 2021 28 %',
		],
		[10, undefined, 'kymenlaakso', '4v-huoltajat', 2019, 81, '81 % 4–v. huoltajista 2019'],
		[9, undefined, 'kymenlaakso', 'lukio', 2021, 38, '50 % lukiolaiset 2023 2019 50 %, 2021 38 %'],
		[
			12,
			undefined,
			'kymenlaakso',
			'ammatillinen',
			2021,
			50,
			'37 % ammattikoulul. 2023 2019 47 %, 2021 50 %',
		],
		[14, undefined, 'kymenlaakso', '4v-huoltajat', 2019, 86, '86 % 4–v. huoltajista 2019'],
		[8, undefined, 'kymenlaakso', '4v-huoltajat', 2019, 92, '92 % 4–v. huoltajat 2019'],
		[18, undefined, 'kymenlaakso', 'lukio', 2023, 85, '85 % lukiolaiset 2023 2019 51 %, 2021 82 %'],
		[
			18,
			undefined,
			'kymenlaakso',
			'ammatillinen',
			2021,
			74,
			'79 % ammattikoulul. 2023 2019 40 %, 2021 74 %',
		],
		[1, undefined, 'kotka', '0-6v', 2019, 2892, 'KOTKAKOTKA 28922892 22882288 21442144'],
		[
			1,
			undefined,
			'kymenlaakso',
			'7-14v',
			2035,
			10447,
			'yht.yht. 1470114701 1278312783 1044710447',
		],
		[
			16,
			'ilmoitukset',
			'koko-maa',
			'kaikki',
			2023,
			184685,
			'Lastensuojeluilmoitukset vuoden aikana: koko maa: 2019 156200, 2021 173466, 2023 184685',
		],
		[
			16,
			'avohuolto',
			'kymenlaakso',
			'kaikki',
			2019,
			1820,
			'Avohuollon asiakkaat 698 vuoden 2022 aikana 2019 1820, 2021 923',
		],
		[
			7,
			undefined,
			'koko-maa',
			'8-9lk',
			2023,
			66,
			'8. ja 9. luokkalaisista, koko maa: 2019 75 %, 2021 68 %, 2023 66 %',
		],
		[
			11,
			undefined,
			'koko-maa',
			'8-9lk',
			2021,
			16,
			'8. ja 9. luokkalaisista, koko maa: 2019 11 %, 2021 16 %, 2023 15 %',
		],
		[
			9,
			undefined,
			'koko-maa',
			'lukio',
			2021,
			45,
			'Lukiolaisista, koko maa: 2019 51 %, 2021 45 %, 2023 49 %',
		],
		[10, undefined, 'koko-maa', '4v-huoltajat', 2018, 82.3, 'koko maan tilanne: 82,3 %'],
		[
			7,
			undefined,
			'koko-maa',
			'4v-huoltajat',
			2018,
			90.1,
			'4-vuotiaiden huoltajista, koko maa: 90,1 %',
		],
	];
	it.skipIf(!existsSync(SEED)).each(facts)(
		'indicator %i (%s) %s %s %i = %d',
		(id, series, area, group, year, value, words) => {
			expect(seed, words).toContain(norm(words));
			const ind = indicators.find((i) => i.id === id)!;
			const found = ind.values.filter(
				(v) => v.area === area && v.group === group && v.year === year && v.series === series,
			);
			expect(found.map((v) => v.value)).toEqual([value]);
			const shown = page(`/fi/indikaattorit/${id}/index.html`)
				.querySelector('main')!
				.text.replace(/\s/g, ' ');
			expect(shown).toContain(formatValue(value, ind.unit, 'fi').replace(/\s/g, ' '));
		},
	);
});

describe('open data: indicators', () => {
	const json = JSON.parse(readFileSync('dist/data/indicators.json', 'utf8'));
	it('indicators.json follows the contract and includes the computed status', () => {
		expect(json).toHaveLength(32);
		const i11 = json.find((i: { id: number }) => i.id === 11);
		expect(i11).toMatchObject({
			id: 11,
			title: { fi: 'Tuntee itsensä yksinäiseksi' },
			unit: '%',
			better: 'lower',
			threshold: 1.5,
		});
		expect(i11.values.length).toBeGreaterThan(0);
		expect(i11.status).toEqual(indicatorStatus(indicators[10]!));
		for (const s of i11.status)
			expect(Object.keys(s)).toEqual(
				expect.arrayContaining([
					'group',
					'year',
					'kymenlaakso',
					'national',
					'difference',
					'status',
				]),
			);
	});
	it('indicators.csv has the contract columns and one row per value', () => {
		const [header, ...rows] = parseCsv(readFileSync('dist/data/indicators.csv', 'utf8'));
		expect(header).toEqual([...INDICATORS_CSV_HEADER]);
		expect(rows).toHaveLength(indicators.reduce((n, i) => n + i.values.length, 0));
		expect(rows).toContainEqual(['28', '8-9lk', 'kymenlaakso', '2023', '33', '%']);
		expect(rows).toContainEqual([
			'16',
			'ilmoitukset/kaikki',
			'koko-maa',
			'2023',
			'184685',
			'count',
		]);
	});
	it('each indicator has its own CSV', () => {
		const [, ...rows] = parseCsv(readFileSync('dist/data/indicators/31.csv', 'utf8'));
		expect(rows).toHaveLength(indicators[30]!.values.length);
		expect(rows.every((r) => r[0] === '31')).toBe(true);
	});
	it('datapackage.json describes both resources under CC BY 4.0', () => {
		const pkg = JSON.parse(readFileSync('dist/data/datapackage.json', 'utf8'));
		expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
		expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(
			expect.arrayContaining([
				'measures.csv',
				'indicators.csv',
				'measures.json',
				'indicators.json',
			]),
		);
		for (const r of pkg.resources) expect(known.has(`/data/${r.path}`), r.path).toBe(true);
	});
});
