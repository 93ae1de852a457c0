/**
 * `npm run check`: validates all content (schemas and references) and type-checks the code.
 * Exits non-zero with every problem listed, file and field first.
 */
import { checkContent } from './lib/content-check.ts';
import { run } from './lib/run.ts';

const root = process.cwd();
const { files, problems } = await checkContent(root);
if (problems.length > 0) {
	console.error(`Content check failed: ${problems.length} problem(s) in ${files} file(s):`);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log(`Content check: ${files} files OK.`);
if (!process.argv.includes('--content-only')) {
	try {
		await run('npx', ['--no-install', 'astro', 'check']);
	} catch (err) {
		console.error(String(err));
		process.exit(1);
	}
}
