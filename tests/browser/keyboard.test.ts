import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteAndBrowser } from '../helpers/browser.ts';

const site = siteAndBrowser();
let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage();
});

describe('keyboard', () => {
	for (const path of [
		'/fi/',
		'/sv/',
		'/fi/tavoitteet/1/',
		'/sv/aktorer/',
		'/fi/saavutettavuusseloste/',
	]) {
		it(`${path}: Tab reaches the skip link first, and it moves focus to main`, async () => {
			await page.goto(site.url + path);
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => ({
				cls: document.activeElement?.className,
				text: document.activeElement?.textContent,
			}));
			expect(first.cls).toBe('skip-link');
			const box = await page.locator('.skip-link').boundingBox();
			expect(box?.y ?? -1, 'skip link is visible when focused').toBeGreaterThanOrEqual(0);
			await page.keyboard.press('Enter');
			const focused = await page.evaluate(() => document.activeElement?.id);
			expect(focused).toBe('main');
		});
	}

	it('the focus indicator is visible on links', async () => {
		await page.goto(site.url + '/fi/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const style = await page.evaluate(() => {
			const s = getComputedStyle(document.activeElement ?? document.body);
			return { shadow: s.boxShadow, bg: s.backgroundColor };
		});
		expect(style.shadow).not.toBe('none');
	});
});
