import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';

export const municipalityAreas = [
	'hamina',
	'kotka',
	'kouvola',
	'miehikkala',
	'pyhtaa',
	'virolahti',
] as const;
export const areas = ['kymenlaakso', 'koko-maa', ...municipalityAreas] as const;
export type Area = (typeof areas)[number];

/** Respondent groups; an age band such as "0-6v" is also allowed. */
export const namedGroups = [
	'4-5lk',
	'8-9lk',
	'lukio',
	'ammatillinen',
	'4v-huoltajat',
	'kaikki',
] as const;
export const groupSchema = z.union([
	z.enum(namedGroups),
	z.string().regex(/^\d+-\d+v$/, 'expected a group such as "8-9lk" or an age band such as "0-6v"'),
]);

export const betterSchema = z.enum(['higher', 'lower', 'none']);
export type Better = z.infer<typeof betterSchema>;

const valueSchema = z.strictObject({
	/** Which of the indicator's series, when it has several (indicator 16: notifications, open care, …). */
	series: z.string().optional(),
	area: z.enum(areas),
	group: groupSchema,
	year: z.number().int().min(2000).max(2100),
	value: z.number(),
});

/** One entry of content/indicators.yaml. */
export const indicatorSchema = z.strictObject({
	/** The plan's indicator number, 1–32. */
	id: z.number().int().min(1).max(32),
	/** The indicator's name as its explanation heads it. */
	title: localizedSchema,
	/** The explanation's category heading in section 1.5 ("Väestön kehitys", …). */
	category: localizedSchema,
	/** The explanation text, without the national values (those are data) and sources; absent where the source gives only values. */
	explanation: localizedSchema.optional(),
	/** "%" (percentage of respondents), "count", or "per-1000" (births per 1,000 women aged 15–49). */
	unit: z.enum(['%', 'count', 'per-1000']),
	/** Which direction is better for children; "none" where the plan gives none. */
	better: betterSchema,
	/** The plan's colour rule threshold in percentage points: 1.5, or 0.5 for indicator 31. */
	threshold: z.number().positive().default(1.5),
	/** The sources after "|" in the explanation. */
	sources: z.array(localizedSchema).default([]),
	/** Separate series of one indicator, each with its own title (only indicator 16). */
	series: z.array(z.strictObject({ id: z.string().min(1), title: localizedSchema })).default([]),
	/** Comparisons the plan makes across different years, e.g. Kymenlaakso 2019 against the national 2018 (LTH survey). */
	pairs: z
		.array(
			z.strictObject({
				group: groupSchema,
				kymenlaakso: z.number().int(),
				national: z.number().int(),
			}),
		)
		.default([]),
	/** Every value the source gives: Kymenlaakso, the whole country, municipalities. */
	values: z.array(valueSchema),
	/** Values the extraction left uncertain; the page says so beside them. */
	uncertain: z
		.array(
			z.strictObject({
				area: z.enum(areas),
				group: groupSchema,
				year: z.number().int(),
				reason: z.string(),
			}),
		)
		.default([]),
	/** Years where the question changed: no comparison or line crosses one. */
	breaks: z
		.array(
			z.strictObject({
				year: z.number().int(),
				better_before: betterSchema,
				title_before: localizedSchema,
				note: localizedSchema.optional(),
			}),
		)
		.default([]),
});

export const indicatorsFileSchema = z.array(indicatorSchema).superRefine((list, ctx) => {
	list.forEach((ind, i) => {
		const ids = new Set(ind.series.map((s) => s.id));
		ind.values.forEach((v, j) => {
			if (ind.series.length > 0 && !ids.has(v.series ?? ''))
				ctx.addIssue({
					code: 'custom',
					path: [i, 'values', j, 'series'],
					message: `expected one of ${[...ids].join(', ')}`,
				});
			if (ind.series.length === 0 && v.series !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: [i, 'values', j, 'series'],
					message: 'this indicator declares no series',
				});
		});
		if (ind.id !== i + 1)
			ctx.addIssue({
				code: 'custom',
				path: [i, 'id'],
				message: `expected indicator ${i + 1} here, in order, received ${ind.id}`,
			});
	});
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValue = Indicator['values'][number];
