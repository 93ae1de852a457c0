import { describe, expect, it } from 'vitest';
import { measureRecord, parseCsv, toCsv } from './open-data.ts';
import { parseCellPlain } from './measures.ts';

describe('CSV (RFC 4180)', () => {
	it('quotes fields with commas, quotes and line breaks, and round-trips them', () => {
		const rows = [['a,b', 'say "hi"', 'line\nbreak', 'plain', 3]];
		const csv = toCsv(['x', 'y', 'z', 'w', 'n'], rows);
		expect(csv).toBe('x,y,z,w,n\r\n"a,b","say ""hi""","line\nbreak",plain,3\r\n');
		expect(parseCsv(csv)).toEqual([
			['x', 'y', 'z', 'w', 'n'],
			['a,b', 'say "hi"', 'line\nbreak', 'plain', '3'],
		]);
	});
});

describe('measureRecord', () => {
	const url = (lang: 'fi' | 'sv', a: string, s: string) => `/${lang}/${a}/${s}/`;
	it('gives sv null until every part of the cell is translated', () => {
		const rec = measureRecord(
			'kotka',
			{
				subgoal: '2-3',
				measure: { kind: 'text', text: { fi: 'a', sv: 'A' }, items: [{ fi: 'b' }] },
			},
			url,
		);
		expect(rec.fields.measure).toEqual({ fi: 'a\n- b', sv: null });
		expect(rec.fields.metric).toEqual({ fi: '', sv: '' });
		expect(rec).toMatchObject({
			id: 'kotka/2-3',
			goal: 2,
			subgoal: 3,
			status: 'filled',
			url: { fi: '/fi/kotka/2-3/' },
		});
	});
	it('lists pointer targets for see rows', () => {
		const rec = measureRecord(
			'hamina',
			{
				subgoal: '1-6',
				measure: { kind: 'see', see: '1-5', text: { fi: 'Ks. edellinen kohta.' } },
			},
			url,
		);
		expect(rec.status).toBe('see');
		expect(rec.see).toEqual(['1-5']);
	});
});

describe('parseCellPlain', () => {
	it('splits the lead text from the items, and keeps paragraphs', () => {
		expect(parseCellPlain('Lead\n\nsecond\n- a\n- b')).toEqual({
			text: 'Lead\n\nsecond',
			items: ['a', 'b'],
		});
		expect(parseCellPlain('- a\n- b')).toEqual({ items: ['a', 'b'] });
		expect(parseCellPlain('')).toEqual({ items: [] });
	});
});
