import { z } from 'astro/zod';
import { localizedSchema, slugSchema, uniqueBy } from './localized.ts';

/**
 * content/plan.yaml: who the plan is (identity) and what shape it has (languages, goal levels,
 * measure fields, actor kinds, indicator areas and groups, open data). Every other file of the
 * content root is checked against this shape, so the generator fixes no fact of one plan.
 */

/** Step one: only the languages, which every other text field of the plan depends on. */
export function planLanguagesSchema(shipped: readonly string[]) {
	return z.looseObject({
		/** The plan's languages, in order; the first is the source language the plan was written in. */
		languages: z
			.array(
				z.string().refine((l) => shipped.includes(l), {
					error: (issue) =>
						`expected a language with a UI locale in src/i18n/locales/ (${shipped.join(', ')}), received ${JSON.stringify(issue.input)}`,
				}),
			)
			.min(1, 'expected at least one language')
			.superRefine(uniqueBy<string>('language', (l) => l, '')),
	});
}

const year = z.number().int().min(1900).max(2200);
const isoDate = z.iso.date('expected a date as yyyy-mm-dd');

/** Step two: the whole file, with every text in the plan's languages. */
export function planSchema(languages: readonly string[]) {
	const text = localizedSchema(languages);
	/** A text that must exist in every language (URL slugs). */
	const perLanguage = <T extends z.ZodType>(value: T) =>
		z.strictObject(Object.fromEntries(languages.map((l) => [l, value])));
	const level = z.strictObject({
		/** The level's name in the singular, as a label ("Päätavoite", "Huvudmål"). */
		label: text,
		/** The plural, as a heading ("Päätavoitteet"). */
		plural: text,
		/**
		 * "{count} …" with plural forms per language, so "7 välitavoitetta" is right in Finnish:
		 * { fi: { one: "{count} välitavoite", other: "{count} välitavoitetta" }, sv: { … } }.
		 */
		count: z.record(z.string(), z.strictObject({ one: z.string().optional(), other: z.string() })),
		/** How the level is numbered on pages: roman (I, II, III) or arabic (1, 2, 3). */
		numbering: z.enum(['roman', 'arabic']),
	});
	const labelled = z.strictObject({ id: z.string().min(1), label: text });
	return z.strictObject({
		languages: z.array(z.string()),
		/** The plan's full title. */
		title: text,
		/** A short title for the header, the PDF footer and link previews. */
		shortTitle: text,
		/** The area the plan covers ("Kymenlaakso"), shown above the short title. */
		area: text,
		/** The cover's motto, if any. */
		motto: text.optional(),
		/** The cover's slogan, if any. */
		slogan: text.optional(),
		/** The edition shown beside the title, e.g. "2020–2025". */
		edition: z.string().min(1),
		/** The whole-plan PDF's file name per language (URL contract: /<lang>/<slug>.pdf). */
		slug: perLanguage(slugSchema),
		/** When the plan is in force, by year, and how that was extended. */
		validity: z.strictObject({
			from: year,
			to: year,
			/** Each extension of the period, in the source's words. */
			extensions: z.array(z.strictObject({ from: year, to: year, text })).default([]),
		}),
		/** The date of the content's last revision (yyyy-mm-dd): open data, the .ics DTSTAMP and PDFs use it, never the clock. */
		revised: isoDate,
		/** What the plan is, in the source's words (home page). */
		summary: z.array(text).min(1),
		/** How the plan was drawn up and why it was updated, in the source's words (home page). */
		background: z
			.array(z.strictObject({ heading: text, paragraphs: z.array(text).min(1) }))
			.default([]),
		/** The plan's own words introducing its measures part (the actors page). */
		measuresIntro: z.array(text).default([]),
		/** The steps by which the plan (and its extension) was approved, in order. */
		approvals: z
			.array(
				z.strictObject({
					body: text,
					date: isoDate.optional(),
					/** The minutes' paragraph, e.g. "§ 71". */
					section: z.string().optional(),
					text,
				}),
			)
			.default([]),
		/** Who publishes the plan (open data, PDF metadata, the footer). */
		publisher: text,
		/** The contact person named in the plan, with the date of the document that names them. */
		contact: z
			.strictObject({
				name: z.string().min(1),
				role: text,
				unit: text,
				email: z.email(),
				phone: z.string().min(1),
				/** The document that names the contact, as its real title. */
				namedIn: text,
				/** That document's date. */
				date: isoDate,
			})
			.optional(),
		/** The plan's own published home page. */
		homepage: z.url().optional(),
		/** Labels and numbering of the goal levels; `subgoal` is left out when the plan has only main goals. */
		goalLevels: z.strictObject({ goal: level, subgoal: level.optional() }),
		/** The columns of the measure tables, in order. */
		measureFields: z
			.array(
				z.strictObject({
					/** Stable id: the key in measures/<actor>.yaml and the column of measures.csv. */
					id: z
						.string()
						.regex(/^[a-z][a-z0-9_]*$/, 'expected an id such as "measure" or "follow_up"'),
					label: text,
					/** The helper question under the column head ("Mitä ja miten se tehdään?"). */
					question: text.optional(),
				}),
			)
			.min(1)
			.superRefine(uniqueBy<{ id: string }>('measure field', (f) => f.id, 'id')),
		/** The kinds of actor, with labels. */
		actorKinds: z
			.array(labelled)
			.min(1)
			.superRefine(uniqueBy<{ id: string }>('actor kind', (k) => k.id, 'id')),
		/** The indicators' shape: left out when the plan has none. */
		indicators: z
			.strictObject({
				/** The area the status rule judges ("kymenlaakso")… */
				focus: z.string().min(1),
				/** …against this reference area ("koko-maa"). */
				reference: z.string().min(1),
				/** The status rule's default threshold, in percentage points. */
				threshold: z.number().positive(),
				/** The verdict per status in words, naming the reference area ("parempi kuin koko maassa"). */
				verdicts: z.strictObject({ good: text, neutral: text, concern: text }).optional(),
				/** Every area a value may be for, in the order tables list them. */
				areas: z
					.array(labelled)
					.min(1)
					.superRefine(uniqueBy<{ id: string }>('area', (a) => a.id, 'id')),
				/** Every respondent group or age band, in the order tables list them. */
				groups: z
					.array(labelled)
					.min(1)
					.superRefine(uniqueBy<{ id: string }>('group', (g) => g.id, 'id')),
				/** Units: `percent` values lie in 0–100 and get a status; `count` and `rate` are never negative. */
				units: z
					.array(
						z.strictObject({
							id: z.string().min(1),
							kind: z.enum(['percent', 'count', 'rate']),
							/** What a value means, said once per indicator page ("births per 1,000 women aged 15–49"). */
							label: text,
						}),
					)
					.min(1)
					.superRefine(uniqueBy<{ id: string }>('unit', (u) => u.id, 'id')),
			})
			.optional(),
		/** The open data package. */
		openData: z.strictObject({
			/** The Frictionless package name: lowercase, digits, ".", "_", "-". */
			name: z
				.string()
				.regex(/^[a-z0-9._-]+$/, 'expected a package name such as "my-plan-2020-2025"'),
			licence: z.strictObject({ id: z.string().min(1), title: text, url: z.url() }),
		}),
	});
}

export type Plan = z.output<ReturnType<typeof planSchema>>;
export type GoalLevel = Plan['goalLevels']['goal'];
export type MeasureFieldDef = Plan['measureFields'][number];
export type IndicatorShape = NonNullable<Plan['indicators']>;
