/**
 * Links the first use of each glossary term on a page to its entry. Works on rendered HTML so the
 * links are plain <a> elements (no JS). Text inside links, headings, code, captions and quotes is
 * left alone: a link there would be noise or would nest.
 */
export type TermForms = { id: string; forms: string[] };

const SKIP = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'code',
	'pre',
	'figcaption',
	'caption',
	'th',
	'script',
	'style',
	'title',
]);

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function linkFirstUses(
	html: string,
	terms: TermForms[],
	hrefFor: (id: string) => string,
	titleFor?: (id: string) => string,
): string {
	const pending = new Map(terms.map((t) => [t.id, t]));
	// Longest forms first, so "perhekeskustoimintamalli" wins over "perhekeskus".
	const forms = terms
		.flatMap((t) => t.forms.map((f) => ({ id: t.id, form: f })))
		.filter((f) => f.form.trim() !== '')
		.sort((a, b) => b.form.length - a.form.length);
	if (forms.length === 0) return html;
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{N}])`,
		'gu',
	);
	const idOf = new Map(forms.map((f) => [f.form, f.id]));

	const out: string[] = [];
	const stack: string[] = [];
	const tokens = html.split(/(<[^>]+>)/);
	for (const token of tokens) {
		if (token.startsWith('<')) {
			const m = /^<\/?([a-zA-Z0-9]+)/.exec(token);
			const name = m?.[1]?.toLowerCase();
			if (name && SKIP.has(name)) {
				if (token.startsWith('</')) {
					const i = stack.lastIndexOf(name);
					if (i !== -1) stack.splice(i, 1);
				} else if (!token.endsWith('/>')) stack.push(name);
			}
			out.push(token);
			continue;
		}
		if (stack.length > 0 || pending.size === 0) {
			out.push(token);
			continue;
		}
		out.push(
			token.replace(pattern, (match: string) => {
				const id = idOf.get(match);
				if (!id || !pending.has(id)) return match;
				pending.delete(id);
				const title = titleFor ? ` title="${titleFor(id).replace(/"/g, '&quot;')}"` : '';
				return `<a class="term" href="${hrefFor(id)}"${title}>${match}</a>`;
			}),
		);
	}
	return out.join('');
}
