import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, calendarEvents, escapeText, foldLine } from './ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('RFC 5545 writing', () => {
	it('escapes TEXT values', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});
	it('folds at 75 octets, never inside a UTF-8 character, continuation lines starting with a space', () => {
		const line = `SUMMARY:${'ä'.repeat(60)}`;
		const folded = foldLine(line);
		expect(folded.length).toBeGreaterThan(1);
		for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
		expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
		expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
	});
	it('ends every line with CRLF, the last one too, and takes DTSTAMP from the content', () => {
		const ics = buildCalendar({
			prodId: '-//x//y//FI',
			name: 'Vuosikello',
			lang: 'fi',
			stamp: '2024-01-23',
			events: [],
		});
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(
			ics
				.split('\r\n')
				.slice(0, -1)
				.every((l) => !l.includes('\n')),
		).toBe(true);
		expect(() =>
			buildCalendar({ prodId: 'x', name: 'x', lang: 'fi', stamp: 'today', events: [] }),
		).toThrow(/expected a date/);
	});
});

describe('calendarEvents', () => {
	const words = () => ({ summary: 'Kokous', description: 'Päivää ei kerrota.' });
	it('monthly except July: eleven month-long all-day events a year, none in July', () => {
		const events = calendarEvents(
			[{ id: 'lape', timing: { kind: 'monthly', except: [7] } }],
			{ from: 2025, to: 2025 },
			'example.fi',
			words,
		);
		expect(events).toHaveLength(11);
		expect(events.some((e) => e.start.month === 7)).toBe(false);
		expect(events[1]).toEqual({
			uid: 'lape-2025-02@example.fi',
			summary: 'Kokous',
			description: 'Päivää ei kerrota.',
			start: { year: 2025, month: 2, day: 1 },
			end: { year: 2025, month: 3, day: 1 },
		});
		expect(events.at(-1)?.end).toEqual({ year: 2026, month: 1, day: 1 });
	});
	it('leaves out unknown timings and seasons, and makes a date one day', () => {
		const events = calendarEvents(
			[
				{ id: 'a', timing: { kind: 'unknown' } },
				{ id: 'b', timing: { kind: 'season' } },
				{ id: 'c', timing: { kind: 'date', date: '2024-02-28' } },
			],
			{ from: 2024, to: 2024 },
			'example.fi',
			words,
		);
		expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([
			[
				'c-2024-02-28@example.fi',
				{ year: 2024, month: 2, day: 28 },
				{ year: 2024, month: 2, day: 29 },
			],
		]);
	});
	it('the whole feed parses with ical.js: UID, DTSTAMP with Z, VALUE=DATE on all-day events', () => {
		const events = calendarEvents(
			[{ id: 'lape', timing: { kind: 'monthly', except: [7] } }],
			{ from: 2024, to: 2025 },
			'example.fi',
			words,
		);
		const ics = buildCalendar({
			prodId: '-//x//y//FI',
			name: 'Vuosikello',
			lang: 'fi',
			stamp: '2024-01-23',
			events,
		});
		const comp = new ICAL.Component(ICAL.parse(ics));
		const vevents = comp.getAllSubcomponents('vevent');
		expect(vevents).toHaveLength(22);
		for (const ve of vevents) {
			expect(ve.getFirstPropertyValue('uid')).toMatch(/^lape-\d{4}-\d{2}@example\.fi$/);
			expect(String(ve.getFirstPropertyValue('dtstamp'))).toBe('2024-01-23T00:00:00Z');
			expect(ve.getFirstProperty('dtstart')?.type).toBe('date');
			expect(ve.getFirstProperty('dtend')?.type).toBe('date');
		}
		expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20240201\r\nDTEND;VALUE=DATE:20240301\r\n/);
	});
});
