import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import { mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/**
 * Publishing with no instant at which the output folder is missing or half-written: every build
 * is a release folder, and `out` is a symbolic link that is switched to the new release with one
 * rename(2), which is atomic. The previous release is kept (rollback), older ones are removed.
 * A real folder left at `out` by an older build is moved aside once, then replaced by the link.
 */
export function releasesDir(out: string): string {
	return join(dirname(out), `.${basename(out)}.releases`);
}

export async function newRelease(out: string, id: string): Promise<string> {
	const dir = join(releasesDir(out), id);
	await mkdir(dir, { recursive: true });
	return dir;
}

/** The release `out` points to now, if it is a link. */
export function currentRelease(out: string): string | undefined {
	if (!existsSync(out) && !isLink(out)) return undefined;
	if (!isLink(out)) return undefined;
	return resolve(dirname(out), readlinkSync(out));
}

function isLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

export async function publish(release: string, out: string, keep = 2): Promise<void> {
	if (!existsSync(join(release)))
		throw new Error(`publish: received release ${release}, which does not exist`);
	const parent = dirname(out);
	await mkdir(parent, { recursive: true });
	// An older build left a real folder at `out`: keep it as a release, so it stays whole until the switch.
	if (existsSync(out) && !isLink(out)) {
		const legacy = await newRelease(out, `legacy-${Date.now()}`);
		await rm(legacy, { recursive: true, force: true });
		await rename(out, legacy);
		await writeFile(`${legacy}.published`, '');
		await symlink(relative(parent, legacy), out);
	}
	const tmp = join(parent, `.${basename(out)}.link-${process.pid}`);
	await rm(tmp, { force: true });
	await symlink(relative(parent, release), tmp);
	await rename(tmp, out);
	// Only releases that were published count as a previous site; a killed build's half-written one never does.
	await writeFile(`${release}.published`, '');
	await prune(out, release, keep);
}

/** Removes releases other than the current one and the `keep - 1` newest before it, and stale temporary links. */
export async function prune(out: string, current: string, keep = 2): Promise<void> {
	const dir = releasesDir(out);
	if (!existsSync(dir)) return;
	const names = (await readdir(dir)).filter((n) => !n.endsWith('.published')).sort();
	const others = names.map((n) => join(dir, n)).filter((p) => resolve(p) !== resolve(current));
	const published = others.filter((p) => existsSync(`${p}.published`));
	const keepOthers = new Set(published.slice(Math.max(0, published.length - (keep - 1))));
	for (const p of others)
		if (!keepOthers.has(p)) {
			await rm(p, { recursive: true, force: true });
			await rm(`${p}.published`, { force: true });
		}
	const parent = dirname(out);
	for (const n of await readdir(parent))
		if (n.startsWith(`.${basename(out)}.link-`)) await rm(join(parent, n), { force: true });
}
