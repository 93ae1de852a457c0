import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';

/** The plan's 16 sub-goal ids: I 1–7, II 1–6, III 1–3. */
export const allSubgoalIds = [
	...[1, 2, 3, 4, 5, 6, 7].map((n) => `1-${n}`),
	...[1, 2, 3, 4, 5, 6].map((n) => `2-${n}`),
	...[1, 2, 3].map((n) => `3-${n}`),
] as [string, ...string[]];

export const subgoalIdSchema = z.enum(allSubgoalIds);

/** How many sub-goals each main goal has in the plan (I 1–7, II 1–6, III 1–3). */
export const subgoalCounts: Record<1 | 2 | 3, number> = { 1: 7, 2: 6, 3: 3 };

const subgoalSchema = z.strictObject({
	/** "<goal>-<n>", e.g. "1-4". */
	id: subgoalIdSchema,
	/** The välitavoite as the 2020–2025 measure tables word it. */
	title: localizedSchema,
	/** The sentence(s) of strategy chapter 4 that state this sub-goal, if one clearly does. */
	description: localizedSchema.optional(),
	/** Ease of the change as the source words it ("helppo" | "keskivaikea" | "vaikea"). */
	ease: z.enum(['helppo', 'keskivaikea', 'vaikea']).optional(),
	/** Impact of the change as the source words it ("korkea", "melko korkea", …). */
	impact: z.string().min(1).optional(),
	/** The source's whole ease-and-impact sentence. */
	easeImpact: localizedSchema.optional(),
	/** Ids of the indicators on this sub-goal's cards. */
	indicators: z.array(z.number().int().min(1).max(32)).default([]),
	/** True where the extraction lost the layout and the card-to-sub-goal assignment is read from text order. */
	indicatorsUncertain: z.boolean().default(false),
});

/** Shares of services, in per cent, that a main goal calls for ("n. 70 %"). */
const serviceMixSchema = z
	.strictObject({
		preventive: z.number().min(0).max(100),
		earlySupport: z.number().min(0).max(100),
		intensive: z.number().min(0).max(100),
	})
	.refine(
		(m) => m.preventive + m.earlySupport + m.intensive === 100,
		'expected shares that add up to 100',
	);

/** One main goal of content/goals.yaml. */
export const goalSchema = z.strictObject({
	/** 1–3, shown as I–III. */
	goal: z.union([z.literal(1), z.literal(2), z.literal(3)]),
	/** The main goal's title. */
	title: localizedSchema,
	/** The paragraphs of strategy section 4.x. */
	description: z.array(localizedSchema).min(1),
	/** Preventive / early-support / intensive shares, when known. */
	serviceMix: serviceMixSchema.optional(),
	subgoals: z.array(subgoalSchema).min(1),
});

export const goalsFileSchema = z.array(goalSchema).superRefine((goals, ctx) => {
	goals.forEach((g, i) => {
		if (g.goal !== i + 1)
			ctx.addIssue({
				code: 'custom',
				path: [i, 'goal'],
				message: `expected goal ${i + 1} here, in order`,
			});
		const expected = subgoalCounts[g.goal];
		if (g.subgoals.length !== expected)
			ctx.addIssue({
				code: 'custom',
				path: [i, 'subgoals'],
				message: `expected ${expected} sub-goals for goal ${g.goal}, received ${g.subgoals.length}`,
			});
		g.subgoals.forEach((s, j) => {
			if (s.id !== `${g.goal}-${j + 1}`)
				ctx.addIssue({
					code: 'custom',
					path: [i, 'subgoals', j, 'id'],
					message: `expected "${g.goal}-${j + 1}", received "${s.id}"`,
				});
		});
	});
	if (goals.length !== 3)
		ctx.addIssue({
			code: 'custom',
			path: [],
			message: `expected 3 main goals, received ${goals.length}`,
		});
});

export type Goal = z.infer<typeof goalSchema>;
export type Subgoal = Goal['subgoals'][number];
