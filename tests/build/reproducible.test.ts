import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build, treeHash } from '../helpers/build.ts';
import { distFiles } from '../../scripts/lib/dist-files.ts';
import { PLANS } from '../helpers/plans.ts';

/**
 * Two builds of the same content give byte-identical sites, every step included: pages, open data,
 * the .ics feeds, the PDFs and the search index. Dates come from content, never from the clock.
 * The first build is the test setup's (tests/setup/ensure-sites.ts builds each plan whole, from the
 * same inputs); this file builds the synthetic plan once more and compares.
 */
describe('reproducible builds', () => {
	it('a second full build of the synthetic plan is byte-identical, PDFs, feeds and search index included', () => {
		const first = PLANS.find((p) => p.name === 'synthetic')?.dist ?? '';
		const files = distFiles(undefined, first);
		expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(0);
		expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(0);
		expect(files.filter((f) => f.startsWith('/pagefind/')).length).toBeGreaterThan(0);
		const dir = mkdtempSync(join(tmpdir(), 'repro-'));
		try {
			const again = build('tests/fixtures/synthetic', join(dir, 'site'), {
				PDF: 'on',
				SEARCH: 'on',
			});
			expect(again.status, again.output).toBe(0);
			expect(treeHash(join(dir, 'site'))).toBe(treeHash(first));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
