import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { planLoader } from './loaders/astro.ts';
import type { PlanContent } from './loaders/plan-content.ts';
import { chapterFrontmatterSchema, pageFrontmatterSchema } from './schemas/pages.ts';
import { contentRoot, planLanguagesSync } from './config/content-root.ts';

/**
 * The collections, all read from the content root (src/config/content-root.ts). The plan's YAML is
 * one checked entry (src/loaders/astro.ts); chapters and pages are MDX, one folder per language.
 */
const root = contentRoot();
const languages = planLanguagesSync(root);
const perLanguage = languages.length > 0 ? languages.map((l) => `${l}/*.mdx`) : ['*/*.mdx'];

const plan = defineCollection({
	loader: planLoader(),
	// Every field was validated by loadPlanContent before the loader stored it.
	schema: z.custom<PlanContent>((v) => typeof v === 'object' && v !== null && 'plan' in v),
});

const chapters = defineCollection({
	loader: glob({ pattern: perLanguage, base: join(root, 'chapters') }),
	schema: chapterFrontmatterSchema,
});

const pages = defineCollection({
	loader: glob({ pattern: perLanguage, base: join(root, 'pages') }),
	schema: pageFrontmatterSchema,
});

export const collections = { plan, chapters, pages };
