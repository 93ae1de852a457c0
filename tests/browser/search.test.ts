import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';
import { PLANS } from '../helpers/plans.ts';
import { waitForResults } from '../../scripts/lib/search-bench.ts';
import { RANKING } from '../kymenlaakso/search-ranking.ts';

/**
 * Search as residents use it, in Chromium against the built sites: a query in the URL runs on
 * arrival and its count is announced; filters narrow and stay in the URL; each language searches
 * only its own pages; the committed ranking table holds; axe passes with results shown; and no
 * page loads a search byte before search is used.
 */
const servers = new Map<string, Awaited<ReturnType<typeof serveDist>>>();
let browser: Browser;
beforeAll(async () => {
	for (const p of PLANS) servers.set(p.name, await serveDist(p.dist));
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
	for (const s of servers.values()) await s.close();
});
const base = (plan = 'kymenlaakso') => {
	const s = servers.get(plan);
	if (!s) throw new Error(`expected a server for ${plan}`);
	return s.url;
};
const SEARCH_PAGE: Record<string, string> = { fi: '/fi/haku/', sv: '/sv/sok/' };

/** A page tall enough that every result comes into view, so all of them load. */
async function tallPage(): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 12000 } });
	return context.newPage();
}

async function results(
	page: Page,
	lang: string,
	query: string,
	params: Record<string, string> = {},
	plan = 'kymenlaakso',
): Promise<{ summary: string; urls: string[] }> {
	const q = new URLSearchParams({ q: query, ...params });
	await page.goto(`${base(plan)}${SEARCH_PAGE[lang]}?${q}`);
	await waitForResults(page, query);
	return page.evaluate(() => ({
		summary: (document.querySelector('pagefind-summary')?.textContent ?? '').trim(),
		urls: [...document.querySelectorAll('.search-result__title a')].map(
			(a) => a.getAttribute('href') ?? '',
		),
	}));
}

const MEASURE = /^\/(fi|sv)\/(toimijat|aktorer)\/([a-z0-9-]+)\/\d+(-\d+)?\/$/;

