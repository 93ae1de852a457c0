import { loadPlanContent, type PlanContent } from '../../src/loaders/plan-content.ts';
import { shippedLocales } from './locales.ts';

export type CheckResult = { files: number; problems: string[]; content?: PlanContent };

/**
 * Every problem in a content root (schemas, references, MDX bodies), file and field or line first,
 * with the root named as the editor wrote it.
 */
export async function checkContent(root: string, label = root): Promise<CheckResult> {
	const result = await loadPlanContent(root, shippedLocales());
	const named = (p: string) => (label === root ? p : p.split(root).join(label));
	return {
		files: result.files,
		problems: result.problems.map(named),
		...(result.content ? { content: result.content } : {}),
	};
}
