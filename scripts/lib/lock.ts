import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a process with this pid is running (signal 0 only checks). */
export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return err instanceof Error && 'code' in err && err.code === 'EPERM';
	}
}

/**
 * Takes a lock folder (mkdir is atomic) holding this process's pid; a lock whose holder is gone
 * (a killed build) is taken over. Returns the function that releases it, or the live holder's pid.
 */
function takeLock(lock: string): (() => void) | number {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			return () => rmSync(lock, { recursive: true, force: true });
		} catch (err) {
			if (!(err instanceof Error && 'code' in err && err.code === 'EEXIST')) throw err;
			let pid = NaN;
			try {
				pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
			} catch {
				// A lock without a pid is being made right now, or was left half-made: treat it as held once.
			}
			if (Number.isInteger(pid) && alive(pid)) return pid;
			rmSync(lock, { recursive: true, force: true });
		}
	}
	throw new Error(`could not take the lock ${lock}`);
}

/**
 * One build at a time per output folder. A second build stops with a clear message. Returns the
 * function that releases the lock.
 */
export function acquireBuildLock(out: string): () => void {
	mkdirSync(dirname(out), { recursive: true });
	const held = takeLock(join(dirname(out), `.${basename(out)}.lock`));
	if (typeof held === 'number')
		throw new Error(
			`another build (process ${held}) is already building ${basename(out)}/; wait for it to finish, or stop it`,
		);
	return held;
}

/**
 * Waits until this process holds the lock, saying once whom it waits for. For what builds of
 * different folders share: Astro keeps the content modules of the build in the project's .astro/,
 * so two astro builds in one project at once would render each other's content.
 */
export async function waitForLock(
	lock: string,
	onWait: (pid: number) => void,
): Promise<() => void> {
	mkdirSync(dirname(lock), { recursive: true });
	let told = false;
	for (;;) {
		const held = takeLock(lock);
		if (typeof held === 'function') return held;
		if (!told) onWait(held);
		told = true;
		await sleep(300);
	}
}
