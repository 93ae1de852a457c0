import { describe, expect, it } from 'vitest';
import { missingSv, translationStatus } from './translation-status.ts';

describe('translation report', () => {
	it('lists localized fields without Swedish, with their field path', () => {
		const data = [
			{
				name: { fi: 'Kunta', sv: 'Kommun' },
				rows: [{ measure: [{ fi: 'a' }, { fi: 'b', sv: 'B' }] }],
			},
		];
		expect(missingSv(data, 'content/x.yaml')).toEqual([
			{ file: 'content/x.yaml', field: '[0].rows[0].measure[0]', fi: 'a' },
		]);
	});
	it('covers the real content: every measure file and the untranslated chapters', () => {
		const report = translationStatus(process.cwd());
		expect(Object.keys(report.totals)).toContain('content/measures/kotka.yaml');
		expect(report.totals['content/actors.yaml']!.fields).toBeGreaterThanOrEqual(22);
		for (const page of report.pages)
			expect(page).toMatch(/^content\/(chapters|pages)\/sv\/[a-z0-9-]+\.mdx$/);
	});
});
