import { getEntry } from 'astro:content';

/** The plan's metadata (content/plan.yaml). */
export async function getPlan() {
	const entry = await getEntry('plan', 'plan');
	if (!entry) throw new Error('content/plan.yaml: expected the plan metadata, found nothing');
	return entry.data;
}
