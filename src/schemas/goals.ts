import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';
import type { Plan } from './plan.ts';

/**
 * content/goals.yaml: the main goals in order, each with its sub-goals when the plan has that
 * level. A main goal without sub-goals is itself a "lowest-level goal" that measure rows answer.
 */
export function goalsFileSchema(plan: Plan) {
	const text = localizedSchema(plan.languages);
	const subgoal = z.strictObject({
		/** "<goal>-<n>", e.g. "1-4": the sub-goal's URL and its measure rows' key. */
		id: z
			.string()
			.regex(/^[1-9]\d*-[1-9]\d*$/, 'expected a sub-goal id "<goal>-<n>" such as "1-4"'),
		title: text,
		/** The sentence(s) of the strategy part that state this sub-goal, if one clearly does. */
		description: text.optional(),
		/** The source's sentence on how easy the change is and how high its impact. */
		easeImpact: text.optional(),
		/** Ids of the indicators that follow this sub-goal, in the source's order. */
		indicators: z.array(z.number().int().positive()).default([]),
		/** True where the source's layout leaves the card-to-sub-goal assignment uncertain; the page says so. */
		indicatorsUncertain: z.boolean().default(false),
	});
	const goal = z.strictObject({
		/** The main goal's number, 1, 2, 3 …: its URL, shown with plan.yaml's numbering. */
		goal: z.number().int().positive(),
		title: text,
		/** The paragraphs that describe the goal. */
		description: z.array(text).default([]),
		/** Shares of preventive / early-support / intensive services, in per cent, when the plan gives them. */
		serviceMix: z
			.strictObject({
				preventive: z.number().min(0).max(100),
				earlySupport: z.number().min(0).max(100),
				intensive: z.number().min(0).max(100),
			})
			.refine(
				(m) => m.preventive + m.earlySupport + m.intensive === 100,
				'expected shares that add up to 100',
			)
			.optional(),
		/** Indicators of a main goal without sub-goals. */
		indicators: z.array(z.number().int().positive()).default([]),
		subgoals: z.array(subgoal).default([]),
	});
	return z
		.array(goal)
		.min(1, 'expected at least one main goal')
		.superRefine((goals, ctx) => {
			const seen = new Set<number>();
			goals.forEach((g, i) => {
				if (seen.has(g.goal))
					ctx.addIssue({
						code: 'custom',
						path: [i, 'goal'],
						message: `duplicate main goal ${g.goal}`,
					});
				seen.add(g.goal);
				const previous = goals[i - 1];
				if (previous && g.goal <= previous.goal)
					ctx.addIssue({
						code: 'custom',
						path: [i, 'goal'],
						message: `expected the main goals in ascending order, received ${g.goal} after ${previous.goal}`,
					});
				if (g.subgoals.length > 0 && !plan.goalLevels.subgoal)
					ctx.addIssue({
						code: 'custom',
						path: [i, 'subgoals'],
						message:
							'plan.yaml declares no sub-goal level (goalLevels.subgoal), so goals cannot have sub-goals',
					});
				g.subgoals.forEach((s, j) => {
					const want = `${g.goal}-${j + 1}`;
					if (s.id !== want)
						ctx.addIssue({
							code: 'custom',
							path: [i, 'subgoals', j, 'id'],
							message: `expected "${want}" (sub-goals are numbered from 1 in order), received "${s.id}"`,
						});
				});
				if (g.subgoals.length > 0 && g.indicators.length > 0)
					ctx.addIssue({
						code: 'custom',
						path: [i, 'indicators'],
						message: 'a main goal with sub-goals lists its indicators under its sub-goals',
					});
			});
		});
}

export type Goal = z.output<ReturnType<typeof goalsFileSchema>>[number];
export type Subgoal = Goal['subgoals'][number];
