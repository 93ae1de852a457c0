import { z } from 'astro/zod';
import { localizedSchema, uniqueBy } from './localized.ts';
import type { Plan } from './plan.ts';

/**
 * content/indicators.yaml: the indicator section's own text, its groupings, and the indicators
 * with every value the source prints. Areas, groups and units are plan.yaml's.
 */
export function indicatorsFileSchema(plan: Plan) {
	const text = localizedSchema(plan.languages);
	const shape = plan.indicators;
	const areas = shape?.areas.map((a) => a.id) ?? [];
	const groups = shape?.groups.map((g) => g.id) ?? [];
	const units = shape?.units.map((u) => u.id) ?? [];
	const oneOf = (what: string, list: readonly string[]) =>
		z.string().refine((v) => list.includes(v), {
			error: (issue) =>
				`expected one of the ${what} of plan.yaml (${list.join(', ')}), received ${JSON.stringify(issue.input)}`,
		});
	const area = oneOf('indicator areas', areas);
	const group = oneOf('indicator groups', groups);
	const better = z.enum(['higher', 'lower', 'none']);
	const value = z.strictObject({
		/** Which of the indicator's series, when it has several. */
		series: z.string().optional(),
		area,
		group,
		year: z.number().int().min(1900).max(2200),
		value: z.number(),
		/** Decimals as the source prints them ("6,0 %" is 1); left out, the value is shown as it is. */
		decimals: z.number().int().min(0).max(3).optional(),
		/** A forecast (a future year is then allowed). */
		forecast: z.boolean().default(false),
	});
	const indicator = z
		.strictObject({
			/** The plan's indicator number: its URL. */
			id: z.number().int().positive(),
			title: text,
			/** The explanation's category heading ("Väestön kehitys", …). */
			category: text,
			/** The explanation text, without the values (those are data) and sources. */
			explanation: text.optional(),
			/** One of plan.yaml's indicator units. */
			unit: oneOf('indicator units', units),
			/** Which direction is better for children; "none" where the plan gives none. */
			better,
			/** The status rule's threshold in percentage points; plan.yaml's default when left out. */
			threshold: z.number().positive().optional(),
			sources: z.array(text).default([]),
			/** Decimals as the source prints every value of this indicator (a value's own `decimals` wins). */
			decimals: z.number().int().min(0).max(3).optional(),
			/** Separate series of one indicator, each with its own title. */
			series: z.array(z.strictObject({ id: z.string().min(1), title: text })).default([]),
			/** Comparisons the plan makes across different years (focus year against reference year), per group. */
			pairs: z
				.array(z.strictObject({ group, focus: z.number().int(), reference: z.number().int() }))
				.default([]),
			values: z.array(value),
			/** Changes over a period that the source prints as such ("−21 % from 2021 to 2035"). */
			periodChanges: z
				.array(
					z.strictObject({
						area,
						group,
						from: z.number().int(),
						to: z.number().int(),
						/** Per cent, signed. */
						value: z.number(),
						decimals: z.number().int().min(0).max(3).optional(),
					}),
				)
				.default([]),
			/** Values the source's layout leaves uncertain; the page says so beside them. */
			uncertain: z
				.array(z.strictObject({ area, group, year: z.number().int(), reason: z.string() }))
				.default([]),
			/** Years where the question (or its direction) changed: no comparison or line crosses one. */
			changes: z
				.array(
					z.strictObject({
						year: z.number().int(),
						/** The question as it was worded before `year`. */
						title_before: text,
						better_before: better,
						/** The source's own remark on the change, if any. */
						note: text.optional(),
					}),
				)
				.default([]),
		})
		// One place decides a value's printed decimals, so the table, the CSV and the status agree.
		.transform(({ decimals, ...ind }) => ({
			...ind,
			values: ind.values.map((v) =>
				v.decimals === undefined && decimals !== undefined ? { ...v, decimals } : v,
			),
		}));
	return z.strictObject({
		/** The indicator section's introduction, in the source's words (indicator index). */
		intro: z.array(text).default([]),
		/** The status rule as the plan itself words it. */
		rule: text.optional(),
		/** Other remarks of the section ("4-vuotiaiden vanhempien kyselyä ei ole toteutettu …"). */
		notes: z.array(text).default([]),
		/** Groupings of the indicator section other than the goals' own lists ("1.4 Muut seurattavat indikaattorit"). */
		groupings: z
			.array(
				z.strictObject({
					id: z.string().min(1),
					title: text,
					indicators: z.array(z.number().int().positive()),
				}),
			)
			.default([]),
		indicators: z
			.array(indicator)
			.superRefine(uniqueBy<{ id: number }>('indicator id', (i) => i.id, 'id')),
	});
}

export type IndicatorsFile = z.output<ReturnType<typeof indicatorsFileSchema>>;
export type Indicator = IndicatorsFile['indicators'][number];
export type IndicatorValue = Indicator['values'][number];
