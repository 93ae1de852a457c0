import { getContent } from './content.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

export type { GlossaryEntry };

/** Glossary terms, alphabetical by their source-language form. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const { glossary, plan } = await getContent();
	const source = plan.languages[0] ?? 'fi';
	const key = (e: GlossaryEntry) => e.term[source] ?? '';
	return [...glossary].sort((a, b) => key(a).localeCompare(key(b), source));
}
