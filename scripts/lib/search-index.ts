/**
 * The build's search step: one Pagefind index per page language, written into the release as
 * /pagefind/. Only pages whose <main> carries data-pagefind-body are indexed (the layout sets it
 * on content pages; the search page, site index, print documents and redirects have none).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { distFiles, urlOf } from './dist-files.ts';
import { SEARCH_BUNDLE_PATH } from '../../src/config/search.ts';

/** The bundle's folder in the release, from the URL the search page loads it from. */
export const SEARCH_BUNDLE = SEARCH_BUNDLE_PATH.replace(/^\/|\/$/g, '');

/**
 * Parts of Pagefind's output the site never loads: the legacy Default and Modular UIs (the search
 * page uses the Component UI, styled by the site's own stylesheet), the highlighter, and the
 * index for pages without a language.
 */
const UNUSED = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
	'pagefind-component-ui.css',
	'wasm.unknown.pagefind',
];

/**
 * The HTML Pagefind should read for a page, or undefined for a page that is not searched. Soft
 * hyphens and <wbr> (lib/hyphenate) are taken out, so "perhe­keskus" is indexed as one word.
 */
export function indexableHtml(html: string): string | undefined {
	if (!/<main\b[^>]*\sdata-pagefind-body/.test(html)) return undefined;
	return html.replace(/\u00ad/g, '').replace(/<wbr>/g, '');
}

export type IndexSummary = { pages: number; languages: Record<string, number> };

function failOn(what: string, errors: readonly string[]): void {
	if (errors.length > 0)
		throw new Error(
			`Pagefind ${what} reported ${errors.length} error(s):\n  ${errors.join('\n  ')}`,
		);
}

/** Indexes the built site in `root` and writes `root`/pagefind/. */
export async function buildSearchIndex(
	root: string,
	progress: (done: number, total: number) => void = () => {},
): Promise<IndexSummary> {
	const files = distFiles('.html', root);
	const created = await pagefind.createIndex({});
	failOn('createIndex', created.errors);
	const { index } = created;
	if (!index) throw new Error('Pagefind createIndex returned no index and no error');
	try {
		const languages: Record<string, number> = {};
		let pages = 0;
		for (const [i, file] of files.entries()) {
			const html = await readFile(join(root, file), 'utf8');
			const content = indexableHtml(html);
			if (content !== undefined) {
				const added = await index.addHTMLFile({ url: urlOf(file), content });
				failOn(`addHTMLFile(${file})`, added.errors);
				const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
				languages[lang] = (languages[lang] ?? 0) + 1;
				pages++;
			}
			if ((i + 1) % 100 === 0 || i + 1 === files.length) progress(i + 1, files.length);
		}
		if (pages === 0) throw new Error('no page has data-pagefind-body: nothing to search');
		if (languages.unknown)
			throw new Error(
				`${languages.unknown} page(s) have no <html lang>: their search would not work`,
			);
		const written = await index.writeFiles({ outputPath: join(root, SEARCH_BUNDLE) });
		failOn('writeFiles', written.errors);
		for (const name of UNUSED) await rm(join(root, SEARCH_BUNDLE, name), { force: true });
		return { pages, languages };
	} finally {
		await pagefind.close();
	}
}
