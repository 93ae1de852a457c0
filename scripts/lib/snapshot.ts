import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEXT = /\.(ya?ml|mdx|md|txt)$/;

/**
 * A normalized copy of the content root for Astro: a BOM is dropped and CRLF becomes LF in every
 * text file (the content check has already refused invalid UTF-8), and the build reads one
 * consistent snapshot even if an editor saves a file meanwhile.
 */
export async function snapshotContent(from: string, to: string): Promise<number> {
	await cp(from, to, { recursive: true });
	let n = 0;
	const walk = async (dir: string): Promise<void> => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) await walk(path);
			else if (TEXT.test(entry.name)) {
				const text = await readFile(path, 'utf8');
				const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
				if (clean !== text) await writeFile(path, clean);
				n++;
			}
		}
	};
	await walk(to);
	return n;
}
