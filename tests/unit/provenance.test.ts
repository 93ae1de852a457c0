import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Every sentence the site shows must come from the seeds. This checks each Finnish text in content/
 * against the seed texts, ignoring only what the PDF extraction changes: white space, line-break
 * hyphens and quote marks. A text an editor invents, paraphrases or mistypes fails here.
 */
const SEEDS = join('..', 'shared', 'seeds');
const norm = (s: string) =>
	s
		.replace(/\\([{}<])/g, '$1')
		.replace(/&lt;/g, '<')
		.replace(/[\s\u00ad\-–—‐]+/g, '')
		.replace(/[”“"'’]/g, '')
		.toLowerCase();

/**
 * Texts that are whole in the source but that the extraction split with page furniture or a picture's
 * labels in between; the site joins the two halves. Keyed by their start, each with where it breaks.
 */
const JOINED_ACROSS_BREAKS: Record<string, string> = {
	'Lasten ja nuorten hyvinvointisuunnitelman päivitys ja voimassaolon jatko':
		'seed 000 l. 870–882: the minutes’ page break',
	'Lasten, nuorten ja perheiden sosiaali- ja terveyspalvelut tukevat':
		'seed 000 l. 1513: the labels of the picture on page 9 (KOHDATAAN, KYSYTÄÄN, …)',
};
/** Obvious spelling slips fixed on the site (fixed form → the seed's form); listed in the closing notes. */
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
			// Running chapter labels ("1 |  Johdanto") interrupt paragraphs at page breaks: they are furniture.
			.map((f) => norm(readFileSync(join(SEEDS, f), 'utf8').replace(CHAPTER_LABEL, '')))
			.join('|')
	: '';

function finnishTexts(
	value: unknown,
	where: string,
	out: [string, string][],
	skip: Set<string>,
): void {
	if (Array.isArray(value)) value.forEach((v, i) => finnishTexts(v, `${where}[${i}]`, out, skip));
	else if (value && typeof value === 'object') {
		const obj = value as Record<string, unknown>;
		if (typeof obj.fi === 'string') for (const p of obj.fi.split(/\n\s*\n/)) out.push([where, p]);
		for (const [k, v] of Object.entries(obj))
			if (k !== 'fi' && k !== 'sv' && !skip.has(k)) finnishTexts(v, `${where}.${k}`, out, skip);
	}
}

function yamlTexts(file: string, skip: string[] = []): [string, string][] {
	const out: [string, string][] = [];
	finnishTexts(parse(readFileSync(file, 'utf8')), file, out, new Set(skip));
	return out;
}

function mdxTexts(file: string): [string, string][] {
	const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/, '');
	return (
		body
			.split(/\n\s*\n/)
			.map((block) => block.trim())
			.filter((b) => b !== '' && !/^<PopulationTable/.test(b))
			.flatMap((block) => block.split('\n'))
			// A quote's attribution follows it in the source: check the two apart.
			.flatMap((line) => {
				const q = /^<Quote by="([^"]*)">([\s\S]*)<\/Quote>$/.exec(line.trim());
				return q ? [q[2]!, q[1]!] : [line];
			})
			.map((line) =>
				line
					.replace(/^#+\s*/, '')
					.replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
					.replace(/\*\*/g, ''),
			)
			.filter((line) => line.trim() !== '')
			.map((line) => [file, line] as [string, string])
	);
}

describe.skipIf(!existsSync(SEEDS))('every Finnish text in content/ is in the seeds', () => {
	const measureFiles = readdirSync('content/measures').map((f) => join('content/measures', f));
	const chapterFiles = readdirSync('content/chapters/fi')
		.filter((f) => f !== 'lahteet.mdx') // rebuilt from citations: checked item by item below
		.map((f) => join('content/chapters/fi', f));
	const groups: [string, [string, string][]][] = [
		['measures', measureFiles.flatMap((f) => yamlTexts(f))],
		['goals', yamlTexts('content/goals.yaml')],
		['glossary', yamlTexts('content/glossary.yaml')],
		['indicators', yamlTexts('content/indicators.yaml')],
		['plan', yamlTexts('content/plan.yaml', ['body', 'role', 'unit'])],
		['chapters', chapterFiles.flatMap(mdxTexts)],
	];
	for (const [name, texts] of groups) {
		it(`${name}: ${texts.length} texts`, () => {
			const missing = texts
				.filter(([, t]) => !isKnownJoin(t) && !seedText.includes(norm(unfix(t))))
				.map(([w, t]) => `${w}: ${t.slice(0, 120)}`);
			expect(missing).toEqual([]);
		});
	}
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
