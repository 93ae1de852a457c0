/**
 * `npm run translation-status [-- --content <dir>] [--list] [--min <percent>]`: what is not yet
 * translated, per language and file, with percentages; `--list` names every field and page;
 * `--min 100` exits non-zero when a language's coverage is lower (the test uses it).
 */
import { parseArgs } from './lib/args.ts';
import { translationStatus } from './lib/translation-status.ts';

const args = parseArgs(process.argv.slice(2));
const list = args.rest.includes('--list');
const minAt = args.rest.indexOf('--min');
const min = minAt >= 0 ? Number(args.rest[minAt + 1]) : undefined;
let failed = false;
for (const s of translationStatus(args.content, args.contentLabel)) {
	console.log(
		`${s.lang}: ${s.translated} of ${s.total} texts and pages translated (${s.percent} %).`,
	);
	for (const f of s.files) {
		const pct = f.fields === 0 ? 100 : Math.floor(((f.fields - f.missing) / f.fields) * 1000) / 10;
		console.log(
			`  ${f.file.padEnd(52)} ${String(f.fields - f.missing).padStart(5)} / ${String(f.fields).padEnd(5)} ${String(pct).padStart(5)} %${f.missing === 0 ? ' ✓' : ''}`,
		);
	}
	if (s.pages.length > 0)
		console.log(
			`  Pages with no ${s.lang} file (${s.pages.length}):\n    ${s.pages.join('\n    ')}`,
		);
	if (list && s.fields.length > 0)
		console.log(
			`  Untranslated fields:\n${s.fields.map((f) => `    ${f.file}: ${f.field}: ${f.text.slice(0, 70)}`).join('\n')}`,
		);
	if (min !== undefined && s.percent < min) failed = true;
}
if (!list) console.log('Run with --list for every untranslated field.');
if (failed) {
	console.error(`Translation coverage is below ${min} %.`);
	process.exit(1);
}
