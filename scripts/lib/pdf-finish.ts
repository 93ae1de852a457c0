/**
 * Takes a PDF as Chromium prints it (tagged, with an outline) closer to PDF/UA-1, without touching
 * its structure tree or how it renders (@cantoo/pdf-lib):
 *   - XMP metadata with dc:title, dc:language, dc:creator and pdfuaid:part 1, and the same title,
 *     author, language and dates in the document information, the title shown in the title bar;
 *   - the header, footer, page numbers and page background marked as artifacts (pdf-content.ts);
 *   - a role map for the tags PDF 1.7 does not define (Strong, Em, Aside …);
 *   - /Contents on every link annotation (the link's own text), and /Tabs /S on pages with links;
 *   - outline titles exactly as the headings read: Chromium drops the space where a heading wraps;
 *   - dates from the plan's revision, an ID from the content, and structure element IDs numbered in
 *     reading order (Chromium numbers them by its accessibility tree, which varies with timing), so
 *     two builds give the same bytes.
 * What it cannot fix is written in the accessibility statement.
 */
import { createHash } from 'node:crypto';
import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFHeader,
	PDFHexString,
	PDFName,
	PDFRawStream,
	PDFRef,
	PDFString,
	decodePDFRawStream,
} from '@cantoo/pdf-lib';
import { markArtifacts } from './pdf-content.ts';

export type PdfMeta = {
	title: string;
	lang: string;
	author: string;
	subject: string;
	/** The plan's revision date, YYYY-MM-DD: the document's creation and modification date. */
	date: string;
	/** The text of each link in the printed document, by its href ("#ch-johdanto", "https://…"). */
	links: Readonly<Record<string, string>>;
	/** The text of the document's headings, as the outline should name them. */
	headings: readonly string[];
};

export type FinishReport = {
	artifacts: number;
	/** Outline entries whose title was restored from the heading (Chromium drops the space at a line break). */
	outlineFixed: number;
	links: number;
	roleMapped: string[];
	figuresWithoutAlt: number;
};

/** The structure types of PDF 1.7 (ISO 32000-1, 14.8.4); any other needs a role map entry. */
const STANDARD = new Set(
	'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
		' ',
	),
);
/** What Chromium's HTML-derived tags mean in PDF 1.7 terms. */
const ROLES: Record<string, string> = {
	Strong: 'Span',
	Em: 'Span',
	Aside: 'Div',
	Title: 'P',
	Sub: 'Span',
	FENote: 'Note',
	DocumentFragment: 'Part',
};

