import { describe, expect, it } from 'vitest';
import { fallbackAmount, fallbackAttrs, fallbackShare } from './fallback.ts';
import { publicSite } from './public-site.ts';
import { ariaCurrent, domainOf, telHref } from './nav.ts';
import { alphabetical } from './site-index.ts';
import { areaTable } from './area-table.ts';
import { prefixIds } from './print-html.ts';
import { formatDate } from './dates.ts';
import { softHyphenate } from './hyphenate.ts';
import { markers, monthAngle } from './year-wheel.ts';

describe('fallbackAmount: the notice says truthfully how much is untranslated', () => {
	it('all, most or some, with the share to the nearest 5 %', () => {
		expect(fallbackAmount(1)).toEqual({ amount: 'all', percent: 100 });
		expect(fallbackAmount(0.62)).toEqual({ amount: 'most', percent: 60 });
		expect(fallbackAmount(0.01)).toEqual({ amount: 'some', percent: 5 });
		expect(() => fallbackAmount(0)).toThrow(/received 0/);
	});
});

describe('fallbackAttrs: text in another language than the page’s', () => {
	it('carries its lang, the class the notice counts, and stays out of this language’s index', () => {
		expect(fallbackAttrs('sv', 'fi')).toEqual({
			lang: 'sv',
			class: 'fallback',
			'data-pagefind-ignore': 'all',
		});
		expect(fallbackAttrs('fi', 'fi')).toEqual({});
		expect(fallbackAttrs(undefined, 'sv')).toEqual({});
	});
	it('keeps the element’s own class', () => {
		expect(fallbackAttrs('fi', 'fi', 'prose')).toEqual({ class: 'prose' });
		expect(fallbackAttrs('fi', 'sv', 'prose')).toEqual({
			lang: 'fi',
			class: 'prose fallback',
			'data-pagefind-ignore': 'all',
		});
	});
	it('is what fallbackShare counts', () => {
		expect(fallbackShare('<p>Kirjasto <a class="fallback" lang="sv">Biblioteket</a></p>')).toBe(
			11 / 19,
		);
	});
});

describe('publicSite: the address a link may name', () => {
	it('is the SITE_URL given, and nothing for the .invalid placeholder', () => {
		expect(publicSite(new URL('https://hyvinvointi.example.fi/'))?.hostname).toBe(
			'hyvinvointi.example.fi',
		);
		expect(publicSite(new URL('https://example.invalid'))).toBeUndefined();
		expect(publicSite(undefined)).toBeUndefined();
	});
});

describe('navigation helpers (from MainNav and Footer)', () => {
	it('aria-current: "page" on the section page, "true" below it, nothing elsewhere', () => {
		expect(ariaCurrent('actors', 'actors')).toBe('page');
		expect(ariaCurrent('actors', 'measure')).toBe('true');
		expect(ariaCurrent('goals', 'measure')).toBeUndefined();
		// A one-actor plan's entry is the actor page itself, and stands for the actors section.
		expect(ariaCurrent('actor', 'measure')).toBe('true');
	});
	it('phone numbers as tel: links and a link’s domain', () => {
		expect(telHref('040 848 0550')).toBe('tel:+358408480550');
		expect(telHref('+358 40 1')).toBe('tel:+358401');
		expect(() => telHref('848')).toThrow(/received "848"/);
		expect(domainOf('https://www.kymenlaaksonperhekeskus.fi/hyvinvointisuunnitelma')).toBe(
			'kymenlaaksonperhekeskus.fi',
		);
	});
});

describe('alphabetical (site index)', () => {
	it('sorts by the language’s collation and groups by first letter, Ä and Ö after Z in Finnish', () => {
		const groups = alphabetical(
			['Öljy', 'Ankka', 'Äes', 'Zeta', '2-3 Kohta', 'apu'].map((k) => ({ key: k, item: k })),
			'fi-FI',
		);
		expect(groups.map((g) => [g.letter, g.items])).toEqual([
			['#', ['2-3 Kohta']],
			['A', ['Ankka', 'apu']],
			['Z', ['Zeta']],
			['Ä', ['Äes']],
			['Ö', ['Öljy']],
		]);
		expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
	});
});

