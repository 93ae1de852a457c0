import { describe, expect, it } from 'vitest';
import { siteAndBrowser } from '../helpers/browser.ts';

/** Forced colours, print and 400 % zoom: what users of those modes rely on. */
const site = siteAndBrowser();

describe('display modes', () => {
	it('forced colours: the focus indicator and status shapes stay visible', async () => {
		const ctx = await site.browser.newContext({ forcedColors: 'active' });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/fi/indikaattorit/11/`);
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() =>
			document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : '',
		);
		expect(outline).toBe('solid');
		const icon = page.locator('.status__icon').first();
		expect(await icon.isVisible()).toBe(true);
		expect(await page.locator('.status__text').first().textContent()).toMatch(
			/hyvä|neutraali|huolestuttava/,
		);
		await ctx.close();
	});

	it('forced colours: only the current section’s main-nav link has the underline cue', async () => {
		const ctx = await site.browser.newContext({ forcedColors: 'active' });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/fi/toimijat/kotka/2-3/`);
		const cues = await page.locator('.main-nav a').evaluateAll((links) =>
			links.map((a) => {
				const s = getComputedStyle(a);
				const border = s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) > 0;
				return `${(a.textContent ?? '').trim()}: ${border ? 'cue' : 'none'}`;
			}),
		);
		expect(cues).toEqual([
			'Strategia: none',
			'Tavoitteet: none',
			'Toimijat: cue',
			'Indikaattorit: none',
			'Vuosikello: none',
			'Sanasto: none',
		]);
		await ctx.close();
	});

	it('print: a measure page prints its fields without navigation or the copy button', async () => {
		const page = await site.browser.newPage();
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${site.url}/fi/toimijat/kotka/2-3/`);
		expect(await page.locator('.main-nav').isVisible()).toBe(false);
		expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
		expect(await page.locator('.copy-button').isVisible()).toBe(false);
		expect(await page.locator('.fields').isVisible()).toBe(true);
		expect(await page.locator('code.permalink').isVisible()).toBe(true);
		await page.close();
	});

	it('400 % zoom (1280 px at 4×): home, goal, chapter and indicator pages do not scroll sideways', async () => {
		// Browser zoom at 400 % of a 1280 px window leaves a 320 CSS px layout viewport.
		const ctx = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
		const page = await ctx.newPage();
		for (const path of [
			'/fi/',
			'/sv/mal/2/',
			'/fi/strategia/nykytilan-kuvaus/',
			'/fi/indikaattorit/16/',
			'/sv/indikatorer/1/',
			'/sv/ordlista/',
			'/fi/saavutettavuusseloste/',
		]) {
			await page.goto(site.url + path);
			const overflow = await page.evaluate(() => {
				const el = document.documentElement;
				return el.scrollWidth - el.clientWidth;
			});
			expect(overflow, path).toBeLessThanOrEqual(1);
		}
		await ctx.close();
	});
});
