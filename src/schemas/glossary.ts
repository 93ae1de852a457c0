import { z } from 'astro/zod';
import { localizedSchema, slugSchema, uniqueBy, formsInPlanLanguages } from './localized.ts';
import type { Plan } from './plan.ts';

/** content/glossary.yaml: terms the plan uses, each defined in the words of a source document. */
export function glossaryFileSchema(plan: Plan) {
	const text = localizedSchema(plan.languages);
	const entry = z.strictObject({
		/** Anchor on the glossary page. */
		id: slugSchema,
		term: text,
		/** Inflected forms per language that count as a use of the term (links, search). */
		forms: z.record(z.string(), z.array(z.string().min(1))).default({}),
		definition: text,
		/** The document the definition is from, by its real title, with its date if it has one. */
		source: z.strictObject({ title: text, date: z.iso.date().optional() }),
	});
	return z
		.array(entry)
		.superRefine(uniqueBy<{ id: string }>('glossary id', (g) => g.id, 'id'))
		.superRefine(formsInPlanLanguages(plan.languages));
}

export type GlossaryEntry = z.output<ReturnType<typeof glossaryFileSchema>>[number];
