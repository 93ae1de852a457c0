import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ContentError, formatPath, parseContent } from './content-errors.ts';

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
			expect((err as Error).message).toContain('content/measures/kotka.yaml: rows[0].metric.see:');
		}
	});
});
