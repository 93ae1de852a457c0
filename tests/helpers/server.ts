import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** The built site of `root`, served as a static host would (scripts/lib/static-server.ts). */
export function serveDist(root = 'dist'): Promise<StaticServer> {
	return serveStatic(root);
}
