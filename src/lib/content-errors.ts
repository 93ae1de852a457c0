import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';

/** A content problem, already phrased for the editor who has to fix it: file, field, what is wrong. */
export class ContentError extends Error {
	readonly file: string;
	readonly problems: string[];
	constructor(file: string, problems: string[]) {
		super(problems.map((p) => `${file}: ${p}`).join('\n'));
		this.name = 'ContentError';
		this.file = file;
		this.problems = problems;
	}
}

/** `[3].kind`, `rows[2].metric.see`: the field path as an editor reads it in the YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out === '' ? String(part) : `.${String(part)}`;
	}
	return out === '' ? '(top level)' : out;
}

/** Zod's union errors are long; keep the most specific branch so the message names the real field. */
function flatten(
	issues: readonly z.core.$ZodIssue[],
	base: PropertyKey[] = [],
): { path: PropertyKey[]; message: string }[] {
	const out: { path: PropertyKey[]; message: string }[] = [];
	for (const issue of issues) {
		const path = [...base, ...issue.path];
		if (issue.code === 'invalid_union' && issue.errors.length > 0) {
			// The branch that got furthest (deepest path) is the one the editor meant.
			const branches = issue.errors.map((errs) => flatten(errs, path));
			const best = branches.reduce((a, b) =>
				Math.max(...b.map((x) => x.path.length)) > Math.max(...a.map((x) => x.path.length)) ? b : a,
			);
			const depth = Math.max(...best.map((x) => x.path.length));
			if (depth > path.length) {
				out.push(...best);
				continue;
			}
		}
		out.push({ path, message: issue.message });
	}
	return out;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
	return flatten(issues).map(({ path, message }) => `${formatPath(path)}: ${message}`);
}

/** Parse a YAML text and validate it; any problem becomes a ContentError naming the file and the field. */
export function parseContent<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
): z.output<S> {
	let data: unknown;
	try {
		data = parse(text, { prettyErrors: true });
	} catch (err) {
		if (err instanceof YAMLParseError) {
			const pos = err.linePos?.[0];
			throw new ContentError(file, [
				`${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${err.message.split('\n')[0]}`,
			]);
		}
		throw err;
	}
	const result = schema.safeParse(data);
	if (!result.success) throw new ContentError(file, describeIssues(result.error.issues));
	return result.data;
}
