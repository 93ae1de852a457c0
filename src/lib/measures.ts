import type { LocalizedText } from './localized.ts';

export const measureFields = [
	'measure',
	'metric',
	'schedule',
	'implementers',
	'follow_up',
] as const;
export type MeasureField = (typeof measureFields)[number];

export type Cell =
	| { kind: 'text'; text?: LocalizedText; items: LocalizedText[] }
	| { kind: 'see'; see: string; text: LocalizedText }
	| { kind: 'dash' };

export type Row = { subgoal: string } & Partial<Record<MeasureField, Cell>>;

export type RowStatus = 'filled' | 'empty' | 'see';

/**
 * The open-data status of a row: `empty` when the source left every cell blank (or only dashed),
 * `see` when what it says only points to other rows, `filled` otherwise.
 */
export function rowStatus(row: Row): RowStatus {
	const cells = measureFields
		.map((f) => row[f])
		.filter((c): c is Cell => c !== undefined && c.kind !== 'dash');
	if (cells.length === 0) return 'empty';
	if (cells.every((c) => c.kind === 'see')) return 'see';
	return 'filled';
}

/** The rows a row points to, in field order, without repeats. */
export function pointerTargets(row: Row): string[] {
	const out: string[] = [];
	for (const f of measureFields) {
		const c = row[f];
		if (c?.kind === 'see' && !out.includes(c.see)) out.push(c.see);
	}
	return out;
}

/** Every text of a row, for translation checks and search. */
export function rowTexts(row: Row): LocalizedText[] {
	return measureFields.flatMap((f) => {
		const c = row[f];
		if (!c || c.kind === 'dash') return [];
		if (c.kind === 'see') return [c.text];
		return [...(c.text ? [c.text] : []), ...c.items];
	});
}

/** A cell as plain text in one language (items joined by newlines), for CSV. */
export function cellPlain(cell: Cell | undefined, lang: 'fi' | 'sv'): string {
	if (!cell) return '';
	if (cell.kind === 'dash') return '-';
	const pickText = (t: LocalizedText) => (lang === 'sv' && t.sv ? t.sv : t.fi);
	if (cell.kind === 'see') return pickText(cell.text);
	return [
		...(cell.text ? [pickText(cell.text)] : []),
		...cell.items.map((i) => `- ${pickText(i)}`),
	].join('\n');
}

/** Inverse of cellPlain for the open data's text form: a lead text, then "- " items. Used to prove the export loses nothing. */
export function parseCellPlain(plain: string): { text?: string; items: string[] } {
	if (plain === '') return { items: [] };
	const lines = plain.split('\n');
	const firstItem = lines.findIndex((l) => l.startsWith('- '));
	const lead = firstItem === -1 ? lines : lines.slice(0, firstItem);
	const items = firstItem === -1 ? [] : lines.slice(firstItem);
	const out: { text?: string; items: string[] } = { items: [] };
	if (lead.length > 0) out.text = lead.join('\n');
	// An item may hold blank-line paragraphs; a line not starting with "- " continues the item above.
	for (const line of items) {
		if (line.startsWith('- ')) out.items.push(line.slice(2));
		else out.items[out.items.length - 1] += `\n${line}`;
	}
	return out;
}

/** The sub-goal id before and after `id` in the plan's order, if any. */
export function neighbours(ids: readonly string[], id: string): { prev?: string; next?: string } {
	const i = ids.indexOf(id);
	if (i === -1) throw new Error(`neighbours: received "${id}", expected one of ${ids.join(', ')}`);
	return { prev: ids[i - 1], next: ids[i + 1] };
}
