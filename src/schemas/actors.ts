import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';

/** The 11 actor ids of DESIGN.md, in the plan's order. URLs are built from these: never rename one. */
export const actorIds = [
	'hyvinvointialue',
	'hamina',
	'kotka',
	'kouvola',
	'miehikkala-virolahti',
	'pyhtaa',
	'seurakunnat',
	'jarjesto-2-0',
	'ensi-ja-turvakoti',
	'mll',
	'poliisi',
] as const;
export type ActorId = (typeof actorIds)[number];

export const actorKinds = ['county', 'municipality', 'ngo', 'parish', 'police'] as const;

/** One entry of content/actors.yaml. */
export const actorSchema = z.strictObject({
	/** Stable id, used in URLs and open data. */
	id: z.enum(actorIds),
	/** The actor's name as the 2020–2025 edition writes it. */
	name: localizedSchema,
	/** A short name for lists and breadcrumbs. */
	short: localizedSchema,
	/** What sort of actor this is. */
	kind: z.enum(actorKinds),
	/** Earlier names, with the year the name ended ("Kymsote" until 2022). */
	formerNames: z
		.array(z.strictObject({ name: z.string().min(1), until: z.number().int() }))
		.default([]),
});

export const actorsFileSchema = z.array(actorSchema).superRefine((actors, ctx) => {
	const seen = new Set<string>();
	actors.forEach((a, i) => {
		if (seen.has(a.id))
			ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate actor id "${a.id}"` });
		seen.add(a.id);
	});
});

export type Actor = z.infer<typeof actorSchema>;
