import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** The chapter's slug: its file name, the same in every language. */
export function chapterSlug(entry: Chapter): string {
	return entry.id.split('/').pop()!;
}

/**
 * The strategy chapters as shown in one language, in the source's order. Swedish falls back to the
 * Finnish file until a Swedish one exists; `translated` says which the reader gets.
 */
export async function getChapters(
	lang: Lang,
): Promise<{ slug: string; entry: Chapter; translated: boolean }[]> {
	const all = await getCollection('chapters');
	const fi = all
		.filter((c) => c.id.startsWith('fi/'))
		.sort((a, b) => a.data.chapter - b.data.chapter);
	return fi.map((fiEntry) => {
		const slug = chapterSlug(fiEntry);
		const own = lang === 'fi' ? fiEntry : all.find((c) => c.id === `${lang}/${slug}`);
		return { slug, entry: own ?? fiEntry, translated: own !== undefined };
	});
}

/** A chapter's title as a localized text, so Swedish pages mark a Finnish fallback title like any other text. */
export function chapterTitle(c: { entry: Chapter; translated: boolean }): {
	fi: string;
	sv?: string;
} {
	const title = c.entry.data.title;
	return c.translated && c.entry.id.startsWith('sv/') ? { fi: title, sv: title } : { fi: title };
}
