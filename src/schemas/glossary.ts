import { z } from 'astro/zod';
import { localizedSchema, seedRefSchema } from './localized.ts';

/** One entry of content/glossary.yaml: a term the plan uses and a seed defines. */
export const glossaryEntrySchema = z.strictObject({
	/** Anchor id on the glossary page. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug'),
	/** The term itself. */
	term: localizedSchema,
	/** Inflected Finnish forms that count as a use of the term when linking its first use. */
	aliases_fi: z.array(z.string().min(1)).default([]),
	/** Swedish forms, once translated. */
	aliases_sv: z.array(z.string().min(1)).default([]),
	/** The seed's own definition. */
	definition: localizedSchema,
	/** Where the definition is. */
	source: seedRefSchema,
});

export const glossaryFileSchema = z.array(glossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
