import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
	const fi = { kilobytes: '{n} kt', megabytes: '{n} Mt' };
	const sv = { kilobytes: '{n} kB', megabytes: '{n} MB' };
	it('writes megabytes with one decimal and the language’s comma', () => {
		expect(formatFileSize(1_258_291, 'fi-FI', fi)).toBe('1,2 Mt');
		expect(formatFileSize(1_258_291, 'sv-FI', sv)).toBe('1,2 MB');
		expect(formatFileSize(12 * 1024 * 1024, 'fi-FI', fi)).toBe('12 Mt');
	});
	it('writes small files in kilobytes, never as zero', () => {
		expect(formatFileSize(350 * 1024, 'fi-FI', fi)).toBe('350 kt');
		expect(formatFileSize(10, 'sv-FI', sv)).toBe('1 kB');
		expect(() => formatFileSize(-1, 'fi-FI', fi)).toThrow(/received -1/);
	});
});