describe('search (kymenlaakso)', () => {
	it('"Ohjaamo" returns measure permalinks of at least three actors', async () => {
		const page = await tallPage();
		const r = await results(page, 'fi', 'Ohjaamo');
		const actors = new Set(r.urls.flatMap((u) => MEASURE.exec(u)?.[3] ?? []));
		expect(actors.size).toBeGreaterThanOrEqual(3);
		expect(r.summary).toBe(`Haulla Ohjaamo löytyi ${r.urls.length} tulosta.`);
		await page.context().close();
	});

	it('a Swedish query returns only /sv/ pages, titled in Swedish', async () => {
		const page = await tallPage();
		const r = await results(page, 'sv', 'familjecenter');
		expect(r.urls.length).toBeGreaterThan(10);
		expect(r.urls.filter((u) => !u.startsWith('/sv/'))).toEqual([]);
		expect(r.summary).toBe(`${r.urls.length} träffar för familjecenter.`);
		await page.context().close();
	});

	it('the actor filter narrows the results, and the URL and the form say so', async () => {
		const page = await tallPage();
		const all = await results(page, 'fi', 'Ohjaamo');
		const one = await results(page, 'fi', 'Ohjaamo', { actor: 'pyhtaa' });
		expect(one.urls.length).toBeGreaterThan(0);
		expect(one.urls.length).toBeLessThan(all.urls.length);
		expect(one.urls.filter((u) => !u.startsWith('/fi/toimijat/pyhtaa/'))).toEqual([]);
		expect(await page.locator('#search-actor').inputValue()).toBe('pyhtaa');
		// Choosing another actor searches again and puts the choice in the address.
		const other = [...new Set(all.urls.flatMap((u) => MEASURE.exec(u)?.[3] ?? []))].find(
			(a) => a !== 'pyhtaa',
		);
		if (!other) throw new Error('expected Ohjaamo measures of a second actor');
		const before = await page.locator('pagefind-summary').innerText();
		await page.selectOption('#search-actor', other);
		await page.waitForURL(new RegExp(`actor=${other}`));
		await page.waitForFunction(
			(b) => (document.querySelector('pagefind-summary')?.textContent ?? '').trim() !== b.trim(),
			before,
		);
		await waitForResults(page, 'Ohjaamo');
		const urls = await page.$$eval('.search-result__title a', (as) =>
			as.map((a) => a.getAttribute('href') ?? ''),
		);
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((u) => !u.startsWith(`/fi/toimijat/${other}/`))).toEqual([]);
		// The content-type filter: only measures.
		const measures = await results(page, 'fi', 'Ohjaamo', { type: 'measure' });
		expect(measures.urls.filter((u) => !MEASURE.test(u))).toEqual([]);
		await page.context().close();
	});

	it('?q= runs the search on arrival and the result count is announced in a live region', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			const heard: string[] = [];
			Reflect.set(window, '__heard', heard);
			new MutationObserver((records) => {
				for (const r of records) {
					const region =
						r.target instanceof Element
							? r.target.closest('[aria-live]')
							: r.target.parentElement?.closest('[aria-live]');
					const text = region?.textContent?.trim();
					if (region && text && region.getAttribute('aria-live') === 'polite') heard.push(text);
				}
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		const page = await context.newPage();
		await page.goto(`${base()}/sv/sok/?q=Navigatorn`);
		await waitForResults(page, 'Navigatorn');
		expect(await page.inputValue('#search-q')).toBe('Navigatorn');
		const heardNow = () =>
			page.evaluate(() => {
				const h: unknown = Reflect.get(window, '__heard');
				return Array.isArray(h) ? h.map(String) : [];
			});
		await expect.poll(async () => (await heardNow()).some((t) => /\d/.test(t))).toBe(true);
		const heard = await heardNow();
		expect(heard.some((t) => /^\d+ träffar för Navigatorn\.$/.test(t))).toBe(true);
		await context.close();
	});

	it('the ranking table holds: each query has its pages among the first three results', async () => {
		const page = await tallPage();
		const misses: string[] = [];
		for (const row of RANKING) {
			const r = await results(page, row.lang, row.query);
			const top = r.urls.slice(0, 3);
			for (const want of row.top3)
				if (!top.includes(want))
					misses.push(`${row.lang} "${row.query}": ${want} not in ${top.join(', ')}`);
			const measures = top.filter((u) => MEASURE.test(u)).length;
			if (measures < (row.measures ?? 0))
				misses.push(
					`${row.lang} "${row.query}": ${measures} measure permalinks in ${top.join(', ')}`,
				);
		}
		expect(misses).toEqual([]);
		await page.context().close();
	});

	it('results link to the matched field by its name, with no "#" read aloud', async () => {
		const page = await tallPage();
		await results(page, 'fi', 'Ohjaamo', { type: 'measure' });
		const subs = await page.$$eval('.search-result__sections a', (as) =>
			as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']),
		);
		expect(subs.length).toBeGreaterThan(0);
		for (const [href, text] of subs) {
			expect(href).toMatch(/#field-[a-z_]+$/);
			expect(text).not.toContain('#');
		}
		expect(subs.map(([, text]) => text)).toContain('Toimenpide');
		await page.context().close();
	});

	for (const lang of ['fi', 'sv']) {
		it(`${lang}: axe finds no violations with results shown, and nothing shifts while they load`, async () => {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			await context.addInitScript(() => {
				let shift = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries())
						if (!Reflect.get(e, 'hadRecentInput')) shift += Number(Reflect.get(e, 'value'));
					Reflect.set(window, '__shift', shift);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			const page = await context.newPage();
			const query = lang === 'fi' ? 'perhekeskus' : 'familjecenter';
			await page.goto(`${base()}${SEARCH_PAGE[lang]}?q=${query}&type=measure`);
			await waitForResults(page, query);
			expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
			// Measured before axe, which scrolls the page to check contrast.
			const shift = await page.evaluate(() => Number(Reflect.get(window, '__shift') ?? 0));
			expect(shift).toBeLessThan(0.01);
			expect(await axe(page, `${SEARCH_PAGE[lang]} with results`)).toEqual([]);
			await context.close();
		});
	}

	it('no page fetches a search byte before search is used', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const fetched: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/pagefind/')) fetched.push(path);
		});
		for (const path of [
			'/fi/',
			'/sv/',
			'/fi/toimijat/kotka/2-3/',
			'/fi/indikaattorit/4/',
			'/fi/haku/',
			'/sv/sok/',
		]) {
			await page.goto(base() + path);
			await page.waitForLoadState('networkidle');
		}
		expect(fetched).toEqual([]);
		await page.focus('#search-q');
		await page.waitForFunction(() => 'PagefindComponents' in window);
		expect(fetched).toContain('/pagefind/pagefind-component-ui.js');
		await context.close();
	});

	it('without JavaScript, the search page says search needs it and links to the site index', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base()}/fi/haku/`);
		const notice = page.locator('.search .notice');
		expect((await notice.innerText()).replace(/\u00ad/g, '')).toContain('JavaScript');
		expect(await notice.locator('a').getAttribute('href')).toBe('/fi/sivukartta/');
		await context.close();
	});
});

describe('search on the fixture plans', () => {
	it('kouvola-2023 (Finnish only): finds its actor, in Finnish', async () => {
		const page = await tallPage();
		const r = await results(page, 'fi', 'Kouvola', {}, 'kouvola-2023');
		expect(r.urls.length).toBeGreaterThan(0);
		expect(r.urls.filter((u) => !u.startsWith('/fi/'))).toEqual([]);
		await page.context().close();
	});
	it('synthetic (Swedish first, Finnish partly translated): each language finds only its own pages', async () => {
		const page = await tallPage();
		const sv = await results(page, 'sv', 'Ekstad', {}, 'synthetic');
		expect(sv.urls.length).toBeGreaterThan(0);
		expect(sv.urls.filter((u) => !u.startsWith('/sv/'))).toEqual([]);
		const fi = await results(page, 'fi', 'Ekstad', {}, 'synthetic');
		expect(fi.urls.length).toBeGreaterThan(0);
		expect(fi.urls.filter((u) => !u.startsWith('/fi/'))).toEqual([]);
		await page.context().close();
	});
});
