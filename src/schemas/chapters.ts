import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';

/** Frontmatter of content/chapters/{fi,sv}/<slug>.mdx. The file name is the slug, the same in every language. */
export const chapterSchema = z.strictObject({
	/** The chapter's number in the source's table of contents, 1–7. */
	chapter: z.number().int().min(1).max(7),
	/** The chapter's title as the table of contents words it. */
	title: z.string().min(1),
	/** Seed and lines the text was taken from. */
	source: z.string().min(1),
	/** True when the extraction lost the chapter and it was rebuilt (chapter 7, from the in-text citations). */
	lost: z.boolean().default(false),
	/** What the extraction lost from the chapter (pictures, boxes), said on the page in both languages. */
	lostParts: z.array(localizedSchema).default([]),
});

/** Frontmatter of content/pages/{fi,sv}/<id>.mdx (accessibility statement and other site pages). */
export const pageSchema = z.strictObject({
	title: z.string().min(1),
	/** When the page's facts were last checked, yyyy-mm-dd. */
	updated: z.iso.date(),
});
