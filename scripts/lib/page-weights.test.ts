import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetProblems, median, pageKind, pageWeight } from './page-weights.ts';

describe('page weights', () => {
	it('reads the page kind the layout writes', () => {
		expect(pageKind('<html><body class="x" data-page-kind="measure">')).toBe('measure');
		expect(pageKind('<html><body>')).toBe('other');
	});
	it('counts eager JS and JS loaded on demand, whatever quotes the minifier used', () => {
		const dist = mkdtempSync(join(tmpdir(), 'weights-'));
		mkdirSync(join(dist, '_astro'));
		writeFileSync(
			join(dist, 'p.html'),
			'<link rel="stylesheet" href="/_astro/a.css"><body data-page-kind="indicator"><script type="module" src="/_astro/loader.js"></script>',
		);
		writeFileSync(join(dist, '_astro', 'a.css'), 'body{color:red}');
		writeFileSync(join(dist, '_astro', 'loader.js'), 'const m=await import(`./chart.js`);');
		writeFileSync(join(dist, '_astro', 'chart.js'), 'x'.repeat(5000));
		const w = pageWeight(dist, 'p.html', '/fi/indikaattorit/1/');
		expect(w.kind).toBe('indicator');
		expect(w.js).toBe(gzipSync('const m=await import(`./chart.js`);', { level: 9 }).length);
		expect(w.lazyJs).toBe(gzipSync('x'.repeat(5000), { level: 9 }).length);
		expect(w.css).toBe(gzipSync('body{color:red}', { level: 9 }).length);
	});
	it('finds pages over budget: JS on a content page, a heavy chart, a heavy copy-link button', () => {
		const w = (kind: string, js: number, lazyJs = 0) => ({
			url: `/${kind}/`,
			kind,
			html: 0,
			css: 0,
			js,
			lazyJs,
		});
		expect(
			budgetProblems([w('chapter', 0), w('measure', 400), w('indicator', 1000, 52000)]),
		).toEqual([]);
		expect(
			budgetProblems([w('chapter', 10), w('measure', 2000), w('indicator', 1000, 56000)]),
		).toEqual([
			'/chapter/: 10 bytes of JS on a content page (budget 0)',
			'/measure/: 2000 bytes of JS on a measure page (budget 1024)',
			'/indicator/: chart JS 55.7 KB gzip (budget 55.0 KB)',
		]);
	});
	it('median', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([1, 2, 3, 4])).toBe(3);
	});
});
