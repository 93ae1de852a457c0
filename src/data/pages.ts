import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';

/** A site page (content/pages/<lang>/<id>.mdx) in one language; every site page exists in both. */
export async function getSitePage(lang: Lang, id: string): Promise<CollectionEntry<'pages'>> {
	const entry = (await getCollection('pages')).find((p) => p.id === `${lang}/${id}`);
	if (!entry)
		throw new Error(
			`content/pages/${lang}/${id}.mdx: expected this page in both languages, found none`,
		);
	return entry;
}
