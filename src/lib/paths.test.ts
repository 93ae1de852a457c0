import { describe, expect, it } from 'vitest';
import { localizedPath, routeParam, planPdfPath, type RouteKey } from './paths.ts';
import { segments } from '../i18n/segments.ts';

describe('localizedPath follows the URL contract of DESIGN.md', () => {
	const cases: [RouteKey, string, string][] = [
		[{ kind: 'home' }, '/fi/', '/sv/'],
		[{ kind: 'chapter', slug: 'johdanto' }, '/fi/strategia/johdanto/', '/sv/strategi/johdanto/'],
		[{ kind: 'goals' }, '/fi/tavoitteet/', '/sv/mal/'],
		[{ kind: 'goal', goal: 1 }, '/fi/tavoitteet/1/', '/sv/mal/1/'],
		[{ kind: 'subgoal', id: '2-3' }, '/fi/tavoitteet/2-3/', '/sv/mal/2-3/'],
		[{ kind: 'actors' }, '/fi/toimijat/', '/sv/aktorer/'],
		[{ kind: 'actor', actor: 'kotka' }, '/fi/toimijat/kotka/', '/sv/aktorer/kotka/'],
		[
			{ kind: 'measure', actor: 'kotka', subgoal: '2-3' },
			'/fi/toimijat/kotka/2-3/',
			'/sv/aktorer/kotka/2-3/',
		],
		[{ kind: 'indicators' }, '/fi/indikaattorit/', '/sv/indikatorer/'],
		[{ kind: 'indicator', id: 11 }, '/fi/indikaattorit/11/', '/sv/indikatorer/11/'],
		[{ kind: 'accessibility' }, '/fi/saavutettavuusseloste/', '/sv/tillganglighetsutlatande/'],
	];
	for (const [key, fi, sv] of cases) {
		it(`${key.kind}: ${fi} and ${sv}`, () => {
			expect(localizedPath('fi', key)).toBe(fi);
			expect(localizedPath('sv', key)).toBe(sv);
		});
	}

	it('keeps the calendar and search segments staff will link to', () => {
		expect(segments.fi.calendar).toBe('vuosikello');
		expect(segments.sv.calendar).toBe('arsklocka');
		expect(segments.fi.search).toBe('haku');
		expect(segments.sv.search).toBe('sok');
	});

	it('gives each section a distinct segment within a language', () => {
		for (const lang of ['fi', 'sv'] as const) {
			const values = Object.values(segments[lang]);
			expect(new Set(values).size).toBe(values.length);
		}
	});

	it('names the whole-plan PDFs as the contract says', () => {
		expect(planPdfPath).toEqual({
			fi: '/fi/hyvinvointisuunnitelma-2020-2025.pdf',
			sv: '/sv/valfardsplan-2020-2025.pdf',
		});
	});

	it('rejects ids that would make a broken or ambiguous URL', () => {
		expect(() => localizedPath('fi', { kind: 'subgoal', id: '4-1' })).toThrow(
			/received sub-goal "4-1"/,
		);
		expect(() => localizedPath('fi', { kind: 'measure', actor: 'Kotka', subgoal: '1-1' })).toThrow(
			/received actor id "Kotka"/,
		);
		expect(() => localizedPath('fi', { kind: 'goal', goal: 4 })).toThrow(/expected 1, 2 or 3/);
		expect(() => localizedPath('fi', { kind: 'indicator', id: 0 })).toThrow(/positive integer/);
	});

	it('routeParam strips the language prefix', () => {
		expect(routeParam('/fi/toimijat/kotka/2-3/')).toBe('toimijat/kotka/2-3');
		expect(routeParam('/sv/')).toBe('');
	});
});
