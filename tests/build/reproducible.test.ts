import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { build, treeHash } from '../helpers/build.ts';
import { distFiles } from '../../scripts/lib/dist-files.ts';

/**
 * Two builds of the same content give byte-identical sites, every step included: pages, open data,
 * the .ics feeds, the PDFs and the search index. Dates come from content, never from the clock.
 */
describe('reproducible builds', () => {
	it('two full builds of the synthetic plan are byte-identical, PDFs, feeds and search index included', () => {
		const dir = mkdtempSync(join(tmpdir(), 'repro-'));
		try {
			const env = { PDF: 'on', SEARCH: 'on' };
			const a = build('tests/fixtures/synthetic', join(dir, 'a'), env);
			expect(a.status, a.output).toBe(0);
			const b = build('tests/fixtures/synthetic', join(dir, 'b'), env);
			expect(b.status, b.output).toBe(0);
			const files = distFiles(undefined, join(dir, 'a'));
			expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(0);
			expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(0);
			expect(files.filter((f) => f.startsWith('/pagefind/')).length).toBeGreaterThan(0);
			expect(treeHash(join(dir, 'b'))).toBe(treeHash(join(dir, 'a')));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
