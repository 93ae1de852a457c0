import { useTranslations, type Translate } from '../i18n/t.ts';
import { goalNumeral, pick } from '../lib/localized.ts';
import type { TermForms } from '../lib/search-forms.ts';
import { getContent } from './content.ts';
import { getKeptNames } from './termbase.ts';
import { markKeptNames } from '../lib/names.ts';
import { getRoutes, isKind, SEARCH_TYPES, type AnyRoute, type SearchType } from './routes.ts';

export type FilterOption = { value: string; label: string; lang: string };
export type SearchFilters = {
	type: FilterOption[];
	actor: FilterOption[];
	goal: FilterOption[];
};

/**
 * The options of the search page's filters in `lang`: only values some page of that language has,
 * in the plan's order, so that no choice leads to nothing.
 */
export async function searchFilters(lang: string): Promise<SearchFilters> {
	const [content, routes, kept] = await Promise.all([getContent(), getRoutes(), getKeptNames()]);
	const { plan, actors, goals } = content;
	const [source = lang] = plan.languages;
	const t = useTranslations(lang);
	const metas = routes.filter((r) => r.lang === lang && r.search).map((r) => r.search);
	const has = (f: (m: NonNullable<(typeof metas)[number]>) => boolean) =>
		metas.some((m) => m !== undefined && f(m));
	const typeLabel = (type: SearchType, tr: Translate): FilterOption => {
		const level = plan.goalLevels;
		const fromPlan =
			type === 'goal' ? level.goal.label : type === 'subgoal' ? level.subgoal?.label : undefined;
		if (fromPlan) {
			const p = pick(fromPlan, lang, source);
			return { value: type, label: p.text, lang: p.lang };
		}
		return { value: type, label: tr(`search.type.${type}`), lang };
	};
	return {
		type: SEARCH_TYPES.filter((type) => has((m) => m.type === type)).map((type) =>
			typeLabel(type, t),
		),
		actor: actors
			.filter((a) => has((m) => m.actor === a.id))
			.map((a) => {
				const p = pick(a.short, lang, source);
				// An option cannot hold markup: a name kept in the source language is the option's lang.
				const [only, ...more] = markKeptNames(p.text, kept, lang);
				const nameLang = more.length === 0 && only?.lang ? only.lang : p.lang;
				return { value: a.id, label: p.text, lang: nameLang };
			}),
		goal: goals
			.filter((g) => has((m) => m.goal === g.goal))
			.map((g) => {
				const p = pick(g.title, lang, source);
				return {
					value: String(g.goal),
					label: `${goalNumeral(g.goal, plan.goalLevels.goal.numbering)} ${p.text}`,
					lang: p.lang,
				};
			}),
	};
}

/** The terms whose inflected forms search should know, in `lang`: glossary terms and actor names. */
export async function searchTerms(lang: string): Promise<TermForms[]> {
	const { glossary, actors } = await getContent();
	const withBase = (base: readonly (string | undefined)[], forms: readonly string[] = []) => [
		...new Set([...base.filter((b): b is string => Boolean(b)), ...forms]),
	];
	return [
		...glossary.map((g) => withBase([g.term[lang]], g.forms[lang])),
		...actors.map((a) => withBase([a.name[lang], a.short[lang]], a.forms[lang])),
	].filter((forms) => forms.length > 1);
}

/**
 * The names a page is about, for search: an actor's page is about the actor (its names and their
 * forms), the glossary about its terms. Searched with a high weight (search-page.ts), so that the
 * page about a thing comes before the pages that only mention it.
 */
export async function searchNames(route: AnyRoute): Promise<string[]> {
	const { glossary, actors } = await getContent();
	const lang = route.lang;
	if (isKind(route, 'actor')) {
		const a = actors.find((x) => x.id === route.key.actor);
		return a ? unique([a.name[lang], a.short[lang], ...(a.forms[lang] ?? [])]) : [];
	}
	if (route.kind === 'glossary')
		return unique(glossary.flatMap((g) => [g.term[lang], ...(g.forms[lang] ?? [])]));
	return [];
}

const unique = (xs: readonly (string | undefined)[]): string[] => [
	...new Set(xs.filter((x): x is string => Boolean(x))),
];
