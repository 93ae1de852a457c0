import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
 * One build at a time per output folder: a lock folder made with mkdir (atomic) holding the
 * builder's pid. A second build stops with a clear message; a lock left by a killed build is
 * taken over. Returns the function that releases the lock.
 */
export function acquireBuildLock(out: string): () => void {
	mkdirSync(dirname(out), { recursive: true });
	const lock = join(dirname(out), `.${basename(out)}.lock`);
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
			if (Number.isInteger(pid) && alive(pid))
				throw new Error(
					`another build (process ${pid}) is already building ${basename(out)}/; wait for it to finish, or stop it`,
					{ cause: err },
				);
			rmSync(lock, { recursive: true, force: true });
		}
	}
	throw new Error(`could not take the build lock ${lock}`);
}
