/**
 * `npm run check [-- --content <dir>]`: every content problem the build would find (schemas,
 * references, MDX bodies), then `astro check` (types of the code and the .astro files) and `tsc`
 * for the scripts. `--content-only` stops after the content. Exits non-zero with every problem listed.
 */
import { parseArgs } from './lib/args.ts';
import { checkContent } from './lib/content-check.ts';
import { run } from './lib/run.ts';

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
if (!args.rest.includes('--content-only')) {
	try {
		await run('npx', ['--no-install', 'astro', 'check'], {
			env: { PLAN_CONTENT: args.content, PLAN_CONTENT_LABEL: args.contentLabel },
		});
	} catch (err) {
		console.error(String(err instanceof Error ? err.message : err));
		process.exit(1);
	}
}
