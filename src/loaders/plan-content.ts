/**
 * Reads and checks a whole content root: every file against its schema (built from plan.yaml),
 * then every reference between files. All problems are collected, file and field or line first,
 * so an editor fixes them in one go. `npm run check`, the build's first step and the Astro
 * loaders all call this, so they can never disagree.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
	ContentError,
	decodeContent,
	describeIssues,
	parseContent,
	parseYaml,
} from '../lib/content-errors.ts';
import { mdxProblems } from '../lib/mdx-safety.ts';
import { pointerTargets } from '../lib/measures.ts';
import { planLanguagesSchema, planSchema, type Plan } from '../schemas/plan.ts';
import { actorsFileSchema, type Actor } from '../schemas/actors.ts';
import { goalsFileSchema, type Goal } from '../schemas/goals.ts';
import { measuresFileSchema, type MeasuresFile } from '../schemas/measures.ts';
import { indicatorsFileSchema, type IndicatorsFile } from '../schemas/indicators.ts';
import { calendarFileSchema, type CalendarFile } from '../schemas/calendar.ts';
import { glossaryFileSchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { termbaseFileSchema, type Termbase } from '../schemas/termbase.ts';
import {
	chapterFrontmatterSchema,
	pageFrontmatterSchema,
	redirectsFileSchema,
	type ChapterFrontmatter,
	type PageFrontmatter,
	type Redirect,
} from '../schemas/pages.ts';
import { MDX_COMPONENTS } from './mdx-components.ts';

export type MdxFile<F> = { lang: string; slug: string; file: string; frontmatter: F };

export type PlanContent = {
	plan: Plan;
	actors: Actor[];
	goals: Goal[];
	measures: (MeasuresFile & { file: string })[];
	indicators?: IndicatorsFile;
	calendar?: CalendarFile;
	glossary: GlossaryEntry[];
	termbase?: Termbase;
	redirects: Redirect[];
	chapters: MdxFile<ChapterFrontmatter>[];
	pages: MdxFile<PageFrontmatter>[];
};

export type LoadResult = { content?: PlanContent; problems: string[]; files: number };

/** The content files every plan has, and the ones a plan may leave out. */
export const CONTENT_FILES = {
	plan: 'plan.yaml',
	actors: 'actors.yaml',
	goals: 'goals.yaml',
	measures: 'measures',
	indicators: 'indicators.yaml',
	calendar: 'calendar.yaml',
	glossary: 'glossary.yaml',
	termbase: 'i18n/termbase.yaml',
	redirects: 'redirects.yaml',
	chapters: 'chapters',
	pages: 'pages',
} as const;

/** Site pages that every language must have (the law asks for an accessibility statement in each). */
export const REQUIRED_PAGES = ['accessibility'] as const;
/** Site pages a plan may add; each has its own route. */
export const OPTIONAL_PAGES = ['data'] as const;

