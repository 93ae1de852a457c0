/**
 * A small RFC 5545 writer for the annual calendar: CRLF line ends (the last line too), lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, stable UIDs from
 * the items' ids, and DTSTAMP from the content's revision date, so two builds give the same file.
 */

export type IcsEvent = {
	uid: string;
	summary: string;
	description?: string;
	/** All-day: the first day, and the day after the last (DTEND is exclusive). */
	start: { year: number; month: number; day: number };
	end: { year: number; month: number; day: number };
};

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds one content line into physical lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string[] {
	const encoder = new TextEncoder();
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space is one of its 75
		if (octets + size > limit) {
			out.push(out.length === 0 ? current : ` ${current}`);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(out.length === 0 ? current : ` ${current}`);
	return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const icsDate = (d: { year: number; month: number; day: number }) =>
	`${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** The day after the month's last day, as an exclusive all-day end. */
export function nextMonth(
	year: number,
	month: number,
): { year: number; month: number; day: number } {
	return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

export function nextDay(d: { year: number; month: number; day: number }): {
	year: number;
	month: number;
	day: number;
} {
	const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
	return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function buildCalendar(opts: {
	prodId: string;
	name: string;
	lang: string;
	/** yyyy-mm-dd: the content's revision date. */
	stamp: string;
	events: readonly IcsEvent[];
}): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.stamp))
		throw new Error(`buildCalendar: received stamp "${opts.stamp}", expected a date yyyy-mm-dd`);
	const dtstamp = `${opts.stamp.replace(/-/g, '')}T000000Z`;
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${opts.prodId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(opts.name)}`,
	];
	for (const e of opts.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART;VALUE=DATE:${icsDate(e.start)}`,
			`DTEND;VALUE=DATE:${icsDate(e.end)}`,
			`SUMMARY;LANGUAGE=${opts.lang}:${escapeText(e.summary)}`,
			...(e.description ? [`DESCRIPTION;LANGUAGE=${opts.lang}:${escapeText(e.description)}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}

type TimedItem = {
	id: string;
	timing:
		| { kind: 'unknown' }
		| { kind: 'season' }
		| { kind: 'month'; month: number }
		| { kind: 'date'; date: string }
		| { kind: 'monthly'; except: readonly number[] };
};

/** Whether a timing has a place in a calendar: a month, a monthly meeting or a date, not a season or nothing. */
export function hasCalendarPlace(t: TimedItem['timing']): boolean {
	return t.kind === 'month' || t.kind === 'monthly' || t.kind === 'date';
}

/**
 * The feed's events. An item with a month but no day spans that month in every year of the plan;
 * "monthly except July" becomes one month-long event per month (a recurring month-long event
 * would overflow February, RFC 5545 §3.8.5.3); a date is one day. Items whose timing is unknown,
 * or only a season, have no place in a calendar and are left out (the page says so).
 */
export function calendarEvents(
	items: readonly TimedItem[],
	years: { from: number; to: number },
	domain: string,
	words: (item: TimedItem) => { summary: string; description: string },
): IcsEvent[] {
	const out: IcsEvent[] = [];
	const span = Array.from({ length: years.to - years.from + 1 }, (_, i) => years.from + i);
	for (const item of items) {
		const { summary, description } = words(item);
		const t = item.timing;
		if (t.kind === 'month' || t.kind === 'monthly') {
			const months =
				t.kind === 'month'
					? [t.month]
					: Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !t.except.includes(m));
			for (const year of span)
				for (const month of months)
					out.push({
						uid: `${item.id}-${year}-${pad(month)}@${domain}`,
						summary,
						description,
						start: { year, month, day: 1 },
						end: nextMonth(year, month),
					});
		} else if (t.kind === 'date') {
			const [year = 0, month = 0, day = 0] = t.date.split('-').map(Number);
			const start = { year, month, day };
			out.push({
				uid: `${item.id}-${t.date}@${domain}`,
				summary,
				description,
				start,
				end: nextDay(start),
			});
		}
	}
	return out;
}
