import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build, copyPlan } from '../helpers/build.ts';
import { DEFAULT_PLAN } from '../helpers/plans.ts';
import { must, site } from '../helpers/dist.ts';

/**
 * SITE_URL, the public address given at build time: canonical links, Open Graph addresses and the
 * calendar's webcal: subscription need it. Without it (the default build here) they are left out
 * rather than pointing at a made-up host.
 */
const ADDRESS = 'https://hyvinvointi.example.fi';
let work: ReturnType<typeof copyPlan>;
let out: string;

beforeAll(() => {
	work = copyPlan('tests/fixtures/synthetic');
	out = join(work.dir, 'site');
	const r = build(work.content, out, { SITE_URL: ADDRESS });
	if (r.status !== 0) throw new Error(r.output);
}, 300_000);
afterAll(() => work.cleanup());

describe('with SITE_URL', () => {
	it('the calendar offers a webcal: subscription beside the download', () => {
		const links = site(out)
			.at('/sv/arsklocka/')
			.querySelectorAll('#feed-title ~ ul a')
			.map((a) => a.getAttribute('href'));
		expect(links).toEqual([
			'/sv/arsklocka.ics',
			'webcal://hyvinvointi.example.fi/sv/arsklocka.ics',
		]);
	});
	it('pages carry their canonical and Open Graph address', () => {
		const doc = site(out).at('/fi/tavoitteet/4-1/');
		expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			`${ADDRESS}/fi/tavoitteet/4-1/`,
		);
		expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
			`${ADDRESS}/fi/tavoitteet/4-1/`,
		);
	});
});

describe('without SITE_URL', () => {
	it('the calendar offers the download only, and no page names a host', () => {
		const s = site(DEFAULT_PLAN.dist);
		const links = s
			.at('/fi/vuosikello/')
			.querySelectorAll('#feed-title ~ ul a')
			.map((a) => a.getAttribute('href'));
		expect(links).toEqual(['/fi/vuosikello.ics']);
		expect(
			must(s.at('/fi/').querySelector('head'), 'head').querySelector('link[rel="canonical"]'),
		).toBeNull();
	});
});
