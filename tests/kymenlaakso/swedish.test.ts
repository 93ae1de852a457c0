import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HTMLElement } from 'node-html-parser';
import { site } from '../helpers/dist.ts';
import { openPdf, pageText } from '../helpers/pdf.ts';
import { translationStatus } from '../../scripts/lib/translation-status.ts';
import { localizedPairs } from '../helpers/content.ts';

/**
 * The Swedish edition is Swedish throughout: every text translated, no Finnish left unmarked on any
 * /sv/ page, the feed and the PDF in Swedish, and each recurring term translated the same way.
 * Finnish is found two ways, never by guessing: by the Finnish source texts themselves, and by a
 * list of common Finnish words that are not Swedish. Names the termbase keeps in Finnish are
 * allowed, marked lang="fi".
 */
type Term = {
	fi: string;
	sv?: string | null;
	keep_finnish?: boolean;
	forms_fi?: string[];
	sv_also?: string[];
};
const termbase: { terms: Term[]; same_in_both: string[] } = parse(
	readFileSync('content/i18n/termbase.yaml', 'utf8'),
);
const kept = termbase.terms
	.filter((t) => t.keep_finnish)
	.flatMap((t) => [t.fi, ...(t.forms_fi ?? [])])
	.sort((a, b) => b.length - a.length);
const withoutKept = (text: string) => kept.reduce((t, k) => t.split(k).join(' '), text);

/** Words that occur in the plan's Finnish and never in Swedish. */
const FINNISH = [
	'ja',
	'on',
	'tai',
	'sekä',
	'että',
	'ovat',
	'kanssa',
	'myös',
	'joka',
	'jotka',
	'eri',
	'kuten',
	'mukaan',
	'lasten',
	'nuorten',
	'perheiden',
	'kunnan',
	'toiminta',
	'toimijat',
	'hyvinvointi',
	'tuki',
	'palvelut',
];
const finnishWord = new RegExp(`(?<![\\p{L}])(${FINNISH.join('|')})(?![\\p{L}])`, 'iu');
const norm = (s: string) =>
	s
		.replace(/\u00ad/g, '')
		.replace(/\s+/g, ' ')
		.trim();

const pairs = () => localizedPairs();

/** The text of a page outside any element marked as another language, and outside hidden data. */
function swedishText(root: HTMLElement): string[] {
	const out: string[] = [];
	const walk = (el: HTMLElement): void => {
		const lang = el.getAttribute('lang');
		if (lang && lang !== 'sv') return;
		const tag = el.rawTagName?.toLowerCase() ?? '';
		if (['script', 'style', 'code', 'title'].includes(tag) || el.hasAttribute('hidden')) return;
		for (const c of el.childNodes) {
			if (c.nodeType === 3) out.push(c.rawText);
			else if (c instanceof HTMLElement) walk(c);
		}
	};
	walk(root);
	return out;
}

describe('the Swedish edition', () => {
	const s = site('dist');
	const svPages = s.pages.filter((p) => p.startsWith('/sv/'));

	it('translation status: every text and page has Swedish (100 %)', () => {
		const sv = translationStatus('content').find((x) => x.lang === 'sv');
		expect(sv?.fields).toEqual([]);
		expect(sv?.pages).toEqual([]);
		expect(sv?.percent).toBe(100);
	});

	it('no /sv/ page holds a common Finnish word outside lang="fi" (names kept in Finnish aside)', () => {
		const found = new Set<string>();
		for (const p of svPages) {
			const root = s.page(p).querySelector('html');
			if (!root) continue;
			for (const t of swedishText(root)) {
				const m = finnishWord.exec(withoutKept(t.replace(/&nbsp;/g, ' ')));
				if (m) found.add(`${p}: "${m[1]}" in "${norm(t).slice(0, 80)}"`);
			}
		}
		expect([...found]).toEqual([]);
	});

	it('no /sv/ page holds a Finnish text of the plan outside lang="fi"', () => {
		const finnish = pairs()
			.filter((x) => x.fi !== x.sv && x.fi.length >= 25)
			.map((x) => norm(x.fi));
		// And the Finnish strategy chapters' sentences.
		for (const f of readdirSync('content/chapters/fi'))
			for (const sentence of readFileSync(join('content/chapters/fi', f), 'utf8')
				.replace(/^---[\s\S]*?---/, '')
				.split(/(?<=[.!?])\s+/))
				if (sentence.length >= 40 && !/[<>{}|#]/.test(sentence)) finnish.push(norm(sentence));
		expect(finnish.length).toBeGreaterThan(500);
		const shown = svPages
			.map((p) => {
				const root = s.page(p).querySelector('html');
				return root ? norm(swedishText(root).join(' ')) : '';
			})
			.join('\n');
		expect(finnish.filter((t) => shown.includes(t))).toEqual([]);
	});

	it('the <title> of a /sv/ page holds no Finnish but the names kept in Finnish', () => {
		const found = svPages
			.map((p) => s.page(p).querySelector('title')?.text ?? '')
			.filter((t) => finnishWord.test(withoutKept(t)));
		expect(found).toEqual([]);
	});

	it('the Swedish calendar feed is Swedish', () => {
		const ics = readFileSync('dist/sv/arsklocka.ics', 'utf8').replace(/\r\n[ \t]/g, '');
		const texts = ics
			.split('\r\n')
			.filter((l) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME|X-WR-CALDESC)[:;]/.test(l));
		expect(texts.length).toBeGreaterThan(10);
		expect(texts.filter((l) => finnishWord.test(withoutKept(l)))).toEqual([]);
		expect(ics).toContain('SUMMARY;LANGUAGE=sv:LAPE-gruppen i Kymmenedalen sammanträder');
	});

	it('the Swedish PDF is Swedish throughout', async () => {
		const pdf = await openPdf('dist/sv/valfardsplan-2020-2025.pdf');
		const lines: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) lines.push(await pageText(pdf, n));
		const text = withoutKept(norm(lines.join(' ')));
		const m = finnishWord.exec(text);
		expect(m ? text.slice(Math.max(0, m.index - 60), m.index + 60) : '').toBe('');
	});
});

describe('the termbase', () => {
	it('each recurring term is translated the same way everywhere', () => {
		// A term's Swedish is there when each of its words (4+ letters) is, by its stem: Swedish
		// inflects (familjecentret, Kymmenedalens), so the last three letters may differ.
		const stems = (sv: string) =>
			sv
				.split(/[\s()]+/)
				.filter((w) => w.length > 3)
				.map((w) => w.toLowerCase().slice(0, Math.max(4, w.length - 3)));
		const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const uses = (text: string, form: string) =>
			new RegExp(`(?<![\\p{L}])${esc(form)}(?![\\p{L}])`, 'iu').test(text);
		const all = pairs();
		const misses: string[] = [];
		let checked = 0;
		for (const t of termbase.terms) {
			if (!t.sv || t.keep_finnish) continue;
			const forms = [t.fi, ...(t.forms_fi ?? [])];
			const options = [t.sv, ...(t.sv_also ?? [])];
			for (const p of all) {
				if (!forms.some((f) => uses(withoutKept(p.fi), f))) continue;
				checked++;
				const sv = p.sv.toLowerCase();
				if (!options.some((o) => stems(o).every((st) => sv.includes(st))))
					misses.push(`${p.file}: "${t.fi}" should be "${t.sv}": ${p.sv.slice(0, 100)}`);
			}
		}
		expect(checked).toBeGreaterThan(500);
		expect(misses).toEqual([]);
	});
});
