import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { measuresFileSchema } from '../../src/schemas/measures.ts';
import { actorIds } from '../../src/schemas/actors.ts';
import { allSubgoalIds } from '../../src/schemas/goals.ts';
import {
	measureFields,
	parseCellPlain,
	pointerTargets,
	rowStatus,
	type Row,
} from '../../src/lib/measures.ts';
import { MEASURES_CSV_HEADER, parseCsv, type MeasureRecord } from '../../src/lib/open-data.ts';
import { distFiles, fileFor, page } from '../helpers/dist.ts';

const content = readdirSync('content/measures')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => measuresFileSchema.parse(parse(readFileSync(`content/measures/${f}`, 'utf8'))));
const rows = content.flatMap((f) => f.rows.map((r) => ({ actor: f.actor, row: r as Row })));
const json: MeasureRecord[] = JSON.parse(readFileSync('dist/data/measures.json', 'utf8'));
const known = new Set(distFiles());

describe('the measure tables are complete', () => {
	it('have exactly 11 actors × 16 sub-goals = 176 rows, none duplicated or missing', () => {
		expect(content.map((f) => f.actor).sort()).toEqual([...actorIds].sort());
		expect(rows).toHaveLength(176);
		const ids = new Set(rows.map((r) => `${r.actor}/${r.row.subgoal}`));
		expect(ids.size).toBe(176);
		for (const a of actorIds)
			for (const s of allSubgoalIds) expect(ids.has(`${a}/${s}`), `${a}/${s}`).toBe(true);
	});

	it('every pointer points at an existing row of the same actor, never at itself', () => {
		const pointers = rows.flatMap(({ actor, row }) =>
			pointerTargets(row).map((t) => ({ actor, from: row.subgoal, to: t })),
		);
		expect(pointers.length).toBeGreaterThan(0);
		for (const p of pointers) {
			expect(p.to).not.toBe(p.from);
			expect(
				rows.some((r) => r.actor === p.actor && r.row.subgoal === p.to),
				`${p.actor}/${p.from} → ${p.to}`,
			).toBe(true);
		}
	});

	it('keeps blank rows and pointer rows apart', () => {
		const statuses = rows.map((r) => rowStatus(r.row));
		expect(statuses.filter((s) => s === 'see').length).toBeGreaterThan(0);
		expect(statuses.filter((s) => s === 'empty').length).toBeGreaterThan(0);
	});
});

