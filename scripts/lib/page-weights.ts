import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';

/** A page's kind, as the layout writes it on <body data-page-kind>: the same for every plan and language. */
export function pageKind(html: string): string {
	return /<body[^>]*\sdata-page-kind="([^"]+)"/.exec(html)?.[1] ?? 'other';
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const read = (dist: string, file: string) => readFileSync(join(dist, file));

/** JS files a module pulls in statically (`import … from`); `import()` is left out: it loads on demand. */
function jsClosure(dist: string, file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !existsSync(join(dist, file))) return seen;
	seen.add(file);
	const code = read(dist, file).toString('utf8');
	// Minifiers quote specifiers with ', " or ` alike.
	for (const m of code.matchAll(
		/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g,
	)) {
		const spec = m[1] ?? '';
		if (spec.startsWith('.') || spec.startsWith('/'))
			jsClosure(dist, spec.startsWith('/') ? spec : posix.join(dirname(file), spec), seen);
	}
	return seen;
}

export type PageWeight = {
	url: string;
	kind: string;
	html: number;
	css: number;
	js: number;
	lazyJs: number;
};

/**
 * Gzip bytes a first visit to a page downloads: its HTML, its stylesheets and the JS it loads up
 * front. `lazyJs` is what its scripts may load later (charts when they scroll into view).
 */
export function pageWeight(dist: string, file: string, url: string): PageWeight {
	const html = read(dist, file).toString('utf8');
	const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
		(m) => m[1] ?? '',
	);
	const css = hrefs.reduce((sum, h) => sum + gz(read(dist, h)), 0);
	const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
	const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, m) => sum + ((m[1] ?? '').trim() ? gz(m[1] ?? '') : 0),
		0,
	);
	const eager = new Set<string>();
	for (const src of scripts) jsClosure(dist, src, eager);
	const js = [...eager].reduce((sum, f) => sum + gz(read(dist, f)), 0) + inline;
	const lazy = new Set<string>();
	for (const f of eager)
		for (const m of read(dist, f)
			.toString('utf8')
			.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g))
			jsClosure(dist, posix.join(dirname(f), m[1] ?? ''), lazy);
	for (const f of eager) lazy.delete(f);
	const lazyJs = [...lazy].reduce((sum, f) => sum + gz(read(dist, f)), 0);
	return { url, kind: pageKind(html), html: gz(html), css, js, lazyJs };
}

export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
}

/** The JS budgets (gzip bytes): content pages none; the copy-link button; charts; search is measured by the search bench. */
export const BUDGETS = { contentJs: 0, copyLinkJs: 1024, chartJs: 55 * 1024 };
const SCRIPTED = new Set(['measure', 'indicator', 'search']);

/** Every page over its JS budget, as messages. */
export function budgetProblems(weights: readonly PageWeight[]): string[] {
	const kb = (n: number) => (n / 1024).toFixed(1);
	const out: string[] = [];
	for (const w of weights) {
		const total = w.js + w.lazyJs;
		if (w.kind === 'measure' && total > BUDGETS.copyLinkJs)
			out.push(`${w.url}: ${total} bytes of JS on a measure page (budget ${BUDGETS.copyLinkJs})`);
		if (w.kind === 'indicator' && total > BUDGETS.chartJs)
			out.push(`${w.url}: chart JS ${kb(total)} KB gzip (budget ${kb(BUDGETS.chartJs)} KB)`);
		if (!SCRIPTED.has(w.kind) && total > BUDGETS.contentJs)
			out.push(`${w.url}: ${total} bytes of JS on a content page (budget 0)`);
	}
	return out;
}
