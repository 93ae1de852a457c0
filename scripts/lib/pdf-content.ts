/**
 * Marks the untagged content of a PDF page as artifacts, without touching what is tagged.
 * Chromium's tagged PDFs draw the header and footer templates (the short title and the page
 * numbers) and the page background outside any marked-content sequence; PDF/UA-1 (ISO 14289-1,
 * 7.1) requires all content to be either tagged or an artifact. This wraps each run of drawing
 * operators outside marked content in `/Artifact BMC … EMC`, keeping every sequence properly nested
 * with BT/ET and q/Q. The stream is read and written as latin1 text, so bytes round-trip exactly.
 */

export type Operation = { op: string; start: number; end: number };

const WHITE = new Set([' ', '\t', '\r', '\n', '\f', '\0']);
const DELIM = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

/** Operators that only set state: outside marked content they need no artifact around them. */
const STATE = new Set([
	'q',
	'Q',
	'cm',
	'w',
	'J',
	'j',
	'M',
	'd',
	'ri',
	'i',
	'gs',
	'CS',
	'cs',
	'SC',
	'SCN',
	'sc',
	'scn',
	'G',
	'g',
	'RG',
	'rg',
	'K',
	'k',
	'Tc',
	'Tw',
	'Tz',
	'TL',
	'Tf',
	'Tr',
	'Ts',
]);
const KEYWORDS = new Set(['true', 'false', 'null']);

/** Splits a content stream into operations: each operator with the operands before it. */
export function operations(s: string): Operation[] {
	const out: Operation[] = [];
	let i = 0;
	let start = -1;
	let nest = 0; // depth inside [ ] and << >>
	const begin = (at: number) => {
		if (start < 0) start = at;
	};
	while (i < s.length) {
		const c = s[i] ?? '';
		if (WHITE.has(c)) {
			i++;
			continue;
		}
		if (c === '%') {
			while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
			continue;
		}
		begin(i);
		if (c === '(') {
			let depth = 0;
			for (; i < s.length; i++) {
				const ch = s[i];
				if (ch === '\\') i++;
				else if (ch === '(') depth++;
				else if (ch === ')' && --depth === 0) break;
			}
			i++;
		} else if (c === '<' && s[i + 1] === '<') {
			nest++;
			i += 2;
		} else if (c === '>' && s[i + 1] === '>') {
			nest--;
			i += 2;
		} else if (c === '<') {
			while (i < s.length && s[i] !== '>') i++;
			i++;
		} else if (c === '[') {
			nest++;
			i++;
		} else if (c === ']') {
			nest--;
			i++;
		} else if (c === '/') {
			i++;
			while (i < s.length && !WHITE.has(s[i] ?? '') && !DELIM.has(s[i] ?? '')) i++;
		} else {
			const from = i;
			while (i < s.length && !WHITE.has(s[i] ?? '') && !DELIM.has(s[i] ?? '')) i++;
			if (i === from)
				throw new Error(`markArtifacts: received "${c}" at ${from}, expected a PDF token`);
			const word = s.slice(from, i);
			if (nest === 0 && !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && !KEYWORDS.has(word)) {
				if (word === 'BI' || word === 'ID')
					throw new Error(
						'markArtifacts: received an inline image (BI/ID), expected none in a Chromium PDF',
					);
				out.push({ op: word, start, end: i });
				start = -1;
			}
		}
	}
	if (start >= 0 && s.slice(start).trim() !== '')
		throw new Error('markArtifacts: received operands with no operator at the end of the stream');
	return out;
}

/** The stream with every run of untagged drawing wrapped as an artifact; tagged content unchanged. */
export function markArtifacts(s: string): { text: string; artifacts: number } {
	const ops = operations(s);
	let out = '';
	let last = 0;
	let marked = 0; // depth of marked-content sequences
	let q = 0;
	let inText = false;
	let open: { q: number; inText: boolean } | undefined;
	let artifacts = 0;
	const emit = (to: number) => {
		out += s.slice(last, to);
		last = to;
	};
	const close = (at: number) => {
		emit(at);
		out += /\s$/.test(out) ? 'EMC\n' : '\nEMC\n';
		open = undefined;
	};
	for (const o of ops) {
		const { op } = o;
		if (open && (op === 'BMC' || op === 'BDC')) close(o.start);
		if (open && op === 'Q' && q <= open.q) close(o.start);
		const draws = !STATE.has(op) && !['BMC', 'BDC', 'EMC', 'MP', 'DP'].includes(op);
		if (!open && marked === 0 && draws) {
			if (inText && op !== 'BT')
				throw new Error(
					`markArtifacts: received untagged "${op}" inside a text object that began tagged, expected it inside marked content`,
				);
			emit(o.start);
			out += '/Artifact BMC\n';
			open = { q, inText };
			artifacts++;
		}
		if (op === 'BMC' || op === 'BDC') marked++;
		else if (op === 'EMC') marked--;
		else if (op === 'q') q++;
		else if (op === 'Q') q--;
		else if (op === 'BT') inText = true;
		else if (op === 'ET') {
			inText = false;
			if (open?.inText) close(o.end);
		}
		if (marked < 0) throw new Error('markArtifacts: received EMC without a sequence to end');
	}
	if (open) close(s.length);
	emit(s.length);
	return { text: out, artifacts };
}
