import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';
import { actorIds } from './actors.ts';
import { allSubgoalIds, subgoalIdSchema } from './goals.ts';

export { allSubgoalIds };

import { measureFields, type Cell } from '../lib/measures.ts';

/** A cell that only points to another row ("Ks. edellinen kohta"): the source text is kept, never the target's text. */
const pointerSchema = z.strictObject({
	/** The sub-goal row, of the same actor, the cell points to. */
	see: subgoalIdSchema,
	/** The source's pointer text. */
	fi: z.string().min(1),
	sv: z.string().min(1).optional(),
});

/** A cell that holds only a dash in the source. */
const dashSchema = z.strictObject({ dash: z.literal(true) });

/** A lead text followed by list items. */
const leadListSchema = localizedSchema.extend({ items: z.array(localizedSchema).min(1) });

const listSchema = z.array(localizedSchema).min(1);

/** Picks the shape an editor meant by its keys, so an error speaks of that shape's fields. */
function shapeOf(v: unknown) {
	if (Array.isArray(v)) return listSchema;
	if (v && typeof v === 'object') {
		if ('see' in v) return pointerSchema;
		if ('dash' in v) return dashSchema;
		if ('items' in v) return leadListSchema;
	}
	return localizedSchema;
}

/**
 * A cell in any of the shapes an editor may write; normalized so pages handle one shape:
 * text with optional items, a pointer, or a dash. A blank cell is simply absent.
 */
export const cellSchema = z.unknown().transform((v, ctx): Cell => {
	const result = shapeOf(v).safeParse(v);
	if (!result.success) {
		for (const issue of result.error.issues)
			ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
		return z.NEVER;
	}
	const d = result.data as any;
	if (Array.isArray(d)) return { kind: 'text', items: d };
	if ('see' in d)
		return { kind: 'see', see: d.see, text: { fi: d.fi, ...(d.sv ? { sv: d.sv } : {}) } };
	if ('dash' in d) return { kind: 'dash' };
	if ('items' in d)
		return { kind: 'text', text: { fi: d.fi, ...(d.sv ? { sv: d.sv } : {}) }, items: d.items };
	return { kind: 'text', text: d, items: [] };
});

const rowFields = z.strictObject({
	/** Which sub-goal this row answers, "<goal>-<n>". */
	goal: subgoalIdSchema,
	/** toimenpide: what is done and how. */
	measure: cellSchema.optional(),
	/** mittari / toteutuminen: how success is measured. */
	metric: cellSchema.optional(),
	/** aikataulu: when. */
	schedule: cellSchema.optional(),
	/** toimija(t) / toteuttaja(t): who. */
	implementers: cellSchema.optional(),
	/** seuranta / arviointi / ohjaus: follow-up, resources, other remarks. */
	follow_up: cellSchema.optional(),
});
const rowSchema = rowFields.transform(({ goal, ...cells }) => ({ subgoal: goal, ...cells }));

/** content/measures/<actor>.yaml: one actor's 16 rows, in sub-goal order. */
export const measuresFileSchema = z
	.strictObject({
		/** The actor these rows belong to; must match the file name. */
		actor: z.enum(actorIds),
		rows: z.array(rowSchema),
	})
	.superRefine((file, ctx) => {
		const ids = file.rows.map((r) => r.subgoal);
		allSubgoalIds.forEach((id, i) => {
			if (ids[i] !== id)
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'goal'],
					message: `expected row "${id}" here (rows 1-1…1-7, 2-1…2-6, 3-1…3-3 in order), received ${ids[i] === undefined ? 'nothing' : `"${ids[i]}"`}`,
				});
		});
		if (ids.length > allSubgoalIds.length)
			ctx.addIssue({
				code: 'custom',
				path: ['rows'],
				message: `expected 16 rows, received ${ids.length}`,
			});
		file.rows.forEach((row, i) => {
			for (const f of measureFields) {
				const cell = row[f];
				if (cell?.kind === 'see' && cell.see === row.subgoal)
					ctx.addIssue({
						code: 'custom',
						path: ['rows', i, f, 'see'],
						message: 'a row cannot point to itself',
					});
			}
		});
	});

export type MeasuresFile = z.infer<typeof measuresFileSchema>;
export type MeasureRow = MeasuresFile['rows'][number];
