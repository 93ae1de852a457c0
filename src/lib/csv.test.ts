import { describe, expect, it } from 'vitest';
import { neutralise, parseCsv, toCsv } from './csv.ts';

describe('CSV (RFC 4180)', () => {
	it('quotes fields with commas, quotes and line breaks, ends every line with CRLF, and round-trips', () => {
		const csv = toCsv(['x', 'y', 'z', 'w', 'n'], [['a,b', 'say "hi"', 'line\nbreak', 'plain', 3]]);
		expect(csv).toBe('x,y,z,w,n\r\n"a,b","say ""hi""","line\nbreak",plain,3\r\n');
		expect(parseCsv(csv)).toEqual([
			['x', 'y', 'z', 'w', 'n'],
			['a,b', 'say "hi"', 'line\nbreak', 'plain', '3'],
		]);
	});
});

describe('formula injection (OWASP)', () => {
	it('neutralises text cells that start with =, +, -, @, tab or CR', () => {
		expect(['=HYPERLINK("x")', '+1', '-a', '@SUM(A1)', '\tx', '\rx', 'ok'].map(neutralise)).toEqual(
			[`'=HYPERLINK("x")`, "'+1", "'-a", "'@SUM(A1)", "'\tx", "'\rx", 'ok'],
		);
	});
	it('leaves numbers as numbers (a negative count is refused by the content check, not hidden here)', () => {
		expect(toCsv(['v'], [[-3], ['=1+1']])).toBe(`v\r\n-3\r\n'=1+1\r\n`);
	});
});
