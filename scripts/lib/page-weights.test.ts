import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageType, pageWeight, median } from './page-weights.ts';

describe('page weights', () => {
	it('classifies pages by the URL contract', () => {
		expect(pageType('/fi/toimijat/kotka/2-3/')).toBe('measure');
		expect(pageType('/sv/aktorer/kotka/')).toBe('actor');
		expect(pageType('/sv/mal/2-3/')).toBe('sub-goal');
		expect(pageType('/fi/tavoitteet/2/')).toBe('main goal');
		expect(pageType('/sv/indikatorer/11/')).toBe('indicator');
		expect(pageType('/')).toBe('language chooser');
	});
	it('counts eager JS and JS loaded on demand, whatever quotes the minifier used', () => {
		const dist = mkdtempSync(join(tmpdir(), 'weights-'));
		mkdirSync(join(dist, '_astro'));
		writeFileSync(
			join(dist, 'p.html'),
			'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/loader.js"></script>',
		);
		writeFileSync(join(dist, '_astro', 'a.css'), 'body{color:red}');
		writeFileSync(join(dist, '_astro', 'loader.js'), 'const m=await import(`./chart.js`);');
		writeFileSync(join(dist, '_astro', 'chart.js'), 'x'.repeat(5000));
		const w = pageWeight(dist, 'p.html', '/fi/indikaattorit/1/');
		expect(w.js).toBe(gzipSync('const m=await import(`./chart.js`);', { level: 9 }).length);
		expect(w.lazyJs).toBe(gzipSync('x'.repeat(5000), { level: 9 }).length);
		expect(w.css).toBeGreaterThan(0);
	});
	it('median', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([1, 2, 3, 4])).toBe(3);
	});
});
