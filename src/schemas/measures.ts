import { z } from 'astro/zod';
import { describeValue, isRecord, localizedSchema, slugSchema } from './localized.ts';
import type { Plan } from './plan.ts';
import type { Cell, Row } from '../lib/measures.ts';
import type { LocalizedText } from '../lib/localized.ts';

const LEAF_GOAL = /^[1-9]\d*(?:-[1-9]\d*)?$/;

/**
 * content/measures/<actor>.yaml: one actor's rows, one per lowest-level goal in plan order. A
 * field (plan.yaml measureFields) holds one of:
 *   { fi: "…" }                         a text
 *   [ { fi: "…" }, … ]                  a list of items
 *   { fi: "…", items: [ … ] }           a lead text with items
 *   { see: "1-5", fi: "Ks. …" }         a pointer to another row of the same actor (its text is not copied)
 *   { dash: true }                      the source holds only a dash
 * A field the source left blank is left out.
 */
export function measuresFileSchema(plan: Plan) {
	const text = localizedSchema(plan.languages);
	const langs = new Set(plan.languages);
	const pointer = z.unknown().transform((v, ctx): Cell => {
		if (!isRecord(v)) return z.NEVER;
		const { see, ...rest } = v;
		if (typeof see !== 'string' || !LEAF_GOAL.test(see)) {
			ctx.addIssue({
				code: 'custom',
				path: ['see'],
				message: `expected the goal id of another row, such as "1-5", received ${describeValue(see)}`,
			});
			return z.NEVER;
		}
		const parsed = text.safeParse(rest);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
			return z.NEVER;
		}
		return { kind: 'see', see, text: parsed.data };
	});
	const items = z.array(text).min(1, 'expected at least one item');
	const cell = z.unknown().transform((v, ctx): Cell => {
		const fail = (path: PropertyKey[], message: string) => {
			ctx.addIssue({ code: 'custom', path, message });
			return z.NEVER;
		};
		if (Array.isArray(v)) {
			const r = items.safeParse(v);
			if (!r.success) {
				for (const issue of r.error.issues)
					ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
				return z.NEVER;
			}
			return { kind: 'text', items: r.data };
		}
		if (!isRecord(v))
			return fail(
				[],
				`expected a text, a list, a pointer { see } or { dash: true }, received ${describeValue(v)}`,
			);
		const keys = Object.keys(v);
		if ('dash' in v) {
			if (keys.length !== 1 || v.dash !== true)
				return fail(['dash'], 'expected exactly { dash: true }');
			return { kind: 'dash' };
		}
		if ('see' in v) {
			const r = pointer.safeParse(v);
			if (!r.success) {
				for (const issue of r.error.issues)
					ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
				return z.NEVER;
			}
			return r.data;
		}
		const { items: list, ...lead } = v;
		let parsedItems: LocalizedText[] = [];
		if (list !== undefined) {
			const r = items.safeParse(list);
			if (!r.success) {
				for (const issue of r.error.issues)
					ctx.addIssue({ code: 'custom', path: ['items', ...issue.path], message: issue.message });
				return z.NEVER;
			}
			parsedItems = r.data;
		}
		const leadKeys = keys.filter((k) => k !== 'items');
		if (leadKeys.length === 0 && parsedItems.length > 0)
			return { kind: 'text', items: parsedItems };
		for (const k of leadKeys)
			if (!langs.has(k))
				return fail(
					[k],
					`expected a language (${plan.languages.join(', ')}), "items", "see" or "dash", received "${k}"`,
				);
		const r = text.safeParse(lead);
		if (!r.success) {
			for (const issue of r.error.issues)
				ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
			return z.NEVER;
		}
		return { kind: 'text', text: r.data, items: parsedItems };
	});
	const fieldIds = plan.measureFields.map((f) => f.id);
	const row = z.unknown().transform((v, ctx): Row => {
		if (!isRecord(v)) {
			ctx.addIssue({
				code: 'custom',
				message: `expected a row { goal, …fields }, received ${describeValue(v)}`,
			});
			return z.NEVER;
		}
		const { goal, ...fields } = v;
		let ok = true;
		if (typeof goal !== 'string' || !LEAF_GOAL.test(goal)) {
			ctx.addIssue({
				code: 'custom',
				path: ['goal'],
				message: `expected the id of a lowest-level goal such as "2-3" (quoted), received ${describeValue(goal)}`,
			});
			ok = false;
		}
		const cells: Record<string, Cell> = {};
		for (const [field, value] of Object.entries(fields)) {
			if (!fieldIds.includes(field)) {
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `expected one of the measure fields of plan.yaml (${fieldIds.join(', ')}), received "${field}"`,
				});
				ok = false;
				continue;
			}
			const r = cell.safeParse(value);
			if (!r.success) {
				for (const issue of r.error.issues)
					ctx.addIssue({ code: 'custom', path: [field, ...issue.path], message: issue.message });
				ok = false;
			} else cells[field] = r.data;
		}
		if (!ok) return z.NEVER;
		return typeof goal === 'string' ? { goal, cells } : z.NEVER;
	});
	return z.strictObject({
		/** The actor these rows belong to; must be the file's name and an id of actors.yaml. */
		actor: slugSchema,
		rows: z.array(row).default([]),
	});
}

export type MeasuresFile = z.output<ReturnType<typeof measuresFileSchema>>;
