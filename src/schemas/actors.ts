import { z } from 'astro/zod';
import { localizedSchema, slugSchema, uniqueBy, formsInPlanLanguages } from './localized.ts';
import type { Plan } from './plan.ts';

/** content/actors.yaml: the actors whose measures the plan lists, in the plan's order. */
export function actorsFileSchema(plan: Plan) {
	const text = localizedSchema(plan.languages);
	const kinds = plan.actorKinds.map((k) => k.id);
	const actor = z.strictObject({
		/** Stable id: part of every measure's URL and of the open data. Never rename one without a redirect. */
		id: slugSchema,
		/** The actor's name as the plan writes it. */
		name: text,
		/** A short name for lists, breadcrumbs and table rows. */
		short: text,
		/** One of plan.yaml's actorKinds. */
		kind: z.string().refine((k) => kinds.includes(k), {
			error: (issue) =>
				`expected one of the actor kinds of plan.yaml (${kinds.join(', ')}), received ${JSON.stringify(issue.input)}`,
		}),
		/** Earlier names, with the last year each was used ("Kymsote" until 2022). */
		formerNames: z
			.array(z.strictObject({ name: z.string().min(1), until: z.number().int() }))
			.default([]),
		/**
		 * Inflected forms of the actor's names per language ("Kotkan", "Kotkassa"): a page that uses
		 * one is found by a search for any of them, which the search's stemmer alone does not do.
		 */
		forms: z.record(z.string(), z.array(z.string().min(1))).default({}),
	});
	return z
		.array(actor)
		.min(1, 'expected at least one actor')
		.superRefine(uniqueBy<{ id: string }>('actor id', (a) => a.id, 'id'))
		.superRefine(formsInPlanLanguages(plan.languages));
}

export type Actor = z.output<ReturnType<typeof actorsFileSchema>>[number];
