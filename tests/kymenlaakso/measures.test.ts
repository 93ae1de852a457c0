import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { must, site, squash } from '../helpers/dist.ts';
import { parseCsv } from '../../src/lib/csv.ts';

/** The Kymenlaakso edition's measures: 11 actors × 16 sub-goals, and what their pages say. */
const s = site('dist');
const ACTORS = [
	'hyvinvointialue',
	'hamina',
	'kotka',
	'kouvola',
	'miehikkala-virolahti',
	'pyhtaa',
	'seurakunnat',
	'jarjesto-2-0',
	'ensi-ja-turvakoti',
	'mll',
	'poliisi',
];
const SUBGOALS = [
	'1-1',
	'1-2',
	'1-3',
	'1-4',
	'1-5',
	'1-6',
	'1-7',
	'2-1',
	'2-2',
	'2-3',
	'2-4',
	'2-5',
	'2-6',
	'3-1',
	'3-2',
	'3-3',
];
const json: {
	id: string;
	status: string;
	see: string[];
	fields: Record<string, { fi: string }>;
	url: { fi: string; sv: string };
}[] = JSON.parse(s.text('/data/measures.json'));

describe('the measure tables are complete', () => {
	it('176 rows: 11 actors × 16 sub-goals, in the plan’s order', () => {
		expect(json.map((r) => r.id)).toEqual(ACTORS.flatMap((a) => SUBGOALS.map((g) => `${a}/${g}`)));
	});
	it('163 filled, 7 pointer and 6 empty rows', () => {
		const count = (st: string) => json.filter((r) => r.status === st).length;
		expect([count('filled'), count('see'), count('empty')]).toEqual([163, 7, 6]);
	});
	it('every permalink exists in both languages', () => {
		for (const r of json) {
			expect(s.fileFor(r.url.fi), r.url.fi).toBeDefined();
			expect(s.fileFor(r.url.sv), r.url.sv).toBeDefined();
		}
	});
});

