import { describe, expect, it } from 'vitest';
import { missingIn, translationStatus } from './translation-status.ts';

describe('translation status', () => {
	it('lists the texts of a file that lack a language, with their field path', () => {
		const data = [
			{
				name: { fi: 'Kunta', sv: 'Kommun' },
				rows: [{ measure: [{ fi: 'a' }, { fi: 'b', sv: 'B' }] }],
			},
		];
		expect(missingIn(data, 'sv', 'fi', 'x.yaml')).toEqual({
			all: 3,
			missing: [{ file: 'x.yaml', field: '[0].rows[0].measure[0]', text: 'a' }],
		});
	});
	it('works with any source language (the synthetic plan is Swedish first) and counts missing pages', () => {
		const [fi] = translationStatus('tests/fixtures/synthetic', 'synthetic');
		expect(fi?.lang).toBe('fi');
		expect(fi?.pages).toEqual(['synthetic/chapters/fi/mal.mdx']);
		expect(fi?.fields.map((f) => `${f.file}: ${f.field}`)).toContain(
			'synthetic/actors.yaml: [1].name',
		);
		expect(fi?.percent).toBeLessThan(100);
	});
});
