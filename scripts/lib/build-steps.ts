import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BuildArgs } from './args.ts';
import { checkContent } from './content-check.ts';
import { run } from './run.ts';
import { snapshotContent } from './snapshot.ts';
import { newRelease, publish } from './publish.ts';
import { alive, waitForLock } from './lock.ts';
import { loadLocales } from './locales.ts';
import { guardUrls, MANIFEST, publishedUrls, readManifest } from './url-guard.ts';
import { buildSearchIndex } from './search-index.ts';
import { makePdfs, writePdfSizes } from './pdf.ts';
import { findChromium } from './chromium.ts';
import type { PlanContent } from '../../src/loaders/plan-content.ts';

export const WORK_ROOT = resolve('.build');

export type StepId = 'content' | 'pages' | 'pdf' | 'search' | 'urls' | 'publish';
export type Step = { id: StepId; name: string; run: () => Promise<string> };
export type BuildContext = {
	args: BuildArgs;
	work: string;
	snapshot: string;
	release?: string;
	content?: PlanContent;
	startPpid: number;
};

/** Removes the work folders of builds and checks whose process is gone (killed ones leave them behind). */
export async function cleanLeftovers(): Promise<void> {
	if (!existsSync(WORK_ROOT)) return;
	for (const name of readdirSync(WORK_ROOT)) {
		// work-<pid>: a build's; check-<pid>: the pages `npm run check` builds and throws away.
		const m = /^(?:work|check)-(\d+)$/.exec(name);
		if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
			await rm(join(WORK_ROOT, name), { recursive: true, force: true });
	}
}

export function createContext(args: BuildArgs): BuildContext {
	const work = join(WORK_ROOT, `work-${process.pid}`);
	return { args, work, snapshot: join(work, 'content'), startPpid: process.ppid };
}

/** Moves a built folder's contents into `to` (renamed on one file system, copied across two). */
async function moveInto(from: string, to: string): Promise<void> {
	for (const name of await readdir(from)) {
		try {
			await rename(join(from, name), join(to, name));
		} catch (err) {
			if (!(err instanceof Error && 'code' in err && err.code === 'EXDEV')) throw err;
			await cp(join(from, name), join(to, name), { recursive: true });
			await rm(join(from, name), { recursive: true, force: true });
		}
	}
}

