/**
 * RFC 4180 CSV: CRLF line ends (the last line too), fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled. A cell a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) is neutralised as OWASP recommends, by a leading apostrophe.
 */
export type CsvValue = string | number;

export function neutralise(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	const field = (v: CsvValue) => {
		const s = typeof v === 'number' ? String(v) : neutralise(v);
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
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cur);
			cur = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cur);
			rows.push(row);
			row = [];
			cur = '';
			i++;
		} else cur += ch;
	}
	if (cur !== '' || row.length > 0) {
		row.push(cur);
		rows.push(row);
	}
	return rows;
}
