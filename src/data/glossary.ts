import { getCollection } from 'astro:content';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** Glossary terms, alphabetical by their Finnish form. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	return (await getCollection('glossary'))
		.map((e) => e.data)
		.sort((a, b) => a.term.fi.localeCompare(b.term.fi, 'fi'));
}
