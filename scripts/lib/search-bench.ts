/**
 * What search costs a resident, measured in Chromium: the bytes and requests of loading search,
 * of a cold first query and of a second one, and whether any page fetches a search byte before
 * search is used. Bytes are what the network carried (request.sizes() on requestfinished, headers
 * and gzip bodies as a static host serves them), so worker requests count too.
 */
import { chromium, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { SEARCH_BUNDLE_PATH } from '../../src/config/search.ts';

export type Transfer = { requests: number; bytes: number; urls: string[] };
export type SearchCost = {
	lang: string;
	/** Search-bundle requests made by a content page and by the search page before it is used. */
	beforeUse: Transfer;
	load: Transfer;
	firstQuery: Transfer;
	secondQuery: Transfer;
	firstResults: number;
};

/** The first query's budget (DESIGN.md, issue 14): what a cold first query fetches. */
export const FIRST_QUERY_BUDGET = { bytes: 200 * 1024, requests: 12 };

function recorder(page: Page, origin: string) {
	let current: Transfer = { requests: 0, bytes: 0, urls: [] };
	const pending = new Set<Promise<void>>();
	page.on('requestfinished', (request: Request) => {
		// The browser asks for the icon whenever it likes; it is not part of search.
		if (new URL(request.url()).pathname === '/favicon.svg') return;
		const p = request
			.sizes()
			.then((s) => {
				current.requests++;
				current.bytes += s.responseBodySize + s.responseHeadersSize;
				current.urls.push(request.url().replace(origin, ''));
			})
			// A request still finishing when the page closes is after the measurement.
			.catch(() => {});
		pending.add(p);
		void p.finally(() => pending.delete(p));
	});
	return {
		async take(): Promise<Transfer> {
			await Promise.all([...pending]);
			const out = current;
			current = { requests: 0, bytes: 0, urls: [] };
			return out;
		},
	};
}

const settled = (page: Page) => page.waitForLoadState('networkidle');

/**
 * Waits until the search page has answered `term`: the summary states the outcome (not "searching"),
 * and no result placeholder is left on screen (results load as they come into view).
 */
export async function waitForResults(page: Page, term: string): Promise<void> {
	await page.waitForFunction(
		(t) => {
			const s = (document.querySelector('pagefind-summary')?.textContent ?? '').trim();
			const strings: unknown = JSON.parse(
				document.querySelector<HTMLElement>('[data-search]')?.dataset.strings ?? '{}',
			);
			const searching =
				typeof strings === 'object' && strings !== null && 'searching' in strings
					? String(strings.searching).replace('[SEARCH_TERM]', t)
					: '';
			if (!s.includes(t) || s === searching) return false;
			const shown = document.querySelectorAll('.search-result__title a').length;
			const waiting = [...document.querySelectorAll('.search-result--placeholder')].some(
				(p) => p.getBoundingClientRect().top < window.innerHeight,
			);
			return (shown > 0 && !waiting) || !/[1-9]/.test(s);
		},
		term,
		{ timeout: 30_000 },
	);
	await settled(page);
}

async function resultsFor(page: Page, term: string): Promise<number> {
	await page.fill('#search-q', term);
	await page.press('#search-q', 'Enter');
	await waitForResults(page, term);
	return page.locator('.search-result__title a').count();
}

/** Measures search on the built site in `root`, in each language, with two queries per language. */
export async function measureSearch(
	root: string,
	cases: readonly {
		lang: string;
		contentPage: string;
		searchPage: string;
		queries: [string, string];
	}[],
): Promise<SearchCost[]> {
	const server = await serveStatic(root);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const out: SearchCost[] = [];
	try {
		for (const c of cases) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			const rec = recorder(page, server.url);
			await page.goto(server.url + c.contentPage);
			await settled(page);
			await page.goto(server.url + c.searchPage);
			await settled(page);
			const pageRequests = await rec.take();
			const bundle = (t: Transfer) => t.urls.filter((u) => u.startsWith(SEARCH_BUNDLE_PATH));
			const beforeUse = bundle(pageRequests);
			await page.focus('#search-q');
			await page.waitForFunction(() => 'PagefindComponents' in window, undefined, {
				timeout: 30_000,
			});
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			await settled(page);
			const load = await rec.take();
			const firstResults = await resultsFor(page, c.queries[0]);
			const firstQuery = await rec.take();
			await resultsFor(page, c.queries[1]);
			const secondQuery = await rec.take();
			out.push({
				lang: c.lang,
				beforeUse: { requests: beforeUse.length, bytes: 0, urls: beforeUse },
				load,
				firstQuery,
				secondQuery,
				firstResults,
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return out;
}
