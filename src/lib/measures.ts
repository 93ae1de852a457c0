import { pick, type LocalizedText } from './localized.ts';

/** One field of a measure row, normalized: a text with optional items, a pointer, or a dash. */
export type Cell =
	| { kind: 'text'; text?: LocalizedText; items: LocalizedText[] }
	| { kind: 'see'; see: string; text: LocalizedText }
	| { kind: 'dash' };

/** One row: an actor's measures for one lowest-level goal, its cells keyed by measure field id. */
export type Row = { goal: string; cells: Readonly<Record<string, Cell>> };

export type RowStatus = 'filled' | 'empty' | 'see';

/**
 * The open-data status of a row: `empty` when the source left every cell blank or dashed, `see`
 * when all it says only points to other rows, `filled` otherwise.
 */
export function rowStatus(row: Row): RowStatus {
	const cells = Object.values(row.cells).filter((c) => c.kind !== 'dash');
	if (cells.length === 0) return 'empty';
	if (cells.every((c) => c.kind === 'see')) return 'see';
	return 'filled';
}

/** How a filled row's blank and dashed fields are said: once per row, never once per field. */
export function rowGaps(row: Row, fields: readonly string[]): { blank: string[]; dash: string[] } {
	return {
		blank: fields.filter((f) => row.cells[f] === undefined),
		dash: fields.filter((f) => row.cells[f]?.kind === 'dash'),
	};
}

/** The rows a row points to, in field order, without repeats. */
export function pointerTargets(row: Row, fields: readonly string[]): string[] {
	const out: string[] = [];
	for (const f of fields) {
		const c = row.cells[f];
		if (c?.kind === 'see' && !out.includes(c.see)) out.push(c.see);
	}
	return out;
}

/** Every text of one cell. */
export function cellTexts(cell: Cell | undefined): LocalizedText[] {
	if (!cell || cell.kind === 'dash') return [];
	if (cell.kind === 'see') return [cell.text];
	return [...(cell.text ? [cell.text] : []), ...cell.items];
}

/** Every text of a row, for translation status and search. */
export function rowTexts(row: Row, fields: readonly string[]): LocalizedText[] {
	return fields.flatMap((f) => cellTexts(row.cells[f]));
}

/** A cell as plain text in one language, items as "- " lines after the lead (open data). */
export function cellPlain(cell: Cell | undefined, lang: string, source: string): string {
	if (!cell) return '';
	if (cell.kind === 'dash') return '-';
	const shown = (t: LocalizedText) => pick(t, lang, source).text;
	if (cell.kind === 'see') return shown(cell.text);
	return [...(cell.text ? [shown(cell.text)] : []), ...cell.items.map((i) => `- ${shown(i)}`)].join(
		'\n',
	);
}

/** True when every text of the cell exists in `lang`. */
export function cellTranslated(cell: Cell | undefined, lang: string): boolean {
	return cellTexts(cell).every((t) => (t[lang] ?? '').trim() !== '');
}

/** Inverse of cellPlain: a lead text, then "- " items. Used to prove the export loses nothing. */
export function parseCellPlain(plain: string): { text?: string; items: string[] } {
	if (plain === '') return { items: [] };
	const lines = plain.split('\n');
	const firstItem = lines.findIndex((l) => l.startsWith('- '));
	const lead = firstItem === -1 ? lines : lines.slice(0, firstItem);
	const items = firstItem === -1 ? [] : lines.slice(firstItem);
	const out: { text?: string; items: string[] } = { items: [] };
	if (lead.length > 0) out.text = lead.join('\n');
	// An item may hold blank-line paragraphs: a line not starting with "- " continues the item above.
	for (const line of items) {
		if (line.startsWith('- ')) out.items.push(line.slice(2));
		else out.items[out.items.length - 1] += `\n${line}`;
	}
	return out;
}

/** The goal ids before and after `id` in the plan's order, if any. */
export function neighbours(ids: readonly string[], id: string): { prev?: string; next?: string } {
	const i = ids.indexOf(id);
	if (i === -1) throw new Error(`neighbours: received "${id}", expected one of ${ids.join(', ')}`);
	const out: { prev?: string; next?: string } = {};
	const prev = ids[i - 1];
	const next = ids[i + 1];
	if (prev !== undefined) out.prev = prev;
	if (next !== undefined) out.next = next;
	return out;
}
