import { rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './content-check.ts';
import { run } from './run.ts';
import { publish } from './publish.ts';

export const STAGING_ROOT = '.build';
export const STAGING = join(STAGING_ROOT, 'dist');
export const TARGET = 'dist';

/** The build's steps, in order. scripts/build.ts runs them; scripts/bench.ts times them. */
export const buildSteps: { name: string; run: () => Promise<void> }[] = [
	{
		name: 'Checking content',
		run: async () => {
			const { files, problems } = await checkContent(process.cwd());
			if (problems.length > 0)
				throw new Error(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
			console.log(`      ${files} content files OK`);
		},
	},
	{
		name: 'Building pages (astro build)',
		run: async () => {
			await rm(STAGING_ROOT, { recursive: true, force: true });
			await mkdir(STAGING_ROOT, { recursive: true });
			// Astro's content cache keeps entries whose files did not change even when a schema did
			// (a new default field then reads as undefined): every build starts from the content itself.
			await rm(join('node_modules', '.astro'), { recursive: true, force: true });
			await run('npx', ['--no-install', 'astro', 'build', '--silent'], {
				SITE_OUT_DIR: STAGING,
				ASTRO_TELEMETRY_DISABLED: '1',
			});
			if (!existsSync(join(STAGING, 'fi', 'index.html')))
				throw new Error(`astro build finished but ${STAGING}/fi/index.html is missing`);
		},
	},
	{
		name: 'Publishing to dist/',
		run: async () => {
			await publish(STAGING, TARGET);
			await rm(STAGING_ROOT, { recursive: true, force: true });
		},
	},
];
