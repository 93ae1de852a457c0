import type { z } from 'astro/zod';
import { planSchema } from './plan.ts';
import { actorsFileSchema } from './actors.ts';
import { goalsFileSchema } from './goals.ts';
import { measuresFileSchema } from './measures.ts';
import { indicatorsFileSchema } from './indicators.ts';
import { glossaryFileSchema } from './glossary.ts';
import { chapterSchema, pageSchema } from './chapters.ts';

/**
 * Which schema validates which content file. Both src/content.config.ts (the build) and
 * scripts/check.ts (the fast pre-build check) read this list, so they can never disagree.
 */
export const yamlFiles = {
	plan: { file: 'content/plan.yaml', schema: planSchema },
	actors: { file: 'content/actors.yaml', schema: actorsFileSchema },
	goals: { file: 'content/goals.yaml', schema: goalsFileSchema },
	indicators: { file: 'content/indicators.yaml', schema: indicatorsFileSchema },
	glossary: { file: 'content/glossary.yaml', schema: glossaryFileSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType }>;

export const yamlFolders = {
	measures: { folder: 'content/measures', schema: measuresFileSchema },
} as const;

/** MDX folders: every file's frontmatter is validated; `both` means every page must exist in fi and sv. */
export const mdxFolders = {
	chapters: { folder: 'content/chapters', schema: chapterSchema, both: false },
	pages: { folder: 'content/pages', schema: pageSchema, both: true },
} as const;
