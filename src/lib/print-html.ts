/**
 * Prefixes the ids of a rendered fragment, and the in-fragment links to them, so chapters can be
 * put into one print document without two of them sharing an id ("lahteet" in two chapters).
 * Heading levels stay: a chapter's h1 is the part's heading in the print document too.
 */
export function prefixIds(html: string, prefix: string): string {
	const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
	return html
		.replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
		.replace(/\shref="#([^"]+)"/g, (whole, id: string) =>
			ids.has(id) ? ` href="#${prefix}-${id}"` : whole,
		);
}
