import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputHash, readStamp, writeStamp } from './input-hash.ts';

describe('inputHash: when the test setup may take a built site as up to date', () => {
	const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
	afterEach(() => {
		delete process.env.PDF;
	});
	it('changes with a content file, and is the same for the same inputs', () => {
		writeFileSync(join(dir, 'plan.yaml'), 'languages: [fi]\n');
		const a = inputHash(dir);
		expect(a).toMatch(/^[0-9a-f]{64}$/);
		expect(inputHash(dir)).toBe(a);
		writeFileSync(join(dir, 'plan.yaml'), 'languages: [fi, sv]\n');
		expect(inputHash(dir)).not.toBe(a);
	});
	it('is undefined for a partial build, whose stamp is then forgotten', () => {
		const out = '.build/input-hash-test-site';
		writeStamp(out, 'abc');
		expect(readStamp(out)).toBe('abc');
		process.env.PDF = 'off';
		expect(inputHash(dir)).toBeUndefined();
		writeStamp(out, inputHash(dir));
		expect(readStamp(out)).toBeUndefined();
		rmSync(dir, { recursive: true, force: true });
	});
});
