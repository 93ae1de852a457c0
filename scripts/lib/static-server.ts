/**
 * A static server for a built site, like any static host: directories serve index.html, unknown
 * paths 404.html, and text is gzipped for a client that accepts it (as hosts do), so the bytes a
 * browser counts are the bytes a resident downloads. Used by the browser tests, the bench and the
 * PDF step; it listens on 127.0.0.1 only, on a free port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.pdf': 'application/pdf',
	'.ics': 'text/calendar; charset=utf-8',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};
/** Pagefind's index files are compressed already; compressing them again gains nothing. */
const COMPRESSIBLE = new Set([
	'.html',
	'.css',
	'.js',
	'.json',
	'.svg',
	'.csv',
	'.ics',
	'.xml',
	'.txt',
]);

export type StaticServer = { url: string; close: () => Promise<void> };

export async function serveStatic(root: string): Promise<StaticServer> {
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		let file = join(root, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const ext = extname(file);
			const headers: Record<string, string> = {
				'content-type': TYPES[ext] ?? 'application/octet-stream',
			};
			const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
			let out: Buffer = body;
			if (gzip) {
				out = gzipped.get(file) ?? gzipSync(body);
				gzipped.set(file, out);
				headers['content-encoding'] = 'gzip';
				headers.vary = 'accept-encoding';
			}
			res.writeHead(200, headers);
			res.end(out);
		} catch {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const address = server.address();
	if (!address || typeof address === 'string')
		throw new Error('serveStatic: received no port from the server, expected a TCP address');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((r) => server.close(() => r())),
	};
}
