import { describe, expect, it } from 'vitest';
import {
	dataPackage,
	indicatorsCsvRows,
	INDICATORS_CSV_HEADER,
	measureRecord,
	measuresCsvHeader,
	measuresCsvRows,
	printedValue,
	questionIn,
} from './open-data.ts';

const LANGS = { all: ['fi', 'sv'], source: 'fi' };
const FIELDS = ['measure', 'metric'];
const url = (actor: string, goal: string) => (lang: string) => `/${lang}/${actor}/${goal}/`;

describe('measureRecord (measures.json)', () => {
	it('gives a language null until every part of the cell is translated', () => {
		const rec = measureRecord(
			'kotka',
			{
				goal: '2-3',
				cells: { measure: { kind: 'text', text: { fi: 'a', sv: 'A' }, items: [{ fi: 'b' }] } },
			},
			FIELDS,
			LANGS,
			url('kotka', '2-3'),
		);
		expect(rec).toEqual({
			id: 'kotka/2-3',
			actor: 'kotka',
			goal: 2,
			subgoal: 3,
			status: 'filled',
			see: [],
			fields: { measure: { fi: 'a\n- b', sv: null }, metric: { fi: '', sv: '' } },
			url: { fi: '/fi/kotka/2-3/', sv: '/sv/kotka/2-3/' },
		});
	});
	it('a main goal without sub-goals has subgoal null; pointer rows list their targets', () => {
		const rec = measureRecord(
			'hamina',
			{
				goal: '4',
				cells: { measure: { kind: 'see', see: '3', text: { fi: 'Ks. edellinen kohta.' } } },
			},
			FIELDS,
			LANGS,
			url('hamina', '4'),
		);
		expect([rec.goal, rec.subgoal, rec.status, rec.see]).toEqual([4, null, 'see', ['3']]);
	});
});

describe('measures.csv', () => {
	it('has the contract columns: actor, goal, subgoal, lang, the plan’s fields, url', () => {
		expect(measuresCsvHeader(FIELDS)).toEqual([
			'actor',
			'goal',
			'subgoal',
			'lang',
			'measure',
			'metric',
			'url',
		]);
	});
	it('writes one row per language, untranslated cells empty', () => {
		const rec = measureRecord(
			'kotka',
			{ goal: '2-3', cells: { measure: { kind: 'text', text: { fi: 'a' }, items: [] } } },
			FIELDS,
			LANGS,
			url('kotka', '2-3'),
		);
		expect(measuresCsvRows([rec], FIELDS, LANGS)).toEqual([
			['kotka', 2, 3, 'fi', 'a', '', '/fi/kotka/2-3/'],
			['kotka', 2, 3, 'sv', '', '', '/sv/kotka/2-3/'],
		]);
	});
});

describe('indicators.csv', () => {
	const ind = {
		id: 18,
		unit: '%',
		title: { fi: 'Sai tukea' },
		changes: [{ year: 2021, title_before: { fi: 'Ei saanut tukea' } }],
		values: [
			{ area: 'kymenlaakso', group: 'lukio', year: 2019, value: 51 },
			{ area: 'kymenlaakso', group: 'lukio', year: 2023, value: 85 },
			{ series: 'avohuolto', area: 'koko-maa', group: 'kaikki', year: 2021, value: 6, decimals: 1 },
		],
	};
	it('has the contract columns, with the question in force each year', () => {
		expect([...INDICATORS_CSV_HEADER]).toEqual([
			'indicator',
			'group',
			'area',
			'year',
			'value',
			'unit',
			'question',
		]);
		expect(indicatorsCsvRows([ind], 'fi')).toEqual([
			[18, 'lukio', 'kymenlaakso', 2019, '51', '%', 'Ei saanut tukea'],
			[18, 'lukio', 'kymenlaakso', 2023, '85', '%', 'Sai tukea'],
			[18, 'avohuolto/kaikki', 'koko-maa', 2021, '6.0', '%', 'Sai tukea'],
		]);
	});
	it('questionIn and printedValue', () => {
		expect(questionIn(ind, 2020, 'fi')).toBe('Ei saanut tukea');
		expect(questionIn(ind, 2021, 'fi')).toBe('Sai tukea');
		expect(printedValue(4, 1)).toBe('4.0');
		expect(printedValue(82.3)).toBe('82.3');
	});
});

describe('datapackage.json', () => {
	it('takes its date from content and describes only what is published', () => {
		const pkg = dataPackage({
			name: 'p',
			title: 'T',
			description: 'D',
			created: '2024-01-23',
			licence: {
				id: 'CC-BY-4.0',
				title: 'Creative Commons',
				url: 'https://creativecommons.org/licenses/by/4.0/',
			},
			publisher: 'Kymenlaakson hyvinvointialue',
			fields: [],
			indicatorIds: [1],
		});
		expect(pkg.created).toBe('2024-01-23');
		expect(pkg.licenses).toEqual([
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons',
				path: 'https://creativecommons.org/licenses/by/4.0/',
			},
		]);
		expect(pkg.resources.map((r) => ('path' in r ? r.path : ''))).toEqual([
			'indicators.csv',
			'indicators.json',
			'indicators/1.csv',
		]);
	});
});
