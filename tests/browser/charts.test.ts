import { describe, expect, it } from 'vitest';
import { siteAndBrowser } from '../helpers/browser.ts';

const site = siteAndBrowser();

describe('indicator charts in a browser', () => {
	it('draws a canvas with an accessible name when scrolled into view, and loads chart.js only then', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 400 } });
		const scripts: string[] = [];
		page.on(
			'request',
			(r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname),
		);
		await page.goto(`${site.url}/fi/indikaattorit/11/`);
		expect(scripts.some((s) => s.includes('line-chart'))).toBe(false);
		const chart = page.locator('line-chart').first();
		await chart.scrollIntoViewIfNeeded();
		await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('');
		expect(scripts.some((s) => s.includes('line-chart'))).toBe(true);
		// Small multiples: one chart per respondent group, each named by its figures.
		const canvas = page.getByRole('img', {
			name: /^Kaavio: Tuntee itsensä yksinäiseksi, (4\.–5\.|8\.–9\.)-luokkalaiset\. Kymenlaakso 2019/,
		});
		await expect.poll(() => canvas.count()).toBe(2);
		expect(
			await page.getByRole('img', { name: /^Kaavio: Tuntee itsensä yksinäiseksi, / }).count(),
		).toBe(4);
		const painted = await page
			.locator('canvas')
			.first()
			.evaluate((c: HTMLCanvasElement) => {
				const d =
					c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
				let n = 0;
				for (let i = 3; i < d.length; i += 4) if ((d[i] ?? 0) > 0) n++;
				return n;
			});
		expect(painted).toBeGreaterThan(1000);
		await page.close();
	});

	it('with reduced motion the chart is drawn without animation', async () => {
		const ctx = await site.browser.newContext({
			reducedMotion: 'reduce',
			viewport: { width: 1280, height: 2000 },
		});
		const page = await ctx.newPage();
		await page.goto(`${site.url}/sv/indikatorer/9/`);
		const chart = page.locator('line-chart').first();
		await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('');
		// Without animation the final picture is there at once: two snapshots a moment apart are the same.
		const snap = () =>
			page
				.locator('canvas')
				.first()
				.evaluate((c: HTMLCanvasElement) => c.toDataURL());
		const first = await snap();
		await page.waitForTimeout(300);
		expect(await snap()).toBe(first);
		await ctx.close();
	});

	it('with JavaScript off the table still carries every number and no empty chart box shows', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.url}/fi/indikaattorit/28/`);
		expect(await page.locator('table.indicator-table td').count()).toBeGreaterThan(4);
		expect(await page.locator('.chart-box').first().isVisible()).toBe(false);
		expect(await page.locator('.chart-key').isVisible()).toBe(false);
		await ctx.close();
	});
});
