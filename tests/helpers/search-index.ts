import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as Pagefind stored it: what search can match and show for it. */
export type IndexedPage = {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: { id: string; title?: string }[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the pages of one language's search index back from the built bundle. Pagefind's
 * fragments are gzip JSON behind a short signature; this is the text search matches and shows,
 * so a test reads the index itself, not the HTML it was made from.
 */
export function indexedPages(dist: string, lang: string): IndexedPage[] {
	const dir = join(dist, 'pagefind', 'fragment');
	if (!existsSync(dir))
		throw new Error(`indexedPages: received no ${dir}, expected a search index`);
	return readdirSync(dir)
		.filter((f) => f.startsWith(`${lang}_`))
		.map((f) => {
			const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
			const json: unknown = JSON.parse(raw.slice(raw.indexOf('{')));
			if (!isRecord(json) || typeof json.url !== 'string' || typeof json.content !== 'string')
				throw new Error(
					`indexedPages: received ${f} without url and content, expected a Pagefind fragment`,
				);
			const strings = (v: unknown): Record<string, string> =>
				isRecord(v)
					? Object.fromEntries(
							Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
						)
					: {};
			const lists = (v: unknown): Record<string, string[]> =>
				isRecord(v)
					? Object.fromEntries(
							Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? x.map(String) : []]),
						)
					: {};
			const anchors = Array.isArray(json.anchors)
				? json.anchors.filter(isRecord).map((a) => ({
						id: String(a.id ?? ''),
						...(typeof a.title === 'string' ? { title: a.title } : {}),
					}))
				: [];
			return {
				url: json.url,
				content: json.content,
				meta: strings(json.meta),
				filters: lists(json.filters),
				anchors,
			};
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** Pagefind's manifest: the languages it indexed and how many pages each has. */
export function indexLanguages(dist: string): Record<string, number> {
	const entry: unknown = JSON.parse(
		readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'),
	);
	if (!isRecord(entry) || !isRecord(entry.languages))
		throw new Error('indexLanguages: received a pagefind-entry.json without languages');
	return Object.fromEntries(
		Object.entries(entry.languages).map(([l, v]) => [l, isRecord(v) ? Number(v.page_count) : 0]),
	);
}
