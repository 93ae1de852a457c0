/**
 * Proper names kept in another language inside a translated text: "Järjestö 2.0" in a Swedish
 * sentence is Finnish, and a screen reader should say it as Finnish (WCAG 3.1.2). The names come
 * from the termbase (keep_finnish); this splits a text into runs, each with the language it is in.
 */
export type Run = { text: string; lang?: string };
export type KeptName = { name: string; lang: string };

const letter = /[\p{L}\p{N}]/u;

/** The runs of `text`: the kept names (longest first, whole words only) marked with their language. */
export function markKeptNames(text: string, names: readonly KeptName[], pageLang: string): Run[] {
	const candidates = names
		.filter((n) => n.lang !== pageLang && n.name.length > 0)
		.sort((a, b) => b.name.length - a.name.length);
	if (candidates.length === 0) return [{ text }];
	const out: Run[] = [];
	let plain = '';
	let i = 0;
	while (i < text.length) {
		const hit = candidates.find(
			(n) =>
				text.startsWith(n.name, i) &&
				!letter.test(text[i - 1] ?? '') &&
				!letter.test(text[i + n.name.length] ?? ''),
		);
		if (hit) {
			if (plain) out.push({ text: plain });
			plain = '';
			out.push({ text: hit.name, lang: hit.lang });
			i += hit.name.length;
		} else {
			plain += text[i];
			i++;
		}
	}
	if (plain) out.push({ text: plain });
	return out;
}
