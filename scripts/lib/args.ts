import { resolve } from 'node:path';

/** `--content <dir>` and `--out <dir>`, shared by build, dev, check and bench. */
export type BuildArgs = {
	content: string;
	contentLabel: string;
	out: string;
	outLabel: string;
	rest: string[];
};

export function parseArgs(
	argv: readonly string[],
	defaults = { content: 'content', out: 'dist' },
): BuildArgs {
	let content = defaults.content;
	let out = defaults.out;
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		const value = (name: string) => {
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
			if (!v)
				throw new Error(
					`${name}: received no value, expected a folder, e.g. ${name} tests/fixtures/kouvola-2023`,
				);
			return v;
		};
		if (a === '--content' || a.startsWith('--content=')) content = value('--content');
		else if (a === '--out' || a.startsWith('--out=')) out = value('--out');
		else rest.push(a);
	}
	return {
		content: resolve(content),
		contentLabel: content.replace(/\/$/, ''),
		out: resolve(out),
		outLabel: out.replace(/\/$/, ''),
		rest,
	};
}
