import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import fi from '../../src/i18n/locales/fi.ts';

/**
 * Every sentence the site shows must come from the seeds, or describe the site itself. This checks
 * each Finnish text in content/ against the seed texts, ignoring only what the PDF extraction
 * changes: white space, line-break hyphens and quote marks. A text an editor invents, paraphrases
 * or mistypes fails here. UI strings that speak about the plan are listed and reviewed below.
 */
const SEEDS = join('..', 'shared', 'seeds');
const norm = (s: string) =>
	s
		.replace(/\\([{}<])/g, '$1')
		.replace(/&lt;/g, '<')
		.replace(/[\s\u00ad\-–—‐]+/g, '')
		.replace(/[”“"'’]/g, '')
		.toLowerCase();

/** Texts that are whole in the source but that the extraction split with page furniture in between; the site joins the halves. */
const JOINED_ACROSS_BREAKS: Record<string, string> = {
	'Lasten ja nuorten hyvinvointisuunnitelman päivitys ja voimassaolon jatko':
		'seed 000 l. 870–882: the minutes’ page break',
	'Lasten, nuorten ja perheiden sosiaali- ja terveyspalvelut tukevat':
		'seed 000 l. 1513: the labels of the picture on page 9',
};
/** Obvious spelling slips fixed on the site (fixed form → the seed's form). */
const SPELLING_FIXES: Record<string, string> = {
	'Alla indikaattoreiden selitysten': 'Alla indokaattoreiden selitysten',
};
const unfix = (t: string) =>
	Object.entries(SPELLING_FIXES).reduce((s, [fixed, orig]) => s.replace(fixed, orig), t);
const isKnownJoin = (t: string) =>
	Object.keys(JOINED_ACROSS_BREAKS).some((start) => t.startsWith(start));
const CHAPTER_LABEL =
	/^\s*\d \|\s+(Johdanto|Nykytilan kuvaus|Päätavoitteet|Tuki tavoitteiden saavuttamiseksi|Toimenpiteillä kohti vaikuttavuutta)\s*$/gm;
const seedText = existsSync(SEEDS)
	? readdirSync(SEEDS)
			.filter((f) => /^\d{3}_.*\.txt$/.test(f))
			.map((f) => norm(readFileSync(join(SEEDS, f), 'utf8').replace(CHAPTER_LABEL, '')))
			.join('|')
	: '';

/** The Finnish texts of a YAML value, keys in `skip` left out (labels we compose, contact details). */
function finnishTexts(
	value: unknown,
	where: string,
	out: [string, string][],
	skip: Set<string>,
): void {
	if (Array.isArray(value)) value.forEach((v, i) => finnishTexts(v, `${where}[${i}]`, out, skip));
	else if (value && typeof value === 'object') {
		const obj: Record<string, unknown> = { ...value };
		if (typeof obj.fi === 'string') for (const p of obj.fi.split(/\n\s*\n/)) out.push([where, p]);
		for (const [k, v] of Object.entries(obj))
			if (k !== 'fi' && k !== 'sv' && !skip.has(k)) finnishTexts(v, `${where}.${k}`, out, skip);
	}
}
const yamlTexts = (file: string, skip: string[] = []) => {
	const out: [string, string][] = [];
	finnishTexts(parse(readFileSync(file, 'utf8')), file, out, new Set(skip));
	return out;
};
function mdxTexts(file: string): [string, string][] {
	return readFileSync(file, 'utf8')
		.replace(/^---[\s\S]*?---\n/, '')
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter((b) => b !== '' && !/^<AreaTable/.test(b))
		.flatMap((b) => b.split('\n'))
		.flatMap((line) => {
			const q = /^<Quote by="([^"]*)">([\s\S]*)<\/Quote>$/.exec(line.trim());
			return q ? [q[2] ?? '', q[1] ?? ''] : [line];
		})
		.map((line) =>
			line
				.replace(/^#+\s*/, '')
				.replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
				.replace(/\*\*/g, ''),
		)
		.filter((line) => line.trim() !== '')
		.map((line): [string, string] => [file, line]);
}

describe.skipIf(!existsSync(SEEDS))('every Finnish text in content/ is in the seeds', () => {
	const groups: [string, [string, string][]][] = [
		[
			'measures',
			readdirSync('content/measures').flatMap((f) => yamlTexts(join('content/measures', f))),
		],
		['goals', yamlTexts('content/goals.yaml')],
		['glossary', yamlTexts('content/glossary.yaml', ['source'])],
		['indicators', yamlTexts('content/indicators.yaml')],
		['calendar', yamlTexts('content/calendar.yaml', ['omissions'])],
		// Labels, plurals and counts of plan.yaml name parts of the plan; the contact's role and unit, the units' and verdicts' wording are ours.
		[
			'plan',
			yamlTexts('content/plan.yaml', [
				'label',
				'plural',
				'count',
				'body',
				'role',
				'unit',
				'units',
				'verdicts',
				'areas',
				'groups',
				'actorKinds',
				'licence',
				'shortTitle',
				'area',
				'publisher',
				'namedIn',
			]),
		],
		[
			'chapters',
			readdirSync('content/chapters/fi')
				.filter((f) => f !== 'lahteet.mdx')
				.flatMap((f) => mdxTexts(join('content/chapters/fi', f))),
		],
	];
	for (const [name, texts] of groups)
		it(`${name}: ${texts.length} texts`, () => {
			expect(
				texts
					.filter(([, t]) => !isKnownJoin(t) && !seedText.includes(norm(unfix(t))))
					.map(([w, t]) => `${w}: ${t.slice(0, 120)}`),
			).toEqual([]);
		});
	it('chapter 7 lists only sources cited in the text', () => {
		const items = readFileSync('content/chapters/fi/lahteet.mdx', 'utf8')
			.split('\n')
			.filter((l) => l.startsWith('- '))
			.map((l) => l.slice(2));
		expect(items.length).toBeGreaterThan(5);
		for (const item of items)
			expect(seedText, item).toContain(norm(item.replace(/,? (\d{4})$/, '')));
	});
});

/**
 * UI strings that speak about the plan or its source. Each is reviewed: either it describes the
 * site (what this web edition shows and how), or it restates the plan's own rule; none states a
 * fact of the plan's content. A new string that speaks of the plan fails until it is reviewed here.
 */
const REVIEWED: Record<string, string> = {
	'validity.label': 'a label',
	'validity.period': 'the period comes from plan.yaml',
	'fallback.all': 'describes the site: what is translated',
	'fallback.most': 'describes the site',
	'fallback.some': 'describes the site',
	'meta.untranslated': 'describes the site: what is translated',
	'footer.homepage': 'a link label; the address comes from plan.yaml',
	'home.status': 'a label',
	'home.current': 'points to the publisher’s own page for current information; claims nothing',
	'home.find': 'a label',
	'home.pdf': 'describes the site’s PDF',
	'home.whatIs': 'a heading over the plan’s own summary',
	'strategy.intro': 'describes the page',
	'chapter.rebuilt':
		'describes the web edition: a printed list missing here, rebuilt from the plan’s citations',
	'chapter.omissions': 'describes the web edition',
	'goals.intro': 'the counts and their words come from content',
	'goals.introWithSub': 'the counts and their words come from content',
	'subgoal.indicatorsUncertain':
		'describes what the web edition could not read from the printed layout',
	'subgoal.noIndicators': 'true of content: shown only when a goal lists no indicator',
	'actor.intro': 'the count comes from content; permanent addresses are the site’s',
	'measure.rowEmpty': 'true of content: shown only for a row the source left blank',
	'measure.rowSee': 'true of content: shown only for a row that only points elsewhere',
	'measure.blankFields': 'true of content: names the fields the source left blank',
	'measure.dashFields': 'true of content: names the fields the source marked with a dash',
	'summary.rule': 'describes how the site computed the summary',
	'indicator.uncertainNote': 'describes values marked uncertain in content',
	'indicator.rule':
		'restates the plan’s colour rule (seed 000, l. 2032–2033) with the threshold from content',
	'status.noneDirection': 'true of content: shown only where better is "none"',
	'calendar.basis': 'a label for the source’s own words',
	'calendar.legend': 'describes the wheel',
	'calendar.legendSeasons': 'describes the wheel',
	'calendar.legendUnknown': 'describes the wheel; the count comes from content',
	'calendar.feedIntro': 'describes the feed',
	'calendar.feedLeftOut': 'describes the feed; the count comes from content',
	'calendar.feedDayUnknown': 'true of content: written only for items without a date',
	'glossary.intro': 'describes the page: definitions are the sources’ own words',
	'meta.strategy': 'a page description',
	'meta.goals': 'a page description',
	'meta.actors': 'a page description; the count comes from content',
	'meta.indicators': 'a page description; the count comes from content',
	'meta.calendar': 'a page description',
	'meta.glossary': 'a page description; the count comes from content',
	'meta.data': 'a page description',
	'meta.search': 'a page description',
	'meta.print': 'a page description',
};

describe('UI strings that speak about the plan', () => {
	const speaks = Object.entries(fi.strings).filter(([, m]) =>
		/suunnitelm|painet|lähte/i.test(typeof m === 'string' ? m : Object.values(m).join(' ')),
	);
	it('are each reviewed (or come from the seeds word for word)', () => {
		const unreviewed = speaks
			.filter(
				([k, m]) => !(k in REVIEWED) && !(typeof m === 'string' && seedText.includes(norm(m))),
			)
			.map(([k]) => k);
		expect(unreviewed).toEqual([]);
	});
	it('the review list holds no stale keys', () => {
		for (const k of Object.keys(REVIEWED)) expect(Object.keys(fi.strings), k).toContain(k);
	});
	it('no UI string states a count, a threshold or a year of one plan', () => {
		for (const [k, m] of Object.entries(fi.strings)) {
			const text = typeof m === 'string' ? m : Object.values(m).join(' ');
			expect(text, k).not.toMatch(/\b(1,5|0,5|16|11|32|2020|2025)\b/);
		}
	});
});
