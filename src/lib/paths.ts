/**
 * The URL contract (DESIGN.md), once. Every page is named by a RouteKey, independently of language;
 * the language's URL segments come from its UI locale, ids and slugs from content. The language
 * switch, hreflang, breadcrumbs, open data, the URL guard and the tests all go through here.
 */

/** The translated first path segments of one language (src/i18n/locales/<lang>.ts). */
export type Segments = {
	readonly strategy: string;
	readonly goals: string;
	readonly actors: string;
	readonly indicators: string;
	readonly calendar: string;
	readonly search: string;
	readonly siteIndex: string;
	readonly accessibility: string;
	readonly glossary: string;
	readonly data: string;
	readonly print: string;
};

export type RouteKey =
	| { kind: 'home' }
	| { kind: 'strategy' }
	| { kind: 'chapter'; slug: string }
	| { kind: 'goals' }
	| { kind: 'goal'; goal: number }
	| { kind: 'subgoal'; id: string }
	| { kind: 'actors' }
	| { kind: 'actor'; actor: string }
	| { kind: 'measure'; actor: string; goal: string }
	| { kind: 'indicators' }
	| { kind: 'indicator'; id: number }
	| { kind: 'calendar' }
	| { kind: 'search' }
	| { kind: 'siteIndex' }
	| { kind: 'glossary' }
	| { kind: 'accessibility' }
	| { kind: 'data' }
	| { kind: 'print' }
	| { kind: 'actorPrint'; actor: string }
	| { kind: 'redirect'; path: string };

export type RouteKind = RouteKey['kind'];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LEAF_GOAL = /^[1-9]\d*(?:-[1-9]\d*)?$/;
const SUBGOAL = /^[1-9]\d*-[1-9]\d*$/;

function slug(value: string, what: string): string {
	if (!SLUG.test(value))
		throw new Error(`localizedPath: received ${what} "${value}", expected a lowercase slug`);
	return value;
}

function positive(value: number, what: string): string {
	if (!Number.isInteger(value) || value < 1)
		throw new Error(`localizedPath: received ${what} ${value}, expected a positive integer`);
	return String(value);
}

function matching(value: string, pattern: RegExp, what: string, expected: string): string {
	if (!pattern.test(value))
		throw new Error(`localizedPath: received ${what} "${value}", expected ${expected}`);
	return value;
}

/** The path of a page in one language, with a leading and a trailing slash. */
export function pathFor(lang: string, s: Segments, key: RouteKey): string {
	const parts = ((): string[] => {
		switch (key.kind) {
			case 'home':
				return [];
			case 'strategy':
				return [s.strategy];
			case 'chapter':
				return [s.strategy, slug(key.slug, 'chapter slug')];
			case 'goals':
				return [s.goals];
			case 'goal':
				return [s.goals, positive(key.goal, 'goal')];
			case 'subgoal':
				return [s.goals, matching(key.id, SUBGOAL, 'sub-goal', '"<goal>-<n>" such as "2-3"')];
			case 'actors':
				return [s.actors];
			case 'actor':
				return [s.actors, slug(key.actor, 'actor id')];
			case 'measure':
				return [
					s.actors,
					slug(key.actor, 'actor id'),
					matching(key.goal, LEAF_GOAL, 'goal', '"<goal>" or "<goal>-<n>" such as "2-3"'),
				];
			case 'indicators':
				return [s.indicators];
			case 'indicator':
				return [s.indicators, positive(key.id, 'indicator')];
			case 'calendar':
				return [s.calendar];
			case 'search':
				return [s.search];
			case 'siteIndex':
				return [s.siteIndex];
			case 'glossary':
				return [s.glossary];
			case 'accessibility':
				return [s.accessibility];
			case 'data':
				return [s.data];
			case 'print':
				return [s.print];
			case 'actorPrint':
				return [s.actors, slug(key.actor, 'actor id'), s.print];
			case 'redirect': {
				const inner = key.path.split('/').filter(Boolean);
				if (inner[0] !== lang)
					throw new Error(
						`localizedPath: received redirect "${key.path}", expected a path under /${lang}/`,
					);
				return inner.slice(1);
			}
		}
	})();
	return `/${[lang, ...parts].join('/')}/`;
}

/** The annual calendar's iCalendar feed: /fi/vuosikello.ics. */
export function calendarFeedPath(lang: string, s: Segments): string {
	return `/${lang}/${s.calendar}.ics`;
}

/** The whole plan as one PDF: /fi/<plan-slug>.pdf. */
export function planPdfPath(lang: string, planSlug: string): string {
	return `/${lang}/${slug(planSlug, 'plan slug')}.pdf`;
}

/** One actor's PDF: /fi/toimijat/<actor>.pdf. */
export function actorPdfPath(lang: string, s: Segments, actor: string): string {
	return `/${lang}/${s.actors}/${slug(actor, 'actor id')}.pdf`;
}

/** The part of a path after `/<lang>/`, without slashes at either end ('' for the home page). */
export function routeParam(path: string): string {
	return path.split('/').filter(Boolean).slice(1).join('/');
}

/**
 * What a published URL was, read back through the contract: used to say which content change
 * removed a URL. Returns undefined for paths the contract does not describe.
 */
export function describePath(
	path: string,
	segmentsByLang: Readonly<Record<string, Segments>>,
): { lang: string; key: RouteKey } | undefined {
	const [lang, a, b, c, ...rest] = path.split('/').filter(Boolean);
	if (lang === undefined || rest.length > 0) return undefined;
	const s = segmentsByLang[lang];
	if (!s) return undefined;
	const k = ((): RouteKey | undefined => {
		if (a === undefined) return { kind: 'home' };
		if (a === s.strategy) return b ? { kind: 'chapter', slug: b } : { kind: 'strategy' };
		if (a === s.goals) {
			if (!b) return { kind: 'goals' };
			return SUBGOAL.test(b) ? { kind: 'subgoal', id: b } : { kind: 'goal', goal: Number(b) };
		}
		if (a === s.actors) {
			if (!b) return { kind: 'actors' };
			if (!c) return { kind: 'actor', actor: b };
			return c === s.print
				? { kind: 'actorPrint', actor: b }
				: { kind: 'measure', actor: b, goal: c };
		}
		if (a === s.indicators)
			return b ? { kind: 'indicator', id: Number(b) } : { kind: 'indicators' };
		const single: [string, RouteKey][] = [
			[s.calendar, { kind: 'calendar' }],
			[s.search, { kind: 'search' }],
			[s.siteIndex, { kind: 'siteIndex' }],
			[s.glossary, { kind: 'glossary' }],
			[s.accessibility, { kind: 'accessibility' }],
			[s.data, { kind: 'data' }],
			[s.print, { kind: 'print' }],
		];
		return b === undefined ? single.find(([seg]) => seg === a)?.[1] : undefined;
	})();
	return k ? { lang, key: k } : undefined;
}
