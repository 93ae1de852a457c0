import { getCollection } from 'astro:content';
import { locales, otherLang, type Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { localizedPath, type RouteKey } from '../lib/paths.ts';
import { allTranslated, roman, text, type LocalizedText } from '../lib/localized.ts';
import { getPlan } from './plan.ts';
import { getActors } from './actors.ts';
import { getGoals } from './goals.ts';
import { getChapters } from './chapters.ts';
import { getAllMeasureRows, cellTexts } from './measures.ts';
import { getIndicators, indicatorTexts } from './indicators.ts';
import { getGlossary } from './glossary.ts';

export type Crumb = { label: string; path: string };

/** One built page: what it is, where it lives in both languages, and whether it is really translated. */
export type Route = {
	lang: Lang;
	key: RouteKey;
	path: string;
	/** The page's own title (without the site name). */
	title: string;
	/** All the page's content exists in `lang` (no Finnish fallback shown). */
	translated: boolean;
	/** The same page in the other language. */
	alternate: { lang: Lang; path: string; translated: boolean };
	/** Ancestors, home first, not including the page itself. */
	crumbs: Crumb[];
};

type Draft = {
	key: RouteKey;
	title: (lang: Lang) => string;
	texts: (lang: Lang) => boolean;
	parent?: RouteKey;
};

/**
 * Every page of the site. The catch-all route renders exactly these, the language switch and hreflang
 * come from here, and the tests read the same list, so a page cannot exist without being tested.
 */
export function getRoutes(): Promise<Route[]> {
	// Every page's layout asks for the routes; build them once per build, but afresh on every request in dev.
	if (!import.meta.env.DEV && cached) return cached;
	cached = buildRoutes();
	return cached;
}
let cached: Promise<Route[]> | undefined;

async function buildRoutes(): Promise<Route[]> {
	const [plan, actors, goals, rows, indicators, glossary, chaptersFi, chaptersSv, sitePages] =
		await Promise.all([
			getPlan(),
			getActors(),
			getGoals(),
			getAllMeasureRows(),
			getIndicators(),
			getGlossary(),
			getChapters('fi'),
			getChapters('sv'),
			getCollection('pages'),
		]);
	const ui = { fi: useTranslations('fi'), sv: useTranslations('sv') };
	const has = (lang: Lang, ...values: (LocalizedText | undefined)[]) => allTranslated(values, lang);
	const drafts: Draft[] = [];
	const add = (d: Draft) => drafts.push(d);

	add({
		key: { kind: 'home' },
		title: (l) => ui[l]('nav.home'),
		texts: (l) =>
			has(
				l,
				plan.title,
				plan.motto,
				plan.validity.note,
				...plan.summary,
				...plan.approvals.flatMap((a) => [a.body, a.text]),
				...goals.map((g) => g.title),
			),
	});

	if (chaptersFi.length > 0) {
		add({
			key: { kind: 'strategy' },
			title: (l) => ui[l]('strategy.title'),
			texts: (l) => (l === 'fi' ? true : chaptersSv.every((c) => c.translated)),
			parent: { kind: 'home' },
		});
		for (const c of chaptersFi) {
			add({
				key: { kind: 'chapter', slug: c.slug },
				title: (l) => {
					const own = (l === 'fi' ? chaptersFi : chaptersSv).find((x) => x.slug === c.slug)!;
					return `${own.entry.data.chapter} ${own.entry.data.title}`;
				},
				texts: (l) => l === 'fi' || chaptersSv.find((x) => x.slug === c.slug)!.translated,
				parent: { kind: 'strategy' },
			});
		}
	}

	add({
		key: { kind: 'goals' },
		title: (l) => ui[l]('goals.title'),
		texts: (l) => has(l, ...goals.flatMap((g) => [g.title, ...g.subgoals.map((s) => s.title)])),
		parent: { kind: 'home' },
	});
	for (const g of goals) {
		add({
			key: { kind: 'goal', goal: g.goal },
			title: (l) => `${ui[l]('goals.mainGoal')} ${roman(g.goal)}: ${text(g.title, l)}`,
			texts: (l) => has(l, g.title, ...g.description, ...g.subgoals.map((s) => s.title)),
			parent: { kind: 'goals' },
		});
	}
	if (rows.length > 0) {
		for (const g of goals) {
			for (const s of g.subgoals) {
				const subRows = rows.filter((r) => r.subgoal === s.id);
				add({
					key: { kind: 'subgoal', id: s.id },
					title: (l) => `${s.id} ${text(s.title, l)}`,
					texts: (l) =>
						has(
							l,
							s.title,
							s.description,
							...subRows.flatMap(cellTexts),
							...actors.map((a) => a.name),
						),
					parent: { kind: 'goal', goal: g.goal },
				});
			}
		}
	}

	add({
		key: { kind: 'actors' },
		title: (l) => ui[l]('actors.title'),
		texts: (l) => has(l, ...actors.map((a) => a.name)),
		parent: { kind: 'home' },
	});
	if (rows.length > 0) {
		const subgoals = goals.flatMap((g) => g.subgoals);
		for (const a of actors) {
			const own = rows.filter((r) => r.actor === a.id);
			if (own.length === 0) continue;
			add({
				key: { kind: 'actor', actor: a.id },
				title: (l) => text(a.name, l),
				texts: (l) => has(l, a.name, ...subgoals.map((s) => s.title), ...own.flatMap(cellTexts)),
				parent: { kind: 'actors' },
			});
			for (const r of own) {
				const s = subgoals.find((x) => x.id === r.subgoal)!;
				add({
					key: { kind: 'measure', actor: a.id, subgoal: r.subgoal },
					title: (l) => `${text(a.short, l)}: ${r.subgoal} ${text(s.title, l)}`,
					texts: (l) => has(l, a.name, s.title, ...cellTexts(r)),
					parent: { kind: 'actor', actor: a.id },
				});
			}
		}
	}

	if (indicators.length > 0) {
		add({
			key: { kind: 'indicators' },
			title: (l) => ui[l]('indicators.title'),
			texts: (l) => has(l, ...indicators.flatMap((i) => [i.title, i.category])),
			parent: { kind: 'home' },
		});
		for (const ind of indicators) {
			add({
				key: { kind: 'indicator', id: ind.id },
				title: (l) => `${ind.id}. ${text(ind.title, l)}`,
				texts: (l) => has(l, ...indicatorTexts(ind)),
				parent: { kind: 'indicators' },
			});
		}
	}

	if (glossary.length > 0) {
		add({
			key: { kind: 'glossary' },
			title: (l) => ui[l]('glossary.title'),
			texts: (l) => has(l, ...glossary.flatMap((g) => [g.term, g.definition])),
			parent: { kind: 'home' },
		});
	}

	if (rows.length > 0 && sitePages.some((p) => p.id.endsWith('/data'))) {
		add({
			key: { kind: 'data' },
			title: (l) => ui[l]('data.title'),
			texts: () => true,
			parent: { kind: 'home' },
		});
	}
	if (sitePages.some((p) => p.id.endsWith('/accessibility'))) {
		add({
			key: { kind: 'accessibility' },
			title: (l) => ui[l]('a11y.title'),
			texts: () => true,
			parent: { kind: 'home' },
		});
	}

	const byKey = new Map(drafts.map((d) => [JSON.stringify(d.key), d]));
	const crumbsOf = (d: Draft, lang: Lang): Crumb[] => {
		const out: Crumb[] = [];
		let parent = d.parent;
		while (parent) {
			const p = byKey.get(JSON.stringify(parent));
			if (!p)
				throw new Error(
					`getRoutes: page ${JSON.stringify(d.key)} has a parent that is not built: ${JSON.stringify(parent)}`,
				);
			out.unshift({ label: p.title(lang), path: localizedPath(lang, p.key) });
			parent = p.parent;
		}
		return out;
	};

	return drafts.flatMap((d) =>
		locales.map((lang): Route => {
			const alt = otherLang(lang);
			return {
				lang,
				key: d.key,
				path: localizedPath(lang, d.key),
				title: d.title(lang),
				translated: d.texts(lang),
				alternate: { lang: alt, path: localizedPath(alt, d.key), translated: d.texts(alt) },
				crumbs: crumbsOf(d, lang),
			};
		}),
	);
}

/** The sections shown in the main navigation: only those that have pages. */
export function navSections(routes: Route[], lang: Lang): { key: RouteKey; path: string }[] {
	const kinds = ['strategy', 'goals', 'actors', 'indicators', 'glossary', 'data'] as const;
	return kinds
		.filter((k) => routes.some((r) => r.lang === lang && r.key.kind === k))
		.map((k) => ({ key: { kind: k }, path: localizedPath(lang, { kind: k }) }));
}
