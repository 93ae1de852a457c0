import { existsSync, readFileSync } from 'node:fs';
import { describePath, type Segments } from '../../src/lib/paths.ts';
import { distFiles, urlOf } from './dist-files.ts';

export const MANIFEST = 'published-urls.txt';

/** The URLs a built site publishes: pages, open data, feeds, PDFs. Hashed assets and the search index are not links anyone keeps. */
export function publishedUrls(root: string): string[] {
	return distFiles(undefined, root)
		.filter((f) => !f.startsWith('/_astro/') && !f.startsWith('/pagefind/'))
		.map(urlOf)
		.sort();
}

export function readManifest(file: string): string[] | undefined {
	if (!existsSync(file)) return undefined;
	return readFileSync(file, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#'));
}

export function manifestText(urls: readonly string[]): string {
	return [
		'# Every URL this plan has published. The build fails if one would disappear; give a moved page a',
		'# redirect in redirects.yaml instead. After a build that adds URLs, record them: npm run urls:record',
		...urls,
		'',
	].join('\n');
}

/** What content change removes a URL, in the editor's terms. */
export function explainRemoved(url: string, segments: Readonly<Record<string, Segments>>): string {
	const d = describePath(url, segments);
	if (!d) {
		const data = /^\/data\/indicators\/(\d+)\.csv$/.exec(url);
		if (data) return `indicator ${data[1]} (indicators.yaml)`;
		const pdf = /^\/([a-z]{2,3})\/(?:[a-z-]+\/)?([a-z0-9-]+)\.pdf$/.exec(url);
		if (pdf) return `a PDF (the plan's slug in plan.yaml, or actor "${pdf[2]}" in actors.yaml)`;
		return 'a file the build no longer writes';
	}
	const k = d.key;
	switch (k.kind) {
		case 'chapter':
			return `chapter "${k.slug}" (chapters/${d.lang}/${k.slug}.mdx)`;
		case 'goal':
			return `main goal ${k.goal} (goals.yaml)`;
		case 'subgoal':
			return `sub-goal ${k.id} (goals.yaml)`;
		case 'actor':
		case 'actorPrint':
			return `actor "${k.actor}" (actors.yaml, measures/${k.actor}.yaml)`;
		case 'measure':
			return `the row ${k.goal} of actor "${k.actor}" (measures/${k.actor}.yaml, actors.yaml or goals.yaml)`;
		case 'indicator':
			return `indicator ${k.id} (indicators.yaml)`;
		case 'indicators':
			return 'the indicators section (indicators.yaml)';
		case 'calendar':
			return 'the annual calendar (calendar.yaml)';
		case 'glossary':
			return 'the glossary (glossary.yaml)';
		case 'data':
		case 'accessibility':
			return `the page pages/${d.lang}/${k.kind}.mdx`;
		case 'strategy':
			return `the strategy chapters (chapters/${d.lang}/)`;
		case 'actors':
			return 'the actors list (actors.yaml: it is built only for more than one actor)';
		default:
			return `the ${k.kind} page`;
	}
}

export type GuardResult = {
	missing: { url: string; why: string }[];
	added: string[];
	manifest: boolean;
};

export function guardUrls(
	built: readonly string[],
	manifest: readonly string[] | undefined,
	segments: Readonly<Record<string, Segments>>,
): GuardResult {
	if (!manifest) return { missing: [], added: [...built], manifest: false };
	const now = new Set(built);
	const before = new Set(manifest);
	return {
		missing: manifest
			.filter((u) => !now.has(u))
			.map((url) => ({ url, why: explainRemoved(url, segments) })),
		added: built.filter((u) => !before.has(u)),
		manifest: true,
	};
}
