import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLANS } from '../helpers/plans.ts';
import { urlOf } from '../helpers/dist.ts';
import { distFiles } from '../../scripts/lib/dist-files.ts';
import { axe, launch, pool, type AxeFinding } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';
import { pageKind } from '../../scripts/lib/page-weights.ts';

/**
 * axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice) on every built page of every plan at
 * 1280 px, and at 320 px (a phone, and what 400 % zoom of a 1280 px window leaves) on a sample
 * chosen by a rule: for every plan, language and page kind, the pages of that kind that differ in
 * content shape (how many tables, lists, notices, fallback texts) — one page per distinct shape.
 * Zero violations; no rule is switched off. The 320 px sample also checks for sideways scrolling.
 */
type Target = { plan: string; url: string; root: string };

/** A page's content shape: what differs between pages of one kind and could break differently at 320 px. */
function shape(html: string): string {
	const count = (re: RegExp) => Math.min(3, (html.match(re) ?? []).length);
	return [
		pageKind(html),
		count(/<table/g),
		count(/<ul class="cell-items"/g),
		count(/class="[^"]*notice/g),
		count(/class="[^"]*fallback/g),
		count(/<canvas/g),
		count(/row-empty|cell-see/g),
	].join('|');
}

function sample(root: string, plan: string): Target[] {
	const seen = new Set<string>();
	const out: Target[] = [];
	for (const f of distFiles('.html', root)) {
		const html = readFileSync(join(root, f), 'utf8');
		const key = `${f.split('/')[1]}|${shape(html)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ plan, url: urlOf(f), root });
	}
	return out;
}

async function audit(
	targets: Target[],
	viewport: { width: number; height: number },
	sideways: boolean,
) {
	const findings: AxeFinding[] = [];
	const overflow: string[] = [];
	let visited = 0;
	const browser = await launch();
	const servers = new Map<string, Awaited<ReturnType<typeof serveDist>>>();
	for (const t of targets) if (!servers.has(t.root)) servers.set(t.root, await serveDist(t.root));
	const contexts: BrowserContext[] = [];
	const tabs: Page[] = [];
	for (let i = 0; i < 3; i++) {
		const ctx = await browser.newContext({ viewport });
		contexts.push(ctx);
		tabs.push(await ctx.newPage());
	}
	try {
		await pool(targets, tabs.length, async (t, worker) => {
			const tab = tabs[worker];
			const server = servers.get(t.root);
			if (!tab || !server) throw new Error('audit: no tab or server');
			const response = await tab.goto(server.url + t.url, { waitUntil: 'load' });
			// A redirect page refreshes to its target: audit the page itself, before it leaves.
			expect(response?.status(), t.url).toBe(200);
			findings.push(...(await axe(tab, `${t.plan} ${t.url}`)));
			if (sideways) {
				const width = await tab.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				if (width > 1) overflow.push(`${t.plan} ${t.url}: ${width} px sideways`);
			}
			visited++;
		});
	} finally {
		await Promise.all(contexts.map((c) => c.close()));
		await browser.close();
		for (const s of servers.values()) await s.close();
	}
	return { visited, findings, overflow };
}

describe('the audit itself', () => {
	it('reports every violation of a page made to fail, with its nodes', async () => {
		const browser = await launch();
		try {
			const page = await browser.newPage();
			await page.setContent(
				'<!doctype html><html lang="fi"><title>x</title><main><h1>x</h1><img src="a.png"><img src="b.png"><p style="color:#bbb;background:#fff">Heikko kontrasti</p></main></html>',
			);
			const findings = await axe(page, 'made to fail');
			expect(findings.map((f) => [f.rule, f.targets.length]).sort()).toEqual([
				['color-contrast', 1],
				['image-alt', 2],
			]);
		} finally {
			await browser.close();
		}
	});
});

describe('axe-core: zero violations', () => {
	for (const plan of PLANS) {
		const all = distFiles('.html', plan.dist).map((f): Target => ({
			plan: plan.name,
			url: urlOf(f),
			root: plan.dist,
		}));
		it(`${plan.name}: every page (${all.length}) at 1280 px`, async () => {
			const r = await audit(all, { width: 1280, height: 900 }, false);
			console.log(`axe visited ${r.visited} pages of ${plan.name} at 1280 px`);
			expect(r.visited).toBe(all.length);
			expect(r.findings).toEqual([]);
		});
		const few = sample(plan.dist, plan.name);
		it(`${plan.name}: one page of every kind and content shape, in every language (${few.length}), at 320 px, none scrolling sideways`, async () => {
			const r = await audit(few, { width: 320, height: 640 }, true);
			console.log(`axe visited ${r.visited} pages of ${plan.name} at 320 px`);
			expect(r.visited).toBe(few.length);
			expect(r.findings).toEqual([]);
			expect(r.overflow).toEqual([]);
		});
	}
});
