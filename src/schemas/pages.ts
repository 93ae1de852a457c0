import { z } from 'astro/zod';

/** Frontmatter of content/chapters/<lang>/<slug>.mdx. The file name is the slug, the same in every language. */
export const chapterFrontmatterSchema = z.strictObject({
	/** The chapter's number in the plan's table of contents. */
	chapter: z.number().int().positive(),
	/** The chapter's title as the table of contents words it. */
	title: z.string().trim().min(1),
	/** True when the printed chapter is not available and this one was rebuilt (e.g. from in-text citations). */
	rebuilt: z.boolean().default(false),
	/** What the printed plan has in this chapter that the web edition cannot show (a figure and what it showed). */
	omissions: z.array(z.string().trim().min(1)).default([]),
});

/** Frontmatter of content/pages/<lang>/<id>.mdx (the accessibility statement, the data page). */
export const pageFrontmatterSchema = z.strictObject({
	title: z.string().trim().min(1),
	/** When the page's facts were last checked, yyyy-mm-dd. */
	updated: z.iso.date('expected a date as yyyy-mm-dd'),
});

/** content/redirects.yaml: published URLs that moved. The build writes a redirect page at `from`. */
export const redirectsFileSchema = z
	.array(
		z.strictObject({
			from: z
				.string()
				.regex(
					/^\/[a-z]{2,3}\/(?:[a-z0-9-]+\/)*$/,
					'expected a page path such as "/fi/toimijat/old/"',
				),
			to: z
				.string()
				.regex(/^\/[a-z]{2,3}\/(?:[a-z0-9-]+\/)*$/, 'expected a page path such as "/fi/toimijat/"'),
		}),
	)
	.default([]);

export type ChapterFrontmatter = z.output<typeof chapterFrontmatterSchema>;
export type PageFrontmatter = z.output<typeof pageFrontmatterSchema>;
export type Redirect = z.output<typeof redirectsFileSchema>[number];
