import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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
	'.pf_meta': 'application/octet-stream',
};

/** A minimal static server for dist/, like any static host: directories serve index.html, unknown paths 404.html. */
export async function serveDist(
	root = 'dist',
): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		let file = join(root, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('serveDist: no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((r) => server.close(() => r())),
	};
}
