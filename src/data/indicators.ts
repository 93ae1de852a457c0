import { getCollection } from 'astro:content';
import type { Indicator } from '../schemas/indicators.ts';
import type { LocalizedText } from '../lib/localized.ts';

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
	return [ind.title, ind.category, ind.explanation, ...ind.sources];
}

export type { Indicator };
