import { describe, expect, it } from 'vitest';
import { siteAndBrowser } from '../helpers/browser.ts';

const site = siteAndBrowser();

describe('measure pages in a browser', () => {
	it('the copy-link button copies the full address and says so', async () => {
		const ctx = await site.browser.newContext();
		await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/fi/toimijat/kotka/2-3/`);
		await page.getByRole('button', { name: 'Kopioi linkki' }).click();
		await expect
			.poll(() => page.locator('.copy-status').textContent())
			.toBe('Linkki kopioitu leikepöydälle.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${site.url}/fi/toimijat/kotka/2-3/`,
		);
		await ctx.close();
	});

	it('without JavaScript the address is still there, and no button is shown', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/sv/aktorer/kotka/2-3/`);
		expect(await page.locator('code.permalink').textContent()).toContain('/sv/aktorer/kotka/2-3/');
		expect(await page.locator('.copy-button').count()).toBe(0);
		await ctx.close();
	});

	for (const path of [
		'/fi/toimijat/kouvola/',
		'/sv/mal/1-4/',
		'/fi/toimijat/hyvinvointialue/1-2/',
		'/sv/aktorer/mll/',
	])
		it(`${path} does not scroll sideways at 320 px (400 % zoom of 1280 px)`, async () => {
			const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
			await page.goto(site.url + path);
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth,
			}));
			expect(scroll).toBeLessThanOrEqual(client);
			await page.close();
		});
});
