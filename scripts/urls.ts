/**
 * `npm run urls:record [-- --content <dir>] [--out <dir>]`: writes the built site's URLs into the
 * content root's published-urls.txt, the list the build guards. Run it after a build that added
 * URLs, and commit the file with the content change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './lib/args.ts';
import { MANIFEST, manifestText, publishedUrls, readManifest } from './lib/url-guard.ts';

const args = parseArgs(process.argv.slice(2));
const urls = publishedUrls(args.out);
const file = join(args.content, MANIFEST);
const before = readManifest(file) ?? [];
const kept = before.filter((u) => !urls.includes(u));
if (kept.length > 0) {
	console.error(
		`${args.outLabel}/ lacks ${kept.length} URL(s) of ${args.contentLabel}/${MANIFEST}; build first (the build refuses to drop them):\n  ${kept.join('\n  ')}`,
	);
	process.exit(1);
}
writeFileSync(file, manifestText(urls));
console.log(
	`${args.contentLabel}/${MANIFEST}: ${urls.length} URLs (${urls.length - before.length} new).`,
);
