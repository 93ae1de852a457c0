import { defineConfig } from 'vitest/config';

/**
 * Three layers (DEVELOPERS.md): unit tests on src/lib and the schemas, build-output tests on dist/
 * HTML, and browser tests in real Chromium with axe-core. `npm test` runs them all; the build
 * layers build dist/ first if it is missing (tests/setup/ensure-dist.ts).
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/setup/ensure-dist.ts'],
					testTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/ensure-dist.ts'],
					testTimeout: 1_200_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
