/**
 * Chapters and pages are content, not code. An MDX file may use Markdown, a short list of HTML
 * elements and the project's own components, and nothing else: no import/export (which would run
 * code at build time), no JS expressions, no scripts, frames, forms, styles or event handlers, no
 * javascript: or data: links and no pictures from other origins. Problems carry their line.
 */
import { createProcessor } from '@mdx-js/mdx';

export type AllowedComponents = Readonly<Record<string, readonly string[]>>;

type Position = { start: { line: number; column: number } };
type Attribute = { type: string; name?: string; value?: unknown };
type MdxNode = {
	type: string;
	name?: string | null;
	url?: string;
	attributes?: Attribute[];
	children?: MdxNode[];
	position?: Position;
};

const HTML_ELEMENTS = new Set(
	'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var'.split(
		' ',
	),
);
const HTML_ATTRIBUTES = new Set(
	'lang dir title id class href src alt width height colspan rowspan scope headers datetime cite start reversed type abbr'.split(
		' ',
	),
);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Replaces the frontmatter with blank lines, so positions in the body stay the file's own lines. */
export function withoutFrontmatter(text: string): string {
	const m = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text);
	return m ? text.replace(m[0], '\n'.repeat(m[0].split('\n').length - 1)) : text;
}

function urlProblem(attr: string, url: string, element: string): string | undefined {
	const u = url.trim().toLowerCase();
	if (/^(javascript|vbscript|data):/.test(u))
		return `${attr}="${url}" on <${element}>: javascript:, vbscript: and data: URLs are not allowed`;
	const remote = /^([a-z][a-z0-9+.-]*:)?\/\//.test(u);
	if (remote && (attr === 'src' || element === 'img'))
		return `<${element} ${attr}="${url}">: pictures and embeds must come from this site, not another origin`;
	return undefined;
}

/** Every problem of one MDX file, as "line L, column C: …" (empty when the file is safe). */
export function mdxProblems(text: string, components: AllowedComponents): string[] {
	const problems: string[] = [];
	let tree: MdxNode;
	try {
		tree = createProcessor().parse(withoutFrontmatter(text));
	} catch (err) {
		// A VFileMessage: where the parser stopped, and why.
		const field = (name: string): unknown =>
			typeof err === 'object' && err !== null && name in err ? Reflect.get(err, name) : undefined;
		const line = field('line');
		const column = field('column');
		const reason = field('reason');
		const where =
			typeof line === 'number'
				? `line ${line}, column ${typeof column === 'number' ? column : 1}: `
				: '';
		return [
			`${where}MDX syntax error: ${typeof reason === 'string' ? reason : err instanceof Error ? err.message : String(err)}`,
		];
	}
	const names = Object.keys(components).join(', ');
	const at = (node: MdxNode) => {
		const p = node.position?.start;
		return p ? `line ${p.line}, column ${p.column}: ` : '';
	};
	const visit = (node: MdxNode) => {
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push(
					`${at(node)}import and export are not allowed; the components ${names} are available without an import`,
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push(
					`${at(node)}JS expressions in { } are not allowed; write the text itself (a literal brace is written \\{)`,
				);
				return;
			case 'image':
			case 'link': {
				const problem = node.url
					? urlProblem(
							node.type === 'image' ? 'src' : 'href',
							node.url,
							node.type === 'image' ? 'img' : 'a',
						)
					: undefined;
				if (problem) problems.push(`${at(node)}${problem}`);
				break;
			}
			case 'html':
				problems.push(`${at(node)}raw HTML is not allowed here`);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const component = components[name];
				const isHtml = HTML_ELEMENTS.has(name);
				if (name === '') problems.push(`${at(node)}fragments <>…</> are not allowed`);
				else if (!component && !isHtml)
					problems.push(
						/^[A-Z]/.test(name)
							? `${at(node)}<${name}> is not an allowed component (allowed: ${names})`
							: `${at(node)}<${name}> is not allowed in content`,
					);
				for (const attr of node.attributes ?? []) {
					if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
						problems.push(`${at(node)}<${name}>: attribute expressions {…} are not allowed`);
						continue;
					}
					const allowed = component
						? component.includes(attr.name)
						: HTML_ATTRIBUTES.has(attr.name);
					if (/^on/i.test(attr.name))
						problems.push(
							`${at(node)}<${name} ${attr.name}>: event handler attributes are not allowed`,
						);
					else if (attr.name === 'style')
						problems.push(
							`${at(node)}<${name} style>: inline styles are not allowed (the Content-Security-Policy blocks them)`,
						);
					else if (!allowed)
						problems.push(`${at(node)}<${name}>: attribute "${attr.name}" is not allowed`);
					if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string')
						problems.push(
							`${at(node)}<${name} ${attr.name}={…}>: attribute expressions are not allowed; use a quoted value`,
						);
					else if (typeof attr.value === 'string' && URL_ATTRIBUTES.has(attr.name)) {
						const problem = urlProblem(attr.name, attr.value, name);
						if (problem) problems.push(`${at(node)}${problem}`);
					}
				}
				break;
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems;
}
