/**
 * `npm run bench`: builds from clean and prints the build time per step, the number of pages, and
 * per page type the median and maximum gzip bytes of HTML, CSS and JS. Budgets are checked here
 * (not in timed tests): the run exits non-zero when one is broken.
 */
import { rm } from 'node:fs/promises';
import { buildSteps, TARGET } from './lib/build-steps.ts';
import { stepper } from './lib/progress.ts';
import { pageWeight, median, type PageWeight } from './lib/page-weights.ts';
import { distFiles, urlOf } from './lib/dist-files.ts';

/** Budgets in gzip bytes. Content pages ship no JS; measure permalinks only the copy-link button; chart pages at most 55 KB of chart code. */
const BUDGETS = { contentJs: 0, copyLinkJs: 1024, chartJs: 55 * 1024 };
const CHART_TYPES = new Set(['indicator']);
const SEARCH_TYPES = new Set(['search']);

await rm(TARGET, { recursive: true, force: true });
await rm('.astro', { recursive: true, force: true });
const steps = stepper(buildSteps.length);
const start = performance.now();
for (const step of buildSteps) await steps.run(step.name, step.run);
const total = performance.now() - start;

const weights: PageWeight[] = distFiles('.html').map((f) =>
	pageWeight(TARGET, f.slice(1), urlOf(f)),
);
const kb = (n: number) => (n / 1024).toFixed(1);

console.log('\nBuild time');
for (const t of steps.timings)
	console.log(`  ${t.name.padEnd(34)} ${(t.ms / 1000).toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(34)} ${(total / 1000).toFixed(1).padStart(6)} s`);
console.log(`\nPages: ${weights.length}`);

const types = [...new Set(weights.map((w) => w.type))];
console.log('\nPage weight, gzip KB (median / max)');
console.log(
	`  ${'type'.padEnd(18)} ${'pages'.padStart(5)}  ${'HTML'.padStart(13)}  ${'CSS'.padStart(13)}  ${'JS'.padStart(13)}  ${'JS on demand'.padStart(13)}`,
);
for (const type of types) {
	const ws = weights.filter((w) => w.type === type);
	const col = (f: (w: PageWeight) => number) =>
		`${kb(median(ws.map(f)))} / ${kb(Math.max(...ws.map(f)))}`.padStart(13);
	console.log(
		`  ${type.padEnd(18)} ${String(ws.length).padStart(5)}  ${col((w) => w.html)}  ${col((w) => w.css)}  ${col((w) => w.js)}  ${col((w) => w.lazyJs)}`,
	);
}

const problems: string[] = [];
for (const w of weights) {
	if (w.type === 'measure' && w.js + w.lazyJs > BUDGETS.copyLinkJs)
		problems.push(
			`${w.url}: ${w.js + w.lazyJs} bytes of JS on a measure page (budget ${BUDGETS.copyLinkJs})`,
		);
	else if (
		w.type !== 'measure' &&
		!CHART_TYPES.has(w.type) &&
		!SEARCH_TYPES.has(w.type) &&
		w.js + w.lazyJs > BUDGETS.contentJs
	)
		problems.push(`${w.url}: ${w.js + w.lazyJs} bytes of JS on a content page (budget 0)`);
	if (CHART_TYPES.has(w.type) && w.js + w.lazyJs > BUDGETS.chartJs)
		problems.push(
			`${w.url}: chart JS ${kb(w.js + w.lazyJs)} KB gzip (budget ${kb(BUDGETS.chartJs)} KB)`,
		);
}
const chartPages = weights.filter((w) => CHART_TYPES.has(w.type) && w.js + w.lazyJs > 0);
if (chartPages.length > 0)
	console.log(
		`\nChart JS (gzip, eager + on demand): max ${kb(Math.max(...chartPages.map((w) => w.js + w.lazyJs)))} KB, budget ${kb(BUDGETS.chartJs)} KB`,
	);
console.log(
	weights.some((w) => w.type === 'search')
		? ''
		: 'Search: not built yet (no Pagefind index), so no bytes per query to report.',
);
if (problems.length > 0) {
	console.error(`\nBudget exceeded:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log('\nAll budgets met.');
