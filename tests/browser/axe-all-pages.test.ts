import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { distFiles, urlOf } from '../helpers/dist.ts';
import { axe, pool, siteAndBrowser, type AxeFinding } from '../helpers/browser.ts';

/**
 * axe-core on every built page, in both languages, at desktop width and at 320 px (a phone, and
 * what 400 % zoom of a 1280 px window gives). Zero violations allowed; no rule is switched off.
 */
const pages = distFiles('.html').map(urlOf);
const site = siteAndBrowser();

async function auditAll(
	viewport: { width: number; height: number },
	urls: string[],
): Promise<{ visited: number; findings: AxeFinding[] }> {
	const findings: AxeFinding[] = [];
	let visited = 0;
	const contexts: BrowserContext[] = [];
	const tabs: Page[] = [];
	for (let i = 0; i < 3; i++) {
		const ctx = await site.browser.newContext({ viewport });
		// The language chooser sends the browser on at once (meta refresh 0); to audit the chooser itself,
		// its copy is served without the refresh. Every other page is served as built.
		await ctx.route(/\/$/, async (route) => {
			if (new URL(route.request().url()).pathname !== '/') return route.continue();
			const response = await route.fetch();
			const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
			await route.fulfill({ response, body });
		});
		contexts.push(ctx);
		tabs.push(await ctx.newPage());
	}
	await pool(urls, tabs.length, async (url, worker) => {
		const tab = tabs[worker]!;
		const response = await tab.goto(site.url + url, { waitUntil: 'load' });
		expect(response?.status(), url).toBe(200);
		expect(new URL(tab.url()).pathname, `${url} navigated away`).toBe(url);
		findings.push(...(await axe(tab, url)));
		visited++;
	});
	await Promise.all(contexts.map((c) => c.close()));
	return { visited, findings };
}

describe('axe-core: zero violations on every page', () => {
	it(`desktop (1280 px): all ${pages.length} pages`, async () => {
		const { visited, findings } = await auditAll({ width: 1280, height: 900 }, pages);
		console.log(`axe visited ${visited} pages at 1280 px`);
		expect(visited).toBe(pages.length);
		expect(findings).toEqual([]);
	});

	it(`narrow (320 px): all ${pages.length} pages`, async () => {
		const { visited, findings } = await auditAll({ width: 320, height: 640 }, pages);
		console.log(`axe visited ${visited} pages at 320 px`);
		expect(visited).toBe(pages.length);
		expect(findings).toEqual([]);
	});
});
