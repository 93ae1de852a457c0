import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { must, site, squash } from '../helpers/dist.ts';
import { parseCsv } from '../../src/lib/csv.ts';

/** The Kymenlaakso edition's indicators: numbers, statuses and remarks, with expected values written out. */
const s = site('dist');
const json: {
	id: number;
	status: {
		group: string;
		year: number;
		referenceYear: number;
		focus: number;
		reference: number;
		difference: number;
		status: string;
	}[];
	changes: unknown[];
	values: unknown[];
}[] = JSON.parse(s.text('/data/indicators.json'));
const text = (url: string) => squash(s.at(url).querySelector('main')?.text ?? '');

/**
 * The status of every compared group, reviewed against the plan's rule by hand: the latest year with
 * both a Kymenlaakso and a national value (the LTH survey of 4-year-olds' guardians: 2019 against
 * 2018), the difference signed by the better direction, ±1.5 percentage points (indicator 31: ±0.5).
 * [indicator, group, year, national year, Kymenlaakso, koko maa, signed difference, status]
 */
const STATUS: [number, string, number, number, number, number, number, string][] = [
	[4, 'kaikki', 2023, 2023, 17, 11, -6, 'concern'],
	[5, 'kaikki', 2023, 2023, 11, 10, -1, 'neutral'],
	[6, 'kaikki', 2023, 2023, 14, 12, -2, 'concern'],
	[7, '4-5lk', 2023, 2023, 84, 85, -1, 'neutral'],
	[7, '8-9lk', 2023, 2023, 65, 66, -1, 'neutral'],
	[7, 'lukio', 2023, 2023, 70, 67, 3, 'good'],
	[7, 'ammatillinen', 2023, 2023, 65, 66, -1, 'neutral'],
	[7, '4v-huoltajat', 2019, 2018, 90, 90.1, -0.1, 'neutral'],
	[8, '4v-huoltajat', 2019, 2018, 92, 90.7, 1.3, 'neutral'],
	[9, '4-5lk', 2023, 2023, 41, 43, -2, 'concern'],
	[9, '8-9lk', 2023, 2023, 37, 39, -2, 'concern'],
	[9, 'lukio', 2023, 2023, 50, 49, 1, 'neutral'],
	[9, 'ammatillinen', 2023, 2023, 46, 50, -4, 'concern'],
	[10, '4v-huoltajat', 2019, 2018, 81, 82.3, -1.3, 'neutral'],
	[11, '4-5lk', 2023, 2023, 5, 4, -1, 'neutral'],
	[11, '8-9lk', 2023, 2023, 15, 15, 0, 'neutral'],
	[11, 'lukio', 2023, 2023, 15, 16, 1, 'neutral'],
	[11, 'ammatillinen', 2023, 2023, 16, 17, 1, 'neutral'],
	[12, '4-5lk', 2023, 2023, 59, 60, -1, 'neutral'],
	[12, '8-9lk', 2023, 2023, 42, 43, -1, 'neutral'],
	[12, 'lukio', 2023, 2023, 41, 39, 2, 'good'],
	[12, 'ammatillinen', 2023, 2023, 37, 42, -5, 'concern'],
	[13, '8-9lk', 2023, 2023, 28, 27, -1, 'neutral'],
	[13, 'lukio', 2023, 2023, 26, 26, 0, 'neutral'],
	[13, 'ammatillinen', 2023, 2023, 40, 40, 0, 'neutral'],
	[14, '4v-huoltajat', 2019, 2018, 86, 83.5, 2.5, 'good'],
	[15, '4v-huoltajat', 2019, 2018, 86, 81, 5, 'good'],
	[17, '4-5lk', 2023, 2023, 60, 59, 1, 'neutral'],
	[17, '8-9lk', 2023, 2023, 44, 46, -2, 'concern'],
	[18, 'lukio', 2023, 2023, 85, 79, 6, 'good'],
	[18, 'ammatillinen', 2023, 2023, 79, 81, -2, 'concern'],
	[19, '4v-huoltajat', 2019, 2018, 14, 13.3, -0.7, 'neutral'],
	[20, '4v-huoltajat', 2019, 2018, 25, 29.4, 4.4, 'good'],
	[21, '4-5lk', 2023, 2023, 14, 11, -3, 'concern'],
	[21, '8-9lk', 2023, 2023, 29, 27, -2, 'concern'],
	[21, 'lukio', 2023, 2023, 25, 25, 0, 'neutral'],
	[21, 'ammatillinen', 2023, 2023, 28, 29, 1, 'neutral'],
	[22, '8-9lk', 2023, 2023, 18, 17, -1, 'neutral'],
	[22, 'lukio', 2023, 2023, 16, 17, 1, 'neutral'],
	[22, 'ammatillinen', 2023, 2023, 23, 27, 4, 'good'],
	[23, '8-9lk', 2023, 2023, 33, 32, -1, 'neutral'],
	[23, 'lukio', 2023, 2023, 29, 33, 4, 'good'],
	[23, 'ammatillinen', 2023, 2023, 24, 27, 3, 'good'],
	[24, '8-9lk', 2023, 2023, 96, 95, 1, 'neutral'],
	[24, 'lukio', 2023, 2023, 98, 98, 0, 'neutral'],
	[24, 'ammatillinen', 2023, 2023, 93, 92, 1, 'neutral'],
	[25, '8-9lk', 2023, 2023, 12, 9, -3, 'concern'],
	[25, 'lukio', 2023, 2023, 15, 15, 0, 'neutral'],
	[25, 'ammatillinen', 2023, 2023, 22, 22, 0, 'neutral'],
	[26, '8-9lk', 2023, 2023, 10, 8, -2, 'concern'],
	[26, 'lukio', 2023, 2023, 11, 12, 1, 'neutral'],
	[26, 'ammatillinen', 2023, 2023, 16, 17, 1, 'neutral'],
	[27, '8-9lk', 2023, 2023, 15, 11, -4, 'concern'],
	[27, 'lukio', 2023, 2023, 7, 7, 0, 'neutral'],
	[27, 'ammatillinen', 2023, 2023, 23, 26, 3, 'good'],
	[28, '4-5lk', 2023, 2023, 30, 28, -2, 'concern'],
	[28, '8-9lk', 2023, 2023, 33, 30, -3, 'concern'],
	[29, '4-5lk', 2023, 2023, 25, 23, -2, 'concern'],
	[29, 'lukio', 2023, 2023, 22, 24, 2, 'good'],
	[29, 'ammatillinen', 2023, 2023, 23, 22, -1, 'neutral'],
	[30, '8-9lk', 2023, 2023, 21, 21, 0, 'neutral'],
	[30, 'lukio', 2023, 2023, 21, 21, 0, 'neutral'],
	[30, 'ammatillinen', 2023, 2023, 18, 18, 0, 'neutral'],
	[31, '4-5lk', 2023, 2023, 9.7, 8.6, -1.1, 'concern'],
	[31, '8-9lk', 2023, 2023, 8.9, 7.9, -1, 'concern'],
	[31, 'lukio', 2023, 2023, 1.4, 1.7, 0.3, 'neutral'],
	[31, 'ammatillinen', 2023, 2023, 3.3, 4, 0.7, 'good'],
	[32, 'lukio', 2023, 2023, 27, 24, -3, 'concern'],
	[32, 'ammatillinen', 2023, 2023, 25, 22, -3, 'concern'],
];

