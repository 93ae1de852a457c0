import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseContent } from '../../src/lib/content-errors.ts';
import { actorsFileSchema } from '../../src/schemas/actors.ts';
import { goalsFileSchema } from '../../src/schemas/goals.ts';
import { measuresFileSchema, allSubgoalIds } from '../../src/schemas/measures.ts';
import { indicatorsFileSchema } from '../../src/schemas/indicators.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { checkContent } from '../../scripts/lib/content-check.ts';

const fi = (s: string) => ({ fi: s });
const rows = () => allSubgoalIds.map((goal) => ({ goal, measure: fi('x') }));

describe('the real content/ passes every schema and reference check', () => {
	it('has no problems', async () => {
		const { files, problems } = await checkContent(process.cwd());
		expect(problems).toEqual([]);
		expect(files).toBeGreaterThanOrEqual(7);
	});
});

describe('bad content is rejected with the file and field named', () => {
	it('actors: an unknown kind', () => {
		const actors = [{ id: 'hamina', name: fi('Hamina'), short: fi('Hamina'), kind: 'kunta' }];
		expect(() => parseContent('content/actors.yaml', stringify(actors), actorsFileSchema)).toThrow(
			/^content\/actors\.yaml: \[0\]\.kind: .*"county"\|"municipality"\|"ngo"\|"parish"\|"police"/,
		);
	});
	it('actors: an id outside the URL contract', () => {
		const actors = [{ id: 'lahti', name: fi('Lahti'), short: fi('Lahti'), kind: 'municipality' }];
		expect(() => parseContent('content/actors.yaml', stringify(actors), actorsFileSchema)).toThrow(
			/\[0\]\.id:/,
		);
	});
	it('actors: a duplicate id', () => {
		const a = { id: 'hamina', name: fi('Hamina'), short: fi('Hamina'), kind: 'municipality' };
		expect(() => parseContent('content/actors.yaml', stringify([a, a]), actorsFileSchema)).toThrow(
			/\[1\]\.id: duplicate actor id "hamina"/,
		);
	});
	it('a localized text without Finnish', () => {
		const actors = [
			{ id: 'hamina', name: { sv: 'Fredrikshamn' }, short: fi('Hamina'), kind: 'municipality' },
		];
		expect(() => parseContent('content/actors.yaml', stringify(actors), actorsFileSchema)).toThrow(
			/\[0\]\.name\.fi:/,
		);
	});
	it('goals: a main goal with the wrong number of sub-goals', () => {
		const goal = (n: 1 | 2 | 3, count: number) => ({
			goal: n,
			title: fi('t'),
			description: [fi('d')],
			subgoals: Array.from({ length: count }, (_, i) => ({ id: `${n}-${i + 1}`, title: fi('s') })),
		});
		expect(() =>
			parseContent(
				'content/goals.yaml',
				stringify([goal(1, 6), goal(2, 6), goal(3, 3)]),
				goalsFileSchema,
			),
		).toThrow(/content\/goals\.yaml: \[0\]\.subgoals: expected 7 sub-goals for goal 1, received 6/);
	});
	it('goals: a service mix that does not add up to 100', () => {
		const goal = (n: 1 | 2 | 3, count: number) => ({
			goal: n,
			title: fi('t'),
			description: [fi('d')],
			serviceMix: { preventive: 70, earlySupport: 25, intensive: 10 },
			subgoals: Array.from({ length: count }, (_, i) => ({ id: `${n}-${i + 1}`, title: fi('s') })),
		});
		expect(() =>
			parseContent(
				'content/goals.yaml',
				stringify([goal(1, 7), goal(2, 6), goal(3, 3)]),
				goalsFileSchema,
			),
		).toThrow(/\[0\]\.serviceMix: expected shares that add up to 100/);
	});
	it('measures: a missing row', () => {
		const file = { actor: 'kotka', rows: rows().filter((r) => r.goal !== '2-4') };
		expect(() =>
			parseContent('content/measures/kotka.yaml', stringify(file), measuresFileSchema),
		).toThrow(/content\/measures\/kotka\.yaml: rows\[10\]\.goal: expected row "2-4" here/);
	});
	it('measures: a pointer to a sub-goal that does not exist', () => {
		const r = rows();
		r[5] = { goal: '1-6', measure: { see: '1-9', fi: 'Ks. edellinen kohta.' } } as never;
		expect(() =>
			parseContent(
				'content/measures/kotka.yaml',
				stringify({ actor: 'kotka', rows: r }),
				measuresFileSchema,
			),
		).toThrow(/rows\[5\]\.measure\.see:/);
	});
	it('measures: a row pointing to itself', () => {
		const r = rows();
		r[5] = { goal: '1-6', measure: { see: '1-6', fi: 'Ks.' } } as never;
		expect(() =>
			parseContent(
				'content/measures/kotka.yaml',
				stringify({ actor: 'kotka', rows: r }),
				measuresFileSchema,
			),
		).toThrow(/rows\[5\]\.measure\.see: a row cannot point to itself/);
	});
	it('measures: the three cell shapes normalize to one', () => {
		const r = rows();
		r[0] = {
			goal: '1-1',
			measure: [fi('a'), fi('b')],
			metric: { fi: 'lead', items: [fi('c')] },
			schedule: fi('2020 alkaen'),
			follow_up: { dash: true },
		} as never;
		const parsed = parseContent(
			'content/measures/kotka.yaml',
			stringify({ actor: 'kotka', rows: r }),
			measuresFileSchema,
		);
		expect(parsed.rows[0]).toMatchObject({
			measure: { kind: 'text', items: [fi('a'), fi('b')] },
			metric: { kind: 'text', text: fi('lead'), items: [fi('c')] },
			schedule: { kind: 'text', text: fi('2020 alkaen'), items: [] },
			follow_up: { kind: 'dash' },
		});
	});
	it('indicators: out of order ids', () => {
		const ind = (id: number) => ({
			id,
			title: fi('t'),
			category: fi('c'),
			explanation: fi('e'),
			unit: '%',
			better: 'higher',
			values: [],
		});
		expect(() =>
			parseContent('content/indicators.yaml', stringify([ind(2)]), indicatorsFileSchema),
		).toThrow(/\[0\]\.id: expected indicator 1 here/);
	});
	it('indicators: an unknown area', () => {
		const ind = {
			id: 1,
			title: fi('t'),
			category: fi('c'),
			explanation: fi('e'),
			unit: '%',
			better: 'higher',
			values: [{ area: 'lahti', group: 'kaikki', year: 2019, value: 1 }],
		};
		expect(() =>
			parseContent('content/indicators.yaml', stringify([ind]), indicatorsFileSchema),
		).toThrow(/\[0\]\.values\[0\]\.area:/);
	});
	it('plan: a date that is not a date', () => {
		expect(() =>
			parseContent('content/plan.yaml', 'approvals:\n  - date: "28.11.2023"\n', planSchema),
		).toThrow(/approvals\[0\]\.date:/);
	});
});