describe('measure pages', () => {
	it('the permalink’s h1 says whose measure for which sub-goal, and the fields follow at once', () => {
		const doc = s.at('/fi/toimijat/kotka/2-3/');
		expect(squash(must(doc.querySelector('h1'), 'h1').text)).toBe(
			'Kotka: 2-3 Hyvin saavutettavat fyysisesti ja sosiaalisesti esteettömät palvelut ja toiminnot',
		);
		expect(doc.querySelector('h1 + dl.fields, h1 + .notice + dl.fields')).not.toBeNull();
		expect(must(doc.querySelector('code.permalink'), 'the address').text).toMatch(
			/\/fi\/toimijat\/kotka\/2-3\/$/,
		);
		expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
			'/fi/toimijat/kotka/2-2/',
		);
		expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
			'/fi/toimijat/kotka/2-4/',
		);
		expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
			'/fi/tavoitteet/2-3/',
		);
	});
	it('a blank row says so once; a filled row names its blank fields once, quietly', () => {
		const empty = s.at('/fi/toimijat/ensi-ja-turvakoti/2-2/');
		expect(
			squash(must(empty.querySelector('main'), 'main').text).match(
				/Suunnitelmassa ei ole tälle kohdalle merkintöjä\./g,
			),
		).toHaveLength(1);
		expect(empty.querySelector('dl.fields')).toBeNull();
		const hamina = s.at('/fi/toimijat/hamina/1-6/');
		expect(squash(must(hamina.querySelector('.row-gaps'), 'the gaps line').text)).toBe(
			'Ei merkintää suunnitelmassa: mittari / toteutuminen, aikataulu, toimija(t) / toteuttaja(t), seuranta / arviointi / ohjaus.',
		);
		for (const f of s.pages.filter((p) => p.startsWith('/fi/')))
			expect(s.html(f), f).not.toContain('Ei mainittu suunnitelmassa');
	});
	it('a pointer keeps the source’s words and links to the row it points to, without copying its text', () => {
		const doc = s.at('/fi/toimijat/hamina/1-6/');
		const cell = must(doc.querySelector('.cell-see'), 'the pointer');
		expect(squash(cell.text)).toContain('Ks. edellinen kohta.');
		expect(must(cell.querySelector('a'), 'its link').getAttribute('href')).toBe(
			'/fi/toimijat/hamina/1-5/',
		);
		expect(squash(cell.text)).not.toContain('Haminan strategiseksi');
	});
	it('a dashed field is said once per row (police 2-5)', () => {
		expect(
			squash(
				must(s.at('/fi/toimijat/poliisi/2-5/').querySelector('.row-gaps'), 'the gaps line').text,
			),
		).toBe(
			'Merkitty suunnitelmaan viivalla: mittari / toteutuminen, aikataulu, toimija(t) / toteuttaja(t), seuranta / arviointi / ohjaus.',
		);
	});
	// Facts checked against seed 000 (the 2020–2025 edition), at least one per actor.
	const facts: [string, string, string][] = [
		['hyvinvointialue', '1-2', 'Integratiiviset palvelupolut toimivat'],
		['hamina', '2-2', 'vähintään 10 uutta kohtaamispaikkaa'],
		['kotka', '1-5', 'Wauto'],
		['kouvola', '1-5', 'alkaen syksy - 2020'],
		['miehikkala-virolahti', '3-2', 'Palvelut saatavilla Virolahdella ja Miehikkälässä'],
		['pyhtaa', '1-4', 'Yhdistykset ja seurat'],
		['seurakunnat', '2-1', 'kerhonohjaajakoulutus'],
		['jarjesto-2-0', '1-3', 'Saagan perustoimintaa'],
		['ensi-ja-turvakoti', '1-7', 'Turva10 työkalu'],
		['mll', '1-6', 'Pysyvä myytävä palvelu.'],
		['poliisi', '3-3', 'LaNuPe-yhteistyöryhmän'],
	];
	it.each(facts)('%s %s shows "%s", and only there among its rows', (actor, goal, fact) => {
		expect(
			squash(must(s.at(`/fi/toimijat/${actor}/${goal}/`).querySelector('main'), 'main').text),
		).toContain(fact);
		const elsewhere = SUBGOALS.filter(
			(g) =>
				g !== goal &&
				squash(s.at(`/fi/toimijat/${actor}/${g}/`).querySelector('dl.fields')?.text ?? '').includes(
					fact,
				),
		);
		expect(elsewhere).toEqual([]);
	});
});

describe('list items as seed 000 prints them, one per line', () => {
	const FIELD_LABEL: Record<string, string> = {
		measure: 'Toimenpide',
		metric: 'Mittari / toteutuminen',
		schedule: 'Aikataulu',
		implementers: 'Toimija(t) / toteuttaja(t)',
		follow_up: 'Seuranta / arviointi / ohjaus',
	};
	/** A reviewed count table: { "<goal>": { <field>: <items> } }, checked as it is read. */
	const counts = (data: unknown): Record<string, Record<string, number>> => {
		const out: Record<string, Record<string, number>> = {};
		for (const [goal, fields] of Object.entries(
			typeof data === 'object' && data !== null ? data : {},
		)) {
			const row: Record<string, number> = {};
			for (const [field, n] of Object.entries(
				typeof fields === 'object' && fields !== null ? fields : {},
			)) {
				if (typeof n !== 'number')
					throw new Error(
						`measure-items: received ${String(n)} for ${goal}.${field}, expected a number`,
					);
				row[field] = n;
			}
			out[goal] = row;
		}
		return out;
	};
	const tables = readdirSync('tests/kymenlaakso/measure-items').map((f) => ({
		actor: f.replace(/\.yaml$/, ''),
		cells: counts(parse(readFileSync(`tests/kymenlaakso/measure-items/${f}`, 'utf8'))),
	}));
	it('covers every actor', () =>
		expect(tables.map((t) => t.actor).sort()).toEqual([...ACTORS].sort()));
	const cases = tables.flatMap(({ actor, cells }) =>
		Object.entries(cells ?? {}).flatMap(([goal, fields]) =>
			Object.entries(fields).map(([field, n]) => [actor, goal, field, n] as const),
		),
	);
	it('has the reviewed cell counts per actor', () => {
		const per = Object.fromEntries(
			tables.map(({ actor, cells }) => [
				actor,
				Object.values(cells ?? {}).reduce((k, f) => k + Object.keys(f).length, 0),
			]),
		);
		expect(per).toEqual({
			'ensi-ja-turvakoti': 13,
			hamina: 0,
			hyvinvointialue: 52,
			'jarjesto-2-0': 18,
			kotka: 4,
			kouvola: 45,
			'miehikkala-virolahti': 50,
			mll: 4,
			poliisi: 0,
			pyhtaa: 67,
			seurakunnat: 1,
		});
	});
	it.each(cases)('%s %s %s: %i items on the page', (actor, goal, field, n) => {
		const doc = s.at(`/fi/toimijat/${actor}/${goal}/`);
		const block = must(
			doc
				.querySelectorAll('dl.fields > .field')
				.find((f) =>
					squash(f.querySelector('dt')?.text ?? '').startsWith(FIELD_LABEL[field] ?? field),
				),
			`the ${field} field`,
		);
		expect(block.querySelectorAll('dd li')).toHaveLength(n);
	});
});

