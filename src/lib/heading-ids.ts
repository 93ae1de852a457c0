/**
 * Stable, valid ids for the plan's numbered headings: "1.1 Tiivistelmä" → "s1-1-tiivistelma".
 * Ids must begin with a letter (HTML validators, and fragment links staff copy), and "1.1" must not
 * collapse into "11".
 */
export function headingId(text: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/(\d)\.(?=\d)/g, '$1-')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (ascii === '') return 'kohta';
	return /^[a-z]/.test(ascii) ? ascii : `s${ascii}`;
}

type HastNode = {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
	value?: string;
};

function textOf(node: HastNode): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** Rehype plugin: gives h2–h4 without an id a `headingId`, made unique within the page. Astro keeps ids that exist. */
export function rehypeHeadingIds() {
	return (tree: HastNode) => {
		const used = new Map<string, number>();
		const visit = (node: HastNode) => {
			if (node.type === 'element' && /^h[2-4]$/.test(node.tagName ?? '') && !node.properties?.id) {
				const base = headingId(textOf(node));
				const n = used.get(base) ?? 0;
				used.set(base, n + 1);
				node.properties = { ...node.properties, id: n === 0 ? base : `${base}-${n + 1}` };
			}
			node.children?.forEach(visit);
		};
		visit(tree);
	};
}
