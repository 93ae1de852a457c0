/** `npm run dev [-- --content <dir>]`: Astro's dev server on a content root; edits to its files reload the page. */
import { parseArgs } from './lib/args.ts';
import { run } from './lib/run.ts';

const args = parseArgs(process.argv.slice(2));
await run('npx', ['--no-install', 'astro', 'dev', ...args.rest], {
	env: { PLAN_CONTENT: args.content, PLAN_CONTENT_LABEL: args.contentLabel },
});
