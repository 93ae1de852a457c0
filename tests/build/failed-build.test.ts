import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
	mkdirSync,
	existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * A failed build must say what is wrong (file and field) and leave the dist/ that is already there
 * untouched. Runs the real `npm run build` in a copy of the project.
 */
describe('a failed build keeps the previous dist/', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'welfare-build-'));
		for (const entry of [
			'src',
			'content',
			'public',
			'scripts',
			'astro.config.mjs',
			'package.json',
			'tsconfig.json',
		])
			cpSync(entry, join(dir, entry), { recursive: true });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
		mkdirSync(join(dir, 'dist'));
		writeFileSync(join(dir, 'dist', 'marker.txt'), 'previous build');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const build = () => spawnSync('node', ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });

	it('stops on a schema error, names file and field, keeps dist/', () => {
		const file = join(dir, 'content', 'actors.yaml');
		const good = readFileSync(file, 'utf8');
		writeFileSync(file, good.replace('kind: "municipality"', 'kind: "kunta"'));
		const result = build();
		writeFileSync(file, good);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(
			/content\/actors\.yaml: \[\d+\]\.kind: .*"county"\|"municipality"/,
		);
		expect(result.stderr).toContain('left untouched');
		expect(readFileSync(join(dir, 'dist', 'marker.txt'), 'utf8')).toBe('previous build');
	});

	it('stops when Astro itself fails (broken MDX), keeps dist/', () => {
		const file = join(dir, 'content', 'pages', 'fi', 'accessibility.mdx');
		const good = readFileSync(file, 'utf8');
		writeFileSync(file, `${good}\n<Broken\n`);
		const result = build();
		writeFileSync(file, good);
		expect(result.status).not.toBe(0);
		expect(readFileSync(join(dir, 'dist', 'marker.txt'), 'utf8')).toBe('previous build');
		expect(existsSync(join(dir, 'dist', 'fi'))).toBe(false);
	});
});
