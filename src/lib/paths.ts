import { segments } from '../i18n/segments.ts';
import type { Lang } from '../i18n/locales.ts';

/**
 * Every page of the site, named independently of language. The language switch, hreflang
 * links, breadcrumbs and tests all go through `localizedPath`, so the URL contract lives here once.
 */
export type RouteKey =
	| { kind: 'home' }
	| { kind: 'strategy' }
	| { kind: 'chapter'; slug: string }
	| { kind: 'goals' }
	| { kind: 'goal'; goal: number }
	| { kind: 'subgoal'; id: string }
	| { kind: 'actors' }
	| { kind: 'actor'; actor: string }
	| { kind: 'measure'; actor: string; subgoal: string }
	| { kind: 'indicators' }
	| { kind: 'indicator'; id: number }
	| { kind: 'accessibility' }
	| { kind: 'glossary' }
	| { kind: 'data' };

const SUBGOAL_ID = /^[1-3]-[1-9]$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function assertSlug(value: string, what: string): string {
	if (!SLUG.test(value))
		throw new Error(`localizedPath: received ${what} "${value}", expected a lowercase slug`);
	return value;
}

function assertSubgoal(value: string): string {
	if (!SUBGOAL_ID.test(value))
		throw new Error(
			`localizedPath: received sub-goal "${value}", expected "<goal>-<n>" such as "2-3"`,
		);
	return value;
}

/** The path of a page in one language, always with a leading and trailing slash. */
export function localizedPath(lang: Lang, key: RouteKey): string {
	const s = segments[lang];
	const parts: string[] = (() => {
		switch (key.kind) {
			case 'home':
				return [];
			case 'strategy':
				return [s.strategy];
			case 'chapter':
				return [s.strategy, assertSlug(key.slug, 'chapter slug')];
			case 'goals':
				return [s.goals];
			case 'goal':
				if (![1, 2, 3].includes(key.goal))
					throw new Error(`localizedPath: received goal ${key.goal}, expected 1, 2 or 3`);
				return [s.goals, String(key.goal)];
			case 'subgoal':
				return [s.goals, assertSubgoal(key.id)];
			case 'actors':
				return [s.actors];
			case 'actor':
				return [s.actors, assertSlug(key.actor, 'actor id')];
			case 'measure':
				return [s.actors, assertSlug(key.actor, 'actor id'), assertSubgoal(key.subgoal)];
			case 'indicators':
				return [s.indicators];
			case 'indicator':
				if (!Number.isInteger(key.id) || key.id < 1)
					throw new Error(
						`localizedPath: received indicator ${key.id}, expected a positive integer`,
					);
				return [s.indicators, String(key.id)];
			case 'accessibility':
				return [s.accessibility];
			case 'glossary':
				return [s.glossary];
			case 'data':
				return [s.data];
		}
	})();
	return `/${[lang, ...parts].join('/')}/`;
}

/** The part of a path after `/<lang>/`, without slashes at either end ('' for the home page). */
export function routeParam(path: string): string {
	return path.split('/').filter(Boolean).slice(1).join('/');
}

/** The whole-plan PDF's path in each language (URL contract). */
export const planPdfPath: Record<Lang, string> = {
	fi: '/fi/hyvinvointisuunnitelma-2020-2025.pdf',
	sv: '/sv/valfardsplan-2020-2025.pdf',
};
