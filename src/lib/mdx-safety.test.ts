import { describe, expect, it } from 'vitest';
import { mdxProblems, withoutFrontmatter } from './mdx-safety.ts';

const ALLOWED = { Quote: ['by'], AreaTable: ['indicator'] };
const problems = (body: string) => mdxProblems(`---\ntitle: "x"\n---\n\n${body}\n`, ALLOWED);

describe('MDX is content, not code', () => {
	it('accepts Markdown, the allowed components and plain HTML', () => {
		expect(
			problems(
				'# Otsikko\n\nTeksti **lihava** ja [linkki](/fi/).\n\n<Quote by="ÄITI">Hyvä.</Quote>\n\n<AreaTable indicator="1" />\n\n<abbr title="x">x</abbr> <br />',
			),
		).toEqual([]);
	});
	it('refuses import and export, naming the line', () => {
		expect(problems('import fs from "node:fs"')).toEqual([
			'line 5, column 1: import and export are not allowed; the components Quote, AreaTable are available without an import',
		]);
		expect(problems('export const x = 1')[0]).toMatch(/^line 5, column 1: import and export/);
	});
	it('refuses JS expressions, ${7*7} and {{x}} alike', () => {
		expect(problems('Tulos {7*7}')[0]).toMatch(/^line 5, column 7: JS expressions/);
		expect(problems('a {{x}} b')[0]).toMatch(/JS expressions/);
	});
	it('refuses script, iframe, object, form, meta, style, link, base and unknown components', () => {
		for (const tag of ['script', 'iframe', 'object', 'form', 'meta', 'style', 'link', 'base'])
			expect(problems(`<${tag}></${tag}>`), tag).toEqual([
				`line 5, column 1: <${tag}> is not allowed in content`,
			]);
		expect(problems('<Evil />')).toEqual([
			'line 5, column 1: <Evil> is not an allowed component (allowed: Quote, AreaTable)',
		]);
	});
	it('refuses event handlers, styles, attribute expressions, javascript: and data: URLs, and other-origin pictures', () => {
		expect(problems('<p onclick="x()">a</p>')).toEqual([
			'line 5, column 1: <p onclick>: event handler attributes are not allowed',
		]);
		expect(problems('<p style="color:red">a</p>')[0]).toMatch(/inline styles are not allowed/);
		expect(problems('<Quote by={x}>a</Quote>')[0]).toMatch(/attribute expressions are not allowed/);
		expect(problems('<a href="javascript:alert(1)">x</a>')[0]).toMatch(
			/javascript:, vbscript: and data: URLs/,
		);
		expect(problems('[x](javascript:alert(1))')[0]).toMatch(
			/javascript:, vbscript: and data: URLs/,
		);
		expect(problems('<img src="https://evil.example/x.png" alt="" />')[0]).toMatch(
			/must come from this site/,
		);
		expect(problems('![x](//evil.example/x.png)')[0]).toMatch(/must come from this site/);
	});
	it('reports a syntax error with its line, never a stack trace', () => {
		expect(problems('<Broken\n')[0]).toMatch(/^line \d+, column \d+: MDX syntax error: /);
	});
	it('keeps line numbers when the frontmatter is blanked', () => {
		expect(withoutFrontmatter('---\na: 1\n---\nx')).toBe('\n\n\nx');
	});
});
