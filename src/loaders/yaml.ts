import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseContent } from '../lib/content-errors.ts';

type Entry = { id: string; data: Record<string, unknown> };

/**
 * Loads one YAML file. The whole file is validated first with `fileSchema`, so an error names the file
 * and field (`content/actors.yaml: [3].kind: …`) instead of Astro's per-entry message; the raw entries
 * are then stored through the collection schema.
 */
export function yamlFile(options: {
	file: string;
	fileSchema: z.ZodType;
	entries: (raw: any) => Entry[];
}): Loader {
	return {
		name: 'welfare-plan-yaml-file',
		load: async ({ store, parseData, config, watcher }) => {
			const path = fileURLToPath(new URL(options.file, config.root));
			const text = await readFile(path, 'utf8');
			parseContent(options.file, text, options.fileSchema);
			const { parse } = await import('yaml');
			store.clear();
			for (const entry of options.entries(parse(text))) {
				const data = await parseData({ id: entry.id, data: entry.data, filePath: options.file });
				store.set({ id: entry.id, data, filePath: options.file });
			}
			watcher?.add(path);
		},
	};
}

/** Loads every `*.yaml` file in a folder, one entry per file, with the file name as id. */
export function yamlFolder(options: {
	folder: string;
	fileSchema: z.ZodType;
	/** Extra checks that need the file name (e.g. the actor field must match it). */
	check?: (id: string, data: any, file: string) => void;
}): Loader {
	return {
		name: 'welfare-plan-yaml-folder',
		load: async ({ store, parseData, config }) => {
			const dir = fileURLToPath(new URL(`${options.folder}/`, config.root));
			const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
			store.clear();
			const { parse } = await import('yaml');
			for (const name of files) {
				const file = `${options.folder}/${name}`;
				const text = await readFile(`${dir}/${name}`, 'utf8');
				parseContent(file, text, options.fileSchema);
				const raw = parse(text);
				const id = name.replace(/\.yaml$/, '');
				options.check?.(id, raw, file);
				const data = await parseData({ id, data: raw, filePath: file });
				store.set({ id, data, filePath: file });
			}
		},
	};
}
