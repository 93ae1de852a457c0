import { getContent } from './content.ts';
import type { CalendarFile } from '../schemas/calendar.ts';

export async function getCalendar(): Promise<CalendarFile | undefined> {
	return (await getContent()).calendar;
}
