import { describe, expect, it } from 'vitest';
import { plainText, searchForms, usesForm } from './search-forms.ts';

describe('searchForms: a page is found by every form of a term it uses', () => {
	const perhekeskus = ['perhekeskus', 'perhekeskuksen', 'perhekeskuksessa', 'Perhekeskukset'];
	const kotka = ['Kotka', 'Kotkan', 'Kotkassa'];
	it('adds the other forms of each term the page uses, and nothing for terms it does not use', () => {
		// "Kotka" is not added: "Kotkan" starts with it, and Pagefind matches a query as a prefix.
		expect(searchForms('Kotkan perhekeskuksessa on neuvola.', [perhekeskus, kotka])).toEqual([
			'perhekeskus',
			'perhekeskuksen',
			'Perhekeskukset',
			'Kotkassa',
		]);
		expect(searchForms('Haminan neuvola.', [perhekeskus, kotka])).toEqual([]);
	});
	it('matches at the start of a word, as Pagefind matches a query as a prefix; case-insensitively', () => {
		expect(usesForm('perhekeskustoiminnan', 'perhekeskus')).toBe(true);
		expect(usesForm('Etelä-Kotka', 'Kotka')).toBe(true);
		expect(usesForm('Lintukotka', 'Kotka')).toBe(false);
		expect(usesForm('KOTKAN kaupunki', 'Kotkan')).toBe(true);
		expect(usesForm('MLL:n piiri', 'MLL:n')).toBe(true);
		expect(usesForm('Ensi- ja turvakotiyhdistys ry', 'Ensi- ja turvakotiyhdistys')).toBe(true);
	});
});

describe('plainText', () => {
	it('drops tags, scripts and soft hyphens, and decodes the entities Astro writes', () => {
		expect(
			plainText(
				'<h2>Per\u00adhe\u00adkes\u00adkus</h2><script>x()</script><p>A &amp; B&nbsp;C</p>',
			),
		).toBe('Perhekeskus A & B C');
	});
});
