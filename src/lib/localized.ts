/**
 * A text in the plan's languages: one key per language, the source language always present
 * (the schema guarantees it). A missing translation is shown in the source language, marked with
 * its `lang`, and counted by the page's one fallback notice.
 */
export type LocalizedText = Readonly<Record<string, string>>;

export type Picked = { text: string; lang: string; fallback: boolean };

/** The source-language text; throws if the content bypassed the schema. */
export function sourceText(value: LocalizedText, source: string): string {
	const text = value[source];
	if (text === undefined || text.trim() === '')
		throw new Error(
			`sourceText: received ${JSON.stringify(value)}, expected a text in the source language "${source}"`,
		);
	return text;
}

/** The text to show in `lang`, the language it is really in, and whether it is a fallback. */
export function pick(value: LocalizedText, lang: string, source: string): Picked {
	const own = value[lang];
	if (own !== undefined && own.trim() !== '') return { text: own, lang, fallback: false };
	return { text: sourceText(value, source), lang: source, fallback: lang !== source };
}

/** True when every given text exists in `lang`. */
export function allTranslated(
	values: readonly (LocalizedText | undefined)[],
	lang: string,
	source: string,
): boolean {
	return values.every((v) => v === undefined || !pick(v, lang, source).fallback);
}

/**
 * The share (0–1) of a page's text, by characters, that is shown in the source language instead of
 * `lang`. The fallback notice says this in words, so it never claims "part" when it is all.
 */
export function untranslatedShare(
	values: readonly (LocalizedText | undefined)[],
	lang: string,
	source: string,
): number {
	let total = 0;
	let missing = 0;
	for (const v of values) {
		if (v === undefined) continue;
		const shown = pick(v, lang, source);
		const length = sourceText(v, source).length;
		total += length;
		if (shown.fallback) missing += length;
	}
	return total === 0 ? 0 : missing / total;
}

/** Main goals numbered as plan.yaml says: Roman (I, II, III …) or Arabic. */
export function goalNumeral(n: number, numbering: 'roman' | 'arabic'): string {
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`goalNumeral: received ${n}, expected a positive integer`);
	if (numbering === 'arabic') return String(n);
	const table: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I'],
	];
	let rest = n;
	let out = '';
	for (const [value, numeral] of table)
		while (rest >= value) {
			out += numeral;
			rest -= value;
		}
	return out;
}