describe('measures.csv', () => {
	it('has the plan’s five fields and a row per language', () => {
		const [header, ...rows] = parseCsv(s.text('/data/measures.csv'));
		expect(header).toEqual([
			'actor',
			'goal',
			'subgoal',
			'lang',
			'measure',
			'metric',
			'schedule',
			'implementers',
			'follow_up',
			'url',
		]);
		expect(rows).toHaveLength(352);
		const kotka = must(
			rows.find((r) => r[0] === 'kotka' && r[1] === '2' && r[2] === '3' && r[3] === 'fi'),
			'kotka 2-3 fi',
		);
		expect(kotka[9]).toBe('/fi/toimijat/kotka/2-3/');
		// A list cell starts with "- " in the JSON; a spreadsheet would read that as a formula, so the CSV neutralises it.
		const pyhtaa = must(
			rows.find((r) => r[0] === 'pyhtaa' && r[1] === '1' && r[2] === '6' && r[3] === 'fi'),
			'pyhtaa 1-6 fi',
		);
		expect(pyhtaa[4]).toBe(
			"'- Yhteistyö\n- Kontaktin ylläpito, seuranta ”perään katsominen”\n- Saattaen vaihtaminen\n- Etsivä nuorisotyö\n- Erityisopetusresurssit\n- Tarkoituksen mukaiset opetusryhmät\n- Jopo\n- Ohjaamo",
		);
	});
});

describe('the sub-goal comparison', () => {
	it('opens with a jump list that reaches every actor’s row', () => {
		const doc = s.at('/fi/tavoitteet/2-3/');
		const links = doc.querySelectorAll('nav.jump-list a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(ACTORS.map((a) => `#r-${a}`));
		for (const a of ACTORS) expect(doc.getElementById(`r-${a}`), a).not.toBeNull();
	});
	it('each actor page opens with a jump list of its 16 rows', () => {
		const doc = s.at('/fi/toimijat/kotka/');
		expect(doc.querySelectorAll('nav.jump-list a').map((a) => a.getAttribute('href'))).toEqual(
			SUBGOALS.map((g) => `#r-${g}`),
		);
	});
	it('the goals overview numbers sub-goals as every page does ("2-3"), not "1. 2. 3."', () => {
		const doc = s.at('/fi/tavoitteet/');
		expect(doc.querySelectorAll('main ol')).toHaveLength(0);
		expect(doc.querySelectorAll('.subgoal-list .goal-id').map((x) => x.text)).toEqual(SUBGOALS);
	});
});
