import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { formatPath } from '../../src/lib/content-errors.ts';

export type Missing = { file: string; field: string; text: string };
export type FileStatus = { file: string; fields: number; missing: number };
export type LanguageStatus = {
	lang: string;
	files: FileStatus[];
	fields: Missing[];
	pages: string[];
	total: number;
	translated: number;
	percent: number;
};

/** Keys whose text is not a translation (ids, URLs, dates, numbers) are never localized objects, so walking `{ <source>: … }` objects finds every text. */
export function missingIn(
	value: unknown,
	lang: string,
	source: string,
	file: string,
	path: PropertyKey[] = [],
	out: { all: number; missing: Missing[] } = { all: 0, missing: [] },
) {
	if (Array.isArray(value))
		value.forEach((v, i) => missingIn(v, lang, source, file, [...path, i], out));
	else if (value && typeof value === 'object') {
		const obj: Record<string, unknown> = { ...value };
		const text = obj[source];
		if (typeof text === 'string') {
			out.all++;
			const own = obj[lang];
			if (typeof own !== 'string' || own.trim() === '')
				out.missing.push({ file, field: formatPath(path), text });
		}
		for (const [k, v] of Object.entries(obj))
			if (k !== source && k !== lang) missingIn(v, lang, source, file, [...path, k], out);
	}
	return out;
}

function yamlFiles(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory())
			return ['chapters', 'pages'].includes(e.name) && dir === root ? [] : yamlFiles(root, p);
		return /\.ya?ml$/.test(e.name) && e.name !== 'termbase.yaml' ? [p] : [];
	});
}

/** What is not yet translated into each non-source language of the plan at `root`: fields per file, and MDX pages. */
export function translationStatus(root: string, label = root): LanguageStatus[] {
	const plan = parse(readFileSync(join(root, 'plan.yaml'), 'utf8'));
	const languages: string[] = plan.languages;
	const [source = 'fi', ...others] = languages;
	const files = yamlFiles(root).sort();
	return others.map((lang) => {
		const perFile: FileStatus[] = [];
		const fields: Missing[] = [];
		let total = 0;
		let translated = 0;
		for (const path of files) {
			const file = `${label}/${relative(root, path)}`;
			const r = missingIn(parse(readFileSync(path, 'utf8')), lang, source, file);
			perFile.push({ file, fields: r.all, missing: r.missing.length });
			fields.push(...r.missing);
			total += r.all;
			translated += r.all - r.missing.length;
		}
		const pages: string[] = [];
		for (const folder of ['chapters', 'pages']) {
			const dir = join(root, folder, source);
			if (!existsSync(dir)) continue;
			for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
				total++;
				if (existsSync(join(root, folder, lang, name))) translated++;
				else pages.push(`${label}/${folder}/${lang}/${name}`);
			}
		}
		return {
			lang,
			files: perFile,
			fields,
			pages,
			total,
			translated,
			percent: total === 0 ? 100 : Math.floor((translated / total) * 1000) / 10,
		};
	});
}
