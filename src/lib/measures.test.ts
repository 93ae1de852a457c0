import { describe, expect, it } from 'vitest';
import {
	cellPlain,
	neighbours,
	parseCellPlain,
	pointerTargets,
	rowGaps,
	rowStatus,
	rowTexts,
	type Cell,
	type Row,
} from './measures.ts';

const FIELDS = ['measure', 'metric', 'schedule'];
const text = (fi: string) => ({ kind: 'text' as const, text: { fi }, items: [] });
const see = (target: string, fi = 'Ks. edellinen kohta.') => ({
	kind: 'see' as const,
	see: target,
	text: { fi },
});

describe('rowStatus keeps blank rows and pointer rows distinct', () => {
	it('a row with no cells is empty', () => {
		expect(rowStatus({ goal: '2-1', cells: {} })).toBe('empty');
	});
	it('a row with only dashes is empty', () => {
		expect(rowStatus({ goal: '2-1', cells: { measure: { kind: 'dash' } } })).toBe('empty');
	});
	it('a row whose only content points elsewhere is see', () => {
		const row: Row = { goal: '1-6', cells: { measure: see('1-5') } };
		expect(rowStatus(row)).toBe('see');
		expect(pointerTargets(row, FIELDS)).toEqual(['1-5']);
	});
	it('a row with real text and a pointer is filled', () => {
		expect(
			rowStatus({
				goal: '1-3',
				cells: { measure: text('Kohtaamispaikkatoiminta'), metric: see('1-2', 'Kts. ed') },
			}),
		).toBe('filled');
	});
	it('pointerTargets lists each target once, in field order', () => {
		expect(
			pointerTargets(
				{ goal: '3-2', cells: { metric: see('3-1'), measure: see('2-1'), schedule: see('3-1') } },
				FIELDS,
			),
		).toEqual(['2-1', '3-1']);
	});
});

describe('rowGaps: what a filled row lacks, said once', () => {
	it('names the blank and the dashed fields in field order', () => {
		expect(
			rowGaps({ goal: '1-1', cells: { metric: text('x'), schedule: { kind: 'dash' } } }, FIELDS),
		).toEqual({ blank: ['measure'], dash: ['schedule'] });
	});
});

describe('cell text for open data', () => {
	it('lists items with "- " after the lead, in the asked language, falling back to the source', () => {
		const cell: Cell = {
			kind: 'text',
			text: { fi: 'Johdanto' },
			items: [{ fi: 'a' }, { fi: 'b', sv: 'B' }],
		};
		expect(cellPlain(cell, 'fi', 'fi')).toBe('Johdanto\n- a\n- b');
		expect(cellPlain(cell, 'sv', 'fi')).toBe('Johdanto\n- a\n- B');
	});
	it('blank is the empty string, a dash is "-"', () => {
		expect(cellPlain(undefined, 'fi', 'fi')).toBe('');
		expect(cellPlain({ kind: 'dash' }, 'fi', 'fi')).toBe('-');
	});
	it('rowTexts collects every text, pointers included', () => {
		expect(
			rowTexts(
				{ goal: '1-1', cells: { measure: text('x'), metric: see('1-2', 'Kts. ed') } },
				FIELDS,
			).map((t) => t.fi),
		).toEqual(['x', 'Kts. ed']);
	});
	it('parseCellPlain splits the lead from the items and keeps paragraphs', () => {
		expect(parseCellPlain('Lead\n\nsecond\n- a\n- b')).toEqual({
			text: 'Lead\n\nsecond',
			items: ['a', 'b'],
		});
		expect(parseCellPlain('- a\n- b')).toEqual({ items: ['a', 'b'] });
		expect(parseCellPlain('')).toEqual({ items: [] });
	});
});

describe('neighbours', () => {
	it('gives the previous and next goal of an actor, none past the ends', () => {
		expect(neighbours(['1-1', '1-2', '2-1'], '1-2')).toEqual({ prev: '1-1', next: '2-1' });
		expect(neighbours(['1-1', '1-2'], '1-1')).toEqual({ next: '1-2' });
		expect(() => neighbours(['1-1'], '9-9')).toThrow(/received "9-9"/);
	});
});
