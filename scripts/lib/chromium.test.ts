import { describe, expect, it } from 'vitest';
import { findChromium, CANDIDATE_PATHS } from './chromium.ts';

describe('findChromium: configurable browser path', () => {
	it('prefers CHROMIUM_PATH', () => {
		expect(findChromium({ CHROMIUM_PATH: '/opt/c', CHROME_PATH: '/opt/d' }, () => true)).toBe(
			'/opt/c',
		);
	});
	it('then CHROME_PATH', () => {
		expect(findChromium({ CHROME_PATH: '/opt/d' }, () => true)).toBe('/opt/d');
	});
	it('fails loudly when the configured path does not exist', () => {
		expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(
			/CHROMIUM_PATH is set to "\/nope"/,
		);
	});
	it('falls back to the system paths in order', () => {
		expect(findChromium({}, (p) => p === CANDIDATE_PATHS[2])).toBe(CANDIDATE_PATHS[2]);
	});
	it('tells how to install one when none is found', () => {
		expect(() => findChromium({}, () => false)).toThrow(/apt-get install chromium/);
	});
});
