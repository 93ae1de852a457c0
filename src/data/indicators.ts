import { getCollection } from 'astro:content';
import type { Indicator } from '../schemas/indicators.ts';
import type { LocalizedText } from '../lib/localized.ts';
import { indicatorStatus, type StatusEntry } from '../lib/indicator-status.ts';

/** The 32 indicators, by number. */
export async function getIndicators(): Promise<Indicator[]> {
	return (await getCollection('indicators')).map((e) => e.data).sort((a, b) => a.id - b.id);
}

export async function getIndicator(id: number): Promise<Indicator> {
	const found = (await getIndicators()).find((i) => i.id === id);
	if (!found) throw new Error(`getIndicator: received ${id}, expected 1–32`);
	return found;
}

export function indicatorTexts(ind: Indicator): LocalizedText[] {
	return [
		ind.title,
		ind.category,
		ind.explanation,
		...ind.sources,
		...ind.series.map((s) => s.title),
		...ind.breaks.flatMap((b) => [b.title_before, b.note]),
	].filter((x): x is LocalizedText => x !== undefined);
}

export type { Indicator };

/** The plan's status per group (and series) for an indicator; see src/lib/indicator-status.ts. */
export function statusOf(ind: Indicator): StatusEntry[] {
	return indicatorStatus(ind);
}

/** Categories in the order the source's explanations list them, each with its indicators. */
export async function getIndicatorsByCategory(): Promise<
	{ category: Indicator['category']; indicators: Indicator[] }[]
> {
	const out: { category: Indicator['category']; indicators: Indicator[] }[] = [];
	for (const ind of await getIndicators()) {
		const group = out.find((g) => g.category.fi === ind.category.fi);
		if (group) group.indicators.push(ind);
		else out.push({ category: ind.category, indicators: [ind] });
	}
	return out;
}
