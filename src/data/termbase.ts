import type { KeptName } from '../lib/names.ts';
import { getContent } from './content.ts';

/** Proper names written the same in every language (content/i18n/termbase.yaml): they need no lang mark. */
export async function getSameInBoth(): Promise<ReadonlySet<string>> {
	return new Set((await getContent()).termbase?.same_in_both ?? []);
}

/**
 * Names that keep their source-language form in translations (the termbase's keep_finnish, with
 * their forms): pages in another language mark them with that language (lib/names).
 */
export async function getKeptNames(): Promise<readonly KeptName[]> {
	const { termbase, plan } = await getContent();
	const [source = 'fi'] = plan.languages;
	return (termbase?.terms ?? [])
		.filter((t) => t.keep_finnish)
		.flatMap((t) => [t.fi, ...(t.forms_fi ?? [])].map((name) => ({ name, lang: source })));
}
