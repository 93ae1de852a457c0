import { parse, YAMLError } from 'yaml';
import type { z } from 'astro/zod';

/** A content problem, already phrased for the editor who fixes it: file, field or line, what is wrong. */
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

/** `[3].kind`, `rows[2].metric.see`: a field path as an editor reads it in the YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out === '' ? String(part) : `.${String(part)}`;
	}
	return out === '' ? '(top level)' : out;
}

type Flat = { path: PropertyKey[]; message: string };

/** Zod's union errors are long; keep the branch that got furthest, which is the one the editor meant. */
function flatten(issues: readonly z.core.$ZodIssue[], base: PropertyKey[] = []): Flat[] {
	const out: Flat[] = [];
	for (const issue of issues) {
		const path = [...base, ...issue.path];
		if (issue.code === 'invalid_union' && issue.errors.length > 0) {
			const branches = issue.errors.map((errs) => flatten(errs, path));
			const depth = (b: Flat[]) => Math.max(...b.map((x) => x.path.length));
			const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
			if (depth(best) > path.length) {
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

/**
 * A content file's bytes as text: invalid UTF-8 is an error that names the byte offset (it would
 * otherwise be published as "��"); a BOM is dropped and CRLF line ends become LF.
 */
export function decodeContent(file: string, bytes: Uint8Array): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ContentError(file, [
			`byte ${firstInvalidUtf8(bytes)}: invalid UTF-8; save the file as UTF-8`,
		]);
	}
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		const len =
			b < 0x80
				? 1
				: b >= 0xc2 && b < 0xe0
					? 2
					: b >= 0xe0 && b < 0xf0
						? 3
						: b >= 0xf0 && b < 0xf5
							? 4
							: 0;
		if (len === 0) return i;
		for (let k = 1; k < len; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		const dec = new TextDecoder('utf-8', { fatal: true });
		try {
			dec.decode(bytes.subarray(i, i + len));
		} catch {
			return i;
		}
		i += len;
	}
	return i;
}

/** Parses YAML; any problem (syntax, duplicate key, an alias bomb) becomes a ContentError naming file and line. */
export function parseYaml(file: string, text: string): unknown {
	try {
		return parse(text, { prettyErrors: true, maxAliasCount: 100, uniqueKeys: true });
	} catch (err) {
		if (err instanceof YAMLError) {
			const pos = err.linePos?.[0];
			const where = pos ? `line ${pos.line}, column ${pos.col}: ` : '';
			throw new ContentError(file, [`${where}${err.message.split('\n')[0] ?? 'invalid YAML'}`]);
		}
		const message = err instanceof Error ? err.message : String(err);
		throw new ContentError(file, [`(top level): the YAML could not be read: ${message}`]);
	}
}

/** Parses YAML text and validates it; any problem becomes a ContentError naming the file and the field. */
export function parseContent<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
): z.output<S> {
	const data = parseYaml(file, text);
	if (data === null || data === undefined)
		throw new ContentError(file, ['(top level): the file is empty']);
	const result = schema.safeParse(data);
	if (!result.success) throw new ContentError(file, describeIssues(result.error.issues));
	return result.data;
}
