import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK = '.build-lock';

/**
 * Build-output and browser tests read dist/. Build it once if a fresh checkout has none. Both test
 * projects run this setup; a lock folder makes the second wait for the first instead of building twice.
 */
export default async function ensureDist(): Promise<void> {
	if (existsSync('dist/fi/index.html')) return;
	let owner = false;
	try {
		mkdirSync(LOCK);
		owner = true;
	} catch {
		// Another project is building: wait for it.
	}
	if (!owner) {
		for (let i = 0; i < 600 && existsSync(LOCK); i++) await sleep(500);
		if (!existsSync('dist/fi/index.html'))
			throw new Error(
				'dist/ is still missing after waiting for the other build: run `npm run build` and read its error',
			);
		return;
	}
	try {
		console.log(
			'dist/ is missing: running `npm run build` before the build-output and browser tests.',
		);
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}
