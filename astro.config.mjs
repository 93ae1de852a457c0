// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import { rehypeHeadingIds } from './src/lib/heading-ids.ts';
import { contentRoot } from './src/config/content-root.ts';

// scripts/build.ts builds into a new release folder and switches dist/ to it only on success,
// so a failed build never touches the site that is already there.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.invalid',
	outDir,
	// Each build has its own cache, so two builds (e.g. of two plans) never share content state.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
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
		// No syntax highlighting: it writes style="" attributes, which the Content-Security-Policy blocks.
		syntaxHighlight: false,
	},
	integrations: [mdx({ syntaxHighlight: false })],
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
	vite: {
		build: { modulePreload: false },
		// The content root may live outside the project (another municipality's folder).
		server: { fs: { allow: ['.', contentRoot()] } },
	},
	devToolbar: { enabled: false },
});
