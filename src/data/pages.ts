import { getCollection, type CollectionEntry } from 'astro:content';
import { getLanguages } from './plan.ts';

export type SitePage = { entry: CollectionEntry<'pages'>; lang: string; translated: boolean };

/** A site page (content/pages/<lang>/<id>.mdx) in one language, falling back to the source language. */
export async function getSitePage(lang: string, id: string): Promise<SitePage | undefined> {
	const { source } = await getLanguages();
	const all = await getCollection('pages');
	const own = all.find((p) => p.id === `${lang}/${id}`);
	if (own) return { entry: own, lang, translated: true };
	const fallback = all.find((p) => p.id === `${source}/${id}`);
	return fallback ? { entry: fallback, lang: source, translated: false } : undefined;
}
