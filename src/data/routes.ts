import { getCollection } from 'astro:content';
import { useTranslations, type Translate } from '../i18n/t.ts';
import { goalNumeral, pick, untranslatedShare, type LocalizedText } from '../lib/localized.ts';
import { rowTexts } from '../lib/measures.ts';
import { fullTitle } from '../lib/edition.ts';
import type { RouteKey, RouteKind } from '../lib/paths.ts';
import { localizedPath } from './paths.ts';
import { getContent } from './content.ts';
import { getChapters, type Chapter } from './chapters.ts';
import { leavesOf } from './goals.ts';
import { getAllRows } from './measures.ts';
import { getGlossary } from './glossary.ts';
import { getSitePage } from './pages.ts';

/** A run of text and the language it is in: a title may mix a translated label and a fallback name. */
export type Phrase = readonly { text: string; lang: string }[];

export const phraseText = (p: Phrase): string => p.map((x) => x.text).join('');

/** The content types a search can be narrowed to (Pagefind's `type` filter). */
export const SEARCH_TYPES = [
	'chapter',
	'goal',
	'subgoal',
	'measure',
	'indicator',
	'calendar',
	'glossary',
	'page',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Where a page belongs in search: Pagefind's filters, by id, so that a filter in a shared URL
 * (?actor=kotka) means the same in every language. The search page labels the ids.
 */
export type SearchMeta = { type: SearchType; actor?: string; goal?: number };

/** What every built page has, whatever its kind. */
type RouteBase = {
	kind: RouteKind;
	key: RouteKey;
	lang: string;
	path: string;
	/** The page's own title (its h1), without the site name. */
	title: Phrase;
	/** A sentence that says what this page holds: meta description and link previews. */
	description: string;
	/** Share (0–1) of the page's content text shown in the source language instead of `lang`. */
	untranslated: number;
	/** The same page in the plan's other languages. */
	alternates: { lang: string; path: string; untranslated: number }[];
	/** Ancestors, home first, not including the page itself. */
	crumbs: { label: Phrase; path: string }[];
	/** False for pages outside the navigation and the site index: print documents and redirects. */
	listed: boolean;
	/** Where the page's search result belongs; undefined keeps the page out of the search index. */
	search?: SearchMeta;
	/** For a redirect page: where it leads. */
	redirectTo?: string;
};

/** One built page of kind K: its key has that kind's ids (a measure's actor and goal, …). */
export type Route<K extends RouteKind = RouteKind> = RouteBase & {
	kind: K;
	key: Extract<RouteKey, { kind: K }>;
};

/** Any built page. Narrow it with isKind() to hand it to the view of its kind. */
export type AnyRoute = RouteBase;

/** Narrows a route to one kind: the typed seam between the route list and the views. */
export function isKind<K extends RouteKind>(route: AnyRoute, kind: K): route is Route<K> {
	return route.kind === kind && route.key.kind === kind;
}

type Draft = {
	key: RouteKey;
	title: (lang: string, t: Translate) => Phrase;
	texts: () => (LocalizedText | undefined)[];
	/** Own-language content besides the texts, e.g. an MDX file per language: true when it exists in `lang`. */
	ownFile?: (lang: string) => boolean;
	description: (lang: string, t: Translate, title: string) => string;
	parent?: RouteKey;
	listed?: boolean;
	search?: SearchMeta;
	redirectTo?: (lang: string) => string;
	/** Limit to some languages (a redirect belongs to one). */
	langs?: readonly string[];
};

let cached: Promise<AnyRoute[]> | undefined;

/**
 * Every page of the site. The catch-all route renders exactly these; navigation, the language
 * switch, hreflang, the site index and the tests read the same list, so a page cannot exist
 * without being linked and tested. Sections follow content: no indicators, no indicator pages.
 */
export function getRoutes(): Promise<AnyRoute[]> {
	if (cached && !import.meta.env.DEV) return cached;
	cached = buildRoutes();
	return cached;
}

async function buildRoutes(): Promise<AnyRoute[]> {
	const content = await getContent();
	const { plan, actors, goals } = content;
	const [source = 'fi'] = plan.languages;
	const [rows, glossary, sitePages] = await Promise.all([
		getAllRows(),
		getGlossary(),
		getCollection('pages'),
	]);
	const chaptersBy = new Map<string, Chapter[]>();
	for (const lang of plan.languages) chaptersBy.set(lang, await getChapters(lang));
	const sourceChapters = chaptersBy.get(source) ?? [];
	const leaves = leavesOf(goals);
	const fields = plan.measureFields.map((f) => f.id);
	const indicators = content.indicators?.indicators ?? [];
	const calendar = content.calendar;
	const multipleActors = actors.filter((a) => rows.some((r) => r.actor === a.id)).length > 1;
	const ph = (text: string, lang: string): Phrase => [{ text, lang }];
	const local = (value: LocalizedText, lang: string): Phrase => {
		const p = pick(value, lang, source);
		return [{ text: p.text, lang: p.lang }];
	};
	const cat = (...parts: Phrase[]): Phrase => parts.flat();
	const level = plan.goalLevels;
	const goalName = (g: number, lang: string) =>
		`${pick(level.goal.label, lang, source).text} ${goalNumeral(g, level.goal.numbering)}`;
	const drafts: Draft[] = [];
	const add = (d: Draft) => drafts.push(d);
	const none = () => [];

	add({
		key: { kind: 'home' },
		title: (l) => local(plan.title, l),
		texts: () => [
			plan.title,
			plan.shortTitle,
			plan.motto,
			plan.slogan,
			...plan.summary,
			...plan.background.flatMap((b) => [b.heading, ...b.paragraphs]),
			...goals.map((g) => g.title),
		],
		description: (l, t) =>
			t('meta.home', { title: fullTitle(pick(plan.title, l, source).text, plan.edition) }),
		search: { type: 'page' },
	});

	if (sourceChapters.length > 0) {
		add({
			key: { kind: 'strategy' },
			title: (l, t) => ph(t('strategy.title'), l),
			texts: none,
			ownFile: (l) => (chaptersBy.get(l) ?? []).every((c) => c.translated),
			description: (_l, t) => t('meta.strategy'),
			parent: { kind: 'home' },
			search: { type: 'page' },
		});
		for (const c of sourceChapters) {
			const inLang = (l: string) => (chaptersBy.get(l) ?? []).find((x) => x.slug === c.slug) ?? c;
			add({
				key: { kind: 'chapter', slug: c.slug },
				// The number is in every language; only the title may be untranslated.
				title: (l) =>
					cat(
						ph(`${inLang(l).entry.data.chapter} `, l),
						ph(inLang(l).entry.data.title, inLang(l).lang),
					),
				texts: none,
				ownFile: (l) => inLang(l).translated,
				description: (_l, t, title) => t('meta.chapter', { title }),
				parent: { kind: 'strategy' },
				search: { type: 'chapter' },
			});
		}
	}

	add({
		key: { kind: 'goals' },
		title: (l, t) => ph(t('goals.title'), l),
		texts: () => goals.flatMap((g) => [g.title, ...g.subgoals.map((s) => s.title)]),
		description: (_l, t) => t('meta.goals'),
		parent: { kind: 'home' },
		search: { type: 'page' },
	});
	for (const g of goals) {
		add({
			key: { kind: 'goal', goal: g.goal },
			title: (l) => cat(ph(`${goalName(g.goal, l)}: `, l), local(g.title, l)),
			texts: () => [g.title, ...g.description, ...g.subgoals.map((s) => s.title)],
			description: (_l, _t, title) => title,
			parent: { kind: 'goals' },
			search: { type: 'goal', goal: g.goal },
		});
		for (const s of g.subgoals) {
			const sub = rows.filter((r) => r.goal === s.id);
			add({
				key: { kind: 'subgoal', id: s.id },
				title: (l) => cat(ph(`${s.id} `, l), local(s.title, l)),
				texts: () => [
					s.title,
					s.description,
					s.easeImpact,
					...(multipleActors ? sub.flatMap((r) => rowTexts(r, fields)) : []),
				],
				description: (l, t) =>
					multipleActors
						? t('meta.subgoal', { id: s.id, title: pick(s.title, l, source).text })
						: t('meta.subgoalOne', { id: s.id, title: pick(s.title, l, source).text }),
				parent: { kind: 'goal', goal: g.goal },
				search: { type: 'subgoal', goal: g.goal },
			});
		}
	}

	if (multipleActors)
		add({
			key: { kind: 'actors' },
			title: (l, t) => ph(t('actors.title'), l),
			texts: () => actors.map((a) => a.name),
			description: (_l, t) => t('meta.actors', { count: actors.length }),
			parent: { kind: 'home' },
			search: { type: 'page' },
		});
	for (const a of actors) {
		const own = rows.filter((r) => r.actor === a.id);
		if (own.length === 0) continue;
		const actorParent: RouteKey = multipleActors ? { kind: 'actors' } : { kind: 'home' };
		add({
			key: { kind: 'actor', actor: a.id },
			title: (l) => local(a.name, l),
			texts: () => [
				a.name,
				...leaves.map((x) => x.title),
				...own.flatMap((r) => rowTexts(r, fields)),
			],
			description: (l, t) =>
				t('meta.actor', { actor: pick(a.name, l, source).text, count: own.length }),
			parent: actorParent,
			search: { type: 'page', actor: a.id },
		});
		for (const r of own) {
			const leaf = leaves.find((x) => x.id === r.goal);
			if (!leaf) continue;
			add({
				key: { kind: 'measure', actor: a.id, goal: r.goal },
				title: (l) => cat(local(a.short, l), ph(`: ${r.goal} `, l), local(leaf.title, l)),
				texts: () => [a.short, a.name, leaf.title, ...rowTexts(r, fields)],
				description: (l, t) =>
					t('meta.measure', {
						actor: pick(a.name, l, source).text,
						id: r.goal,
						title: pick(leaf.title, l, source).text,
					}),
				parent: { kind: 'actor', actor: a.id },
				search: { type: 'measure', actor: a.id, goal: leaf.goal },
			});
		}
		add({
			key: { kind: 'actorPrint', actor: a.id },
			title: (l) => local(a.name, l),
			texts: () => [
				a.name,
				...leaves.map((x) => x.title),
				...own.flatMap((r) => rowTexts(r, fields)),
			],
			description: (l, t) => t('meta.actorPrint', { actor: pick(a.name, l, source).text }),
			parent: { kind: 'actor', actor: a.id },
			listed: false,
		});
	}

	if (indicators.length > 0) {
		add({
			key: { kind: 'indicators' },
			title: (l, t) => ph(t('indicators.title'), l),
			texts: () => [
				...(content.indicators?.intro ?? []),
				content.indicators?.rule,
				...indicators.flatMap((i) => [i.title, i.category]),
			],
			description: (_l, t) => t('meta.indicators', { count: indicators.length }),
			parent: { kind: 'home' },
			search: { type: 'page' },
		});
		for (const ind of indicators)
			add({
				key: { kind: 'indicator', id: ind.id },
				title: (l) => cat(ph(`${ind.id}. `, l), local(ind.title, l)),
				texts: () => [
					ind.title,
					ind.category,
					ind.explanation,
					...ind.sources,
					...ind.series.map((s) => s.title),
					...ind.changes.flatMap((c) => [c.title_before, c.note]),
				],
				description: (l, t) =>
					t('meta.indicator', { id: ind.id, title: pick(ind.title, l, source).text }),
				parent: { kind: 'indicators' },
				search: { type: 'indicator' },
			});
	}

	if (calendar)
		add({
			key: { kind: 'calendar' },
			title: (l, t) => ph(t('calendar.title'), l),
			texts: () => [
				...calendar.intro,
				...calendar.omissions,
				...calendar.items.flatMap((i) => [i.text, i.participants]),
			],
			description: (_l, t) => t('meta.calendar'),
			parent: { kind: 'home' },
			search: { type: 'calendar' },
		});

	if (glossary.length > 0)
		add({
			key: { kind: 'glossary' },
			title: (l, t) => ph(t('glossary.title'), l),
			texts: () => glossary.flatMap((g) => [g.term, g.definition, g.source.title]),
			description: (_l, t) => t('meta.glossary', { count: glossary.length }),
			parent: { kind: 'home' },
			search: { type: 'glossary' },
		});

	const pageTitle = (id: string) => async (l: string) =>
		(await getSitePage(l, id))?.entry.data.title;
	const titles: Record<string, Record<string, string | undefined>> = {};
	for (const id of ['data', 'accessibility'])
		for (const l of plan.languages) (titles[id] ??= {})[l] = await pageTitle(id)(l);
	const hasPage = (id: string, l: string) => sitePages.some((p) => p.id === `${l}/${id}`);
	if (sitePages.some((p) => p.id === `${source}/data`))
		add({
			key: { kind: 'data' },
			title: (l) => ph(titles.data?.[l] ?? '', hasPage('data', l) ? l : source),
			texts: none,
			ownFile: (l) => hasPage('data', l),
			description: (_l, t) => t('meta.data'),
			parent: { kind: 'home' },
			search: { type: 'page' },
		});
	add({
		key: { kind: 'accessibility' },
		title: (l) => ph(titles.accessibility?.[l] ?? '', hasPage('accessibility', l) ? l : source),
		texts: none,
		ownFile: (l) => hasPage('accessibility', l),
		description: (_l, t) => t('meta.accessibility'),
		parent: { kind: 'home' },
		search: { type: 'page' },
	});
	add({
		key: { kind: 'search' },
		title: (l, t) => ph(t('search.title'), l),
		texts: none,
		description: (_l, t) => t('meta.search'),
		parent: { kind: 'home' },
	});
	add({
		key: { kind: 'siteIndex' },
		title: (l, t) => ph(t('siteIndex.title'), l),
		texts: none,
		description: (_l, t) => t('meta.siteIndex'),
		parent: { kind: 'home' },
	});
	add({
		key: { kind: 'print' },
		title: (l) => local(plan.title, l),
		texts: () => [plan.title],
		ownFile: (l) => (chaptersBy.get(l) ?? []).every((c) => c.translated),
		description: (l, t) => t('meta.print', { title: pick(plan.title, l, source).text }),
		parent: { kind: 'home' },
		listed: false,
	});
	for (const r of content.redirects) {
		const [lang = source] = r.from.split('/').filter(Boolean);
		add({
			key: { kind: 'redirect', path: r.from },
			title: (l, t) => ph(t('redirect.title'), l),
			texts: none,
			description: (_l, t) => t('redirect.text'),
			parent: { kind: 'home' },
			listed: false,
			redirectTo: () => r.to,
			langs: [lang],
		});
	}

	const ui = new Map(plan.languages.map((l) => [l, useTranslations(l)]));
	const tFor = (l: string): Translate => {
		const t = ui.get(l);
		if (!t)
			throw new Error(
				`getRoutes: received language "${l}", expected one of ${plan.languages.join(', ')}`,
			);
		return t;
	};
	const byKey = new Map(drafts.map((d) => [JSON.stringify(d.key), d]));
	const share = (d: Draft, l: string) => {
		const texts = untranslatedShare(d.texts(), l, source);
		if (d.ownFile && !d.ownFile(l)) return 1;
		return texts;
	};
	const crumbsOf = (d: Draft, lang: string) => {
		const out: { label: Phrase; path: string }[] = [];
		let parent = d.parent;
		while (parent) {
			const p = byKey.get(JSON.stringify(parent));
			if (!p)
				throw new Error(
					`getRoutes: received a page ${JSON.stringify(d.key)} whose parent ${JSON.stringify(parent)} is not built, expected a built parent`,
				);
			out.unshift({
				label: p.key.kind === 'home' ? ph(tFor(lang)('nav.home'), lang) : p.title(lang, tFor(lang)),
				path: localizedPath(lang, p.key),
			});
			parent = p.parent;
		}
		return out;
	};
	return drafts.flatMap((d) =>
		(d.langs ?? plan.languages).map((lang): AnyRoute => {
			const t = tFor(lang);
			const title = d.title(lang, t);
			return {
				kind: d.key.kind,
				key: d.key,
				lang,
				path: localizedPath(lang, d.key),
				title,
				description: d.description(lang, t, phraseText(title)),
				untranslated: share(d, lang),
				alternates: d.langs
					? []
					: plan.languages
							.filter((l) => l !== lang)
							.map((l) => ({ lang: l, path: localizedPath(l, d.key), untranslated: share(d, l) })),
				crumbs: crumbsOf(d, lang),
				listed: d.listed ?? true,
				...(d.search ? { search: d.search } : {}),
				...(d.redirectTo ? { redirectTo: d.redirectTo(lang) } : {}),
			};
		}),
	);
}

/** The sections of the main navigation, in order: only those that have pages in `lang`. */
export function navSections(
	routes: readonly AnyRoute[],
	lang: string,
): { kind: RouteKind; path: string }[] {
	const sections: RouteKind[] = [
		'strategy',
		'goals',
		'actors',
		'indicators',
		'calendar',
		'glossary',
	];
	const out = sections.flatMap((kind) => {
		const r = routes.find((x) => x.lang === lang && x.kind === kind);
		return r ? [{ kind, path: r.path }] : [];
	});
	// With one actor there is no actors list: the section leads to that actor's own page.
	if (!out.some((s) => s.kind === 'actors')) {
		const only = routes.filter((x) => x.lang === lang && x.kind === 'actor');
		if (only.length === 1 && only[0])
			out.splice(Math.min(2, out.length), 0, { kind: 'actor', path: only[0].path });
	}
	return out;
}
