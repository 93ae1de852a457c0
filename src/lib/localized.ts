import type { Lang } from '../i18n/locales.ts';

export type LocalizedText = { fi: string; sv?: string };

/** The text to show in `lang`, which language it is really in, and whether it is a fallback. */
export function pick(
	value: LocalizedText,
	lang: Lang,
): { text: string; lang: Lang; fallback: boolean } {
	const own = value[lang];
	if (own !== undefined && own.trim() !== '') return { text: own, lang, fallback: false };
	return { text: value.fi, lang: 'fi', fallback: lang !== 'fi' };
}

/** Plain string in `lang` (Finnish fallback), for places such as <title> that cannot carry markup. */
export function text(value: LocalizedText, lang: Lang): string {
	return pick(value, lang).text;
}

/** True when every given text exists in `lang`. */
export function allTranslated(values: readonly (LocalizedText | undefined)[], lang: Lang): boolean {
	return values.every((v) => v === undefined || !pick(v, lang).fallback);
}

/** Roman numerals for main goals, as the plan writes them (I–III). */
export function roman(goal: number): string {
	const numerals = ['I', 'II', 'III'];
	const r = numerals[goal - 1];
	if (!r) throw new Error(`roman: received ${goal}, expected 1, 2 or 3`);
	return r;
}