describe('measure pages', () => {
	it('every permalink exists in both languages', () => {
		for (const r of json) {
			expect(fileFor(r.url.fi, known), r.url.fi).toBeDefined();
			expect(fileFor(r.url.sv, known), r.url.sv).toBeDefined();
		}
		expect(json.map((r) => r.url.fi)).toContain('/fi/toimijat/kotka/2-3/');
		expect(json.map((r) => r.url.sv)).toContain('/sv/aktorer/kotka/2-3/');
	});

	it('every actor page has its 16 rows, grouped under the three main goals, and links to the open data', () => {
		for (const a of actorIds) {
			for (const lang of ['fi', 'sv'] as const) {
				const doc = page(
					fileFor(lang === 'fi' ? `/fi/toimijat/${a}/` : `/sv/aktorer/${a}/`, known)!,
				);
				expect(doc.querySelectorAll('table.measure-table')).toHaveLength(3);
				expect(doc.querySelectorAll('table.measure-table tbody tr')).toHaveLength(16);
				const hrefs = doc.querySelectorAll('a').map((x) => x.getAttribute('href'));
				expect(hrefs).toEqual(
					expect.arrayContaining(['/data/measures.json', '/data/measures.csv']),
				);
			}
		}
	});

	it('every sub-goal page compares all 11 actors', () => {
		for (const s of allSubgoalIds) {
			const doc = page(`/fi/tavoitteet/${s}/index.html`);
			expect(doc.querySelectorAll('table.measure-table tbody tr'), s).toHaveLength(11);
			expect(
				page(`/sv/mal/${s}/index.html`).querySelectorAll('table.measure-table tbody tr'),
				s,
			).toHaveLength(11);
		}
	});

	it('tables have a caption and scoped header cells', () => {
		const doc = page('/fi/toimijat/kotka/index.html');
		for (const table of doc.querySelectorAll('table')) {
			expect(table.querySelector('caption')?.text.trim()).not.toBe('');
			for (const th of table.querySelectorAll('th'))
				expect(['col', 'row', 'colgroup']).toContain(th.getAttribute('scope'));
		}
	});

	it('a blank cell says "not stated in the plan", a pointer links to the row it points to', () => {
		const doc = page('/fi/toimijat/hamina/1-6/index.html');
		expect(doc.querySelectorAll('.cell-blank')).toHaveLength(4);
		expect(doc.querySelector('.cell-blank')!.text).toBe('Ei mainittu suunnitelmassa.');
		const link = doc.querySelector('.cell-see a')!;
		expect(link.getAttribute('href')).toBe('/fi/toimijat/hamina/1-5/');
		expect(doc.querySelector('.cell-see')!.text).toContain('Ks. edellinen kohta.');
		// The pointer's text is not replaced by the target's text.
		expect(doc.querySelector('.cell-see')!.text).not.toContain('Haminan strategiseksi');
	});

	it('a permalink shows a plain visible address, previous/next and the other actors', () => {
		const doc = page('/fi/toimijat/kotka/2-3/index.html');
		expect(doc.querySelector('code.permalink')!.text).toMatch(/\/fi\/toimijat\/kotka\/2-3\/$/);
		expect(doc.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(
			'/fi/toimijat/kotka/2-2/',
		);
		expect(doc.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(
			'/fi/toimijat/kotka/2-4/',
		);
		const others = doc.querySelectorAll('#other-actors ~ ul a').map((a) => a.getAttribute('href'));
		expect(others).toHaveLength(10);
		expect(others).toContain('/fi/toimijat/hamina/2-3/');
		expect(
			doc
				.querySelectorAll('.breadcrumbs li')
				.map((li) => li.text.trim())
				.slice(0, 3),
		).toEqual(['Etusivu', 'Toimijat', 'Kotkan kaupunki']);
	});

	// Facts checked against the seeds (seed 000 wording, the 2020–2025 edition), at least one per actor.
	const facts: [string, string, string][] = [
		['hyvinvointialue', '1-2', 'Integratiiviset palvelupolut toimivat'],
		['hyvinvointialue', '2-6', 'Kokemusosaajat'],
		['hamina', '1-4', 'Päättäjät ja toimeenpanijat.'],
		['hamina', '2-2', 'vähintään 10 uutta kohtaamispaikkaa'],
		['kotka', '1-5', 'Wauto'],
		['kotka', '3-1', 'Eri vastuualueet'],
		['kouvola', '1-5', 'alkaen syksy - 2020'],
		['kouvola', '3-2', 'Resurssipankki: tarjonta esim. lukiolainen'],
		['miehikkala-virolahti', '3-2', 'Palvelut saatavilla Virolahdella ja Miehikkälässä'],
		['miehikkala-virolahti', '1-7', 'Virojoen päiväkoti -hanke'],
		['pyhtaa', '1-4', 'Yhdistykset ja seurat'],
		['pyhtaa', '2-6', '(neuvola/perhetyö n.2xkk)'],
		['seurakunnat', '2-1', 'kerhonohjaajakoulutus'],
		['seurakunnat', '1-7', 'työsuojelupäällikkö valvoo'],
		['jarjesto-2-0', '3-1', 'Haminassa hyviä esimerkkejä'],
		['jarjesto-2-0', '1-3', 'Saagan perustoimintaa'],
		['ensi-ja-turvakoti', '1-7', 'Turva10 työkalu'],
		['ensi-ja-turvakoti', '2-6', 'Työnvaikuttavuuden seuranta (STEA)'],
		['mll', '1-3', 'Perhesuhteiden tuki.'],
		['mll', '1-6', 'Pysyvä myytävä palvelu.'],
		['poliisi', '1-7', 'rattijuopumusvalvonnan lisääminen'],
		['poliisi', '3-3', 'LaNuPe-yhteistyöryhmän'],
	];
	it.each(facts)(
		'%s %s shows "%s" on its permalink, and only there among its rows',
		(actor, subgoal, fact) => {
			expect(
				page(`/fi/toimijat/${actor}/${subgoal}/index.html`).querySelector('main')!.text,
			).toContain(fact);
			const elsewhere = allSubgoalIds.filter(
				(s) =>
					s !== subgoal &&
					page(`/fi/toimijat/${actor}/${s}/index.html`)
						.querySelector('.fields')!
						.text.includes(fact),
			);
			expect(elsewhere).toEqual([]);
		},
	);

	it('an empty row says so (Ensi- ja turvakotiyhdistys, 2-2)', () => {
		expect(
			page('/fi/toimijat/ensi-ja-turvakoti/2-2/index.html').querySelector('main .notice')!.text,
		).toContain('ei ole tälle kohdalle merkintöjä');
	});

	it('a dash cell says so (police, 2-5 metric)', () => {
		expect(page('/fi/toimijat/poliisi/2-5/index.html').querySelector('.cell-dash')!.text).toContain(
			'viivalla',
		);
	});
});

describe('open data: measures.json and measures.csv', () => {
	it('measures.json has the contract shape', () => {
		expect(json).toHaveLength(176);
		expect(json.find((r) => r.id === 'kotka/2-3')).toMatchObject({
			actor: 'kotka',
			goal: 2,
			subgoal: 3,
			url: { fi: '/fi/toimijat/kotka/2-3/', sv: '/sv/aktorer/kotka/2-3/' },
		});
		for (const r of json) {
			expect(['filled', 'empty', 'see']).toContain(r.status);
			expect(Object.keys(r.fields)).toEqual([...measureFields]);
		}
	});

	it('measures.json round-trips to the same rows as content/', () => {
		for (const { actor, row } of rows) {
			const rec = json.find((r) => r.id === `${actor}/${row.subgoal}`)!;
			expect(rec.status).toBe(rowStatus(row));
			expect(rec.see).toEqual(pointerTargets(row));
			for (const f of measureFields) {
				const cell = row[f];
				const back = parseCellPlain(rec.fields[f].fi);
				if (!cell) expect(rec.fields[f].fi, `${rec.id} ${f}`).toBe('');
				else if (cell.kind === 'dash') expect(rec.fields[f].fi).toBe('-');
				else if (cell.kind === 'see') expect(back).toEqual({ text: cell.text.fi, items: [] });
				else
					expect(back, `${rec.id} ${f}`).toEqual({
						...(cell.text ? { text: cell.text.fi } : {}),
						items: cell.items.map((i) => i.fi),
					});
			}
		}
	});

	it('measures.csv is RFC 4180 with the contract columns and the same rows, per language', () => {
		const text = readFileSync('dist/data/measures.csv', 'utf8');
		expect(text.endsWith('\r\n')).toBe(true);
		const [header, ...body] = parseCsv(text);
		expect(header).toEqual([...MEASURES_CSV_HEADER]);
		expect(body).toHaveLength(176 * 2);
		for (const line of body) expect(line).toHaveLength(MEASURES_CSV_HEADER.length);
		const kotkaFi = body.find(
			(l) => l[0] === 'kotka' && l[1] === '2' && l[2] === '3' && l[3] === 'fi',
		)!;
		const rec = json.find((r) => r.id === 'kotka/2-3')!;
		expect(kotkaFi.slice(4, 9)).toEqual(measureFields.map((f) => rec.fields[f].fi));
		expect(kotkaFi[9]).toBe('/fi/toimijat/kotka/2-3/');
	});
});