describe('the status of every indicator group', () => {
	it('indicators.json has exactly the reviewed statuses', () => {
		const got = json.flatMap((i) =>
			i.status.map((e) => [
				i.id,
				e.group,
				e.year,
				e.referenceYear,
				e.focus,
				e.reference,
				e.difference,
				e.status,
			]),
		);
		expect(got).toEqual(STATUS);
	});
	it('12 good, 37 neutral and 20 worrying comparisons, and none for indicators 1, 2, 3 and 16', () => {
		const count = (st: string) => STATUS.filter((r) => r[7] === st).length;
		expect([count('good'), count('neutral'), count('concern')]).toEqual([12, 37, 20]);
		for (const id of [1, 2, 3, 16]) expect(json.find((i) => i.id === id)?.status).toEqual([]);
	});
	it.each(STATUS)(
		'indicator %i, %s: the page shows both values, the plain difference and the verdict',
		(id, group, year, refYear, focus, reference, _d, status) => {
			const items = s
				.at(`/fi/indikaattorit/${id}/`)
				.querySelectorAll('#status-title ~ ul.status-list > li');
			const verdict =
				{ good: 'hyvä', neutral: 'neutraali', concern: 'huolestuttava' }[status] ?? '';
			const groupLabels: Record<string, string> = {
				'4-5lk': '4.–5.-luokkalaiset',
				'8-9lk': '8.–9.-luokkalaiset',
				lukio: 'lukiolaiset',
				ammatillinen: 'ammattikoululaiset',
				'4v-huoltajat': '4-vuotiaiden huoltajat',
				kaikki: 'kaikki',
			};
			const li = must(
				items.find((x) => squash(x.text).startsWith(`${groupLabels[group]}:`)),
				`the ${group} entry`,
			);
			const t = squash(li.text).replace(/\u00a0/g, ' ');
			const n = (v: number) => String(v).replace('.', ',');
			expect(t).toContain(`${groupLabels[group]}: ${verdict}`);
			expect(t).toContain(`Kymenlaakso ${year}: ${n(focus)}`);
			expect(t).toContain(`Koko maa ${refYear}: ${n(reference)}`);
			const gap = Math.round((focus - reference) * 10) / 10;
			expect(t).toContain(`ero ${gap > 0 ? '+' : gap < 0 ? '−' : ''}${n(Math.abs(gap))} %-yks.`);
			expect(t).toMatch(/(parempi|samaa tasoa|huonompi) (kuin|kuin) koko maassa\./);
		},
	);
});

