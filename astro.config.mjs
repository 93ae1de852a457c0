// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import { rehypeHeadingIds } from './src/lib/heading-ids.ts';

// scripts/build.ts builds into a staging folder and swaps it in only on success,
// so a failed build never touches the dist/ that is already there.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.invalid',
	outDir,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// One shared stylesheet, cached across pages, rather than CSS inlined into every page.
		inlineStylesheets: 'never',
	},
	markdown: {
		// remark-gfm for tables and lists; smartypants off so the plan's text keeps the source's punctuation.
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [rehypeHeadingIds],
			gfm: false,
			smartypants: false,
		}),
	},
	integrations: [mdx()],
	security: {
		// Astro emits a CSP <meta> per page with hashes for every script and style it inlines;
		// everything else must come from our own origin.
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	// No modulepreload helper: chart pages load one small module, and chart.js only when a chart is in view.
	vite: { build: { modulePreload: false } },
	devToolbar: { enabled: false },
});