export async function loadPlanContent(
	root: string,
	shippedLocales: readonly string[],
): Promise<LoadResult> {
	const problems: string[] = [];
	let files = 0;
	const label = (rel: string) => `${root.replace(/\/$/, '')}/${rel}`;
	const read = async (rel: string): Promise<string | undefined> => {
		const path = join(root, rel);
		if (!existsSync(path)) return undefined;
		files++;
		return decodeContent(label(rel), await readFile(path));
	};
	const attempt = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
		try {
			return await fn();
		} catch (err) {
			if (err instanceof ContentError) {
				problems.push(...err.message.split('\n'));
				return undefined;
			}
			throw err;
		}
	};
	const yamlFile = async <S extends z.ZodType>(rel: string, schema: S, required: boolean) =>
		attempt(async () => {
			const text = await read(rel);
			if (text === undefined) {
				if (required) throw new ContentError(label(rel), ['(top level): the file is missing']);
				return undefined;
			}
			return parseContent(label(rel), text, schema);
		});

	if (!existsSync(root)) return { problems: [`${root}: the content folder does not exist`], files };

	// plan.yaml first: its languages and shape are what every other file is checked against.
	const plan = await attempt(async () => {
		const text = await read(CONTENT_FILES.plan);
		if (text === undefined)
			throw new ContentError(label(CONTENT_FILES.plan), ['(top level): the file is missing']);
		const raw = parseYaml(label(CONTENT_FILES.plan), text);
		const langs = planLanguagesSchema(shippedLocales).safeParse(raw);
		if (!langs.success)
			throw new ContentError(label(CONTENT_FILES.plan), describeIssues(langs.error.issues));
		const parsed = planSchema(langs.data.languages).safeParse(raw);
		if (!parsed.success)
			throw new ContentError(label(CONTENT_FILES.plan), describeIssues(parsed.error.issues));
		const p = parsed.data;
		const issues = planProblems(p);
		if (issues.length > 0) throw new ContentError(label(CONTENT_FILES.plan), issues);
		return p;
	});
	if (!plan) return { problems, files };

	const actors = (await yamlFile(CONTENT_FILES.actors, actorsFileSchema(plan), true)) ?? [];
	const goals = (await yamlFile(CONTENT_FILES.goals, goalsFileSchema(plan), true)) ?? [];
	const indicators = await yamlFile(CONTENT_FILES.indicators, indicatorsFileSchema(plan), false);
	const calendar = await yamlFile(CONTENT_FILES.calendar, calendarFileSchema(plan), false);
	const glossary = (await yamlFile(CONTENT_FILES.glossary, glossaryFileSchema(plan), false)) ?? [];
	const termbase = await yamlFile(CONTENT_FILES.termbase, termbaseFileSchema, false);
	const redirects = (await yamlFile(CONTENT_FILES.redirects, redirectsFileSchema, false)) ?? [];

	const measures: (MeasuresFile & { file: string })[] = [];
	const measureDir = join(root, CONTENT_FILES.measures);
	if (existsSync(measureDir)) {
		const names = (await readdir(measureDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
		for (const name of names) {
			const rel = `${CONTENT_FILES.measures}/${name}`;
			const parsed = await yamlFile(rel, measuresFileSchema(plan), true);
			if (!parsed) continue;
			const id = name.replace(/\.ya?ml$/, '');
			if (parsed.actor !== id)
				problems.push(
					`${label(rel)}: actor: expected "${id}" (the file's name), received "${parsed.actor}"`,
				);
			else measures.push({ ...parsed, file: label(rel) });
		}
	}

	const mdx = async <F>(folder: string, schema: z.ZodType<F>) => {
		const out: MdxFile<F>[] = [];
		const dir = join(root, folder);
		if (!existsSync(dir)) return out;
		for (const lang of (await readdir(dir)).sort()) {
			if (!plan.languages.includes(lang)) {
				problems.push(
					`${label(`${folder}/${lang}`)}: expected a folder per plan language (${plan.languages.join(', ')}), received "${lang}"`,
				);
				continue;
			}
			for (const name of (await readdir(join(dir, lang))).sort()) {
				const rel = `${folder}/${lang}/${name}`;
				if (!name.endsWith('.mdx')) {
					problems.push(`${label(rel)}: expected only .mdx files here`);
					continue;
				}
				const slug = name.replace(/\.mdx$/, '');
				await attempt(async () => {
					const text = (await read(rel)) ?? '';
					if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
						throw new ContentError(label(rel), [
							`the file name "${slug}" must be a lowercase slug: it is the page's URL`,
						]);
					const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
					if (!m)
						throw new ContentError(label(rel), [
							'line 1: expected frontmatter between --- lines at the start of the file',
						]);
					const fm = schema.safeParse(parseYaml(label(rel), m[1] ?? ''));
					const fileProblems = fm.success
						? []
						: describeIssues(fm.error.issues).map((p) => `frontmatter ${p}`);
					fileProblems.push(...mdxProblems(text, MDX_COMPONENTS));
					if (fileProblems.length > 0) throw new ContentError(label(rel), fileProblems);
					if (fm.success) out.push({ lang, slug, file: label(rel), frontmatter: fm.data });
				});
			}
		}
		return out;
	};
	const chapters = await mdx(CONTENT_FILES.chapters, chapterFrontmatterSchema);
	const pages = await mdx(CONTENT_FILES.pages, pageFrontmatterSchema);

	const content: PlanContent = {
		plan,
		actors,
		goals,
		measures,
		glossary,
		redirects,
		chapters,
		pages,
		...(indicators ? { indicators } : {}),
		...(calendar ? { calendar } : {}),
		...(termbase ? { termbase } : {}),
	};
	problems.push(...referenceProblems(content, label, root));
	return problems.length > 0 ? { problems, files } : { content, problems, files };
}

/** Checks within plan.yaml that a schema cannot express. */
function planProblems(p: Plan): string[] {
	const out: string[] = [];
	if (p.validity.from > p.validity.to)
		out.push(
			`validity: expected from (${p.validity.from}) to be no later than to (${p.validity.to})`,
		);
	const levels = [
		['goal', p.goalLevels.goal],
		['subgoal', p.goalLevels.subgoal],
	] as const;
	for (const [name, level] of levels) {
		if (!level) continue;
		for (const lang of p.languages)
			if (!level.count[lang])
				out.push(`goalLevels.${name}.count: expected the count's wording in "${lang}"`);
		for (const lang of Object.keys(level.count))
			if (!p.languages.includes(lang))
				out.push(`goalLevels.${name}.count.${lang}: not one of the plan's languages`);
	}
	if (p.indicators) {
		const areas = p.indicators.areas.map((a) => a.id);
		if (!areas.includes(p.indicators.focus))
			out.push(
				`indicators.focus: expected one of indicators.areas (${areas.join(', ')}), received "${p.indicators.focus}"`,
			);
		if (!areas.includes(p.indicators.reference))
			out.push(
				`indicators.reference: expected one of indicators.areas (${areas.join(', ')}), received "${p.indicators.reference}"`,
			);
	}
	return out;
}

/** References between files, and the rules that span files (one row per goal, sections with content). */
function referenceProblems(c: PlanContent, label: (rel: string) => string, root: string): string[] {
	const out: string[] = [];
	const { plan } = c;
	const fieldIds = plan.measureFields.map((f) => f.id);
	const leaves = c.goals.flatMap((g) =>
		g.subgoals.length > 0 ? g.subgoals.map((s) => s.id) : [String(g.goal)],
	);
	const actorIds = new Set(c.actors.map((a) => a.id));
	const indicatorIds = new Set(c.indicators?.indicators.map((i) => i.id) ?? []);

	// Measures: a declared actor, every lowest-level goal once and in order, pointers that resolve.
	for (const m of c.measures) {
		if (!actorIds.has(m.actor))
			out.push(`${m.file}: actor: "${m.actor}" is not declared in ${label(CONTENT_FILES.actors)}`);
		const ids = m.rows.map((r) => r.goal);
		leaves.forEach((id, i) => {
			if (ids[i] !== id)
				out.push(
					`${m.file}: rows[${i}].goal: expected row "${id}" here (one row per lowest-level goal, in the order of goals.yaml: ${leaves.join(', ')}), received ${ids[i] === undefined ? 'nothing' : `"${ids[i]}"`}`,
				);
		});
		ids
			.slice(leaves.length)
			.forEach((id, k) =>
				out.push(
					`${m.file}: rows[${leaves.length + k}].goal: "${id}" is not a lowest-level goal of goals.yaml, or a second row for it`,
				),
			);
		m.rows.forEach((r, i) => {
			for (const f of fieldIds) {
				const cell = r.cells[f];
				if (cell?.kind === 'see' && cell.see === r.goal)
					out.push(`${m.file}: rows[${i}].${f}.see: a row cannot point to itself`);
			}
			for (const target of pointerTargets(r, fieldIds))
				if (!ids.includes(target))
					out.push(
						`${m.file}: rows[${i}]: points to row "${target}", which this actor does not have`,
					);
		});
	}
	// A declared actor without its file would lose its pages silently; the URL guard would only
	// catch it in the build, and a new plan's actors would have no pages at all.
	const withFile = new Set(c.measures.map((m) => m.actor));
	if (c.measures.length > 0)
		for (const a of c.actors)
			if (!withFile.has(a.id))
				out.push(
					`${label(`${CONTENT_FILES.measures}/${a.id}.yaml`)}: missing. Actor "${a.id}" is declared in ${label(CONTENT_FILES.actors)}, and every actor needs its measure file (one row per lowest-level goal); remove the actor or add the file`,
				);
	if (c.measures.length === 0 && existsSync(join(root, CONTENT_FILES.measures)))
		out.push(
			`${label(CONTENT_FILES.measures)}: the folder holds no measure file; add one per actor or remove the folder`,
		);

	// Goals → indicators.
	c.goals.forEach((g, gi) => {
		const refs: [string, number[]][] = [
			[`[${gi}].indicators`, g.indicators],
			...g.subgoals.map((s, si): [string, number[]] => [
				`[${gi}].subgoals[${si}].indicators`,
				s.indicators,
			]),
		];
		for (const [path, ids] of refs)
			ids.forEach((id, k) => {
				if (!indicatorIds.has(id))
					out.push(
						`${label(CONTENT_FILES.goals)}: ${path}[${k}]: indicator ${id} is not in ${label(CONTENT_FILES.indicators)}`,
					);
			});
	});

	// Indicators: declared in plan.yaml, values in range, one value per (series, area, group, year).
	const indFile = label(CONTENT_FILES.indicators);
	if (plan.indicators && !c.indicators)
		out.push(
			`${label(CONTENT_FILES.plan)}: indicators: the plan declares indicators, but ${indFile} is missing`,
		);
	if (c.indicators && !plan.indicators)
		out.push(
			`${indFile}: (top level): plan.yaml declares no indicators (its "indicators" section), so this file cannot be used`,
		);
	if (c.indicators && c.indicators.indicators.length === 0)
		out.push(
			`${indFile}: indicators: the section is declared but has no indicators; add some or remove the file`,
		);
	const units = new Map(plan.indicators?.units.map((u) => [u.id, u.kind]) ?? []);
	c.indicators?.indicators.forEach((ind, i) => {
		const seriesIds = ind.series.map((s) => s.id);
		const seen = new Map<string, number>();
		ind.values.forEach((v, j) => {
			const at = `${indFile}: indicators[${i}].values[${j}]`;
			if (seriesIds.length > 0 && !seriesIds.includes(v.series ?? ''))
				out.push(
					`${at}.series: expected one of ${seriesIds.join(', ')}, received ${JSON.stringify(v.series)}`,
				);
			if (seriesIds.length === 0 && v.series !== undefined)
				out.push(`${at}.series: indicator ${ind.id} declares no series`);
			const kind = units.get(ind.unit);
			if (kind === 'percent' && (v.value < 0 || v.value > 100))
				out.push(`${at}.value: a percentage must lie in 0–100, received ${v.value}`);
			if (kind !== 'percent' && v.value < 0)
				out.push(`${at}.value: a ${kind} cannot be negative, received ${v.value}`);
			if (v.year > plan.validity.to && !v.forecast)
				out.push(
					`${at}.year: ${v.year} is after the plan's last year (${plan.validity.to}); mark a forecast with forecast: true`,
				);
			const key = `${v.series ?? ''}|${v.area}|${v.group}|${v.year}`;
			const first = seen.get(key);
			if (first !== undefined)
				out.push(
					`${at}: a second value for ${v.series ? `series ${v.series}, ` : ''}${v.area}, ${v.group}, ${v.year} (the first is values[${first}])`,
				);
			else seen.set(key, j);
		});
	});
	c.indicators?.groupings.forEach((g, i) =>
		g.indicators.forEach((id, k) => {
			if (!indicatorIds.has(id))
				out.push(`${indFile}: groupings[${i}].indicators[${k}]: indicator ${id} does not exist`);
		}),
	);

	if (c.calendar && c.calendar.items.length === 0)
		out.push(
			`${label(CONTENT_FILES.calendar)}: items: the calendar has no items; add some or remove the file`,
		);
	if (existsSync(join(root, CONTENT_FILES.glossary)) && c.glossary.length === 0)
		out.push(
			`${label(CONTENT_FILES.glossary)}: the glossary has no entries; add some or remove the file`,
		);

	// Chapters and pages: numbers and slugs once per language; a translation never without its source file.
	const source = plan.languages[0] ?? '';
	const byLang = <F>(list: MdxFile<F>[], lang: string) => list.filter((x) => x.lang === lang);
	for (const lang of plan.languages) {
		const numbers = new Map<number, string>();
		for (const ch of byLang(c.chapters, lang)) {
			const other = numbers.get(ch.frontmatter.chapter);
			if (other)
				out.push(
					`${ch.file}: frontmatter chapter: number ${ch.frontmatter.chapter} is also used by ${other}`,
				);
			numbers.set(ch.frontmatter.chapter, ch.file);
		}
		if (lang === source) continue;
		const files: { lang: string; slug: string; file: string }[][] = [c.chapters, c.pages];
		for (const list of files)
			for (const x of list.filter((y) => y.lang === lang))
				if (!list.some((y) => y.lang === source && y.slug === x.slug))
					out.push(
						`${x.file}: no ${source} file with the same name; the slugs must be the same in every language`,
					);
	}
	for (const lang of plan.languages)
		for (const page of REQUIRED_PAGES)
			if (!c.pages.some((p) => p.lang === lang && p.slug === page))
				out.push(
					`${label(`${CONTENT_FILES.pages}/${lang}/${page}.mdx`)}: the file is missing; every language needs one`,
				);
	for (const p of c.pages)
		if (![...REQUIRED_PAGES, ...OPTIONAL_PAGES].some((known) => known === p.slug))
			out.push(
				`${p.file}: expected one of the site pages ${[...REQUIRED_PAGES, ...OPTIONAL_PAGES].join(', ')}`,
			);

	// Redirects: from a language's own path, to a path in the same language.
	c.redirects.forEach((r, i) => {
		const [fromLang] = r.from.split('/').filter(Boolean);
		const [toLang] = r.to.split('/').filter(Boolean);
		if (!fromLang || !plan.languages.includes(fromLang))
			out.push(
				`${label(CONTENT_FILES.redirects)}: [${i}].from: expected a path under one of /${plan.languages.join('/, /')}/`,
			);
		if (fromLang !== toLang)
			out.push(
				`${label(CONTENT_FILES.redirects)}: [${i}].to: expected a path in the same language as "from"`,
			);
	});
	return out;
}
