import { uiLocale } from '../i18n/registry.ts';
import {
	actorPdfPath,
	calendarFeedPath,
	pathFor,
	planPdfPath,
	type RouteKey,
} from '../lib/paths.ts';

/** The URL of a page in `lang`, with that language's segments (src/lib/paths.ts is the contract). */
export function localizedPath(lang: string, key: RouteKey): string {
	return pathFor(lang, uiLocale(lang).segments, key);
}

export function calendarFeed(lang: string): string {
	return calendarFeedPath(lang, uiLocale(lang).segments);
}

export function planPdf(lang: string, slugs: Readonly<Record<string, string>>): string {
	const slug = slugs[lang];
	if (slug === undefined)
		throw new Error(
			`planPdf: received language "${lang}", expected one of ${Object.keys(slugs).join(', ')}`,
		);
	return planPdfPath(lang, slug);
}

export function actorPdf(lang: string, actor: string): string {
	return actorPdfPath(lang, uiLocale(lang).segments, actor);
}
