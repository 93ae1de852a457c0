import { createHash, type Hash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Everything a site is built from, besides its own content folder. */
const CODE = ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const STAMPS = resolve('.build/stamps');

function hashTree(base: string, path: string, hash: Hash): Hash {
	if (!existsSync(path)) return hash;
	if (statSync(path).isDirectory()) {
		for (const name of readdirSync(path).sort())
			if (!name.endsWith('.test.ts')) hashTree(base, join(path, name), hash);
	} else hash.update(relative(base, path)).update(readFileSync(path));
	return hash;
}

/**
 * A hash of what a full build of `content` reads: the generator's code and the content folder, and
 * the environment that changes the output. Undefined for a partial build (PDF=off, SEARCH=off),
 * which no test may take for a whole site.
 */
export function inputHash(content: string): string | undefined {
	if (process.env.PDF === 'off' || process.env.SEARCH === 'off') return undefined;
	const h = createHash('sha256').update(`SITE_URL=${process.env.SITE_URL ?? ''}\n`);
	for (const p of CODE) hashTree(resolve('.'), resolve(p), h);
	return hashTree(resolve(content), resolve(content), h.update('content\n')).digest('hex');
}

const stampFile = (out: string) =>
	join(STAMPS, `${relative(resolve('.'), resolve(out)).replace(/[^a-zA-Z0-9.-]+/g, '_')}.txt`);

/** The input hash of the last full build published to `out`, if any. */
export function readStamp(out: string): string | undefined {
	const f = stampFile(out);
	return existsSync(f) ? readFileSync(f, 'utf8') : undefined;
}

/** Records that `out` now holds a full build of inputs with this hash (or forgets it, for a partial build). */
export function writeStamp(out: string, hash: string | undefined): void {
	// Only sites inside the project are tested; a build elsewhere (a test's own copy) leaves no stamp.
	if (relative(resolve('.'), resolve(out)).startsWith('..')) return;
	if (hash === undefined) return rmSync(stampFile(out), { force: true });
	mkdirSync(STAMPS, { recursive: true });
	writeFileSync(stampFile(out), hash);
}
