/**
 * The bad-content corpus (issue: reliability): one case per kind of mistake an editor can make,
 * each applied to a copy of the synthetic fixture plan. `expect` is what the error must say: the
 * file and the field or line. tests/unit/content-check.test.ts runs every case through the
 * content check; tests/build/bad-content.test.ts runs every case through a real build.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Case = { name: string; edit: (root: string) => void; expect: RegExp };

const edit = (file: string, from: string | RegExp, to: string) => (root: string) => {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`corpus: ${file} has no ${String(from)}`);
	writeFileSync(path, next);
};
const write = (file: string, content: string | Uint8Array) => (root: string) =>
	writeFileSync(join(root, file), content);
const append = (file: string, content: string) => (root: string) =>
	appendFileSync(join(root, file), content);

export const BAD_CONTENT: Case[] = [
	{
		name: 'broken YAML',
		edit: edit('actors.yaml', 'kind: school }', 'kind: school'),
		expect: /actors\.yaml: line \d+, column \d+: /,
	},
	{
		name: 'unknown actor kind',
		edit: edit('actors.yaml', 'kind: school', 'kind: koulu'),
		expect:
			/actors\.yaml: \[0\]\.kind: expected one of the actor kinds of plan\.yaml \(school, library, council\), received "koulu"/,
	},
	{
		name: 'duplicate actor id',
		edit: edit('actors.yaml', 'id: "biblioteket"', 'id: "skolan"'),
		expect: /actors\.yaml: \[1\]\.id: duplicate actor id "skolan"/,
	},
	{
		name: 'measures of an undeclared actor',
		edit: (r) => {
			write(
				'measures/lukio.yaml',
				readFileSync(join(r, 'measures/skolan.yaml'), 'utf8').replace(
					'actor: "skolan"',
					'actor: "lukio"',
				),
			)(r);
		},
		expect: /measures\/lukio\.yaml: actor: "lukio" is not declared in .*actors\.yaml/,
	},
	{
		name: 'a missing row',
		edit: edit('measures/biblioteket.yaml', '  - goal: "1-2"\n', ''),
		expect: /measures\/biblioteket\.yaml: rows\[1\]\.goal: expected row "1-2" here/,
	},
	{
		name: 'a declared actor whose measure file is deleted',
		edit: (r) => rmSync(join(r, 'measures/biblioteket.yaml')),
		expect:
			/measures\/biblioteket\.yaml: missing\. Actor "biblioteket" is declared in .*actors\.yaml/,
	},
	{
		name: 'a row for an undeclared goal',
		edit: append('measures/biblioteket.yaml', '  - goal: "9-9"\n'),
		expect: /measures\/biblioteket\.yaml: rows\[5\]\.goal: "9-9" is not a lowest-level goal/,
	},
	{
		name: 'an unknown field',
		edit: edit(
			'measures/biblioteket.yaml',
			'who: { sv: "Bibliotekarierna" }',
			'vem: { sv: "Bibliotekarierna" }',
		),
		expect:
			/measures\/biblioteket\.yaml: rows\[0\]\.vem: expected one of the measure fields of plan\.yaml \(action, who\)/,
	},
	{
		name: 'a pointer to a row that does not exist',
		edit: edit('measures/skolan.yaml', 'see: "1-2"', 'see: "4-2"'),
		expect:
			/measures\/skolan\.yaml: rows\[2\]: points to row "4-2", which this actor does not have/,
	},
	{
		name: 'a row pointing to itself',
		edit: edit('measures/skolan.yaml', 'see: "1-2"', 'see: "2-1"'),
		expect: /measures\/skolan\.yaml: rows\[2\]\.action\.see: a row cannot point to itself/,
	},
	{
		name: 'a missing source-language text',
		edit: edit(
			'goals.yaml',
			'title: { sv: "Mer rörelse", fi: "Enemmän liikuntaa" }',
			'title: { fi: "Enemmän liikuntaa" }',
		),
		expect: /goals\.yaml: \[3\]\.title\.sv: expected a text in the source language "sv"/,
	},
	{
		name: 'a language the plan does not have',
		edit: edit(
			'goals.yaml',
			'title: { sv: "Mer rörelse", fi: "Enemmän liikuntaa" }',
			'title: { sv: "Mer rörelse", de: "Mehr Bewegung" }',
		),
		expect:
			/goals\.yaml: \[3\]\.title\.de: expected one of the plan's languages \(sv, fi\), received "de"/,
	},
	{
		name: 'sub-goals numbered out of order',
		edit: edit('goals.yaml', 'id: "1-2"', 'id: "1-3"'),
		expect: /goals\.yaml: \[0\]\.subgoals\[1\]\.id: expected "1-2"/,
	},
	{
		name: 'an undeclared indicator on a goal',
		edit: edit('goals.yaml', 'indicators: [1, 2]', 'indicators: [1, 7]'),
		expect:
			/goals\.yaml: \[0\]\.subgoals\[1\]\.indicators\[1\]: indicator 7 is not in .*indicators\.yaml/,
	},
	{
		name: 'a non-numeric value',
		edit: edit('indicators.yaml', 'year: 2023, value: 40 }', 'year: 2023, value: "40 %" }'),
		expect: /indicators\.yaml: indicators\[0\]\.values\[0\]\.value: /,
	},
	{
		name: 'an unknown group',
		edit: edit(
			'indicators.yaml',
			'group: smabarn, year: 2023, value: 40',
			'group: vauvat, year: 2023, value: 40',
		),
		expect:
			/indicators\.yaml: indicators\[0\]\.values\[0\]\.group: expected one of the indicator groups of plan\.yaml \(smabarn, tonaringar\), received "vauvat"/,
	},
	{
		name: 'an unknown area',
		edit: edit(
			'indicators.yaml',
			'area: stad, group: smabarn, year: 2023',
			'area: kotka, group: smabarn, year: 2023',
		),
		expect:
			/indicators\.yaml: indicators\[0\]\.values\[0\]\.area: expected one of the indicator areas of plan\.yaml/,
	},
	{
		name: 'a percentage above 100',
		edit: edit('indicators.yaml', 'year: 2023, value: 40 }', 'year: 2023, value: 150 }'),
		expect:
			/indicators\.yaml: indicators\[0\]\.values\[0\]\.value: a percentage must lie in 0–100, received 150/,
	},
	{
		name: 'a negative percentage',
		edit: edit('indicators.yaml', 'year: 2023, value: 40 }', 'year: 2023, value: -20 }'),
		expect:
			/indicators\.yaml: indicators\[0\]\.values\[0\]\.value: a percentage must lie in 0–100, received -20/,
	},
	{
		name: 'a negative count',
		edit: edit('indicators.yaml', 'year: 2024, value: 10 }', 'year: 2024, value: -1 }'),
		expect:
			/indicators\.yaml: indicators\[2\]\.values\[0\]\.value: a count cannot be negative, received -1/,
	},
	{
		name: 'a year after the plan without forecast',
		edit: edit('indicators.yaml', 'year: 2024, value: 10 }', 'year: 2030, value: 10 }'),
		expect:
			/indicators\.yaml: indicators\[2\]\.values\[0\]\.year: 2030 is after the plan's last year \(2027\); mark a forecast with forecast: true/,
	},
	{
		name: 'two values for one (indicator, area, group, year)',
		edit: edit(
			'indicators.yaml',
			'{ area: stad, group: smabarn, year: 2025, value: 46 }',
			'{ area: stad, group: smabarn, year: 2023, value: 46 }',
		),
		expect:
			/indicators\.yaml: indicators\[0\]\.values\[1\]: a second value for stad, smabarn, 2023 \(the first is values\[0\]\)/,
	},
	{
		name: 'a duplicate indicator id',
		edit: edit('indicators.yaml', '  - id: 2\n', '  - id: 1\n'),
		expect: /indicators\.yaml: indicators\[1\]\.id: duplicate indicator id "1"/,
	},
	{
		name: 'a duplicate glossary id',
		edit: edit('glossary.yaml', 'id: "ungdomsrad"', 'id: "bibliotekskort"'),
		expect: /glossary\.yaml: \[1\]\.id: duplicate glossary id "bibliotekskort"/,
	},
	{
		name: 'a duplicate calendar id',
		edit: edit('calendar.yaml', 'id: uppfoljning', 'id: planeringsdag'),
		expect: /calendar\.yaml: items\[1\]\.id: duplicate calendar item id "planeringsdag"/,
	},
	{
		name: 'two chapters numbered 1',
		edit: edit('chapters/sv/mal.mdx', 'chapter: 2', 'chapter: 1'),
		expect:
			/chapters\/sv\/mal\.mdx: frontmatter chapter: number 1 is also used by .*chapters\/sv\/inledning\.mdx/,
	},
	{
		name: 'an empty file',
		edit: write('glossary.yaml', '\n'),
		expect: /glossary\.yaml: \(top level\): the file is empty/,
	},
	{
		name: 'invalid UTF-8 in YAML',
		edit: (r) =>
			write(
				'actors.yaml',
				new Uint8Array([...Buffer.from('- { id: "x'), 0xff, ...Buffer.from('" }\n')]),
			)(r),
		expect: /actors\.yaml: byte 10: invalid UTF-8/,
	},
	{
		name: 'invalid UTF-8 in MDX',
		edit: (r) =>
			write(
				'chapters/sv/mal.mdx',
				new Uint8Array([...readFileSync(join(r, 'chapters/sv/mal.mdx')), 0xc3, 0x28]),
			)(r),
		expect: /chapters\/sv\/mal\.mdx: byte \d+: invalid UTF-8/,
	},
	{
		name: 'a YAML alias bomb',
		edit: write(
			'glossary.yaml',
			'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
		),
		expect: /glossary\.yaml: /,
	},
	{
		name: 'a language without a UI locale',
		edit: edit('plan.yaml', 'languages: [sv, fi]', 'languages: [sv, de]'),
		expect:
			/plan\.yaml: languages\[1\]: expected a language with a UI locale in src\/i18n\/locales\/ \(fi, sv\), received "de"/,
	},
	{
		name: 'sub-goals without a sub-goal level',
		edit: edit('plan.yaml', / {2}subgoal:\n(?: {4}.*\n)+/, ''),
		expect: /goals\.yaml: \[0\]\.subgoals: plan\.yaml declares no sub-goal level/,
	},
	{
		name: 'a missing plan.yaml',
		edit: (r) => rmSync(join(r, 'plan.yaml')),
		expect: /plan\.yaml: \(top level\): the file is missing/,
	},
	{
		name: 'a missing accessibility statement',
		edit: (r) => rmSync(join(r, 'pages/fi/accessibility.mdx')),
		expect: /pages\/fi\/accessibility\.mdx: the file is missing; every language needs one/,
	},
	{
		name: 'MDX import of node:fs',
		edit: append('chapters/sv/mal.mdx', '\nimport fs from "node:fs"\n'),
		expect: /chapters\/sv\/mal\.mdx: line \d+, column 1: import and export are not allowed/,
	},
	{
		name: 'MDX ${7*7}',
		edit: append('chapters/sv/mal.mdx', '\nKostar ${7*7}.\n'),
		expect: /chapters\/sv\/mal\.mdx: line \d+, column \d+: JS expressions in \{ \} are not allowed/,
	},
	{
		name: 'MDX {{x}}',
		edit: append('chapters/sv/mal.mdx', '\nText {{x}}\n'),
		expect: /chapters\/sv\/mal\.mdx: line \d+, column \d+: JS expressions/,
	},
	{
		name: 'MDX <script>',
		edit: append('chapters/sv/mal.mdx', '\n<script>alert(1)</script>\n'),
		expect: /chapters\/sv\/mal\.mdx: line \d+, column 1: <script> is not allowed in content/,
	},
	{
		name: 'MDX on* attribute',
		edit: append('chapters/sv/mal.mdx', '\n<p onmouseover="alert(1)">x</p>\n'),
		expect: /<p onmouseover>: event handler attributes are not allowed/,
	},
	{
		name: 'MDX javascript: link',
		edit: append('chapters/sv/mal.mdx', '\n[klicka](javascript:alert(1))\n'),
		expect:
			/href="javascript:alert\(1\)" on <a>: javascript:, vbscript: and data: URLs are not allowed/,
	},
	{
		name: 'MDX iframe',
		edit: append('chapters/sv/mal.mdx', '\n<iframe src="https://evil.example/"></iframe>\n'),
		expect: /<iframe> is not allowed in content/,
	},
	{
		name: 'MDX form',
		edit: append(
			'chapters/sv/mal.mdx',
			'\n<form action="https://evil.example/"><button>x</button></form>\n',
		),
		expect: /<form> is not allowed in content/,
	},
	{
		name: 'MDX other-origin image',
		edit: append('chapters/sv/mal.mdx', '\n![x](https://evil.example/x.png)\n'),
		expect: /pictures and embeds must come from this site/,
	},
	{
		name: 'MDX meta refresh',
		edit: append(
			'chapters/sv/mal.mdx',
			'\n<meta http-equiv="refresh" content="0; url=https://evil.example/" />\n',
		),
		expect: /<meta> is not allowed in content/,
	},
	{
		name: 'MDX style attribute',
		edit: append('chapters/sv/mal.mdx', '\n<span style="color:red">x</span>\n'),
		expect: /inline styles are not allowed/,
	},
	{
		name: 'MDX syntax error',
		edit: append('chapters/sv/mal.mdx', '\n<Broken\n'),
		expect: /chapters\/sv\/mal\.mdx: line \d+, column \d+: MDX syntax error/,
	},
	{
		name: 'a frontmatter error',
		edit: edit('chapters/sv/mal.mdx', 'chapter: 2', 'chapter: "två"'),
		expect: /chapters\/sv\/mal\.mdx: frontmatter chapter: /,
	},
	{
		name: 'a translation without its source file',
		edit: write('chapters/fi/extra.mdx', '---\nchapter: 9\ntitle: "Extra"\n---\n\nx\n'),
		expect: /chapters\/fi\/extra\.mdx: no sv file with the same name/,
	},
];

/** Content that is unusual but right: it must build, and come out safe. */
export const ACCEPTED: Case[] = [
	{
		name: 'a BOM and CRLF in YAML',
		edit: (r) =>
			write(
				'actors.yaml',
				`\uFEFF${readFileSync(join(r, 'actors.yaml'), 'utf8').replace(/\n/g, '\r\n')}`,
			)(r),
		expect: /Build finished/,
	},
	{
		name: 'a BOM and CRLF in MDX',
		edit: (r) =>
			write(
				'chapters/sv/mal.mdx',
				`\uFEFF${readFileSync(join(r, 'chapters/sv/mal.mdx'), 'utf8').replace(/\n/g, '\r\n')}`,
			)(r),
		expect: /Build finished/,
	},
	{
		name: 'a code block (no inline styles)',
		edit: append('chapters/sv/mal.mdx', '\n```\nkod\n```\n'),
		expect: /Build finished/,
	},
];
