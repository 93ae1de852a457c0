import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveDist } from './server.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

export type AxeFinding = {
	url: string;
	rule: string;
	impact: string | null | undefined;
	targets: string[];
	help: string;
};

/**
 * Runs axe on the page as it is loaded now; returns its violations, flattened for readable failures.
 * Legacy mode runs axe in the page itself. The default mode opens an extra blank page per audit to merge
 * results from cross-origin frames, which our pages never have; on the home, chapter, sub-goal, actor,
 * measure and indicator pages both modes gave the same passes and violations, legacy in half the time,
 * and the axe test makes over 800 audits.
 */
export async function axe(page: Page, url: string): Promise<AxeFinding[]> {
	// resultTypes: every rule still runs and every violation comes back with all its nodes; only the
	// passes and the incomplete results, which no test reads, are cut to one node each. That halves
	// the time on a long page (the whole plan's print document: 5.3 s → 2.4 s).
	const results = await new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map((v) => ({
		url,
		rule: v.id,
		impact: v.impact,
		help: v.help,
		targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
	}));
}

/** Runs `fn` over `items` with a few pages at once (the machine has two cores). */
export async function pool<T>(
	items: T[],
	size: number,
	fn: (item: T, worker: number) => Promise<void>,
): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(size, items.length) }, async (_, worker) => {
			for (let item = items[next++]; item !== undefined; item = items[next++])
				await fn(item, worker);
		}),
	);
}

/** Serves a built site (dist/ by default) and starts Chromium for one test file; both are closed after it. Read the fields inside tests. */
export function siteAndBrowser(root = 'dist'): { url: string; browser: Browser } {
	let browser: Browser | undefined;
	let close: (() => Promise<void>) | undefined;
	const env = {
		url: '',
		get browser(): Browser {
			if (!browser)
				throw new Error(
					'siteAndBrowser: received no browser yet, expected tests to read it inside beforeAll or a test',
				);
			return browser;
		},
	};
	beforeAll(async () => {
		const server = await serveDist(root);
		env.url = server.url;
		close = server.close;
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await close?.();
	});
	return env;
}
