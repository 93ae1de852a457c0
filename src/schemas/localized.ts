import { z } from 'astro/zod';
import type { LocalizedText } from '../lib/localized.ts';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a received value reads in a message: "a string", "a list", "nothing". */
export function describeValue(v: unknown): string {
	if (v === undefined || v === null) return 'nothing';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
	return `a ${typeof v}`;
}

/**
 * A text in the plan's languages, `{ fi: "…", sv: "…" }`: one key per plan language, the first
 * (source) language required, the others optional until translated. Texts are trimmed.
 */
export function localizedSchema(languages: readonly string[]) {
	const source = languages[0];
	if (source === undefined)
		throw new Error('localizedSchema: received no languages, expected at least one');
	return z.unknown().transform((value, ctx): LocalizedText => {
		if (!isRecord(value)) {
			ctx.addIssue({
				code: 'custom',
				message: `expected a text per language such as { ${source}: "…" }, received ${describeValue(value)}`,
			});
			return z.NEVER;
		}
		const out: Record<string, string> = {};
		for (const [lang, text] of Object.entries(value)) {
			if (!languages.includes(lang)) {
				ctx.addIssue({
					code: 'custom',
					path: [lang],
					message: `expected one of the plan's languages (${languages.join(', ')}), received "${lang}"`,
				});
			} else if (typeof text !== 'string') {
				ctx.addIssue({
					code: 'custom',
					path: [lang],
					message: `expected a string, received ${describeValue(text)}`,
				});
			} else if (text.trim() === '') {
				ctx.addIssue({
					code: 'custom',
					path: [lang],
					message:
						lang === source
							? `expected a non-empty text in the source language "${source}"`
							: `expected a non-empty text, or leave "${lang}" out until it is translated`,
				});
			} else out[lang] = text.trim();
		}
		if (!(source in value))
			ctx.addIssue({
				code: 'custom',
				path: [source],
				message: `expected a text in the source language "${source}"`,
			});
		return out;
	});
}

/** A lowercase slug: ids that become URL segments. */
export const slugSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'expected a lowercase slug of letters, digits and hyphens, such as "youth-council"',
	);

/** A list whose items must not repeat a key; the duplicate is named at its own index. */
export function uniqueBy<T>(what: string, key: (item: T) => string | number, field: string) {
	return (items: readonly T[], ctx: z.core.$RefinementCtx<readonly T[]>) => {
		const seen = new Map<string | number, number>();
		items.forEach((item, i) => {
			const k = key(item);
			const first = seen.get(k);
			if (first !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: [i, field],
					message: `duplicate ${what} "${k}" (already at [${first}])`,
				});
			else seen.set(k, i);
		});
	};
}

/**
 * A refinement for lists of per-language forms ({ fi: [...], sv: [...] }) inside an array of
 * entries: each key must be one of the plan's languages.
 */
export function formsInPlanLanguages<T extends { forms: Record<string, unknown> }>(
	languages: readonly string[],
) {
	return (entries: readonly T[], ctx: z.core.$RefinementCtx<readonly T[]>): void =>
		entries.forEach((e, i) => {
			for (const lang of Object.keys(e.forms))
				if (!languages.includes(lang))
					ctx.addIssue({
						code: 'custom',
						path: [i, 'forms', lang],
						message: `expected one of the plan's languages (${languages.join(', ')}), received "${lang}"`,
					});
		});
}
