import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../scripts/lib/content-check.ts';
import { ACCEPTED, BAD_CONTENT } from '../corpus/bad-content.ts';
import { PLANS } from '../helpers/plans.ts';

const SYNTHETIC = 'tests/fixtures/synthetic';

/** Runs `fn` on a fresh copy of the synthetic plan, named "plan" in messages. */
async function onCopy<T>(
	edit: (root: string) => void,
	fn: (root: string) => Promise<T>,
): Promise<T> {
	const dir = mkdtempSync(join(tmpdir(), 'plan-'));
	const root = join(dir, 'plan');
	try {
		cpSync(SYNTHETIC, root, { recursive: true });
		edit(root);
		return await fn(root);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('every plan in the repository passes the content check', () => {
	it.each(PLANS.map((p) => [p.name, p.content]))('%s', async (_name, content) => {
		const { problems, files } = await checkContent(content);
		expect(problems).toEqual([]);
		expect(files).toBeGreaterThan(4);
	});
});

describe('bad content is refused with the file and the field or line named', () => {
	it.each(BAD_CONTENT.map((c) => [c.name, c]))('%s', async (_name, c) => {
		const { problems } = await onCopy(c.edit, (root) => checkContent(root, 'plan'));
		expect(problems.join('\n')).toMatch(c.expect);
		for (const p of problems) expect(p).toMatch(/^plan(\/[\w./-]+)?: /);
	});
});

describe('unusual but valid content passes', () => {
	it.each(ACCEPTED.map((c) => [c.name, c]))('%s', async (_name, c) => {
		const { problems } = await onCopy(c.edit, (root) => checkContent(root, 'plan'));
		expect(problems).toEqual([]);
	});
});
