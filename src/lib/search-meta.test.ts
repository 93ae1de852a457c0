import { describe, expect, it } from 'vitest';
import { ownLanguageText } from './search-meta.ts';

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
