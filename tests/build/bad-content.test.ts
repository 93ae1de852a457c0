import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ACCEPTED, BAD_CONTENT, type Case } from '../corpus/bad-content.ts';
import { build, copyPlan, treeHash } from '../helpers/build.ts';
import { site } from '../helpers/dist.ts';

/**
 * The bad-content corpus through the real build: each case fails with exit ≠ 0, a message naming
 * the file and the field or line, and leaves the previous site byte-identical. The accepted cases
 * build and come out safe. (The search index and PDFs are off here: these cases stop before them.)
 * Every case goes through the content check in tests/unit/content-check.test.ts; here one case per
 * file it breaks (and one for MDX safety) goes through the whole build, because how the build fails
 * and what it leaves is the same for every case of a file.
 */
const fileOf = (c: Case) =>
	/^([a-z0-9_\\/.-]+?)\\\.(yaml|mdx|txt)/i.exec(c.expect.source)?.slice(1, 3).join('.') ??
	'mdx safety';
const REPRESENTATIVES = BAD_CONTENT.filter(
	(c, i) => BAD_CONTENT.findIndex((d) => fileOf(d) === fileOf(c)) === i,
);
const SYNTHETIC = 'tests/fixtures/synthetic';
/** Removes an actor as an editor would: its line in actors.yaml and its measure file. */
const removeActor = (content: string, id: string) => {
	const file = join(content, 'actors.yaml');
	writeFileSync(
		file,
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((l) => !l.includes(`id: "${id}"`))
			.join('\n'),
	);
	rmSync(join(content, 'measures', `${id}.yaml`));
};
let work: ReturnType<typeof copyPlan>;
let out: string;
let before: string;

beforeAll(() => {
	work = copyPlan(SYNTHETIC);
	out = join(work.dir, 'site');
	const first = build(work.content, out);
	if (first.status !== 0) throw new Error(`the synthetic plan should build:\n${first.output}`);
	before = treeHash(out);
}, 300_000);
afterAll(() => work.cleanup());

describe('bad content fails the build and keeps the previous site', () => {
	it('covers every file the corpus breaks', () => {
		expect(REPRESENTATIVES.length).toBe(13);
		expect(new Set(BAD_CONTENT.map(fileOf)).size).toBe(REPRESENTATIVES.length);
	});
	it.each(REPRESENTATIVES.map((c) => [c.name, c]))('%s', (_name, c) => {
		const bad = copyPlan(SYNTHETIC);
		try {
			c.edit(bad.content);
			const r = build(bad.content, out);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(c.expect);
			expect(r.stderr).toContain('was left untouched');
			expect(r.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
			expect(treeHash(out)).toBe(before);
		} finally {
			bad.cleanup();
		}
	});
});

describe('unusual but valid content builds and comes out safe', () => {
	it.each(ACCEPTED.map((c) => [c.name, c]))('%s', (_name, c) => {
		const ok = copyPlan(SYNTHETIC);
		const target = join(ok.dir, 'site');
		try {
			c.edit(ok.content);
			const r = build(ok.content, target);
			expect(r.output).toMatch(c.expect);
			expect(r.status).toBe(0);
			const s = site(target);
			for (const f of s.pages) expect(s.html(f), f).not.toMatch(/\sstyle="/);
		} finally {
			ok.cleanup();
		}
	});
	it('a formula in a measure is neutralised in measures.csv and kept as written in measures.json', () => {
		const s = site(out);
		expect(s.text('/data/measures.csv')).toContain(
			`"'=HYPERLINK(""x"") står som text i öppna data."`,
		);
		expect(s.text('/data/measures.json')).toContain(
			'"sv": "=HYPERLINK(\\"x\\") står som text i öppna data."',
		);
	});
});

describe('published URLs never silently disappear', () => {
	it('removing an actor fails the build and lists its URLs with the content change', () => {
		const w = copyPlan(SYNTHETIC);
		try {
			removeActor(w.content, 'biblioteket');
			const r = build(w.content, out);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/published URL\(s\) would disappear/);
			expect(r.stderr).toContain(
				'/sv/aktorer/biblioteket/1-1/  ← the row 1-1 of actor "biblioteket"',
			);
			expect(r.stderr).toContain('/fi/toimijat/biblioteket/  ← actor "biblioteket"');
			expect(treeHash(out)).toBe(before);
		} finally {
			w.cleanup();
		}
	});
	it('the same change with redirects builds, and serves an accessible redirect page at each old address', () => {
		const w = copyPlan(SYNTHETIC);
		const target = join(w.dir, 'site');
		try {
			cpSync(out, target, { recursive: true, dereference: true });
			removeActor(w.content, 'biblioteket');
			const redirects = ['sv', 'fi'].flatMap((l) => {
				const actors = l === 'sv' ? 'aktorer' : 'toimijat';
				const below = readdirSync(join(out, l, actors, 'biblioteket')).filter(
					(n) => !n.includes('.'),
				);
				return [
					`/${l}/${actors}/biblioteket/`,
					...below.map((u) => `/${l}/${actors}/biblioteket/${u}/`),
				].map((from) => `- { from: "${from}", to: "/${l}/${actors}/" }`);
			});
			writeFileSync(join(w.content, 'redirects.yaml'), `${redirects.join('\n')}\n`);
			const r = build(w.content, target);
			expect(r.status, r.output).toBe(0);
			const s = site(target);
			const page = s.at('/sv/aktorer/biblioteket/1-1/');
			expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
				'0; url=/sv/aktorer/',
			);
			expect(page.querySelector('main a[href="/sv/aktorer/"]')).not.toBeNull();
			expect(page.querySelectorAll('h1')).toHaveLength(1);
			// The only refresh on the site is on redirect pages.
			const refreshing = s.pages.filter((f) =>
				s.page(f).querySelector('meta[http-equiv="refresh"]'),
			);
			expect(refreshing.every((f) => f.includes('/biblioteket/'))).toBe(true);
		} finally {
			w.cleanup();
		}
	});
	it('npm run check finds the same: the pages and the URL guard, with nothing published', () => {
		const w = copyPlan(SYNTHETIC);
		try {
			removeActor(w.content, 'biblioteket');
			const r = spawnSync('node', ['scripts/check.ts', '--content', w.content, '--no-types'], {
				encoding: 'utf8',
			});
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/Check failed: \d+ published URL\(s\) would disappear/);
			expect(r.stderr).toContain('/fi/toimijat/biblioteket/  ← actor "biblioteket"');
			expect(readdirSync('.build').filter((n) => n.startsWith('check-'))).toEqual([]);
			expect(treeHash(out)).toBe(before);
		} finally {
			w.cleanup();
		}
	});
	it('deleting a chapter fails the build naming the chapter file', () => {
		const w = copyPlan(SYNTHETIC);
		try {
			rmSync(join(w.content, 'chapters/sv/mal.mdx'));
			const r = build(w.content, out);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toContain('/sv/strategi/mal/  ← chapter "mal" (chapters/sv/mal.mdx)');
		} finally {
			w.cleanup();
		}
	});
});

describe('publishing', () => {
	it('the output is a link to a whole release; old releases beyond the previous one are removed', () => {
		expect(existsSync(join(out, 'sv', 'index.html'))).toBe(true);
		const releases = readdirSync(join(work.dir, '.site.releases'));
		expect(releases.length).toBeLessThanOrEqual(2);
	});
});
