/**
 * `npm run check [-- --content <dir>]`: every problem the build would find, without publishing.
 * First the content (schemas, references, MDX bodies), then `astro check` (types of the code and
 * the .astro files), then the pages themselves and the URL guard, made and checked exactly as the
 * build does into a folder that is thrown away: a page that cannot render its content, or a
 * published URL that would disappear, fails here as it would fail the build. PDFs and the search
 * index are not made (PDF URLs are not checked). `--content-only` stops after the content;
 * `--no-types` leaves out `astro check`.
 * Exits non-zero with every problem listed.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from './lib/args.ts';
import { buildSteps, cleanLeftovers, createContext, WORK_ROOT } from './lib/build-steps.ts';
import { checkContent } from './lib/content-check.ts';
import { stepper } from './lib/progress.ts';
import { children, run } from './lib/run.ts';

const args = parseArgs(process.argv.slice(2));
const { files, problems } = await checkContent(args.content, args.contentLabel);
if (problems.length > 0) {
	console.error(
		`Content check failed: ${problems.length} problem(s) in ${args.contentLabel}/ (${files} files read):`,
	);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log(`Content check: ${files} files in ${args.contentLabel}/ OK.`);
if (args.rest.includes('--content-only')) process.exit(0);

// An editor who changed only content can skip the code's types (--no-types): they cannot change.
if (!args.rest.includes('--no-types'))
	try {
		await run('npx', ['--no-install', 'astro', 'check'], {
			env: { PLAN_CONTENT: args.content, PLAN_CONTENT_LABEL: args.contentLabel },
		});
	} catch (err) {
		console.error(String(err instanceof Error ? err.message : err));
		process.exit(1);
	}

const dry = join(WORK_ROOT, `check-${process.pid}`);
process.env.PDF = 'off';
const ctx = createContext({ ...args, out: join(dry, 'site'), outLabel: args.outLabel });
const cleanup = async () => {
	await rm(dry, { recursive: true, force: true });
	await rm(ctx.work, { recursive: true, force: true });
};
const fail = async (message: string, code = 1) => {
	for (const child of children) child.kill('SIGTERM');
	await cleanup();
	console.error(`\nCheck failed: ${message}`);
	process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
	process.on(signal, () => void fail(`stopped by ${signal}`, 130));

await cleanLeftovers();
const steps = buildSteps(ctx).filter((s) => ['content', 'pages', 'urls'].includes(s.id));
const progress = stepper(steps.length);
try {
	for (const step of steps) await progress.run(step.name, step.run);
} catch (err) {
	await fail(err instanceof Error ? err.message : String(err));
}
await cleanup();
console.log(`Check finished: ${args.contentLabel}/ builds, and no published URL disappears.`);
