import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { yamlFiles, yamlFolders, mdxFolders } from '../../src/schemas/registry.ts';
import { formatPath } from '../../src/lib/content-errors.ts';

export type Missing = { file: string; field: string; fi: string };

/** Every localized field ({ fi, … }) without `sv`, as file + field path (the same paths as content errors). */
export function missingSv(
	value: unknown,
	file: string,
	path: PropertyKey[] = [],
	out: Missing[] = [],
): Missing[] {
	if (Array.isArray(value)) value.forEach((v, i) => missingSv(v, file, [...path, i], out));
	else if (value && typeof value === 'object') {
		const obj = value as Record<string, unknown>;
		if (typeof obj.fi === 'string' && (typeof obj.sv !== 'string' || obj.sv.trim() === ''))
			out.push({ file, field: formatPath(path), fi: obj.fi });
		for (const [k, v] of Object.entries(obj))
			if (k !== 'fi' && k !== 'sv') missingSv(v, file, [...path, k], out);
	}
	return out;
}

/** The translation report: untranslated fields per YAML file, and MDX pages with no Swedish file. */
export function translationStatus(root: string): {
	fields: Missing[];
	pages: string[];
	totals: Record<string, { fields: number; missing: number }>;
} {
	const files = [
		...Object.values(yamlFiles).map((f) => f.file),
		...Object.values(yamlFolders).flatMap((f) =>
			readdirSync(join(root, f.folder))
				.filter((n) => n.endsWith('.yaml'))
				.map((n) => `${f.folder}/${n}`),
		),
	];
	const fields: Missing[] = [];
	const totals: Record<string, { fields: number; missing: number }> = {};
	for (const file of files) {
		const data = parse(readFileSync(join(root, file), 'utf8'));
		const missing = missingSv(data, file);
		const all = missingSv(
			JSON.parse(JSON.stringify(data, (k, v) => (k === 'sv' ? undefined : v))),
			file,
		);
		totals[file] = { fields: all.length, missing: missing.length };
		fields.push(...missing);
	}
	const pages: string[] = [];
	for (const { folder } of Object.values(mdxFolders)) {
		const fiDir = join(root, folder, 'fi');
		if (!existsSync(fiDir)) continue;
		for (const name of readdirSync(fiDir).filter((n) => n.endsWith('.mdx')))
			if (!existsSync(join(root, folder, 'sv', name))) pages.push(`${folder}/sv/${name}`);
	}
	return { fields, pages, totals };
}
