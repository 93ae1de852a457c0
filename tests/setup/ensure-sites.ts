import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { PLANS } from '../helpers/plans.ts';

const LOCK = '.build/test-setup.lock';
const STAMPS = '.build/stamps';
/** Everything a site is built from, besides its own content folder. */
const CODE = ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function hashTree(path: string, hash = createHash('sha256')): ReturnType<typeof createHash> {
	if (!existsSync(path)) return hash;
	if (statSync(path).isDirectory()) {
		for (const name of readdirSync(path).sort())
			if (!name.endsWith('.test.ts')) hashTree(join(path, name), hash);
	} else hash.update(path).update(readFileSync(path));
	return hash;
}

/**
 * The build-output and browser tests read built sites. `npm test` never tests a stale one: a site
 * is rebuilt whenever a hash of its inputs (its content folder and the generator's code) differs
 * from the hash recorded when it was last built by this setup, or when the site is missing.
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
		mkdirSync(STAMPS, { recursive: true });
		const code = CODE.reduce((h, p) => hashTree(p, h), createHash('sha256'));
		const codeHash = code.digest('hex');
		for (const plan of PLANS) {
			const want = hashTree(plan.content, createHash('sha256').update(codeHash)).digest('hex');
			const stamp = join(STAMPS, `${plan.name}.txt`);
			const have = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
			if (have === want && existsSync(join(plan.dist, 'index.html'))) continue;
			console.log(`${plan.name}: inputs changed since the last test build; building ${plan.dist}/`);
			execFileSync('node', ['scripts/build.ts', '--content', plan.content, '--out', plan.dist], {
				stdio: 'inherit',
			});
			writeFileSync(stamp, want);
		}
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}
