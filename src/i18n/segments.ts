import type { Lang } from './locales.ts';

/**
 * Translated first path segments of the URL contract (DESIGN.md). Staff link to these:
 * change one only together with a redirect plan, never silently.
 */
export const segments = {
	fi: {
		strategy: 'strategia',
		goals: 'tavoitteet',
		actors: 'toimijat',
		indicators: 'indikaattorit',
		calendar: 'vuosikello',
		search: 'haku',
		accessibility: 'saavutettavuusseloste',
		glossary: 'sanasto',
		data: 'avoin-data',
	},
	sv: {
		strategy: 'strategi',
		goals: 'mal',
		actors: 'aktorer',
		indicators: 'indikatorer',
		calendar: 'arsklocka',
		search: 'sok',
		accessibility: 'tillganglighetsutlatande',
		glossary: 'ordlista',
		data: 'oppna-data',
	},
} as const satisfies Record<Lang, Record<string, string>>;

export type Section = keyof (typeof segments)['fi'];
