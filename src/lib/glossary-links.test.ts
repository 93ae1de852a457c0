import { describe, expect, it } from 'vitest';
import { linkFirstUses } from './glossary-links.ts';

const terms = [
	{ id: 'perhekeskus', forms: ['perhekeskus', 'perhekeskuksen'] },
	{ id: 'perhekeskustoimintamalli', forms: ['perhekeskustoimintamalli'] },
	{ id: 'ohjaamo', forms: ['Ohjaamot'] },
];
const href = (id: string) => `/fi/sanasto/#${id}`;

describe('linkFirstUses', () => {
	it('links only the first use of each term', () => {
		const out = linkFirstUses('<p>perhekeskus ja perhekeskus</p>', terms, href);
		expect(out).toBe(
			'<p><a class="term" href="/fi/sanasto/#perhekeskus">perhekeskus</a> ja perhekeskus</p>',
		);
	});
	it('prefers the longest form and respects word boundaries', () => {
		const out = linkFirstUses('<p>perhekeskustoimintamalli; perhekeskuksen työ</p>', terms, href);
		expect(out).toContain(
			'href="/fi/sanasto/#perhekeskustoimintamalli">perhekeskustoimintamalli</a>',
		);
		expect(out).toContain('href="/fi/sanasto/#perhekeskus">perhekeskuksen</a>');
	});
	it('does not link inside headings, links or quotes’ captions', () => {
		const html =
			'<h2>Perhekeskus perhekeskus</h2><a href="/x">perhekeskus</a><figcaption>Ohjaamot</figcaption><p>Ohjaamot</p>';
		const out = linkFirstUses(html, terms, href);
		expect(out).toBe(
			'<h2>Perhekeskus perhekeskus</h2><a href="/x">perhekeskus</a><figcaption>Ohjaamot</figcaption><p><a class="term" href="/fi/sanasto/#ohjaamo">Ohjaamot</a></p>',
		);
	});
	it('does not touch attributes or tag names', () => {
		const out = linkFirstUses('<p class="perhekeskus">teksti</p>', terms, href);
		expect(out).toBe('<p class="perhekeskus">teksti</p>');
	});
});
