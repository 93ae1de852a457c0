/**
 * Items grouped by their key's first letter, A–Z by the language's collation (so Ä and Ö sort as
 * Finnish and Swedish readers expect); digits and other characters under "#".
 */
export function alphabetical<T>(
	items: readonly { key: string; item: T }[],
	intl: string,
): { letter: string; id: string; items: T[] }[] {
	const collator = new Intl.Collator(intl, { numeric: true, sensitivity: 'base' });
	const sorted = [...items].sort((a, b) => collator.compare(a.key, b.key));
	const groups: { letter: string; id: string; items: T[] }[] = [];
	for (const { key, item } of sorted) {
		const first = key.trim().charAt(0).toLocaleUpperCase(intl);
		const letter = /\p{L}/u.test(first) ? first : '#';
		const id =
			letter === '#'
				? 'num'
				: letter
						.normalize('NFKD')
						.replace(/[\u0300-\u036f]/g, '')
						.toLowerCase() +
					(letter.normalize('NFKD') !== letter ? `-${letter.codePointAt(0)}` : '');
		const last = groups[groups.length - 1];
		if (last && last.letter === letter) last.items.push(item);
		else groups.push({ letter, id, items: [item] });
	}
	return groups;
}
