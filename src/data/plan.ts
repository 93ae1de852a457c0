import { getContent } from './content.ts';
import { pick, sourceText, type LocalizedText, type Picked } from '../lib/localized.ts';
import type { Plan } from '../schemas/plan.ts';

export type { Plan };

export async function getPlan(): Promise<Plan> {
	return (await getContent()).plan;
}

/** The plan's languages; the first is the source language. */
export async function getLanguages(): Promise<{ all: string[]; source: string; others: string[] }> {
	const { languages } = await getPlan();
	const [source, ...others] = languages;
	if (source === undefined)
		throw new Error('getLanguages: received a plan with no languages, expected at least one');
	return { all: languages, source, others };
}

/** Bound to the plan's source language: what a page in `lang` shows of a text. */
export async function textPicker(): Promise<{
	pick: (value: LocalizedText, lang: string) => Picked;
	text: (value: LocalizedText, lang: string) => string;
	source: string;
	sourceOf: (value: LocalizedText) => string;
}> {
	const { source } = await getLanguages();
	return {
		source,
		pick: (value, lang) => pick(value, lang, source),
		text: (value, lang) => pick(value, lang, source).text,
		sourceOf: (value) => sourceText(value, source),
	};
}
