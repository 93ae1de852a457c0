import { getContent } from './content.ts';

/** Proper names written the same in every language (content/i18n/termbase.yaml): they need no lang mark. */
export async function getSameInBoth(): Promise<ReadonlySet<string>> {
	return new Set((await getContent()).termbase?.same_in_both ?? []);
}
