import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlFile, yamlFolder } from './loaders/yaml.ts';
import { ContentError } from './lib/content-errors.ts';
import { yamlFiles, yamlFolders, mdxFolders } from './schemas/registry.ts';
import { planSchema } from './schemas/plan.ts';
import { actorSchema } from './schemas/actors.ts';
import { goalSchema } from './schemas/goals.ts';
import { measuresFileSchema } from './schemas/measures.ts';
import { indicatorSchema } from './schemas/indicators.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { chapterSchema, pageSchema } from './schemas/chapters.ts';

const plan = defineCollection({
	loader: yamlFile({
		file: yamlFiles.plan.file,
		fileSchema: yamlFiles.plan.schema,
		entries: (raw) => [{ id: 'plan', data: raw }],
	}),
	schema: planSchema,
});

const actors = defineCollection({
	loader: yamlFile({
		file: yamlFiles.actors.file,
		fileSchema: yamlFiles.actors.schema,
		entries: (raw: { id: string }[]) => raw.map((a) => ({ id: a.id, data: a })),
	}),
	schema: actorSchema,
});

const goals = defineCollection({
	loader: yamlFile({
		file: yamlFiles.goals.file,
		fileSchema: yamlFiles.goals.schema,
		entries: (raw: { goal: number }[]) => raw.map((g) => ({ id: String(g.goal), data: g })),
	}),
	schema: goalSchema,
});

const measures = defineCollection({
	loader: yamlFolder({
		folder: yamlFolders.measures.folder,
		fileSchema: yamlFolders.measures.schema,
		check: (id, data, file) => {
			if (data?.actor !== id)
				throw new ContentError(file, [
					`actor: expected "${id}" (the file's name), received "${data?.actor}"`,
				]);
		},
	}),
	schema: measuresFileSchema,
});

const indicators = defineCollection({
	loader: yamlFile({
		file: yamlFiles.indicators.file,
		fileSchema: yamlFiles.indicators.schema,
		entries: (raw: { id: number }[]) => raw.map((i) => ({ id: String(i.id), data: i })),
	}),
	schema: indicatorSchema,
});

const glossary = defineCollection({
	loader: yamlFile({
		file: yamlFiles.glossary.file,
		fileSchema: yamlFiles.glossary.schema,
		entries: (raw: { id: string }[]) => raw.map((g) => ({ id: g.id, data: g })),
	}),
	schema: glossaryEntrySchema,
});

const chapters = defineCollection({
	loader: glob({ pattern: '{fi,sv}/*.mdx', base: mdxFolders.chapters.folder }),
	schema: chapterSchema,
});

const pages = defineCollection({
	loader: glob({ pattern: '{fi,sv}/*.mdx', base: mdxFolders.pages.folder }),
	schema: pageSchema,
});

export const collections = { plan, actors, goals, measures, indicators, glossary, chapters, pages };
