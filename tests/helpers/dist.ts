import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distFiles, urlOf } from '../../scripts/lib/dist-files.ts';

export { urlOf };

/** One built site, read for tests: its files, parsed pages (cached), and URL → file resolution. */
export function site(root: string) {
	const files = distFiles(undefined, root);
	const known = new Set(files);
	const cache = new Map<string, HTMLElement>();
	const html = (file: string) => readFileSync(join(root, file), 'utf8');
	const page = (file: string): HTMLElement => {
		let doc = cache.get(file);
		if (!doc) {
			// Soft hyphens (long words on phones) are invisible to readers; tests read the text without them.
			doc = parse(html(file).replace(/\u00ad/g, ''), { comment: false });
			cache.set(file, doc);
		}
		return doc;
	};
	/** The file that serves a site URL, or undefined. */
	const fileFor = (url: string): string | undefined => {
		const path = decodeURI(url.split('#')[0]?.split('?')[0] ?? '');
		if (path.endsWith('/')) return known.has(`${path}index.html`) ? `${path}index.html` : undefined;
		if (known.has(path)) return path;
		if (known.has(`${path}/index.html`)) return `${path}/index.html`;
		return undefined;
	};
	/** The page at a URL, parsed; throws if the site has none (a test that needs it then fails clearly). */
	const at = (url: string): HTMLElement => {
		const file = fileFor(url);
		if (!file) throw new Error(`site ${root}: received ${url}, expected a built page there`);
		return page(file);
	};
	const pages = files.filter((f) => f.endsWith('.html'));
	return {
		root,
		files,
		known,
		html,
		page,
		fileFor,
		at,
		pages,
		text: (file: string) => readFileSync(join(root, file), 'utf8'),
	};
}

export type Site = ReturnType<typeof site>;

/** A value the test needs, or a clear failure (instead of `!`). */
export function must<T>(value: T | null | undefined, what: string): T {
	if (value === null || value === undefined)
		throw new Error(`expected ${what}, received ${String(value)}`);
	return value;
}

/** Text as a reader sees it: white space collapsed. */
export const squash = (s: string) =>
	s
		.replace(/\u00ad/g, '')
		.replace(/\s+/g, ' ')
		.trim();
