import { z } from 'astro/zod';

/**
 * A text in both site languages. Finnish is the plan's own language and always present;
 * Swedish is optional until translated, and the site then shows the Finnish with lang="fi"
 * and a notice (WCAG 3.1.2).
 */
export const localizedSchema = z.strictObject({
	/** The Finnish text, exactly as in the source seed. */
	fi: z.string().trim().min(1, 'expected a non-empty Finnish text'),
	/** The Swedish translation, if there is one yet. */
	sv: z.string().trim().min(1, 'expected a non-empty Swedish text, or leave sv out').optional(),
});

export type Localized = z.infer<typeof localizedSchema>;

/** Where a piece of content came from: a seed file and its line range. */
export const seedRefSchema = z.strictObject({
	/** The seed file's number: "000" … "004". */
	seed: z.enum(['000', '001', '002', '003', '004']),
	/** Line range in that seed, e.g. "823–893". */
	lines: z.string().regex(/^\d+(?:[–-]\d+)?$/, 'expected a line number or range such as "823–893"'),
});
