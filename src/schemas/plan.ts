import { z } from 'astro/zod';
import { localizedSchema, seedRefSchema } from './localized.ts';

/** content/plan.yaml: the plan's own metadata. */
export const planSchema = z.strictObject({
	/** The plan's full title. */
	title: localizedSchema,
	/** The motto on the cover ("Voidaan hyvin huomennakin!"). */
	motto: localizedSchema,
	/** The edition this site publishes, e.g. "2020–2025". */
	edition: z.string().regex(/^\d{4}–\d{4}$/, 'expected "YYYY–YYYY" with an en dash'),
	/** The years the plan is in force, and how the validity was extended. */
	validity: z.strictObject({
		from: z.number().int(),
		to: z.number().int(),
		/** The year the plan originally ended, before the extension. */
		originalTo: z.number().int(),
		/** The source's sentence about the extension. */
		note: localizedSchema,
	}),
	/** What the plan is, in the source's words (§ 8 of the minutes). */
	summary: z.array(localizedSchema).min(1),
	/** The steps by which the plan (and its extension) was approved, in order. */
	approvals: z
		.array(
			z.strictObject({
				/** Who decided. */
				body: localizedSchema,
				/** The date as ISO yyyy-mm-dd, if the source gives it. */
				date: z.iso.date().optional(),
				/** The minutes' paragraph, e.g. "§ 71". */
				section: z.string().optional(),
				/** What was decided, in the source's words. */
				text: localizedSchema,
				source: seedRefSchema,
			}),
		)
		.min(1),
	/** The coordinator named in seed 002. */
	contact: z.strictObject({
		name: z.string().min(1),
		role: localizedSchema,
		unit: localizedSchema,
		email: z.email(),
		phone: z.string().min(1),
		source: seedRefSchema,
	}),
	/** The plan's published home page (seed 002). */
	homepage: z.url(),
});

export type Plan = z.infer<typeof planSchema>;
