import { describe, expect, it } from 'vitest';
import { markKeptNames } from './names.ts';

describe('markKeptNames: Finnish names in Swedish text carry lang="fi"', () => {
	const names = [
		{ name: 'Järjestö 2.0', lang: 'fi' },
		{ name: 'Kymenlaakson Ensi- ja turvakotiyhdistys ry', lang: 'fi' },
		{ name: 'Ensi- ja turvakotiyhdistys', lang: 'fi' },
	];
	it('marks each name, the longest first, and leaves the Swedish around it', () => {
		expect(
			markKeptNames(
				'Samarbete med Kymenlaakson Ensi- ja turvakotiyhdistys ry och Järjestö 2.0.',
				names,
				'sv',
			),
		).toEqual([
			{ text: 'Samarbete med ' },
			{ text: 'Kymenlaakson Ensi- ja turvakotiyhdistys ry', lang: 'fi' },
			{ text: ' och ' },
			{ text: 'Järjestö 2.0', lang: 'fi' },
			{ text: '.' },
		]);
	});
	it('matches whole words only, and marks nothing on a page in the names’ own language', () => {
		expect(markKeptNames('Järjestö 2.0s', names, 'sv')).toEqual([{ text: 'Järjestö 2.0s' }]);
		expect(markKeptNames('Järjestö 2.0 mukana', names, 'fi')).toEqual([
			{ text: 'Järjestö 2.0 mukana' },
		]);
	});
});