describe('areaTable (population table of a chapter)', () => {
	it('other areas in plan order, the focus area last as the total', () => {
		const v = (area: string, group: string, year: number, value: number) => ({
			area,
			group,
			year,
			value,
		});
		const t = areaTable(
			[
				v('kymenlaakso', '0-6v', 2019, 10),
				v('kotka', '0-6v', 2019, 4),
				v('hamina', '0-6v', 2019, 6),
				v('hamina', '7-14v', 2035, 1),
			],
			['kymenlaakso', 'koko-maa', 'hamina', 'kotka'],
			['0-6v', '7-14v'],
			'kymenlaakso',
		);
		expect(t).toEqual({
			groups: ['0-6v', '7-14v'],
			years: [2019, 2035],
			rows: [
				{ area: 'hamina', cells: [6, undefined, undefined, 1] },
				{ area: 'kotka', cells: [4, undefined, undefined, undefined] },
				{ area: 'kymenlaakso', cells: [10, undefined, undefined, undefined] },
			],
		});
	});
});

describe('prefixIds (print documents)', () => {
	it('prefixes ids and the links to them, and leaves other links alone', () => {
		expect(prefixIds('<h2 id="a">A</h2><a href="#a">a</a><a href="#other">o</a>', 'ch1')).toBe(
			'<h2 id="ch1-a">A</h2><a href="#ch1-a">a</a><a href="#other">o</a>',
		);
	});
});

describe('formatDate', () => {
	it('writes a date as the language does, whatever the time zone', () => {
		expect(formatDate('2020-11-30', 'fi-FI')).toBe('30.11.2020');
		expect(formatDate('2024-01-23', 'sv-FI')).toBe('23.1.2024');
		expect(() => formatDate('30.11.2020', 'fi-FI')).toThrow(/expected yyyy-mm-dd/);
	});
});

describe('year wheel', () => {
	it('January is at the top, months go clockwise, and only stated timings get a marker', () => {
		expect(monthAngle(1)).toBeCloseTo(Math.PI / 12);
		const m = markers([
			{ n: 1, timing: { kind: 'unknown' } },
			{ n: 3, timing: { kind: 'season', season: 'autumn' } },
			{ n: 9, timing: { kind: 'season', season: 'spring' } },
			{ n: 11, timing: { kind: 'monthly', except: [7] } },
		]);
		expect(m.map((x) => x.n)).toEqual([3, 9]);
	});
});

describe('fallbackShare: how much of a rendered page is untranslated', () => {
	it('counts the characters of the outermost fallback elements against all text', () => {
		expect(
			fallbackShare(
				'<p>abcd</p><p class="fallback" lang="fi">efgh <span class="fallback">ij</span></p>',
			),
		).toBe(0.6);
		expect(fallbackShare('<p>abcd</p>')).toBe(0);
		expect(fallbackShare('<div class="x fallback">abc</div>')).toBe(1);
	});
});

describe('softHyphenate: long words break only at hyphenation points', () => {
	const mark = (w: string) => w.replace(/(.{4})(?=.)/g, '$1\u00ad');
	const fake = (lang: string) => (lang === 'fi' ? mark : undefined);
	it('hyphenates long words in text, in the language of their element, and leaves code and attributes alone', () => {
		expect(
			softHyphenate(
				'<p title="hyvinvointisuunnitelma">hyvinvointisuunnitelma ja lyhyt</p>',
				'fi',
				fake,
			),
		).toBe(
			'<p title="hyvinvointisuunnitelma">hyvi\u00adnvoi\u00adntis\u00aduunn\u00aditel\u00adma ja lyhyt</p>',
		);
	});
	it('lets words joined by slashes wrap after each slash, but not dates, fractions or addresses in code', () => {
		expect(
			softHyphenate('<li>Kymsote/kaupunki/järjestöt 1/2 <code>a/b</code></li>', 'sv', fake),
		).toBe('<li>Kymsote/<wbr>kaupunki/<wbr>järjestöt 1/2 <code>a/b</code></li>');
	});
	it('skips code and a language without patterns', () => {
		expect(
			softHyphenate(
				'<code>hyvinvointisuunnitelma</code><span lang="sv">välfärdsområdet</span>',
				'fi',
				fake,
			),
		).toBe('<code>hyvinvointisuunnitelma</code><span lang="sv">välfärdsområdet</span>');
	});
	it('uses the real Finnish patterns', async () => {
		const fi = (await import('../i18n/locales/fi.ts')).default;
		expect(fi.hyphenate?.('turvakotiyhdistys').split('\u00ad')).toEqual([
			'tur',
			'va',
			'ko',
			'tiyh',
			'dis',
			'tys',
		]);
	});
});
