import { defineConfig } from 'vitest/config';

/**
 * Three layers: unit (src/lib, schemas, the content check, scripts' logic), build output (parses
 * the built sites of every plan in tests/helpers/plans.ts, plus the Kymenlaakso edition's own
 * facts in tests/kymenlaakso/), and browser (real Chromium with axe-core). `npm test` runs them all;
 * the build and browser layers first rebuild any site whose inputs changed (tests/setup/ensure-sites.ts).
 * A test without an assertion fails (expect.requireAssertions).
 */
export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		// Vitest's default is one worker on a two-core machine (cores − 1), which ran every file one
		// after another. The heavy work is in child processes (builds, Chromium) that wait on each
		// other's I/O, so two files at once finish sooner.
		maxWorkers: 2,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
					expect: { requireAssertions: true },
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts', 'tests/kymenlaakso/**/*.test.ts'],
					globalSetup: ['tests/setup/ensure-sites.ts'],
					testTimeout: 300_000,
					expect: { requireAssertions: true },
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/ensure-sites.ts'],
					testTimeout: 1_200_000,
					hookTimeout: 120_000,
					expect: { requireAssertions: true },
				},
			},
		],
	},
});