describe('remarks of single indicators', () => {
	it('indicator 2 (births per 1,000 women) is not labelled as counts', () => {
		const t = text('/fi/indikaattorit/2/');
		expect(t).toContain('Luku on synnytysten määrä tuhatta 15–49-vuotiasta naista kohti');
		expect(t).not.toContain('lukumääriä');
		expect(t).not.toContain('prosentteja vastaajista');
	});
	it('indicators 3–6 do not call register statistics survey answers', () => {
		for (const id of [3, 4, 5, 6])
			expect(text(`/fi/indikaattorit/${id}/`)).not.toContain('vastaajista');
	});
	it('indicator 31 keeps the printed decimals ("6,0 %", "4,0 %") and the 0,5 threshold', () => {
		const t = text('/fi/indikaattorit/31/').replace(/\u00a0/g, ' ');
		expect(t).toContain('6,0 %');
		expect(t).toContain('4,0 %');
		expect(t).toContain('yli 0,5 prosenttiyksikköä parempi on hyvä');
		const rows = parseCsv(s.text('/data/indicators/31.csv'));
		expect(rows).toContainEqual([
			'31',
			'8-9lk',
			'koko-maa',
			'2021',
			'6.0',
			'%',
			'Koulukiusattuna vähintään kerran viikossa',
		]);
	});
	it('indicator 18’s question change shows in the table, the chart’s text, the JSON and both CSVs', () => {
		const doc = s.at('/fi/indikaattorit/18/');
		const before =
			'Ei saanut tukea ja apua koulun aikuisilta tai palveluista mielialaan liittyviin asioihin, vaikka olisi tarvinnut';
		expect(
			squash(
				must(
					doc.querySelector('table.indicator-table th.period--before'),
					'the old-question column group',
				).text,
			),
		).toBe('Ennen vuotta 2021: vanha kysymys');
		const label =
			must(doc.querySelector('canvas[role="img"]'), 'a chart').getAttribute('aria-label') ?? '';
		expect(label).toContain('2019 (vanha kysymys): 51');
		expect(json.find((i) => i.id === 18)?.changes).toEqual([
			{
				year: 2021,
				title_before: {
					fi: before,
					sv: 'Fick inte stöd och hjälp av vuxna i skolan eller från tjänster i frågor som gäller sinnesstämningen, trots att behov fanns',
				},
				better_before: 'lower',
			},
		]);
		const [, ...rows] = parseCsv(s.text('/data/indicators.csv'));
		expect(rows).toContainEqual(['18', 'lukio', 'kymenlaakso', '2019', '51', '%', before]);
		expect(rows).toContainEqual([
			'18',
			'lukio',
			'kymenlaakso',
			'2023',
			'85',
			'%',
			'Sai tukea ja apua koulun aikuisilta tai palveluista mielialaan liittyvissä asioissa',
		]);
		expect(parseCsv(s.text('/data/indicators/18.csv'))).toContainEqual([
			'18',
			'lukio',
			'koko-maa',
			'2019',
			'49',
			'%',
			before,
		]);
	});
	it('child protection (16) gives counts in four series, with no status', () => {
		const doc = s.at('/fi/indikaattorit/16/');
		expect(doc.querySelectorAll('table.indicator-table')).toHaveLength(4);
		expect(
			squash(must(doc.querySelector('#status-title ~ p.status-none'), 'the no-status reason').text),
		).toContain('Ei tilaa');
	});
	it('the population forecast keeps its percentage changes, the national ones too', () => {
		const t = text('/fi/indikaattorit/1/').replace(/\u00a0/g, ' ');
		expect(t).toContain('Kymenlaakso, 0–6-vuotiaat: 2021–2035: −21 %');
		expect(t).toContain('Koko maa, 7–15-vuotiaat: 2019–2023: −22,7 %');
		const rec = JSON.parse(s.text('/data/indicators.json')).find((i: { id: number }) => i.id === 1);
		expect(rec.periodChanges).toContainEqual({
			area: 'koko-maa',
			group: '0-6v',
			from: 2019,
			to: 2023,
			value: -16.3,
			decimals: 1,
		});
	});
	it('every table pairs a group’s Kymenlaakso row with its national row', () => {
		for (const i of json) {
			const doc = s.at(`/fi/indikaattorit/${i.id}/`);
			for (const table of doc.querySelectorAll('table.indicator-table'))
				for (const body of table.querySelectorAll('tbody')) {
					const areas = body
						.querySelectorAll('tr th[scope="row"]')
						.map((th) => squash(th.text).split(',')[0]);
					if (areas.includes('Koko maa') && areas.includes('Kymenlaakso'))
						expect(areas.slice(0, 2), `indicator ${i.id}`).toEqual(['Kymenlaakso', 'Koko maa']);
				}
		}
	});
});

