import { getCollection, type CollectionEntry } from 'astro:content';
import { getLanguages } from './plan.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type Chapter = { slug: string; entry: ChapterEntry; lang: string; translated: boolean };

/** The chapter's slug: its file name, the same in every language. */
export function slugOf(entry: { id: string }): string {
	return entry.id.split('/').pop() ?? entry.id;
}

/**
 * The strategy chapters as shown in one language, in the plan's order. A language without its own
 * file falls back to the source language's; `translated` says which the reader gets.
 */
export async function getChapters(lang: string): Promise<Chapter[]> {
	const { source } = await getLanguages();
	const all = await getCollection('chapters');
	const inSource = all
		.filter((c) => c.id.startsWith(`${source}/`))
		.sort((a, b) => a.data.chapter - b.data.chapter);
	return inSource.map((sourceEntry) => {
		const slug = slugOf(sourceEntry);
		const own = all.find((c) => c.id === `${lang}/${slug}`);
		return own
			? { slug, entry: own, lang, translated: true }
			: { slug, entry: sourceEntry, lang: source, translated: lang === source };
	});
}
