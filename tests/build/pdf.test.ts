import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PLANS } from '../helpers/plans.ts';
import { site, squash } from '../helpers/dist.ts';
import { openPdf, pageRoles, pageRuns, pageText } from '../helpers/pdf.ts';
import { printDocuments } from '../../scripts/lib/pdf.ts';

/**
 * The PDFs the build prints, read with pdfjs-dist: tagged, with an outline of the document's parts,
 * in the right language, with XMP metadata, the footer as an artifact, A4 pages, real text, and
 * every link described. Run on every plan; the Kymenlaakso edition's own sentences and sizes below.
 */
const A4 = { width: 595.28, height: 841.89 };

for (const plan of PLANS) {
	const docs = await printDocuments(plan.dist);
	const planYaml: { title: Record<string, string>; languages: string[] } = parse(
		readFileSync(join(plan.content, 'plan.yaml'), 'utf8'),
	);
	const s = site(plan.dist);
	describe(`${plan.name}: PDFs`, () => {
		it('one whole-plan PDF per language and one per actor and language, at the URL contract’s paths', () => {
			const whole = docs.filter((d) => !d.pdf.slice(4).includes('/'));
			expect(whole.map((d) => d.lang).sort()).toEqual([...planYaml.languages].sort());
			for (const d of docs) expect(s.known.has(d.pdf), d.pdf).toBe(true);
			expect(docs.length).toBeGreaterThan(whole.length);
		});
		for (const d of docs) {
			describe(d.pdf, async () => {
				const pdf: PDFDocumentProxy = await openPdf(join(plan.dist, d.pdf));
				const meta = await pdf.getMetadata();
				const raw = readFileSync(join(plan.dist, d.pdf)).toString('latin1');
				it('is tagged, with headings and lists in its structure tree', async () => {
					const mark: unknown = await pdf.getMarkInfo();
					expect(mark instanceof Map ? mark.get('Marked') : undefined).toBe(true);
					const roles = new Set<string>();
					for (let n = 1; n <= pdf.numPages; n++)
						for (const r of await pageRoles(pdf, n)) roles.add(r);
					expect([...roles]).toEqual(expect.arrayContaining(['Document', 'H1', 'P', 'L', 'LI']));
				});
				it('has an outline whose top entries are the document’s parts, as its contents list names them', async () => {
					const toc = s
						.at(d.page)
						.querySelectorAll('.print-toc a')
						.map((a) => squash(a.text));
					const outline = (await pdf.getOutline()).map((o) => o.title);
					expect(outline).toEqual(toc);
				});
				it('says its language, title and PDF/UA part, in the document information and XMP', () => {
					const info: unknown = meta.info;
					expect(info).toMatchObject({ Language: d.lang, Title: d.title });
					expect(meta.metadata?.get('dc:title')).toBe(d.title);
					expect(meta.metadata?.get('dc:language')).toBe(d.lang);
					expect(meta.metadata?.get('pdfuaid:part')).toBe('1');
					expect(raw).toContain('/DisplayDocTitle true');
				});
				it('marks the footer (short title and page numbers) as an artifact, on every page', async () => {
					const label = new RegExp(`^${d.footerPage} \\d+ / ${pdf.numPages}$`);
					for (let n = 1; n <= pdf.numPages; n++) {
						const runs = await pageRuns(pdf, n);
						const footer = runs.filter((r) => label.test(r.str));
						expect(footer.length, `page ${n}`).toBe(1);
						expect(footer[0]?.inside, `page ${n}`).toEqual(['Artifact']);
						expect(
							runs.filter((r) => r.str.trim() !== '' && r.inside.length === 0),
							`page ${n}: untagged text`,
						).toEqual([]);
					}
				});
				it('has A4 pages only', async () => {
					for (let n = 1; n <= pdf.numPages; n++) {
						const [, , w = 0, h = 0] = (await pdf.getPage(n)).view;
						expect(Math.abs(w - A4.width), `page ${n} width ${w}`).toBeLessThan(1);
						expect(Math.abs(h - A4.height), `page ${n} height ${h}`).toBeLessThan(1);
					}
				});
				it('describes every link (/Contents)', async () => {
					for (let n = 1; n <= pdf.numPages; n++) {
						const annots: unknown[] = await (await pdf.getPage(n)).getAnnotations();
						for (const a of annots) {
							if (typeof a !== 'object' || a === null || !('subtype' in a) || a.subtype !== 'Link')
								continue;
							const contents =
								'contentsObj' in a &&
								typeof a.contentsObj === 'object' &&
								a.contentsObj !== null &&
								'str' in a.contentsObj
									? String(a.contentsObj.str)
									: '';
							expect(contents.trim().length, `page ${n}: a link without /Contents`).toBeGreaterThan(
								0,
							);
						}
					}
				});
			});
		}
	});
}

describe('kymenlaakso: the whole-plan PDFs', async () => {
	const text = async (file: string) => {
		const pdf = await openPdf(file);
		const parts: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) parts.push(await pageText(pdf, n));
		return { pdf, text: squash(parts.join(' ')) };
	};
	const fi = await text('dist/fi/hyvinvointisuunnitelma-2020-2025.pdf');
	const sv = await text('dist/sv/valfardsplan-2020-2025.pdf');
	it('hold the plan’s sentences with ä, ö and å intact, and no soft hyphen', () => {
		// Seed 000, line 1088 (the introduction), and the cover's motto (line 911).
		expect(fi.text).toContain('Jokaisella meistä on toive hyvästä elämästä ja hyvinvoinnista.');
		expect(fi.text).toContain('Voidaan hyvin huomennakin!');
		expect(fi.text).toContain('Päätavoite III: Lasten, nuorten ja perheiden parissa toimivien');
		expect(sv.text).toContain('Var och en av oss önskar sig ett gott liv och välbefinnande.');
		expect(sv.text).toContain('Kymmenedalens välfärdsområde');
		expect(fi.text + sv.text).not.toContain('\u00ad');
	});
	it('have more than 30 pages and stay under 5 MB', () => {
		for (const [file, pdf] of [
			['dist/fi/hyvinvointisuunnitelma-2020-2025.pdf', fi.pdf],
			['dist/sv/valfardsplan-2020-2025.pdf', sv.pdf],
		] as const) {
			expect(pdf.numPages, file).toBeGreaterThan(30);
			expect(statSync(file).size, file).toBeLessThan(5 * 1024 * 1024);
		}
	});
	it('links to them from the home, strategy and actor pages with their size', () => {
		const s = site('dist');
		const size = (url: string, href: string) =>
			squash(s.at(url).querySelector(`a[href="${href}"] .pdf-size`)?.text ?? '');
		expect(size('/fi/', '/fi/hyvinvointisuunnitelma-2020-2025.pdf')).toMatch(/^\(PDF, \d,\d Mt\)$/);
		expect(size('/sv/strategi/', '/sv/valfardsplan-2020-2025.pdf')).toMatch(/^\(PDF, \d,\d MB\)$/);
		expect(size('/fi/toimijat/kotka/', '/fi/toimijat/kotka.pdf')).toMatch(/^\(PDF, \d+ kt\)$/);
	});
});