describe('the indicator index', () => {
	const doc = s.at('/fi/indikaattorit/');
	it('opens with the section’s own introduction and the colour rule in the plan’s words', () => {
		const t = squash(must(doc.querySelector('main'), 'main').text);
		expect(t).toContain(
			'Tekemisen toteutumista seurataan vuosittain ja vaikuttavuutta kahden vuoden välein väliarvioinnissa (vuonna 2022)',
		);
		expect(t).toContain('4-vuotiaiden vanhempien kyselyä ei ole toteutettu vuoden 2018 jälkeen.');
		expect(t).toContain('Paitsi indikaattori nro 31, jossa kynnys on 0,5 %.');
	});
	it('summarises the comparisons computed from the data, with their years', () => {
		const summary = squash(must(doc.querySelector('.status-summary'), 'the summary').text);
		expect(summary).toContain('69 ryhmää');
		expect(summary).toContain('2019 ja 2023');
		expect(summary).toMatch(/hyvä 12 ryhmää.*neutraali 37 ryhmää.*huolestuttava 20 ryhmää/);
	});
	it('lists the 32 indicators by category, and the "Muut seurattavat indikaattorit" grouping', () => {
		expect(doc.querySelectorAll('.indicator-list > li')).toHaveLength(32);
		const muut = must(doc.getElementById('g-muut')?.parentNode, 'the grouping');
		expect(muut.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(
			[2, 3, 1, 13, 16, 32, 26, 27, 30].map((n) => `/fi/indikaattorit/${n}/`),
		);
	});
});

describe('values against the seed text', () => {
	const SEED = join('..', 'shared', 'seeds', '000_d0ddf8e36e222b0a.txt');
	const norm = (x: string) => x.replace(/[\s\u00ad\-–—‐]+/g, '').toLowerCase();
	const seed = existsSync(SEED) ? norm(readFileSync(SEED, 'utf8')) : '';
	const yaml = parse(readFileSync('content/indicators.yaml', 'utf8'));
	// [indicator, series, area, group, year, value, the seed's own words for it]
	const facts: [number, string | undefined, string, string, number, number, string][] = [
		[28, undefined, 'kymenlaakso', '8-9lk', 2023, 33, '33 % 8.–9. luokkalaiset 2023'],
		[10, undefined, 'kymenlaakso', '4v-huoltajat', 2019, 81, '81 % 4–v. huoltajista 2019'],
		[9, undefined, 'kymenlaakso', 'lukio', 2021, 38, '50 % lukiolaiset 2023 2019 50 %, 2021 38 %'],
		[18, undefined, 'kymenlaakso', 'lukio', 2023, 85, '85 % lukiolaiset 2023 2019 51 %, 2021 82 %'],
		[1, undefined, 'kotka', '0-6v', 2019, 2892, 'KOTKAKOTKA 28922892 22882288 21442144'],
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
			7,
			undefined,
			'koko-maa',
			'8-9lk',
			2023,
			66,
			'8. ja 9. luokkalaisista, koko maa: 2019 75 %, 2021 68 %, 2023 66 %',
		],
		[10, undefined, 'koko-maa', '4v-huoltajat', 2018, 82.3, 'koko maan tilanne: 82,3 %'],
	];
	it.skipIf(!existsSync(SEED)).each(facts)(
		'indicator %i (%s) %s %s %i = %d',
		(id, series, area, group, year, value, words) => {
			expect(seed, words).toContain(norm(words));
			const ind = yaml.indicators.find((i: { id: number }) => i.id === id);
			const found = ind.values.filter(
				(v: { area: string; group: string; year: number; series?: string }) =>
					v.area === area && v.group === group && v.year === year && v.series === series,
			);
			expect(found.map((v: { value: number }) => v.value)).toEqual([value]);
		},
	);
});
