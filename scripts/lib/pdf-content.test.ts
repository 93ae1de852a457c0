import { describe, expect, it } from 'vitest';
import { markArtifacts, operations } from './pdf-content.ts';

describe('operations: a PDF content stream split at its operators', () => {
	it('keeps strings, hex strings, dictionaries and arrays as operands', () => {
		const s = '/Span<</ActualText <FEFF00AD> >> BDC\nBT (a (b) \\) c) Tj [(x) 3 (y)] TJ ET EMC';
		expect(operations(s).map((o) => o.op)).toEqual(['BDC', 'BT', 'Tj', 'TJ', 'ET', 'EMC']);
	});
});

describe('markArtifacts: untagged drawing becomes an artifact, tagged content stays as it is', () => {
	it("wraps Chromium's page background and footer, and leaves the tagged paragraph alone", () => {
		const stream = [
			'q 1 1 1 rg 0 0 665 979 re f Q',
			'q /P <</MCID 0 >>BDC BT /F4 17.6 Tf <002E> Tj ET EMC Q',
			'q BT /F7 10.66 Tf 1 0 0 -1 665 1100 Tm <0036> Tj ET Q',
		].join('\n');
		const { text, artifacts } = markArtifacts(stream);
		expect(artifacts).toBe(2);
		expect(text).toBe(
			[
				'q 1 1 1 rg /Artifact BMC\n0 0 665 979 re f EMC\nQ',
				'q /P <</MCID 0 >>BDC BT /F4 17.6 Tf <002E> Tj ET EMC Q',
				'q /Artifact BMC\nBT /F7 10.66 Tf 1 0 0 -1 665 1100 Tm <0036> Tj ET EMC\nQ',
			].join('\n'),
		);
		// Every sequence it opens is closed: BMC/BDC and EMC balance.
		const ops = operations(text).map((o) => o.op);
		expect(ops.filter((o) => o === 'BMC' || o === 'BDC').length).toBe(
			ops.filter((o) => o === 'EMC').length,
		);
	});
	it('changes nothing in a stream that is all tagged', () => {
		const stream = '/P <</MCID 0 >>BDC BT (x) Tj ET EMC';
		expect(markArtifacts(stream)).toEqual({ text: stream, artifacts: 0 });
	});
	it('fails clearly on a text object that mixes tagged and untagged text', () => {
		expect(() => markArtifacts('BT /P <</MCID 0>> BDC (a) Tj EMC (b) Tj ET')).toThrow(
			/inside a text object that began tagged/,
		);
	});
});
