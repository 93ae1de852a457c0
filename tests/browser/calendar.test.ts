import { describe, expect, it } from 'vitest';
import { axe, siteAndBrowser } from '../helpers/browser.ts';

/**
 * The annual calendar with JavaScript off: the ordered list carries every item, the wheel is there
 * but hidden from assistive technology, the feed is linked, no script is shipped, and axe finds nothing.
 */
const site = siteAndBrowser();

describe('the annual calendar without JavaScript', () => {
	it.each([
		[
			'/fi/vuosikello/',
			'Seuraavan vuoden toimenpideosion vahvistaminen (toimijoiden omien käsittelyjen jälkeen)',
			'Lataa kalenteritiedosto (iCalendar, .ics)',
		],
		[
			'/sv/arsklocka/',
			'Fastställande av åtgärdsdelen för följande år (efter aktörernas egna behandlingar)',
			'Ladda ner kalenderfilen (iCalendar, .ics)',
		],
	])(
		'%s: the list, the hidden wheel, the feed link, and zero axe violations',
		async (path, first, link) => {
			const ctx = await site.browser.newContext({ javaScriptEnabled: false });
			const page = await ctx.newPage();
			await page.goto(site.url + path);
			const items = page.locator('main ol').first().locator(':scope > li');
			expect(await items.count()).toBe(10);
			expect((await items.first().locator('p').first().textContent())?.replace(/\u00ad/g, '')).toBe(
				first,
			);
			expect(await page.locator('svg.year-wheel').getAttribute('aria-hidden')).toBe('true');
			expect(await page.locator('svg.year-wheel').isVisible()).toBe(true);
			expect(
				(await page.locator('a[type="text/calendar"]').textContent())?.replace(/\u00ad/g, ''),
			).toContain(link);
			// The page ships no script, so a reader without JavaScript gets this same document; axe
			// itself needs JavaScript, so it audits the page where scripts run.
			expect(await page.locator('script').count()).toBe(0);
			await ctx.close();
			const audited = await site.browser.newPage();
			await audited.goto(site.url + path);
			expect(await axe(audited, path)).toEqual([]);
			await audited.close();
		},
	);
});
