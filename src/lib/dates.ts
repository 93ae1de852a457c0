/** A yyyy-mm-dd date as the language writes it ("30.11.2020"), at noon UTC so no time zone shifts the day. */
export function formatDate(iso: string, intl: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso))
		throw new Error(`formatDate: received "${iso}", expected yyyy-mm-dd`);
	return new Date(`${iso}T12:00:00Z`).toLocaleDateString(intl, {
		day: 'numeric',
		month: 'numeric',
		year: 'numeric',
		timeZone: 'UTC',
	});
}
