/**
 * The plans the generic build tests run on: the embedded default and the two fixtures of other
 * shapes. Each is built into its own folder (the default into dist/).
 */
export type PlanUnderTest = { name: string; content: string; dist: string };

export const PLANS: PlanUnderTest[] = [
	{ name: 'kymenlaakso', content: 'content', dist: 'dist' },
	{
		name: 'kouvola-2023',
		content: 'tests/fixtures/kouvola-2023',
		dist: '.build/sites/kouvola-2023',
	},
	{ name: 'synthetic', content: 'tests/fixtures/synthetic', dist: '.build/sites/synthetic' },
];

export const DEFAULT_PLAN = PLANS[0] ?? { name: 'kymenlaakso', content: 'content', dist: 'dist' };
