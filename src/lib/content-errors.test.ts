import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
	ContentError,
	decodeContent,
	firstInvalidUtf8,
	formatPath,
	parseContent,
	parseYaml,
} from './content-errors.ts';

describe('content errors name the file and the field', () => {
	it('formats paths as an editor reads YAML', () => {
		expect(formatPath([3, 'kind'])).toBe('[3].kind');
		expect(formatPath(['rows', 2, 'metric', 'see'])).toBe('rows[2].metric.see');
		expect(formatPath([])).toBe('(top level)');
	});

	it('reports a bad enum value with file, index and field', () => {
		const schema = z.array(z.object({ kind: z.enum(['county', 'municipality']) }));
		const run = () =>
			parseContent('content/actors.yaml', '- kind: county\n- kind: kunta\n', schema);
		expect(run).toThrow(ContentError);
		expect(run).toThrow(/^content\/actors\.yaml: \[1\]\.kind: .*"county"\|"municipality"/);
	});

	it('reports YAML syntax errors with the line', () => {
		expect(() => parseContent('content/plan.yaml', 'title: [unclosed\n', z.any())).toThrow(
			/^content\/plan\.yaml: line \d+/,
		);
	});

	it('reports the deepest branch of a union, not just "invalid input"', () => {
		const cell = z.union([
			z.strictObject({ see: z.string().regex(/^\d-\d$/) }),
			z.strictObject({ fi: z.string() }),
		]);
		try {
			parseContent(
				'content/measures/kotka.yaml',
				'rows:\n  - metric: { see: "x" }\n',
				z.object({ rows: z.array(z.object({ metric: cell })) }),
			);
			expect.unreachable();
		} catch (err) {
			expect(err instanceof Error ? err.message : '').toContain(
				'content/measures/kotka.yaml: rows[0].metric.see:',
			);
		}
	});
});

describe('encoding and YAML that would crash or mislead', () => {
	it('drops a BOM and turns CRLF into LF', () => {
		expect(
			decodeContent('x.yaml', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62])),
		).toBe('a\nb');
	});
	it('refuses invalid UTF-8 and names the byte offset', () => {
		expect(() =>
			decodeContent('content/actors.yaml', new Uint8Array([0x61, 0x62, 0xff, 0x63])),
		).toThrow('content/actors.yaml: byte 2: invalid UTF-8; save the file as UTF-8');
		// A truncated two-byte sequence (ä is C3 A4) is invalid at its first byte.
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0x61]))).toBe(1);
	});
	it('an alias bomb names the file instead of exhausting memory', () => {
		const bomb =
			'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
		expect(() => parseYaml('content/glossary.yaml', bomb)).toThrow(/^content\/glossary\.yaml: /);
	});
	it('a duplicate key is an error with its line', () => {
		expect(() => parseYaml('content/plan.yaml', 'title: a\ntitle: b\n')).toThrow(
			/^content\/plan\.yaml: line 2, column 1: /,
		);
	});
	it('an empty file says so', () => {
		expect(() => parseContent('content/goals.yaml', '\n', z.array(z.unknown()))).toThrow(
			'content/goals.yaml: (top level): the file is empty',
		);
	});
});
