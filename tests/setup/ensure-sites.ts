import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { PLANS } from '../helpers/plans.ts';
import { inputHash, readStamp } from '../../scripts/lib/input-hash.ts';

const LOCK = '.build/test-setup.lock';

/**
 * The build-output and browser tests read built sites. `npm test` never tests a stale one: a site
 * is rebuilt whenever a hash of its inputs (its content folder and the generator's code) differs
 * from the hash the last full `npm run build` into that folder recorded (scripts/lib/input-hash.ts),
 * or when the site is missing. So CI's own build of dist/ is not made twice.
 * Both test projects run this setup; a lock folder makes the second wait for the first.
 */
export default async function ensureSites(): Promise<void> {
	mkdirSync('.build', { recursive: true });
	let owner = false;
	try {
		mkdirSync(LOCK);
		owner = true;
	} catch {
		// Another project's setup is building: wait for it below.
	}
	if (!owner) {
		for (let i = 0; i < 1200 && existsSync(LOCK); i++) await sleep(500);
		return;
	}
	try {
		for (const plan of PLANS) {
			const want = inputHash(plan.content);
			if (want && readStamp(plan.dist) === want && existsSync(join(plan.dist, 'index.html')))
				continue;
			console.log(`${plan.name}: inputs changed since its last full build; building ${plan.dist}/`);
			execFileSync('node', ['scripts/build.ts', '--content', plan.content, '--out', plan.dist], {
				stdio: 'inherit',
			});
		}
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}
