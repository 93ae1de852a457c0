import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { loadPlanContent } from './plan-content.ts';
import { contentLabel, contentRoot, shippedLocales } from '../config/content-root.ts';

/**
 * The Astro loader for the plan's YAML: one entry, "content", holding every file already checked
 * by loadPlanContent (schemas and references). A content error stops the build with every problem
 * listed, file and field first. In dev, an edit anywhere in the content root reloads it.
 */
export function planLoader(): Loader {
	return {
		name: 'welfare-plan-content',
		load: async ({ store, logger, watcher }) => {
			const root = contentRoot();
			const sync = async () => {
				const result = await loadPlanContent(root, shippedLocales());
				const label = contentLabel();
				const named = (p: string) => p.split(root).join(label);
				if (!result.content)
					throw new Error(`content problems:\n  ${result.problems.map(named).join('\n  ')}`);
				store.clear();
				store.set({ id: 'content', data: result.content });
			};
			await sync();
			if (watcher) {
				watcher.add(root);
				watcher.on('all', (_event, path) => {
					if (relative(root, path).startsWith('..')) return;
					if (!/\.(ya?ml)$/.test(path)) return;
					logger.info(`reloading the plan after a change to ${relative(root, path)}`);
					sync().catch((err: unknown) =>
						logger.error(err instanceof Error ? err.message : String(err)),
					);
				});
			}
		},
	};
}
