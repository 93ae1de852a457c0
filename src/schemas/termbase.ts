import { z } from 'astro/zod';

/**
 * content/i18n/termbase.yaml: how the plan's recurring terms and official names are translated,
 * each with its source, and the proper names that are written the same in every language (these
 * need no lang mark on a page in another language).
 */
export const termbaseFileSchema = z.looseObject({
	terms: z
		.array(
			z.looseObject({
				fi: z.string().min(1),
				sv: z.string().min(1).nullable().optional(),
				kind: z.string().optional(),
				source: z.string().min(1),
				url: z.string().optional(),
				keep_finnish: z.boolean().optional(),
				describe_sv: z.string().optional(),
				forms_fi: z.array(z.string()).optional(),
				/** Other correct Swedish renderings, where the source itself is short ("MLL", "EET-gruppen"). */
				sv_also: z.array(z.string().min(1)).optional(),
			}),
		)
		.default([]),
	same_in_both: z.array(z.string().min(1)).default([]),
});

export type Termbase = z.output<typeof termbaseFileSchema>;