const escapeXml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmp(
	meta: Pick<PdfMeta, 'title' | 'lang' | 'author' | 'subject' | 'date'>,
	producer: string,
): string {
	const when = `${meta.date}T00:00:00Z`;
	return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(meta.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
   <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function structTypes(
	doc: PDFDocument,
	root: PDFDict,
): { types: Set<string>; figuresWithoutAlt: number } {
	const types = new Set<string>();
	let figuresWithoutAlt = 0;
	const seen = new Set<PDFDict>();
	const walk = (node: unknown): void => {
		const d = node instanceof PDFRef ? doc.context.lookup(node) : node;
		if (!(d instanceof PDFDict) || seen.has(d)) return;
		seen.add(d);
		const s = d.get(PDFName.of('S'));
		if (s instanceof PDFName) {
			const type = s.decodeText();
			types.add(type);
			if (type === 'Figure' && !d.get(PDFName.of('Alt'))) figuresWithoutAlt++;
		}
		const k = d.get(PDFName.of('K'));
		if (k instanceof PDFArray) for (const kid of k.asArray()) walk(kid);
		else if (k) walk(k);
	};
	walk(root.get(PDFName.of('K')));
	return { types, figuresWithoutAlt };
}

/**
 * Gives the structure elements' IDs in reading order ("n00000001", …), with the table headers
 * that refer to them (/Headers) and the ID tree to match.
 */
function renumberStructIds(doc: PDFDocument, root: PDFDict): void {
	const { context } = doc;
	const withId: { ref: PDFRef; dict: PDFDict }[] = [];
	const seen = new Set<PDFDict>();
	const walk = (node: unknown, ref?: PDFRef): void => {
		const d = node instanceof PDFRef ? context.lookup(node) : node;
		if (!(d instanceof PDFDict) || seen.has(d)) return;
		seen.add(d);
		if (d.get(PDFName.of('ID')) && ref) withId.push({ ref, dict: d });
		const k = d.get(PDFName.of('K'));
		const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
		for (const kid of kids) walk(kid, kid instanceof PDFRef ? kid : undefined);
	};
	walk(root.get(PDFName.of('K')));
	if (withId.length === 0) return;
	const text = (v: unknown) =>
		v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
	const renamed = new Map<string, string>();
	withId.forEach(({ dict }, i) => {
		const old = text(dict.get(PDFName.of('ID')));
		const id = `n${String(i + 1).padStart(8, '0')}`;
		if (old !== undefined) renamed.set(old, id);
		dict.set(PDFName.of('ID'), PDFString.of(id));
	});
	for (const d of seen) {
		const a = d.get(PDFName.of('A'));
		const attrs = a instanceof PDFArray ? a.asArray() : a ? [a] : [];
		for (const attr of attrs) {
			const ad = attr instanceof PDFRef ? context.lookup(attr) : attr;
			if (!(ad instanceof PDFDict)) continue;
			const headers = ad.get(PDFName.of('Headers'));
			if (!(headers instanceof PDFArray)) continue;
			const ids = headers.asArray().map((h) => renamed.get(text(h) ?? '') ?? text(h) ?? '');
			ad.set(PDFName.of('Headers'), context.obj(ids.map((h) => PDFString.of(h))));
		}
	}
	// The old tree's nodes hold the old IDs: remove them, or they stay in the file unreferenced.
	const drop = (node: unknown): void => {
		if (!(node instanceof PDFRef)) return;
		const d = context.lookup(node);
		if (d instanceof PDFDict) {
			const kids = d.get(PDFName.of('Kids'));
			if (kids instanceof PDFArray) kids.asArray().forEach(drop);
		}
		context.delete(node);
	};
	drop(root.get(PDFName.of('IDTree')));
	const names = withId.flatMap(({ ref, dict }) => [dict.get(PDFName.of('ID')), ref]);
	root.set(PDFName.of('IDTree'), context.obj({ Names: context.obj(names) }));
}

const destName = (d: PDFDict): string | undefined => {
	const dest = d.get(PDFName.of('Dest'));
	if (dest instanceof PDFName) return dest.decodeText();
	if (dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText();
	return undefined;
};

export async function finishPdf(
	bytes: Uint8Array,
	meta: PdfMeta,
): Promise<{ bytes: Uint8Array; pages: number; report: FinishReport }> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const { context, catalog } = doc;
	const producer = `${doc.getProducer() ?? 'Chromium'}; @cantoo/pdf-lib`;

	// Metadata: the Info dictionary and XMP say the same.
	doc.setTitle(meta.title, { showInWindowTitleBar: true });
	doc.setAuthor(meta.author);
	doc.setSubject(meta.subject);
	doc.setLanguage(meta.lang);
	doc.setCreator(meta.author);
	doc.setProducer(producer);
	const when = new Date(`${meta.date}T00:00:00Z`);
	doc.setCreationDate(when);
	doc.setModificationDate(when);
	const metadata = context.stream(new TextEncoder().encode(xmp(meta, producer)), {
		Type: 'Metadata',
		Subtype: 'XML',
	});
	catalog.set(PDFName.of('Metadata'), context.register(metadata));
	context.header = PDFHeader.forVersion(1, 7);

	// The role map.
	const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
	const { types, figuresWithoutAlt } = structTypes(doc, root);
	const roleMapped = [...types].filter((t) => !STANDARD.has(t)).sort();
	if (roleMapped.length > 0) {
		const map = context.obj({});
		for (const t of roleMapped) map.set(PDFName.of(t), PDFName.of(ROLES[t] ?? 'NonStruct'));
		root.set(PDFName.of('RoleMap'), map);
	}

	// Artifacts and links, page by page.
	let artifacts = 0;
	let links = 0;
	for (const page of doc.getPages()) {
		const contents = page.node.get(PDFName.of('Contents'));
		const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
		for (const ref of refs) {
			if (!(ref instanceof PDFRef)) continue;
			const stream = context.lookup(ref);
			if (!(stream instanceof PDFRawStream)) continue;
			const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
			const marked = markArtifacts(text);
			if (marked.artifacts === 0) continue;
			artifacts += marked.artifacts;
			context.assign(ref, context.flateStream(Buffer.from(marked.text, 'latin1')));
		}
		const annots = page.node.Annots();
		if (!annots || annots.size() === 0) continue;
		page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
		for (let i = 0; i < annots.size(); i++) {
			const a = annots.lookup(i, PDFDict);
			if (a.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
			const action = a.get(PDFName.of('A'));
			const actionDict = action instanceof PDFRef ? context.lookup(action) : action;
			const uriObj = actionDict instanceof PDFDict ? actionDict.get(PDFName.of('URI')) : undefined;
			const uri =
				uriObj instanceof PDFString || uriObj instanceof PDFHexString
					? uriObj.decodeText()
					: undefined;
			const dest = destName(a);
			const key = uri ?? (dest ? `#${dest}` : undefined);
			const text =
				(key && (meta.links[key] ?? meta.links[key.replace(/^https?:\/\/[^/]+/, '')])) ?? key;
			if (!text) continue;
			a.set(PDFName.of('Contents'), PDFHexString.fromText(text.replace(/\s+/g, ' ').trim()));
			links++;
		}
	}

	// Outline titles as the headings read.
	const bySpaceless = new Map(meta.headings.map((h) => [h.replace(/\s+/g, ''), h]));
	let outlineFixed = 0;
	const fixOutline = (first: unknown): void => {
		let item = first instanceof PDFRef ? context.lookup(first) : first;
		while (item instanceof PDFDict) {
			const title = item.get(PDFName.of('Title'));
			if (title instanceof PDFString || title instanceof PDFHexString) {
				const text = title.decodeText();
				const heading = bySpaceless.get(text.replace(/\s+/g, ''));
				if (heading && heading !== text) {
					item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
					outlineFixed++;
				}
			}
			fixOutline(item.get(PDFName.of('First')));
			const next = item.get(PDFName.of('Next'));
			item = next instanceof PDFRef ? context.lookup(next) : undefined;
		}
	};
	const outlines = catalog.get(PDFName.of('Outlines'));
	const outlineRoot = outlines instanceof PDFRef ? context.lookup(outlines) : outlines;
	if (outlineRoot instanceof PDFDict) fixOutline(outlineRoot.get(PDFName.of('First')));

	renumberStructIds(doc, root);

	// A stable ID: the same content gives the same file.
	const id = createHash('md5')
		.update(meta.title)
		.update(meta.lang)
		.update(meta.date)
		.update(bytes.length.toString())
		.digest('hex');
	context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
	const out = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
	return {
		bytes: out,
		pages: doc.getPageCount(),
		report: { artifacts, outlineFixed, links, roleMapped, figuresWithoutAlt },
	};
}
