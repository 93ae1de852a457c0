import { describe, expect, it } from 'vitest';
import { headingId, rehypeHeadingIds } from './heading-ids.ts';

describe('headingId', () => {
	it('keeps section numbers apart and starts with a letter', () => {
		expect(headingId('1.1 Tiivistelmä')).toBe('s1-1-tiivistelma');
		expect(headingId('11 Tiivistelmä')).toBe('s11-tiivistelma');
		expect(headingId('Mitä perhekeskus tekee?')).toBe('mita-perhekeskus-tekee');
		expect(headingId('???')).toBe('kohta');
	});
	it('makes repeated headings unique on a page', () => {
		const h = (t: string) => ({
			type: 'element',
			tagName: 'h3',
			properties: {},
			children: [{ type: 'text', value: t }],
		});
		const tree: {
			type: string;
			children: { type: string; properties?: Record<string, unknown> }[];
		} = {
			type: 'root',
			children: [h('Lähteet'), h('Lähteet')],
		};
		rehypeHeadingIds()(tree);
		expect(tree.children.map((c) => c.properties?.id)).toEqual(['lahteet', 'lahteet-2']);
	});
});
