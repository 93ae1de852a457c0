import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with the finished `staging` folder. The old folder is moved aside first and
 * removed only after the new one is in place, so a reader of dist/ never sees it half-written.
 */
export async function publish(staging: string, target: string): Promise<void> {
	if (!existsSync(staging))
		throw new Error(`publish: received staging folder ${staging}, which does not exist`);
	const old = `${target}.old-${process.pid}`;
	if (existsSync(target)) await rename(target, old);
	try {
		await rename(staging, target);
	} catch (err) {
		if (existsSync(old)) await rename(old, target);
		throw err;
	}
	await rm(old, { recursive: true, force: true });
}
