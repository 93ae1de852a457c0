/**
 * The build's PDF step: every print document of the built site (a page whose <body> has data-pdf)
 * printed by Chromium as one tagged, bookmarked A4 PDF, finished by pdf-finish.ts, and written at
 * the URL contract's path; then the size of each PDF is written into the links to it. The site is
 * served on 127.0.0.1 at a free port for the browser, and nothing else.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { distFiles, urlOf } from './dist-files.ts';
import { serveStatic } from './static-server.ts';
import { finishPdf, type FinishReport } from './pdf-finish.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import type { LocaleDefinition } from '../../src/i18n/types.ts';

export type PrintDocument = {
	/** The print document's URL ("/fi/tuloste/"). */
	page: string;
	/** Where its PDF goes ("/fi/hyvinvointisuunnitelma-2020-2025.pdf"). */
	pdf: string;
	lang: string;
	title: string;
	author: string;
	subject: string;
	date: string;
	footerTitle: string;
	footerPage: string;
};

export type PrintedPdf = PrintDocument & {
	bytes: number;
	pages: number;
	seconds: number;
	report: FinishReport;
};

const attr = (tag: string, name: string): string | undefined => {
	const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return m?.[1]
		?.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
};

/** The print documents of a built site, from their own <body> attributes (PrintLayout.astro). */
export async function printDocuments(root: string): Promise<PrintDocument[]> {
	const out: PrintDocument[] = [];
	for (const file of distFiles('.html', root)) {
		const html = await readFile(join(root, file), 'utf8');
		const body = /<body\b[^>]*\sdata-pdf="[^"]*"[^>]*>/.exec(html)?.[0];
		if (!body) continue;
		const get = (name: string) => {
			const v = attr(body, name);
			if (v === undefined || v === '')
				throw new Error(
					`${file}: received a print document without ${name}, expected PrintLayout's attributes`,
				);
			return v;
		};
		const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
		if (!lang)
			throw new Error(`${file}: received no <html lang>, expected the document's language`);
		out.push({
			page: urlOf(file),
			pdf: get('data-pdf'),
			lang,
			title: get('data-pdf-title'),
			author: get('data-pdf-author'),
			subject: get('data-pdf-subject'),
			date: get('data-pdf-date'),
			footerTitle: get('data-footer-title'),
			footerPage: get('data-footer-page'),
		});
	}
	return out.sort((a, b) => a.pdf.localeCompare(b.pdf));
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page footer: the plan's short title, and "Sivu 3 / 127". Chromium fills in the numbers. */
export function footerTemplate(doc: Pick<PrintDocument, 'footerTitle' | 'footerPage'>): string {
	return `<div style="font-family: system-ui, 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 17mm; display: flex; justify-content: space-between;"><span>${escapeHtml(doc.footerTitle)}</span><span>${escapeHtml(doc.footerPage)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

async function printOne(
	browser: Browser,
	base: string,
	doc: PrintDocument,
): Promise<{ bytes: Uint8Array; pages: number; report: FinishReport }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const response = await page.goto(base + doc.page, { waitUntil: 'networkidle' });
		if (!response?.ok())
			throw new Error(
				`${doc.page}: received HTTP ${response?.status() ?? 'no response'}, expected the print document`,
			);
		await page.emulateMedia({ media: 'print' });
		// Soft hyphens and <wbr> help narrow screens; in a PDF they would split words for search
		// and copying, and an A4 line is wide enough without them.
		const { links, headings } = await page.evaluate(() => {
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode())
				if (n.nodeValue?.includes('\u00ad')) n.nodeValue = n.nodeValue.replace(/\u00ad/g, '');
			for (const w of document.querySelectorAll('wbr')) w.remove();
			// A link to another page of the site would lead to this build's local server: it gets the
			// site's public address, or, when the build has none (SITE_URL), stays as plain text.
			const site = document.body.dataset.siteUrl;
			for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
				const href = a.getAttribute('href') ?? '';
				if (site) a.setAttribute('href', site + href);
				else a.replaceWith(...a.childNodes);
			}
			const links: Record<string, string> = {};
			for (const a of document.querySelectorAll('a[href]')) {
				const href = a.getAttribute('href') ?? '';
				const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (href && text && !(href in links)) links[href] = text;
			}
			const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
				(h.textContent ?? '').replace(/\s+/g, ' ').trim(),
			);
			return { links, headings };
		});
		const raw = await page.pdf({
			format: 'A4',
			preferCSSPageSize: true,
			printBackground: true,
			tagged: true,
			outline: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: footerTemplate(doc),
		});
		const finished = await finishPdf(raw, { ...doc, links, headings });
		if (finished.report.figuresWithoutAlt > 0)
			throw new Error(
				`${doc.page}: ${finished.report.figuresWithoutAlt} figure(s) without a text alternative in the PDF; give each <img> an alt, or do not use <figure> for text`,
			);
		return { bytes: finished.bytes, pages: finished.pages, report: finished.report };
	} finally {
		await context.close();
	}
}

/** Prints every print document of the site in `root`; `progress` gets one line per PDF. */
export async function makePdfs(
	root: string,
	progress: (line: string) => void = () => {},
): Promise<PrintedPdf[]> {
	const docs = await printDocuments(root);
	if (docs.length === 0) return [];
	const executablePath = findChromium();
	const server = await serveStatic(root);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const out: PrintedPdf[] = [];
	// Two documents at a time: Chromium lays out one while pdf-lib finishes the other.
	let next = 0;
	const worker = async () => {
		for (let doc = docs[next++]; doc !== undefined; doc = docs[next++]) {
			const start = performance.now();
			const { bytes, pages, report } = await printOne(browser, server.url, doc);
			const file = join(root, doc.pdf);
			await mkdir(dirname(file), { recursive: true });
			await writeFile(file, bytes);
			const seconds = (performance.now() - start) / 1000;
			out.push({ ...doc, bytes: bytes.length, pages, seconds, report });
			progress(
				`      [${out.length}/${docs.length}] ${doc.pdf}: ${pages} pages, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${seconds.toFixed(1)} s`,
			);
		}
	};
	try {
		await Promise.all([worker(), worker()]);
	} finally {
		await browser.close();
		await server.close();
	}
	out.sort((a, b) => a.pdf.localeCompare(b.pdf));
	return out;
}

/**
 * Writes each PDF's size into the links to it (PdfLink.astro's placeholder), in the language of
 * the page: "(PDF, 1,2 Mt)". Returns the number of links filled.
 */
export async function writePdfSizes(
	root: string,
	pdfs: readonly Pick<PrintedPdf, 'pdf' | 'bytes'>[],
	locales: ReadonlyMap<string, LocaleDefinition>,
): Promise<number> {
	const size = new Map(pdfs.map((p) => [p.pdf, p.bytes]));
	let filled = 0;
	for (const file of distFiles('.html', root)) {
		const path = join(root, file);
		const html = await readFile(path, 'utf8');
		if (!html.includes('data-pdf-size=')) continue;
		const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
		const locale = locales.get(lang);
		if (!locale) throw new Error(`${file}: received lang "${lang}", expected a shipped UI locale`);
		const s = (key: string) => {
			const v = locale.strings[key];
			if (typeof v !== 'string')
				throw new Error(`locale ${lang}: received no string ${key}, expected one`);
			return v;
		};
		const next = html.replace(
			/(<span class="pdf-size" data-pdf-size="([^"]+)">)[\s\S]*?(<\/span>)/g,
			(whole, open: string, href: string, close: string) => {
				const bytes = size.get(href);
				if (bytes === undefined) return whole;
				filled++;
				const text = formatFileSize(bytes, locale.intl, {
					kilobytes: s('pdf.kilobytes'),
					megabytes: s('pdf.megabytes'),
				});
				return `${open}${s('pdf.size').replace('{size}', text)}${close}`;
			},
		);
		if (next !== html) await writeFile(path, next);
	}
	return filled;
}
