import { getEntry } from 'astro:content';
import type { PlanContent } from '../loaders/plan-content.ts';

let cached: Promise<PlanContent> | undefined;

/**
 * The checked content of the plan's YAML files (src/loaders/plan-content.ts). Built once per
 * build; in dev, read afresh on every request so an edited file shows at once.
 */
export function getContent(): Promise<PlanContent> {
	if (cached && !import.meta.env.DEV) return cached;
	cached = (async () => {
		const entry = await getEntry('plan', 'content');
		if (!entry)
			throw new Error(
				'getContent: received no plan content, expected the "plan" collection to hold it',
			);
		return entry.data;
	})();
	return cached;
}
