import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';
import { segments } from '../../src/i18n/segments.ts';

/** A page's type, from its URL (the URL contract), for per-type weight figures. */
export function pageType(url: string): string {
	const [lang, section, a, b] = url.split('/').filter(Boolean);
	if (!lang || !['fi', 'sv'].includes(lang)) return url === '/' ? 'language chooser' : 'not found';
	if (!section) return 'home';
	const s = segments[lang as 'fi' | 'sv'];
	const is = (k: keyof typeof s) => section === s[k];
	if (is('strategy')) return a ? 'chapter' : 'strategy index';
	if (is('goals')) return !a ? 'goals overview' : /^\d$/.test(a) ? 'main goal' : 'sub-goal';
	if (is('actors')) return !a ? 'actors list' : b ? 'measure' : 'actor';
	if (is('indicators')) return a ? 'indicator' : 'indicator index';
	if (is('calendar')) return 'calendar';
	if (is('search')) return 'search';
	if (is('accessibility')) return 'accessibility';
	if (is('glossary')) return 'glossary';
	if (is('data')) return 'open data';
	return 'other';
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** JS files a module pulls in statically (import … from '…', import('…') is left out: it loads on demand). */
function jsClosure(dist: string, file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !existsSync(join(dist, file))) return seen;
	seen.add(file);
	const code = readFileSync(join(dist, file), 'utf8');
	// Minifiers quote specifiers with ', " or ` alike.
	for (const m of code.matchAll(
		/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g,
	)) {
		const spec = m[1]!;
		if (spec.startsWith('.') || spec.startsWith('/'))
			jsClosure(dist, spec.startsWith('/') ? spec : posix.join(dirname(file), spec), seen);
	}
	return seen;
}

export type PageWeight = {
	url: string;
	type: string;
	html: number;
	css: number;
	js: number;
	lazyJs: number;
};

/**
 * Gzip bytes a first visit to the page downloads: its HTML, its stylesheets, and the JS it loads
 * up front. `lazyJs` is what its scripts may load later (charts when they scroll into view).
 */
export function pageWeight(dist: string, file: string, url: string): PageWeight {
	const html = readFileSync(join(dist, file), 'utf8');
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
		(sum, m) => sum + gz(readFileSync(join(dist, m[1]!))),
		0,
	);
	const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
	const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, m) => sum + (m[1]!.trim() ? gz(m[1]!) : 0),
		0,
	);
	const eager = new Set<string>();
	for (const s of scripts) jsClosure(dist, s, eager);
	const js = [...eager].reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0) + inline;
	const lazy = new Set<string>();
	for (const f of eager) {
		const code = readFileSync(join(dist, f), 'utf8');
		for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g))
			jsClosure(dist, posix.join(dirname(f), m[1]!), lazy);
	}
	for (const f of eager) lazy.delete(f);
	const lazyJs = [...lazy].reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
	return { url, type: pageType(url), html: gz(html), css, js, lazyJs };
}

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}
