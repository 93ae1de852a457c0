/**
 * How a plan names itself: its title with its edition ("… hyvinvointisuunnitelma 2020–2025"),
 * unless the title already holds it ("… vuodelle 2023"), and a validity of one year as that year.
 */
export function fullTitle(title: string, edition: string): string {
	return edition === '' || title.includes(edition) ? title : `${title} ${edition}`;
}

/** "2020–2025", or "2023" when the plan is valid for one year. */
export function yearSpan(from: number, to: number): string {
	if (to < from) throw new Error(`yearSpan: received ${from}–${to}, expected from ≤ to`);
	return from === to ? String(from) : `${from}–${to}`;
}

/** What follows a title shown on its own (with its lang): " 2020–2025", or nothing. */
export function editionAfter(title: string, edition: string): string {
	return fullTitle(title, edition).slice(title.length);
}
