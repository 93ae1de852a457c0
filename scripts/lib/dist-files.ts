import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as site paths ("/fi/index.html"), sorted. */
export function distFiles(ext?: string, root = 'dist', dir = root): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out.push(...distFiles(ext, root, full));
		else if (!ext || name.endsWith(ext)) out.push(`/${relative(root, full).split(sep).join('/')}`);
	}
	return out.sort();
}

/** The URL a browser uses for a built HTML file ("/fi/index.html" → "/fi/"). */
export function urlOf(file: string): string {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
