import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist } from '../helpers/server.ts';
import { launch } from '../helpers/browser.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
beforeAll(async () => {
	server = await serveDist();
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('measure pages in a browser', () => {
	it('the copy-link button copies the full address and says so', async () => {
		const ctx = await browser.newContext();
		await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
		const page = await ctx.newPage();
		await page.goto(`${server.url}/fi/toimijat/kotka/2-3/`);
		const button = page.getByRole('button', { name: 'Kopioi linkki' });
		await button.click();
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Linkki kopioitu leikepöydälle.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/fi/toimijat/kotka/2-3/`);
		await ctx.close();
	});

	it('without JavaScript the address is still there, and no button is shown', async () => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${server.url}/sv/aktorer/kotka/2-3/`);
		expect(await page.locator('code.permalink').textContent()).toContain('/sv/aktorer/kotka/2-3/');
		expect(await page.locator('.copy-button').count()).toBe(0);
		await ctx.close();
	});

	for (const path of ['/fi/toimijat/kouvola/', '/sv/mal/1-4/', '/fi/toimijat/hyvinvointialue/1-2/', '/sv/aktorer/mll/'])
		it(`${path} does not scroll sideways at 320 px (400 % zoom of 1280 px)`, async () => {
			const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
			await page.goto(server.url + path);
			const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
			expect(scroll).toBeLessThanOrEqual(client);
			// The narrow layout labels every field in the block itself.
			if (path.endsWith('/') && !/\d-\d\/$/.test(path) || path.includes('/mal/'))
				expect(await page.locator('.measure-table .cell-label').first().isVisible()).toBe(true);
			await page.close();
		});

	it('on a wide screen the measure table is a real table with visible column headers', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.url}/fi/toimijat/kotka/`);
		expect(await page.locator('.measure-table thead th').first().isVisible()).toBe(true);
		expect(await page.locator('.measure-table .cell-label').first().isVisible()).toBe(false);
		const role = await page.locator('.measure-table').first().evaluate((el) => el.getAttribute('role'));
		expect(role).toBe('table');
		await page.close();
	});
});
