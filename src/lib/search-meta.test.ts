import { describe, expect, it } from 'vitest';
import { documentHead, documentTitle, ownLanguageText } from './search-meta.ts';

describe('ownLanguageText: search titles hold no text of another language', () => {
	it('keeps a translated title whole', () => {
		expect(ownLanguageText([{ text: 'Kotka: 2-3 Mötesplatser', lang: 'sv' }], 'sv')).toBe(
			'Kotka: 2-3 Mötesplatser',
		);
	});
	it('drops a fallback part and the separator it leaves', () => {
		expect(
			ownLanguageText(
				[
					{ text: 'Kotka', lang: 'sv' },
					{ text: ': 2-3 ', lang: 'sv' },
					{ text: 'Kohtaamispaikat', lang: 'fi' },
				],
				'sv',
			),
		).toBe('Kotka: 2-3');
	});
	it('gives nothing when no word of the page language is left', () => {
		expect(ownLanguageText([{ text: '3 Strategian toteutus', lang: 'fi' }], 'sv')).toBeUndefined();
		expect(
			ownLanguageText(
				[
					{ text: ': ', lang: 'sv' },
					{ text: 'Otsikko', lang: 'fi' },
				],
				'sv',
			),
		).toBeUndefined();
	});
});

describe('documentTitle: <title> and description of a partly translated page', () => {
	it('is the title itself when it is wholly in the page language', () => {
		expect(
			documentTitle([{ text: 'Tavoite 1: Lapset lukevat', lang: 'fi' }], 'fi', 'Tavoite'),
		).toEqual({ text: 'Tavoite 1: Lapset lukevat', untranslated: false });
	});
	it('keeps the words in the page language, without the separators a fallback part leaves', () => {
		expect(
			documentTitle(
				[
					{ text: 'Biblioteket', lang: 'sv' },
					{ text: ': 1-1 ', lang: 'fi' },
					{ text: 'Lisää kirjastokortteja', lang: 'fi' },
				],
				'fi',
				'Toimenpide',
			),
		).toEqual({ text: '1-1 Lisää kirjastokortteja', untranslated: true });
	});
	it('leads with the page type when only a number is left', () => {
		expect(
			documentTitle(
				[
					{ text: '2. ', lang: 'fi' },
					{ text: 'Läser varje dag', lang: 'sv' },
				],
				'fi',
				'Indikaattori',
			),
		).toEqual({ text: 'Indikaattori 2', untranslated: true });
	});
	it('gives a title wholly in another language whole, with its lang', () => {
		expect(documentTitle([{ text: 'Stadsbiblioteket', lang: 'sv' }], 'fi', 'Sivu')).toEqual({
			text: 'Stadsbiblioteket',
			lang: 'sv',
			untranslated: true,
		});
	});
});

describe('documentHead: the <title> and description that go with documentTitle', () => {
	const untranslated = (name: string) => `${name}. Osaa ei ole käännetty.`;
	it('adds the short title, and keeps the description of a translated page', () => {
		expect(
			documentHead(
				{ text: 'Tavoite 1', untranslated: false },
				'Suunnitelma',
				'Kuvaus.',
				untranslated,
			),
		).toEqual({ title: 'Tavoite 1 – Suunnitelma', description: 'Kuvaus.' });
	});
	it('says a partly translated page is so, and gives a foreign title alone with its lang', () => {
		expect(
			documentHead({ text: 'Indikaattori 2', untranslated: true }, 'S', 'Kuvaus.', untranslated),
		).toEqual({
			title: 'Indikaattori 2 – S',
			description: 'Indikaattori 2. Osaa ei ole käännetty.',
		});
		expect(
			documentHead(
				{ text: 'Stadsbiblioteket', lang: 'sv', untranslated: true },
				'S',
				'Kuvaus.',
				untranslated,
			),
		).toEqual({ title: 'Stadsbiblioteket', description: 'Stadsbiblioteket', lang: 'sv' });
	});
});
