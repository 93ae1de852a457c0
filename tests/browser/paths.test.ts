import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BrowserContext } from 'playwright-core';
import { siteAndBrowser } from '../helpers/browser.ts';

/**
 * The common tasks on a phone (375 × 800), in Chromium: find what one's municipality does, read a
 * shared measure link, jump to one actor in a comparison, read an indicator's table.
 */
const site = siteAndBrowser();
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
});
afterAll(async () => context.close());

const actors: { id: string }[] = parse(readFileSync('content/actors.yaml', 'utf8'));
const withRows = actors.filter((a) => readdirSync('content/measures').includes(`${a.id}.yaml`));

describe('at 375 × 800', () => {
	for (const [lang, segment] of [
		['fi', 'toimijat'],
		['sv', 'aktorer'],
	] as const) {
		it(`${lang}: every actor is one tap from the home page`, async () => {
			const page = await context.newPage();
			await page.goto(`${site.url}/${lang}/`);
			expect(withRows.length).toBe(11);
			for (const a of withRows) {
				const link = page.locator(`main a[href="/${lang}/${segment}/${a.id}/"]`).first();
				expect(await link.isVisible(), a.id).toBe(true);
			}
			await page.close();
		});
	}

	it('on measure permalinks, the first field’s label is inside the first screen', async () => {
		const page = await context.newPage();
		// The longest titles of the plan: "Pyhtää: 2-2 Lapsilla ja nuorilla on tiloja …" and the
		// Swedish one of the same row, plus an actor with a long name.
		for (const path of [
			'/fi/toimijat/pyhtaa/2-2/',
			'/sv/aktorer/pyhtaa/2-2/',
			'/fi/toimijat/ensi-ja-turvakoti/3-3/',
			'/sv/aktorer/miehikkala-virolahti/3-3/',
		]) {
			await page.goto(site.url + path);
			const label = page.locator('main .fields dt').first();
			const box = await label.boundingBox();
			expect(box, path).not.toBeNull();
			expect((box?.y ?? 9999) + (box?.height ?? 0), path).toBeLessThanOrEqual(800);
		}
		await page.close();
	});

	it('on a sub-goal page, the jump list reaches an actor’s card', async () => {
		const page = await context.newPage();
		await page.goto(`${site.url}/fi/tavoitteet/2-3/`);
		const jump = page.locator('nav.jump-list a[href="#r-kotka"]');
		expect(await jump.isVisible()).toBe(true);
		await jump.click();
		await page.waitForFunction(() => location.hash === '#r-kotka');
		const box = await page.locator('#r-kotka').boundingBox();
		expect(box).not.toBeNull();
		expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
		expect(box?.y ?? 9999).toBeLessThan(200);
		expect(await page.locator('#r-kotka').innerText()).toContain('Kotka');
		await page.close();
	});

	it('no indicator table is wider than the screen without a visible cue', async () => {
		const page = await context.newPage();
		const uncued: string[] = [];
		let scrolling = 0;
		for (let i = 1; i <= 32; i++)
			for (const [lang, segment] of [
				['fi', 'indikaattorit'],
				['sv', 'indikatorer'],
			] as const) {
				await page.goto(`${site.url}/${lang}/${segment}/${i}/`);
				const tables = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('.table-scroll')].map((t) => ({
						scrolls: t.scrollWidth > t.clientWidth + 1,
						// The cue: the region is focusable and named, and casts a shadow at the edge it
						// can scroll to (a background that stays while the content moves).
						shadow: getComputedStyle(t).backgroundImage.includes('radial-gradient'),
						focusable: t.tabIndex === 0,
						named: Boolean(t.getAttribute('aria-labelledby')),
						pageWide: document.documentElement.scrollWidth > window.innerWidth,
					})),
				);
				for (const [n, t] of tables.entries()) {
					if (t.pageWide) uncued.push(`${lang}/${i} table ${n}: the page scrolls sideways`);
					if (!t.scrolls) continue;
					scrolling++;
					if (!t.shadow || !t.focusable || !t.named) uncued.push(`${lang}/${i} table ${n}`);
				}
			}
		expect(uncued).toEqual([]);
		// Most tables fit the phone whole; the bench of this test: how many must scroll.
		expect(scrolling).toBeLessThanOrEqual(4);
		await page.close();
	});
});
