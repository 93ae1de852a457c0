import type { APIRoute, GetStaticPaths } from 'astro';
import { getCalendar } from '../../data/calendar.ts';
import { getPlan, textPicker } from '../../data/plan.ts';
import { uiLocale } from '../../i18n/registry.ts';
import { useTranslations } from '../../i18n/t.ts';
import { buildCalendar, calendarEvents } from '../../lib/ical.ts';
import { publicSite } from '../../lib/public-site.ts';

/** /fi/vuosikello.ics, /sv/arsklocka.ics: the annual calendar's items that have a stated time (RFC 5545). */
export const getStaticPaths = (async () => {
	const [calendar, plan] = await Promise.all([getCalendar(), getPlan()]);
	if (!calendar) return [];
	return plan.languages.map((lang) => ({
		params: { lang, feed: uiLocale(lang).segments.calendar },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const lang = params.lang ?? '';
	const [calendar, plan, p] = await Promise.all([getCalendar(), getPlan(), textPicker()]);
	if (!calendar)
		throw new Error(
			'calendar feed: received no calendar.yaml, expected getStaticPaths to skip this route',
		);
	const t = useTranslations(lang);
	const domain = publicSite(site)?.hostname ?? plan.openData.name;
	const events = calendarEvents(calendar.items, plan.validity, domain, (item) => {
		const full = calendar.items.find((i) => i.id === item.id);
		const summary = full ? p.text(full.text, lang) : item.id;
		const dayUnknown = item.timing.kind === 'date' ? '' : t('calendar.feedDayUnknown');
		const who = full?.participants
			? `${t('calendar.participants')}: ${p.text(full.participants, lang)}`
			: '';
		return { summary, description: [dayUnknown, who].filter(Boolean).join('\n') };
	});
	const body = buildCalendar({
		prodId: `-//${p.sourceOf(plan.publisher)}//${plan.openData.name}//${lang.toUpperCase()}`,
		name: `${p.text(plan.shortTitle, lang)}: ${t('calendar.title')}`,
		lang,
		stamp: plan.revised,
		events,
	});
	return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
