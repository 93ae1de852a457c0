import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, builtCopy, treeHash } from '../helpers/build.ts';

/**
 * The PDF step as an editor meets it: without a browser the build stops and says how to give it
 * one, leaving the previous site whole; PDF=off skips the step and says so; search likewise.
 */
const site = builtCopy('tests/fixtures/kouvola-2023');

describe('the PDF step', () => {
	it('without a browser, stops with a message that says how to provide one, and keeps the old site', () => {
		const r = build(site.content, site.out, { PDF: 'on', CHROMIUM_PATH: '/no/such/chromium' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			'Build failed: CHROMIUM_PATH is set to "/no/such/chromium", but no file is there',
		);
		expect(r.stderr).toContain('The previous');
		expect(treeHash(site.out)).toBe(site.before);
	});
	it('PDF=off and SEARCH=off skip their steps, loudly', () => {
		const r = build(site.content, site.out);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(
			/Printing PDFs \(Chromium\): done in [\d.]+ s \(SKIPPED because PDF=off/,
		);
		expect(r.stdout).toMatch(
			/Indexing for search \(Pagefind\): done in [\d.]+ s \(SKIPPED because SEARCH=off/,
		);
		expect(existsSync(join(site.out, 'fi/toimijat/kouvola.pdf'))).toBe(false);
	});
	it('prints one progress line per PDF', () => {
		const r = build(site.content, site.out, { PDF: 'on' });
		expect(r.status).toBe(0);
		const lines = r.stdout
			.split('\n')
			.filter((l) => /^\s+\[\d+\/\d+\] \/fi\/.+\.pdf: \d+ pages, [\d.]+ MB, [\d.]+ s$/.test(l));
		expect(lines.length).toBe(2);
		expect(existsSync(join(site.out, 'fi/toimijat/kouvola.pdf'))).toBe(true);
	});
});
