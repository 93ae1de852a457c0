/**
 * `node scripts/pdf.ts [--out <dir>]`: prints the PDFs of an already built site again (the build
 * runs the same step, scripts/lib/pdf.ts). For checking print CSS without a whole build; the
 * search index is not rebuilt, so the PDF sizes in the pages are the only other change.
 */
import { realpathSync } from 'node:fs';
import { parseArgs } from './lib/args.ts';
import { loadLocales } from './lib/locales.ts';
import { makePdfs, writePdfSizes } from './lib/pdf.ts';

const args = parseArgs(process.argv.slice(2));
const root = realpathSync(args.out);
try {
	const start = performance.now();
	const pdfs = await makePdfs(root, (line) => console.log(line));
	const links = await writePdfSizes(root, pdfs, await loadLocales());
	console.log(
		`${pdfs.length} PDFs in ${((performance.now() - start) / 1000).toFixed(1)} s; sizes written into ${links} links of ${args.outLabel}/`,
	);
} catch (err) {
	console.error(`PDF step failed: ${err instanceof Error ? err.message : String(err)}`);
	process.exit(1);
}
