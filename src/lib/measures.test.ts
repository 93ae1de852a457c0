import { describe, expect, it } from 'vitest';
import { cellPlain, pointerTargets, rowStatus, rowTexts, type Row } from './measures.ts';

const text = (fi: string) => ({ kind: 'text' as const, text: { fi }, items: [] });

describe('rowStatus keeps blank rows and pointer rows distinct', () => {
	it('a row with no cells is empty', () => {
		expect(rowStatus({ subgoal: '2-1' })).toBe('empty');
	});
	it('a row with only dashes is empty', () => {
		expect(rowStatus({ subgoal: '2-1', measure: { kind: 'dash' } })).toBe('empty');
	});
	it('a row whose only content points elsewhere is see', () => {
		const row: Row = {
			subgoal: '1-6',
			measure: { kind: 'see', see: '1-5', text: { fi: 'Ks. edellinen kohta.' } },
		};
		expect(rowStatus(row)).toBe('see');
		expect(pointerTargets(row)).toEqual(['1-5']);
	});
	it('a row with real text and a pointer in one cell is filled', () => {
		const row: Row = {
			subgoal: '1-3',
			measure: text('Kohtaamispaikkatoiminta'),
			metric: { kind: 'see', see: '1-2', text: { fi: 'Kts. ed' } },
		};
		expect(rowStatus(row)).toBe('filled');
	});
	it('pointerTargets lists each target once', () => {
		const p = { kind: 'see' as const, see: '3-1', text: { fi: 'Kts. kohta 1' } };
		expect(pointerTargets({ subgoal: '3-2', measure: p, metric: p })).toEqual(['3-1']);
	});
});

describe('cell text for CSV and translation checks', () => {
	it('lists items with dashes after the lead text', () => {
		const cell = {
			kind: 'text' as const,
			text: { fi: 'Johdanto' },
			items: [{ fi: 'a' }, { fi: 'b', sv: 'B' }],
		};
		expect(cellPlain(cell, 'fi')).toBe('Johdanto\n- a\n- b');
		expect(cellPlain(cell, 'sv')).toBe('Johdanto\n- a\n- B');
	});
	it('blank is empty string, dash is "-"', () => {
		expect(cellPlain(undefined, 'fi')).toBe('');
		expect(cellPlain({ kind: 'dash' }, 'fi')).toBe('-');
	});
	it('rowTexts collects every text, pointers included', () => {
		const row: Row = {
			subgoal: '1-1',
			measure: text('x'),
			metric: { kind: 'see', see: '1-2', text: { fi: 'Kts. ed' } },
		};
		expect(rowTexts(row).map((t) => t.fi)).toEqual(['x', 'Kts. ed']);
	});
});
