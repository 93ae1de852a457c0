import { z } from 'astro/zod';
import { localizedSchema, slugSchema, uniqueBy } from './localized.ts';
import type { Plan } from './plan.ts';

/**
 * content/calendar.yaml: the annual calendar (vuosikello). Items are in the order the source gives
 * them. A timing says only what the source states: a season read from an item's own wording keeps
 * those words in `basis`; a month or a date is for editors who know one. Never invent either.
 */
export function calendarFileSchema(plan: Plan) {
	const text = localizedSchema(plan.languages);
	const month = z.number().int().min(1).max(12);
	const timing = z.discriminatedUnion('kind', [
		z.strictObject({ kind: z.literal('unknown') }),
		z.strictObject({
			kind: z.literal('season'),
			season: z.enum(['spring', 'summer', 'autumn', 'winter']),
			/** The source's words the season is read from ("Kevätfoorumi"). */
			basis: text,
		}),
		z.strictObject({ kind: z.literal('month'), month, basis: text.optional() }),
		z.strictObject({
			kind: z.literal('date'),
			date: z.iso.date('expected a date as yyyy-mm-dd'),
			basis: text.optional(),
		}),
		z.strictObject({
			kind: z.literal('monthly'),
			/** Months with no occurrence ("pl. heinäkuu": [7]). */
			except: z.array(month).default([]),
			basis: text,
		}),
	]);
	const item = z.strictObject({
		/** Stable id: the iCalendar UID is made from it. */
		id: slugSchema,
		/** The item as the source words it. */
		text,
		timing: timing.default({ kind: 'unknown' }),
		/** Who takes part, where the source says. */
		participants: text.optional(),
		/** False for an item that recurs beside the yearly cycle rather than in it (monthly meetings). */
		cycle: z.boolean().default(true),
	});
	return z.strictObject({
		/** The calendar's introduction, in the source's words. */
		intro: z.array(text).default([]),
		/** What the printed calendar had that this edition cannot show (its circular picture). */
		omissions: z.array(text).default([]),
		items: z
			.array(item)
			.superRefine(uniqueBy<{ id: string }>('calendar item id', (i) => i.id, 'id')),
	});
}

export type CalendarFile = z.output<ReturnType<typeof calendarFileSchema>>;
export type CalendarItem = CalendarFile['items'][number];
export type Timing = CalendarItem['timing'];
