import { afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distFiles } from '../../scripts/lib/dist-files.ts';

/** Runs the real build on a content folder into an output folder. */
export function build(content: string, out: string, env: Record<string, string> = {}) {
	const r = spawnSync('node', ['scripts/build.ts', '--content', content, '--out', out], {
		encoding: 'utf8',
		env: { ...process.env, PDF: 'off', SEARCH: 'off', ...env },
	});
	return {
		status: r.status,
		stdout: r.stdout,
		stderr: r.stderr,
		output: `${r.stdout}\n${r.stderr}`,
	};
}

/** A hash of every file's path and bytes under `root` (following the dist link): equal hashes, identical trees. */
export function treeHash(root: string): string {
	const h = createHash('sha256');
	if (!existsSync(root)) return 'missing';
	for (const f of distFiles(undefined, root)) h.update(f).update(readFileSync(join(root, f)));
	return h.digest('hex');
}

/** A temporary copy of a content folder, and a function that removes it. */
export function copyPlan(from: string): { dir: string; content: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'plan-build-'));
	const content = join(dir, 'plan');
	cpSync(from, content, { recursive: true });
	return { dir, content, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A copy of a fixture plan built once for a test file (beforeAll), removed after it: its content
 * folder, its output folder, and the hash of that first build. Read the fields inside tests.
 */
export function builtCopy(fixture: string): { content: string; out: string; before: string } {
	let work: ReturnType<typeof copyPlan> | undefined;
	let before = '';
	const need = () => {
		if (!work)
			throw new Error('builtCopy: received no build yet, expected the fields read inside tests');
		return work;
	};
	beforeAll(() => {
		work = copyPlan(fixture);
		const r = build(work.content, join(work.dir, 'site'));
		if (r.status !== 0) throw new Error(r.output);
		before = treeHash(join(work.dir, 'site'));
	}, 300_000);
	afterAll(() => work?.cleanup());
	return {
		get content() {
			return need().content;
		},
		get out() {
			return join(need().dir, 'site');
		},
		get before() {
			return before;
		},
	};
}
