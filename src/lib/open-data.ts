import { cellPlain, measureFields, rowStatus, type MeasureField, type Row, type RowStatus } from './measures.ts';

/** One row of measures.json (DESIGN.md open-data contract). `sv` is null until the text is translated. */
export type MeasureRecord = {
	id: string;
	actor: string;
	goal: number;
	subgoal: number;
	status: RowStatus;
	/** Rows this one points to ("Ks. edellinen kohta"), as "<goal>-<n>" of the same actor. */
	see: string[];
	fields: Record<MeasureField, { fi: string; sv: string | null }>;
	url: { fi: string; sv: string };
};

type UrlOf = (lang: 'fi' | 'sv', actor: string, subgoal: string) => string;

function hasSv(row: Row, field: MeasureField): boolean {
	const c = row[field];
	if (!c || c.kind === 'dash') return true;
	if (c.kind === 'see') return c.text.sv !== undefined;
	return (c.text === undefined || c.text.sv !== undefined) && c.items.every((i) => i.sv !== undefined);
}

export function measureRecord(actor: string, row: Row, urlOf: UrlOf): MeasureRecord {
	const [goal, n] = row.subgoal.split('-').map(Number) as [number, number];
	const fields = Object.fromEntries(
		measureFields.map((f) => [f, { fi: cellPlain(row[f], 'fi'), sv: hasSv(row, f) ? cellPlain(row[f], 'sv') : null }]),
	) as MeasureRecord['fields'];
	const see = measureFields.flatMap((f) => {
		const c = row[f];
		return c?.kind === 'see' ? [c.see] : [];
	});
	return {
		id: `${actor}/${row.subgoal}`,
		actor,
		goal,
		subgoal: n,
		status: rowStatus(row),
		see: [...new Set(see)],
		fields,
		url: { fi: urlOf('fi', actor, row.subgoal), sv: urlOf('sv', actor, row.subgoal) },
	};
}

/** RFC 4180: fields quoted when they hold a comma, quote or line break; quotes doubled; CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	const field = (v: string | number) => {
		const s = String(v);
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (for tests and for anyone re-reading the export). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (cur += '"'), i++;
			else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(cur), (cur = '');
		else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cur), rows.push(row), (row = []), (cur = ''), i++;
		} else cur += ch;
	}
	if (cur !== '' || row.length > 0) row.push(cur), rows.push(row);
	return rows;
}

export const MEASURES_CSV_HEADER = ['actor', 'goal', 'subgoal', 'lang', 'measure', 'metric', 'schedule', 'implementers', 'follow_up', 'url'] as const;

/** measures.csv rows: long format, one row per (actor, sub-goal, language). Untranslated Swedish cells are empty. */
export function measuresCsvRows(records: readonly MeasureRecord[]): (string | number)[][] {
	return records.flatMap((r) =>
		(['fi', 'sv'] as const).map((lang) => [
			r.actor,
			r.goal,
			r.subgoal,
			lang,
			...measureFields.map((f) => r.fields[f][lang] ?? ''),
			r.url[lang],
		]),
	);
}
