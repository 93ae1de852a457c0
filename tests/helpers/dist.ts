import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, urlOf } from '../../scripts/lib/dist-files.ts';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

export { distFiles, urlOf };

const cache = new Map<string, HTMLElement>();
export function page(file: string): HTMLElement {
	let doc = cache.get(file);
	if (!doc) {
		doc = parse(readFileSync(join(DIST, file), 'utf8'), { comment: false });
		cache.set(file, doc);
	}
	return doc;
}

export function html(file: string): string {
	return readFileSync(join(DIST, file), 'utf8');
}

/** Resolves a site URL to the file that serves it, or undefined. */
export function fileFor(url: string, known: Set<string>): string | undefined {
	const path = decodeURI(url.split('#')[0]!.split('?')[0]!);
	if (path.endsWith('/')) return known.has(`${path}index.html`) ? `${path}index.html` : undefined;
	if (known.has(path)) return path;
	if (known.has(`${path}/index.html`)) return `${path}/index.html`;
	return undefined;
}
