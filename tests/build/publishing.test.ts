import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build, copyPlan, treeHash } from '../helpers/build.ts';
import { alive } from '../../scripts/lib/lock.ts';

/**
 * dist/ is a whole site at every instant: a second build in the same folder is refused, a killed
 * build leaves the old site (and the next build cleans up after it), and a build whose parent dies
 * does not publish. These run real builds of the synthetic plan.
 */
let work: ReturnType<typeof copyPlan>;
let out: string;
let before: string;

beforeAll(() => {
	work = copyPlan('tests/fixtures/synthetic');
	out = join(work.dir, 'site');
	const r = build(work.content, out);
	if (r.status !== 0) throw new Error(r.output);
	before = treeHash(out);
}, 300_000);
afterAll(() => work.cleanup());

/** Starts a build in the background; resolves once its output contains `marker`. */
function startBuild(command: string[], marker: RegExp) {
	const child = spawn(command[0] ?? 'node', command.slice(1), {
		env: { ...process.env, PDF: 'off', SEARCH: 'off' },
	});
	let output = '';
	const reached = new Promise<void>((resolve, reject) => {
		const onData = (d: Buffer) => {
			output += d.toString();
			if (marker.test(output)) resolve();
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', () => reject(new Error(`exited before ${String(marker)}:\n${output}`)));
	});
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, reached, exited, output: () => output };
}

describe('publishing', () => {
	it('a second build in the same folder stops with a clear message', async () => {
		const first = startBuild(
			['node', 'scripts/build.ts', '--content', work.content, '--out', out],
			/\[2\/\d\] Building pages/,
		);
		await first.reached;
		const second = build(work.content, out);
		expect(second.status).toBe(1);
		expect(second.stderr).toMatch(
			/another build \(process \d+\) is already building site\/; wait for it to finish, or stop it/,
		);
		expect(await first.exited).toBe(0);
	});

	it('a killed build leaves the previous site whole, and the next build cleans up after it', async () => {
		const current = treeHash(out);
		const b = startBuild(
			['node', 'scripts/build.ts', '--content', work.content, '--out', out],
			/\[2\/\d\] Building pages/,
		);
		await b.reached;
		await sleep(1500);
		b.child.kill('SIGKILL');
		await b.exited;
		// The orphan guard stops the killed build's astro within a moment.
		await sleep(3000);
		expect(treeHash(out)).toBe(current);
		const pid = b.child.pid ?? 0;
		// (Another test's build may clean the leftovers first: the next build must leave none either way.)
		const next = build(work.content, out);
		expect(next.status, next.output).toBe(0);
		expect(existsSync(join('.build', `work-${pid}`))).toBe(false);
		const releases = readdirSync(join(work.dir, '.site.releases')).filter(
			(n) => !n.endsWith('.published'),
		);
		expect(releases.length).toBeLessThanOrEqual(2);
	});

	it('a build whose parent dies does not publish', async () => {
		const current = treeHash(out);
		// The shell stands for npm: kill it, and the build it started must not publish on its own.
		const shell = startBuild(
			[
				'bash',
				'-c',
				`node scripts/build.ts --content '${work.content}' --out '${out}' & echo "pid:$!"; wait`,
			],
			/\[2\/\d\] Building pages/,
		);
		await shell.reached;
		const pid = Number(/pid:(\d+)/.exec(shell.output())?.[1]);
		shell.child.kill('SIGKILL');
		await shell.exited;
		for (let i = 0; i < 600 && alive(pid); i++) await sleep(100);
		expect(alive(pid)).toBe(false);
		expect(treeHash(out)).toBe(current);
		expect(current).toBe(before);
	});
});
