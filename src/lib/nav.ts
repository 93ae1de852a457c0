import type { RouteKind } from './paths.ts';

/** The top-level section a page belongs to (for the navigation's "you are here"). */
const SECTION: Partial<Record<RouteKind, RouteKind>> = {
	strategy: 'strategy',
	chapter: 'strategy',
	goals: 'goals',
	goal: 'goals',
	subgoal: 'goals',
	actors: 'actors',
	actor: 'actors',
	measure: 'actors',
	actorPrint: 'actors',
	indicators: 'indicators',
	indicator: 'indicators',
	calendar: 'calendar',
	glossary: 'glossary',
};

export function sectionOf(kind: RouteKind): RouteKind | undefined {
	return SECTION[kind];
}

/**
 * aria-current for a navigation entry: "page" on the section's own page, "true" below it, nothing
 * elsewhere. A one-actor plan's nav entry is the actor page itself, which then stands for "actors".
 */
export function ariaCurrent(entry: RouteKind, current: RouteKind): 'page' | 'true' | undefined {
	if (entry === current) return 'page';
	const section = entry === 'actor' ? 'actors' : entry;
	return sectionOf(current) === section ? 'true' : undefined;
}

/** A phone number as a tel: link: "040 848 0550" → "tel:+358408480550" (Finnish national format). */
export function telHref(phone: string, countryCode = '358'): string {
	const digits = phone.replace(/[^\d+]/g, '');
	if (digits.startsWith('+')) return `tel:${digits}`;
	if (!/^0\d{5,}$/.test(digits))
		throw new Error(`telHref: received "${phone}", expected a national number starting with 0`);
	return `tel:+${countryCode}${digits.slice(1)}`;
}

/** The domain a link leads to, as link text can name it: "https://www.example.fi/x" → "example.fi". */
export function domainOf(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}
