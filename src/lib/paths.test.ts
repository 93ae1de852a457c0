import { describe, expect, it } from 'vitest';
import fi from '../i18n/locales/fi.ts';
import sv from '../i18n/locales/sv.ts';
import {
	actorPdfPath,
	calendarFeedPath,
	describePath,
	pathFor,
	planPdfPath,
	routeParam,
	type RouteKey,
} from './paths.ts';

const segments = { fi: fi.segments, sv: sv.segments };

describe('the URL contract of DESIGN.md', () => {
	const cases: [RouteKey, string, string][] = [
		[{ kind: 'home' }, '/fi/', '/sv/'],
		[{ kind: 'chapter', slug: 'johdanto' }, '/fi/strategia/johdanto/', '/sv/strategi/johdanto/'],
		[{ kind: 'goals' }, '/fi/tavoitteet/', '/sv/mal/'],
		[{ kind: 'goal', goal: 1 }, '/fi/tavoitteet/1/', '/sv/mal/1/'],
		[{ kind: 'subgoal', id: '2-3' }, '/fi/tavoitteet/2-3/', '/sv/mal/2-3/'],
		[{ kind: 'actors' }, '/fi/toimijat/', '/sv/aktorer/'],
		[{ kind: 'actor', actor: 'kotka' }, '/fi/toimijat/kotka/', '/sv/aktorer/kotka/'],
		[
			{ kind: 'measure', actor: 'kotka', goal: '2-3' },
			'/fi/toimijat/kotka/2-3/',
			'/sv/aktorer/kotka/2-3/',
		],
		[
			{ kind: 'measure', actor: 'kouvola', goal: '4' },
			'/fi/toimijat/kouvola/4/',
			'/sv/aktorer/kouvola/4/',
		],
		[{ kind: 'indicators' }, '/fi/indikaattorit/', '/sv/indikatorer/'],
		[{ kind: 'indicator', id: 11 }, '/fi/indikaattorit/11/', '/sv/indikatorer/11/'],
		[{ kind: 'calendar' }, '/fi/vuosikello/', '/sv/arsklocka/'],
		[{ kind: 'search' }, '/fi/haku/', '/sv/sok/'],
		[{ kind: 'glossary' }, '/fi/sanasto/', '/sv/ordlista/'],
		[{ kind: 'accessibility' }, '/fi/saavutettavuusseloste/', '/sv/tillganglighetsutlatande/'],
		[{ kind: 'data' }, '/fi/avoin-data/', '/sv/oppna-data/'],
	];
	for (const [key, fiPath, svPath] of cases)
		it(`${key.kind}: ${fiPath} and ${svPath}`, () => {
			expect(pathFor('fi', segments.fi, key)).toBe(fiPath);
			expect(pathFor('sv', segments.sv, key)).toBe(svPath);
			expect(describePath(fiPath, segments)).toEqual({ lang: 'fi', key });
		});

	it('names the files of the contract', () => {
		expect(calendarFeedPath('fi', segments.fi)).toBe('/fi/vuosikello.ics');
		expect(calendarFeedPath('sv', segments.sv)).toBe('/sv/arsklocka.ics');
		expect(planPdfPath('fi', 'hyvinvointisuunnitelma-2020-2025')).toBe(
			'/fi/hyvinvointisuunnitelma-2020-2025.pdf',
		);
		expect(planPdfPath('sv', 'valfardsplan-2020-2025')).toBe('/sv/valfardsplan-2020-2025.pdf');
		expect(actorPdfPath('fi', segments.fi, 'kotka')).toBe('/fi/toimijat/kotka.pdf');
		expect(actorPdfPath('sv', segments.sv, 'kotka')).toBe('/sv/aktorer/kotka.pdf');
	});

	it('gives each section a distinct segment within a language', () => {
		for (const s of Object.values(segments))
			expect(new Set(Object.values(s)).size).toBe(Object.values(s).length);
	});

	it('refuses ids that would make a broken or ambiguous URL', () => {
		expect(() => pathFor('fi', segments.fi, { kind: 'subgoal', id: '4' })).toThrow(
			/received sub-goal "4"/,
		);
		expect(() =>
			pathFor('fi', segments.fi, { kind: 'measure', actor: 'Kotka', goal: '1-1' }),
		).toThrow(/received actor id "Kotka"/);
		expect(() => pathFor('fi', segments.fi, { kind: 'goal', goal: 0 })).toThrow(/positive integer/);
		expect(() => pathFor('fi', segments.fi, { kind: 'redirect', path: '/sv/x/' })).toThrow(
			/expected a path under \/fi\//,
		);
	});

	it('routeParam is the part after the language', () => {
		expect(routeParam('/fi/toimijat/kotka/2-3/')).toBe('toimijat/kotka/2-3');
		expect(routeParam('/fi/')).toBe('');
	});
});
