import { readFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A built PDF opened with pdfjs-dist, the reader most PDF viewers in browsers use. */
export async function openPdf(file: string): Promise<PDFDocumentProxy> {
	const data = new Uint8Array(readFileSync(file));
	return getDocument({ data, disableFontFace: true, verbosity: 0 }).promise;
}

export type Run = { str: string; eol: boolean; inside: string[] };

/** A page's text runs, each with the marked-content tags it is inside ("Artifact", "P", …). */
export async function pageRuns(doc: PDFDocumentProxy, n: number): Promise<Run[]> {
	const page = await doc.getPage(n);
	const content = await page.getTextContent({ includeMarkedContent: true });
	const stack: string[] = [];
	const out: Run[] = [];
	for (const item of content.items) {
		if ('str' in item) out.push({ str: item.str, eol: item.hasEOL, inside: [...stack] });
		else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
			// pdfjs gives the tag ("Artifact", "P") beside the documented fields.
			const tag: unknown = Reflect.get(item, 'tag');
			stack.push(typeof tag === 'string' ? tag : '');
		} else if (item.type === 'endMarkedContent') stack.pop();
	}
	return out;
}

/** A page's text as a reader copies it: runs joined, a space at each line end. */
export async function pageText(doc: PDFDocumentProxy, n: number): Promise<string> {
	return (await pageRuns(doc, n)).map((r) => r.str + (r.eol ? ' ' : '')).join('');
}

/** The roles of a page's structure tree ("H1", "Table", "LI", …). */
export async function pageRoles(doc: PDFDocumentProxy, n: number): Promise<Set<string>> {
	const tree: unknown = await (await doc.getPage(n)).getStructTree();
	const roles = new Set<string>();
	const walk = (node: unknown): void => {
		if (typeof node !== 'object' || node === null) return;
		if ('role' in node && typeof node.role === 'string') roles.add(node.role);
		if ('children' in node && Array.isArray(node.children)) node.children.forEach(walk);
	};
	walk(tree);
	return roles;
}
