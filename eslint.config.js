// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * typescript-eslint (strict), eslint-plugin-astro with its jsx-a11y rules for .astro templates.
 * No `any`, no non-null `!`, and no `as` type assertions (only `as const`): a value of an unknown
 * shape is checked by a typed getter that throws "received … expected …" instead.
 */
export default defineConfig(
	{
		ignores: [
			'dist',
			'.build/',
			'.astro/',
			'.dist.releases/',
			'node_modules/',
			'public/',
			'tests/fixtures/**/dist/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	...astro.configs['jsx-a11y-recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-non-null-assertion': 'error',
			'@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			// A table or chart wider than the screen scrolls inside a region that must be reachable by
			// keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), so a labelled region may take focus.
			'astro/jsx-a11y/no-noninteractive-tabindex': [
				'error',
				{ roles: ['region'], tags: ['section'] },
			],
		},
	},
);
