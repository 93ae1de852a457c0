import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import ICAL from 'ical.js';
import { must, site, squash } from '../helpers/dist.ts';

/** The Kymenlaakso annual calendar (vuosikello): the seed's items, in its order, timed only as it states. */
const s = site('dist');
const calendar = parse(readFileSync('content/calendar.yaml', 'utf8'));
const SEED = join('..', 'shared', 'seeds', '000_d0ddf8e36e222b0a.txt');

/** The items of seed 000, lines 3653–3688, in the text's order. */
const ITEMS = [
	'Seuraavan vuoden toimenpideosion vahvistaminen (toimijoiden omien käsittelyjen jälkeen)',
	'Kymenlaakson LAPE-ryhmän työsuunnitelma seuraavalle vuodelle',
	'Syysfoorumi aiheena tulevan vuoden painopisteet ja muut ajankohtaiset teemat',
	'Syysfoorumin aiheet – valmistelun käynnistäminen',
	'Seuraavan vuoden toimenpideosion koonti (toimijoiden omien suunnitelmien pohjaksi)',
	'Suunnitelman toimenpideosion toteumat toimijoittain – suunnitelman arvioinnin käynnistäminen',
	'Kevätfoorumin aiheet – valmistelun käynnistäminen',
	'Suunnitelman toteutumisen arviointi',
	'Kevätfoorumi aiheena edellisen vuoden toteumat, tulevan vuoden tarpeet ja muut ajankohtaiset teemat',
	'Valinnat seuraavalle vuodelle – toimenpideosion täydentäminen',
];
/** Every timing the source states, and nothing else: two seasons by their own words, one monthly meeting. */
const STATED = {
	syysfoorumi: { kind: 'season', season: 'autumn', basis: { fi: 'Syysfoorumi', sv: 'Höstforum' } },
	kevatfoorumi: { kind: 'season', season: 'spring', basis: { fi: 'Kevätfoorumi', sv: 'Vårforum' } },
	'lape-ryhman-kokoukset': {
		kind: 'monthly',
		except: [7],
		basis: { fi: 'kerran kuukaudessa (pl. heinäkuu)', sv: 'en gång i månaden (utom i juli)' },
	},
};

describe('calendar.yaml', () => {
	it('has the ten items of the seed in its order, then the monthly meeting', () => {
		expect(
			calendar.items
				.filter((i: { cycle?: boolean }) => i.cycle !== false)
				.map((i: { text: { fi: string } }) => i.text.fi),
		).toEqual(ITEMS);
		expect(calendar.items.at(-1).text.fi).toBe(
			'Kymenlaakson LAPE-ryhmä kokoontuu kerran kuukaudessa (pl. heinäkuu)',
		);
	});
	it.skipIf(!existsSync(SEED))('every item is in the seed, word for word', () => {
		const seed = readFileSync(SEED, 'utf8')
			.replace(/-\s*\n\s*/g, '')
			.replace(/\s+/g, ' ');
		for (const t of [
			...ITEMS,
			'Kymenlaakson LAPE-ryhmä kokoontuu kerran kuukaudessa (pl. heinäkuu)',
		])
			expect(seed, t).toContain(t);
	});
	it('no item carries a month or a day the source does not state', () => {
		const timed = Object.fromEntries(
			calendar.items
				.filter((i: { timing?: unknown }) => i.timing)
				.map((i: { id: string; timing: unknown }) => [i.id, i.timing]),
		);
		expect(timed).toEqual(STATED);
	});
});

describe('the calendar page', () => {
	const doc = s.at('/fi/vuosikello/');
	it('lists the items in order as the primary form, each with its timing in words', () => {
		const items = doc.querySelectorAll('.calendar-list ol > li');
		expect(
			items.map((li) => squash(must(li.querySelector('.calendar-item'), 'item').text)),
		).toEqual(ITEMS);
		expect(items.filter((li) => squash(li.text).includes('Ajankohta ei tiedossa.'))).toHaveLength(
			8,
		);
		// The <q> element adds the quotation marks.
		expect(squash(items[2]?.text ?? '')).toContain(
			'Ajankohta: syksy. (lähteen sanoin Syysfoorumi)',
		);
		expect(items[2]?.querySelector('q')?.text).toBe('Syysfoorumi');
	});
	it('has the introduction and says what the printed calendar showed', () => {
		const t = squash(must(doc.querySelector('main'), 'main').text);
		expect(t).toContain(
			'Vuosikellon avulla olemassa olevia ja uusia prosesseja voidaan yhtenäistää ja sujuvoittaa.',
		);
		expect(t).toContain('Painetussa suunnitelmassa vuosikello on ympyränmuotoinen kuva');
	});
	it('draws a wheel that is decorative to assistive technology, placing only the timed items', () => {
		const svg = must(doc.querySelector('svg.year-wheel'), 'the wheel');
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect(svg.querySelectorAll('.wheel-marker text').map((x) => x.text)).toEqual(['3', '9']);
		expect(svg.querySelectorAll('.wheel-dot')).toHaveLength(11);
	});
	it('links the feed as a download', () => {
		expect(doc.querySelector('a[href="/fi/vuosikello.ics"][download]')).not.toBeNull();
		expect(s.at('/sv/arsklocka/').querySelector('a[href="/sv/arsklocka.ics"]')).not.toBeNull();
	});
});

describe('the iCalendar feed', () => {
	const ics = s.text('/fi/vuosikello.ics');
	const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
	it('holds the monthly LAPE meeting, eleven months a year for 2020–2025, none in July', () => {
		expect(events).toHaveLength(66);
		expect(
			events.filter((e) => String(e.getFirstPropertyValue('dtstart')).slice(5, 7) === '07'),
		).toHaveLength(0);
		expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(66);
	});
	it('stamps every event with the content’s revision date', () => {
		for (const e of events)
			expect(String(e.getFirstPropertyValue('dtstamp'))).toBe('2024-01-23T00:00:00Z');
	});
	it('two items of the feed, as written', () => {
		const first = ics.slice(
			ics.indexOf('BEGIN:VEVENT'),
			ics.indexOf('END:VEVENT') + 'END:VEVENT'.length + 2,
		);
		expect(first).toBe(
			[
				'BEGIN:VEVENT',
				'UID:lape-ryhman-kokoukset-2020-01@kymenlaakso-lasten-ja-nuorten-hyvinvointi',
				' suunnitelma-2020-2025',
				'DTSTAMP:20240123T000000Z',
				'DTSTART;VALUE=DATE:20200101',
				'DTEND;VALUE=DATE:20200201',
				'SUMMARY;LANGUAGE=fi:Kymenlaakson LAPE-ryhmä kokoontuu kerran kuukaudessa (',
				' pl. heinäkuu)',
				'DESCRIPTION;LANGUAGE=fi:Suunnitelma ei kerro päivää.\\nOsallistujat: Kyme',
				' nlaakson LAPE-ryhmä',
				'TRANSP:TRANSPARENT',
				'END:VEVENT',
				'',
			].join('\r\n'),
		);
	});
});