/** The build's steps, in order. scripts/build.ts runs them; scripts/bench.ts times them. */
export function buildSteps(ctx: BuildContext): Step[] {
	const { args } = ctx;
	return [
		{
			id: 'content',
			name: 'Checking content',
			run: async () => {
				// The PDF step needs a browser: say so now rather than after the pages are built.
				if (process.env.PDF !== 'off') findChromium();
				const { files, problems, content } = await checkContent(args.content, args.contentLabel);
				if (problems.length > 0 || !content)
					throw new Error(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
				ctx.content = content;
				return `${files} content files OK`;
			},
		},
		{
			id: 'pages',
			name: 'Building pages (astro build)',
			run: async () => {
				await rm(ctx.work, { recursive: true, force: true });
				await mkdir(ctx.work, { recursive: true });
				await snapshotContent(args.content, ctx.snapshot);
				ctx.release = await newRelease(args.out, `${Date.now()}-${process.pid}`);
				// Astro builds inside the project: with an output folder outside it, Astro puts its
				// prerender files in the project's shared .astro/.
				const pages = join(ctx.work, 'pages');
				// Astro also keeps the build's content modules in .astro/, so two astro builds in one
				// project at once (two plans, or tests side by side) would render each other's content:
				// one at a time, whatever folder each builds.
				const release = await waitForLock(join(WORK_ROOT, 'astro.lock'), (pid) =>
					process.stdout.write(`      waiting for another build's pages (process ${pid})\n`),
				);
				// Under the orphan guard: if this build is killed, its astro build stops too.
				await run(
					'node',
					[
						join(import.meta.dirname, 'orphan-guard.ts'),
						String(process.pid),
						'npx',
						'--no-install',
						'astro',
						'build',
						'--silent',
					],
					{
						env: {
							PLAN_CONTENT: ctx.snapshot,
							PLAN_CONTENT_LABEL: args.contentLabel,
							SITE_OUT_DIR: pages,
							ASTRO_CACHE_DIR: join(ctx.work, 'cache'),
							ASTRO_TELEMETRY_DISABLED: '1',
						},
						// Astro names the snapshot; the editor knows the content folder by its own name.
						rewrite: (text) => text.split(ctx.snapshot).join(args.contentLabel),
					},
				).finally(release);
				await moveInto(pages, ctx.release);
				const langs = ctx.content?.plan.languages ?? [];
				for (const l of langs)
					if (!existsSync(join(ctx.release, l, 'index.html')))
						throw new Error(`astro build finished but ${l}/index.html is missing`);
				return `${publishedUrls(ctx.release).length} URLs`;
			},
		},
		{
			id: 'pdf',
			name: 'Printing PDFs (Chromium)',
			run: async () => {
				if (!ctx.release) throw new Error('no release to print');
				if (process.env.PDF === 'off')
					return 'SKIPPED because PDF=off: this site has no PDFs, and its PDF links lead nowhere';
				const pdfs = await makePdfs(ctx.release, (line) => process.stdout.write(`${line}\n`));
				if (pdfs.length === 0) return 'no print documents';
				const links = await writePdfSizes(ctx.release, pdfs, await loadLocales());
				const mb = pdfs.reduce((n, p) => n + p.bytes, 0) / 1024 / 1024;
				return `${pdfs.length} PDFs, ${pdfs.reduce((n, p) => n + p.pages, 0)} pages, ${mb.toFixed(1)} MB; sizes written into ${links} links`;
			},
		},
		{
			id: 'search',
			name: 'Indexing for search (Pagefind)',
			run: async () => {
				if (!ctx.release) throw new Error('no release to index');
				if (process.env.SEARCH === 'off')
					return 'SKIPPED because SEARCH=off: this site has no search index';
				const { pages, languages } = await buildSearchIndex(ctx.release, (done, total) =>
					process.stdout.write(`      read ${done}/${total} pages\n`),
				);
				const per = Object.entries(languages)
					.map(([l, n]) => `${l} ${n}`)
					.join(', ');
				return `${pages} pages (${per})`;
			},
		},
		{
			id: 'urls',
			name: 'Checking published URLs',
			run: async () => {
				if (!ctx.release) throw new Error('no release to check');
				const locales = await loadLocales();
				const segments = Object.fromEntries([...locales].map(([l, d]) => [l, d.segments]));
				// With PDF=off no PDF is made, so the manifest's PDFs cannot be checked: say so.
				const pdfOff = process.env.PDF === 'off';
				const manifest = readManifest(join(args.content, MANIFEST));
				const result = guardUrls(
					publishedUrls(ctx.release),
					pdfOff ? manifest?.filter((u) => !u.endsWith('.pdf')) : manifest,
					segments,
				);
				if (result.missing.length > 0)
					throw new Error(
						`${result.missing.length} published URL(s) would disappear. Restore the content, or add each to ${args.contentLabel}/redirects.yaml with the address it moved to:\n  ${result.missing.map((m) => `${m.url}  ← ${m.why}`).join('\n  ')}`,
					);
				if (!result.manifest)
					return `no ${args.contentLabel}/${MANIFEST} yet: record the ${result.added.length} URLs with npm run urls:record`;
				const unchecked = pdfOff
					? ` (PDF=off: ${manifest?.filter((u) => u.endsWith('.pdf')).length ?? 0} PDF URLs not checked)`
					: '';
				return result.added.length > 0
					? `${result.added.length} new URL(s); record them with npm run urls:record -- --content ${args.contentLabel}: ${result.added.slice(0, 5).join(', ')}${result.added.length > 5 ? ' …' : ''}${unchecked}`
					: `every published URL is still there${unchecked}`;
			},
		},
		{
			id: 'publish',
			name: 'Publishing',
			run: async () => {
				if (!ctx.release) throw new Error('no release to publish');
				// A build whose parent (npm, a terminal, CI) has gone must not publish: nobody asked for it anymore.
				if (process.ppid !== ctx.startPpid || !alive(ctx.startPpid))
					throw new Error('the process that started this build has stopped; not publishing');
				await publish(ctx.release, args.out);
				await rm(ctx.work, { recursive: true, force: true });
				return `${args.outLabel}/ → ${ctx.release}`;
			},
		},
	];
}
