import { describe, expect, it } from 'vitest';
import { must, site, squash } from '../helpers/dist.ts';

/** What the fidelity review found missing or wrong in the Kymenlaakso edition, checked on the built pages. */
const s = site('dist');
const main = (url: string) => squash(must(s.at(url).querySelector('main'), `main of ${url}`).text);

describe('no trace of how the content was made', () => {
	it.each([
		/aineisto 00\d/,
		/rivit \d/,
		/PDF-tiedostosta poimitu/,
		/katosi/,
		/\bseed \d/,
		/extraction/i,
		/fallback-mark/,
	])('no page contains %s', (trace) => {
		const hits = s.pages.filter((f) => trace.test(s.html(f)));
		expect(hits).toEqual([]);
	});
	it('the glossary cites documents by their real titles', () => {
		const sources = s
			.at('/fi/sanasto/')
			.querySelectorAll('dd .small')
			.map((p) => squash(p.text));
		expect(sources).toContain(
			'Lähde: Kymenlaakson maakunnallinen lasten ja nuorten hyvinvointisuunnitelma 2020–2025',
		);
		expect(sources).toContain(
			'Lähde: Yhdyspinnat kuntien, hyvinvointialueiden ja järjestöjen välillä – missä mennään? (Liisa Jurmu, esitys), 14.10.2025',
		);
	});
});

describe('what was not published before is on its page now', () => {
	it('the cover slogan, the validity and the publisher, on the home page', () => {
		const t = main('/fi/');
		expect(t).toContain('Lapsista, nuorista ja perheistä voimaa Kymenlaaksoon');
		expect(t).toContain('Suunnitelman voimassaoloaika: 2020–2025.');
		expect(t).toContain('Voimassaoloa jatkettu erillispäätöksellä vuodesta 2024 vuoteen 2025.');
		expect(t).toContain('Julkaisija: Kymenlaakson hyvinvointialue');
		expect(t).toContain('kymenlaaksonperhekeskus.fi/hyvinvointisuunnitelma');
	});
	it('§ 8: how the plan was drawn up in 2019 and why it was updated and extended', () => {
		const t = main('/fi/');
		expect(t).toContain(
			'on laadittu Kymsoten aloittaessa toimintansa vuonna 2019 yhteistyössä kuntien, järjestöjen, seurakunnan, poliisin',
		);
		expect(t).toContain(
			'Toimenpideosan indikaattoreihin on sisällytetty vuosien 2021 ja 2023 kouluterveyskyselyn tulokset',
		);
		expect(t).toContain(
			'lasten ja nuorten hyvinvointisuunnitelman voimassaoloa on tarpeen jatkaa vuodella eli vuoden 2025 loppuun saakka',
		);
	});
	it('"yli 200 toimenpidettä … pääpaino on ennaltaehkäisevissä palveluissa", on the actors page', () => {
		expect(main('/fi/toimijat/')).toContain(
			'ovat määritelleet yli 200 toimenpidettä päätavoitteiden saavuttamisen tueksi. Toimenpiteiden pääpaino on ennaltaehkäisevissä palveluissa.',
		);
	});
	it('the validity is on every page, from the content', () => {
		for (const f of s.pages.filter(
			(p) => /^\/(fi|sv)\//.test(p) && !p.includes('/tuloste/') && !p.includes('/utskrift/'),
		))
			expect(squash(s.page(f).querySelector('.validity-note')?.text ?? ''), f).toMatch(
				/(Suunnitelman voimassaoloaika|Planens giltighetstid): 2020–2025\./,
			);
	});
	it('the contact is the one the plan names, with its document and date', () => {
		const footer = squash(must(s.at('/fi/').querySelector('footer'), 'footer').text);
		expect(footer).toContain('Suvi Vallenius');
		expect(footer).toContain(
			'Yhteystieto on asiakirjasta, päivätty 30.11.2020: Strategian käytäntöön ottaminen',
		);
	});
	it('no sentence the plan never says: the service-mix sentence is gone', () => {
		for (const goal of [1, 2, 3])
			expect(main(`/fi/tavoitteet/${goal}/`)).not.toContain('Suunnitelman arvio siitä');
	});
});
