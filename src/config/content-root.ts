import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The content root the site is built from: $PLAN_CONTENT (set by `npm run build -- --content <dir>`,
 * `npm run dev` and `npm run check`), else content/, the Kymenlaakso plan.
 */
export function contentRoot(): string {
	return resolve(process.env.PLAN_CONTENT ?? 'content');
}

/** The root as the editor named it, for messages ("content/actors.yaml: …"). */
export function contentLabel(): string {
	return process.env.PLAN_CONTENT_LABEL ?? process.env.PLAN_CONTENT ?? 'content';
}

/** The UI locales that ship with the generator: one file per language in src/i18n/locales/. */
export function shippedLocales(dir = resolve('src/i18n/locales')): string[] {
	return readdirSync(dir)
		.filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
		.map((f) => f.replace(/\.ts$/, ''))
		.sort();
}

/**
 * The plan's languages, read early (the chapter loader's pattern needs them before any content is
 * loaded). A broken plan.yaml yields [] here; the plan loader then reports the real problem.
 */
export function planLanguagesSync(root = contentRoot()): string[] {
	const file = join(root, 'plan.yaml');
	if (!existsSync(file)) return [];
	try {
		const data: unknown = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
		if (typeof data !== 'object' || data === null || !('languages' in data)) return [];
		const langs = data.languages;
		return Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string') : [];
	} catch {
		return [];
	}
}
