/**
 * `npm run bench`: builds the default plan from clean and prints the build time per step, pages
 * per second (also for the fixture plans), per page kind the median and maximum gzip bytes of HTML,
 * CSS and JS, how the output grows with the number of actors, search bytes per query and the PDF
 * time. Budgets are checked here, not in timed tests: the run exits non-zero when one is broken.
 * `npm run bench -- --budgets` checks the JS budgets of the existing dist/ only (CI runs that).
 */
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { budgetProblems, median, pageWeight, type PageWeight } from './lib/page-weights.ts';
import { distFiles, urlOf } from './lib/dist-files.ts';
import { FIRST_QUERY_BUDGET, measureSearch } from './lib/search-bench.ts';

const args = process.argv.slice(2);
const kb = (n: number) => (n / 1024).toFixed(1);

function weights(root: string): PageWeight[] {
	return distFiles('.html', root).map((f) => pageWeight(root, f.slice(1), urlOf(f)));
}

function checkBudgets(ws: readonly PageWeight[]): void {
	const problems = budgetProblems(ws);
	const charts = ws.filter((w) => w.kind === 'indicator' && w.js + w.lazyJs > 0);
	if (charts.length > 0)
		console.log(
			`Chart JS (gzip, eager + on demand): max ${kb(Math.max(...charts.map((w) => w.js + w.lazyJs)))} KB, budget 55.0 KB`,
		);
	const content = ws.filter((w) => !['measure', 'indicator', 'search'].includes(w.kind));
	console.log(
		`Content pages with JS: ${content.filter((w) => w.js + w.lazyJs > 0).length} of ${content.length} (budget 0)`,
	);
	if (problems.length > 0) {
		console.error(`\nBudget exceeded:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log('JS budgets met.');
}

if (args.includes('--budgets')) {
	checkBudgets(weights('dist'));
	process.exit(0);
}

function timedBuild(
	content: string,
	out: string,
	env: Record<string, string> = {},
): { seconds: number; output: string } {
	const start = performance.now();
	const r = spawnSync('node', ['scripts/build.ts', '--content', content, '--out', out], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
	});
	if (r.status !== 0) {
		console.error(r.stdout, r.stderr);
		throw new Error(`bench: the build of ${content} failed`);
	}
	return { seconds: (performance.now() - start) / 1000, output: r.stdout };
}

function bytes(root: string): number {
	return distFiles(undefined, root).reduce((n, f) => n + statSync(join(root, f)).size, 0);
}

rmSync('.build/bench', { recursive: true, force: true });
const main = timedBuild('content', 'dist');
console.log('\nBuild time (default plan, from clean)');
for (const m of main.output.matchAll(/^\[\d+\/\d+\] (.+): done in ([\d.]+) s/gm))
	console.log(`  ${(m[1] ?? '').padEnd(34)} ${(m[2] ?? '').padStart(6)} s`);
console.log(`  ${'total'.padEnd(34)} ${main.seconds.toFixed(1).padStart(6)} s`);

const ws = weights('dist');
console.log(`\nPages: ${ws.length}`);
console.log('\nPage weight, gzip KB (median / max)');
console.log(
	`  ${'kind'.padEnd(14)} ${'pages'.padStart(5)}  ${'HTML'.padStart(13)}  ${'CSS'.padStart(13)}  ${'JS'.padStart(13)}  ${'JS on demand'.padStart(13)}`,
);
for (const kind of [...new Set(ws.map((w) => w.kind))].sort()) {
	const of = ws.filter((w) => w.kind === kind);
	const col = (f: (w: PageWeight) => number) =>
		`${kb(median(of.map(f)))} / ${kb(Math.max(...of.map(f)))}`.padStart(13);
	console.log(
		`  ${kind.padEnd(14)} ${String(of.length).padStart(5)}  ${col((w) => w.html)}  ${col((w) => w.css)}  ${col((w) => w.js)}  ${col((w) => w.lazyJs)}`,
	);
}

console.log('\nPages per second (whole build, pages and every later step)');
for (const [name, content] of [
	['kymenlaakso', 'content'],
	['kouvola-2023', 'tests/fixtures/kouvola-2023'],
	['synthetic', 'tests/fixtures/synthetic'],
] as const) {
	const out = `.build/bench/${name}`;
	const r = name === 'kymenlaakso' ? main : timedBuild(content, out);
	const pages = distFiles('.html', name === 'kymenlaakso' ? 'dist' : out).length;
	console.log(
		`  ${name.padEnd(14)} ${String(pages).padStart(5)} pages in ${r.seconds.toFixed(1).padStart(5)} s = ${(pages / r.seconds).toFixed(1)} pages/s`,
	);
}

// Output size as the number of actors grows: a plan with n copies of the synthetic plan's actors.
console.log('\nOutput size by number of actors (synthetic plan, search and PDFs off)');
const sizes: { actors: number; bytes: number }[] = [];
for (const copies of [1, 4, 8]) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-actors-'));
	const content = join(dir, 'plan');
	cpSync('tests/fixtures/synthetic', content, { recursive: true });
	rmSync(join(content, 'published-urls.txt'), { force: true });
	const actorsYaml = readFileSync(join(content, 'actors.yaml'), 'utf8');
	const files = readdirSync(join(content, 'measures'));
	let actors = actorsYaml;
	for (let c = 2; c <= copies; c++) {
		actors += actorsYaml.replace(/id: "([a-z0-9-]+)"/g, `id: "$1-${c}"`);
		for (const f of files)
			writeFileSync(
				join(content, 'measures', f.replace('.yaml', `-${c}.yaml`)),
				readFileSync(join(content, 'measures', f), 'utf8').replace(
					/actor: "([a-z0-9-]+)"/,
					`actor: "$1-${c}"`,
				),
			);
	}
	writeFileSync(join(content, 'actors.yaml'), actors);
	const out = join(dir, 'site');
	timedBuild(content, out, { PDF: 'off', SEARCH: 'off' });
	sizes.push({ actors: 3 * copies, bytes: bytes(out) });
	rmSync(dir, { recursive: true, force: true });
}
for (const s of sizes)
	console.log(
		`  ${String(s.actors).padStart(3)} actors: ${kb(s.bytes).padStart(8)} KB, ${kb(s.bytes / s.actors).padStart(6)} KB per actor`,
	);
const [a, b] = [sizes[1], sizes[2]];
if (a && b) {
	const growth =
		(b.bytes - a.bytes) /
		(b.actors - a.actors) /
		((a.bytes - (sizes[0]?.bytes ?? 0)) / (a.actors - (sizes[0]?.actors ?? 0)));
	console.log(
		`  growth per added actor, 12→24 against 3→12: ×${growth.toFixed(2)} (1.0 is linear)`,
	);
	if (growth > 1.5) {
		console.error('Output grows faster than linearly with the number of actors.');
		process.exit(1);
	}
}

console.log('\nSearch, measured in Chromium at 1280×800 (gzip as a static host serves it)');
const costs = await measureSearch('dist', [
	{ lang: 'fi', contentPage: '/fi/', searchPage: '/fi/haku/', queries: ['perhekeskus', 'Ohjaamo'] },
	{
		lang: 'sv',
		contentPage: '/sv/',
		searchPage: '/sv/sok/',
		queries: ['familjecenter', 'Navigatorn'],
	},
]);
const searchProblems: string[] = [];
for (const c of costs) {
	const cold = {
		requests: c.load.requests + c.firstQuery.requests,
		bytes: c.load.bytes + c.firstQuery.bytes,
	};
	console.log(
		`  ${c.lang}: before use ${c.beforeUse.requests} search requests; loading search (on focus) ${c.load.requests} requests ${kb(c.load.bytes)} KB; cold first query ${c.firstQuery.requests} requests ${kb(c.firstQuery.bytes)} KB (${c.firstResults} results shown); second query ${c.secondQuery.requests} requests ${kb(c.secondQuery.bytes)} KB`,
	);
	console.log(
		`      loading and first query together: ${cold.requests} requests, ${kb(cold.bytes)} KB. Budget: first query ≤ ${FIRST_QUERY_BUDGET.requests} requests, ≤ ${kb(FIRST_QUERY_BUDGET.bytes)} KB; with loading ≤ ${kb(FIRST_QUERY_BUDGET.bytes)} KB`,
	);
	if (c.beforeUse.requests > 0)
		searchProblems.push(
			`${c.lang}: pages fetched ${c.beforeUse.urls.join(', ')} before search was used`,
		);
	if (
		c.firstQuery.requests > FIRST_QUERY_BUDGET.requests ||
		c.firstQuery.bytes > FIRST_QUERY_BUDGET.bytes ||
		cold.bytes > FIRST_QUERY_BUDGET.bytes
	)
		searchProblems.push(
			`${c.lang}: the first query fetched ${c.firstQuery.requests} requests, ${kb(c.firstQuery.bytes)} KB (${kb(cold.bytes)} KB with loading): ${[...c.load.urls, ...c.firstQuery.urls].join(', ')}`,
		);
}
if (searchProblems.length > 0) {
	console.error(`\nSearch budget exceeded:\n  ${searchProblems.join('\n  ')}`);
	process.exit(1);
}

console.log('');
checkBudgets(ws);
