/**
 * `npm run translation-status`: what is still only in Finnish. Prints a summary per file, the pages
 * with no Swedish file, and with --list every untranslated field (file and field path). Exit code 0:
 * missing Swedish is expected until the translation lands; the site marks it on every page.
 */
import { translationStatus } from './lib/translation-status.ts';

const report = translationStatus(process.cwd());
const rows = Object.entries(report.totals);
const total = rows.reduce((n, [, t]) => n + t.fields, 0);
const missing = rows.reduce((n, [, t]) => n + t.missing, 0);
console.log(
	`Swedish translation: ${total - missing} of ${total} text fields translated (${missing} missing).\n`,
);
for (const [file, t] of rows)
	console.log(
		`  ${file.padEnd(44)} ${String(t.fields - t.missing).padStart(5)} / ${String(t.fields).padEnd(5)}${t.missing === 0 ? ' ✓' : ''}`,
	);
console.log(`\nPages with no Swedish file (${report.pages.length}):`);
for (const p of report.pages) console.log(`  ${p}`);
if (process.argv.includes('--list')) {
	console.log('\nUntranslated fields:');
	for (const f of report.fields) console.log(`  ${f.file}: ${f.field}: ${f.fi.slice(0, 70)}`);
} else console.log('\nRun with --list for every untranslated field.');
