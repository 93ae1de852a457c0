import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError, describeIssues, parseContent } from '../../src/lib/content-errors.ts';
import { yamlFiles, yamlFolders, mdxFolders } from '../../src/schemas/registry.ts';
import { pointerTargets, type Row } from '../../src/lib/measures.ts';

export type CheckResult = { files: number; problems: string[] };

/** Frontmatter of an MDX file, or a ContentError naming the file. */
export function frontmatter(file: string, text: string): unknown {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!m)
		throw new ContentError(file, [
			'(top level): expected frontmatter between --- lines at the start of the file',
		]);
	return parse(m[1]!);
}

/**
 * Validates every content file against its schema and the references between files
 * (pointer rows, indicator ids, slugs present in both languages). Collects all problems
 * instead of stopping at the first, so an editor fixes them in one go.
 */
export async function checkContent(root: string): Promise<CheckResult> {
	const problems: string[] = [];
	let files = 0;
	const data: Record<string, any> = {};
	const attempt = async (fn: () => Promise<void>) => {
		try {
			await fn();
		} catch (err) {
			if (err instanceof ContentError) problems.push(...err.message.split('\n'));
			else throw err;
		}
	};

	for (const [name, { file, schema }] of Object.entries(yamlFiles)) {
		files++;
		await attempt(async () => {
			const path = join(root, file);
			if (!existsSync(path)) throw new ContentError(file, ['(top level): the file is missing']);
			data[name] = parseContent(file, await readFile(path, 'utf8'), schema);
		});
	}

	const measures: { actor: string; rows: Row[] }[] = [];
	for (const { folder, schema } of Object.values(yamlFolders)) {
		const names = (await readdir(join(root, folder))).filter((f) => f.endsWith('.yaml')).sort();
		for (const name of names) {
			files++;
			const file = `${folder}/${name}`;
			await attempt(async () => {
				const parsed = parseContent(file, await readFile(join(root, file), 'utf8'), schema);
				const id = name.replace(/\.yaml$/, '');
				if (parsed.actor !== id)
					throw new ContentError(file, [
						`actor: expected "${id}" (the file's name), received "${parsed.actor}"`,
					]);
				measures.push(parsed as { actor: string; rows: Row[] });
			});
		}
	}

	for (const { folder, schema, both } of Object.values(mdxFolders)) {
		const byLang: Record<string, string[]> = { fi: [], sv: [] };
		for (const lang of ['fi', 'sv']) {
			const dir = join(root, folder, lang);
			if (!existsSync(dir)) continue;
			for (const name of (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort()) {
				files++;
				byLang[lang]!.push(name);
				const file = `${folder}/${lang}/${name}`;
				await attempt(async () => {
					const fm = frontmatter(file, await readFile(join(root, file), 'utf8'));
					const result = schema.safeParse(fm);
					if (!result.success)
						throw new ContentError(
							file,
							describeIssues(result.error.issues).map((p) => `frontmatter ${p}`),
						);
				});
			}
		}
		// withastro/docs rule: the same slugs in every language. Swedish may lag behind Finnish, never the reverse.
		for (const name of byLang.sv!)
			if (!byLang.fi!.includes(name))
				problems.push(
					`${folder}/sv/${name}: no Finnish file ${folder}/fi/${name}; slugs must be the same in both languages`,
				);
		if (both)
			for (const name of byLang.fi!)
				if (!byLang.sv!.includes(name))
					problems.push(`${folder}/fi/${name}: expected a Swedish version ${folder}/sv/${name}`);
	}

	// References between files.
	const indicatorIds = new Set<number>((data.indicators ?? []).map((i: { id: number }) => i.id));
	(data.goals ?? []).forEach((g: any, gi: number) =>
		g.subgoals.forEach((s: any, si: number) =>
			(s.indicators ?? []).forEach((id: number, k: number) => {
				if (data.indicators && !indicatorIds.has(id))
					problems.push(
						`${yamlFiles.goals.file}: [${gi}].subgoals[${si}].indicators[${k}]: indicator ${id} does not exist in ${yamlFiles.indicators.file}`,
					);
			}),
		),
	);
	for (const m of measures) {
		const ids = new Set(m.rows.map((r) => r.subgoal));
		m.rows.forEach((r, i) => {
			for (const target of pointerTargets(r))
				if (!ids.has(target))
					problems.push(
						`${yamlFolders.measures.folder}/${m.actor}.yaml: rows[${i}]: points to row "${target}", which does not exist`,
					);
		});
	}

	return { files, problems };
}
