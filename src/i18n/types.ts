import type { Segments } from '../lib/paths.ts';

/** A message whose wording depends on a count (Intl.PluralRules categories). `other` is required. */
export type PluralMessage = {
	readonly zero?: string;
	readonly one?: string;
	readonly two?: string;
	readonly few?: string;
	readonly many?: string;
	readonly other: string;
};

export type Message = string | PluralMessage;

/**
 * One UI locale: src/i18n/locales/<lang>.ts. Adding a language is adding one such file; the
 * completeness test (tests/unit/i18n.test.ts) checks it has every key of the Finnish file, the same
 * placeholders and no empty strings, and the type checker refuses a missing key.
 */
export type LocaleDefinition<K extends string = string> = {
	/** The language code, the same as the file name and the URL prefix. */
	readonly lang: string;
	/** BCP 47 tag for Intl number, date and plural rules ("sv-FI": Finland-Swedish). */
	readonly intl: string;
	/** The language's own name, for the language chooser ("suomi", "svenska"). */
	readonly name: string;
	/** The link text that leads to this language from another one ("Suomeksi", "På svenska"). */
	readonly switchTo: string;
	/** The translated URL segments: part of the URL contract, never change one silently. */
	readonly segments: Segments;
	readonly strings: Readonly<Record<K, Message>>;
	/** Marks the hyphenation points of a word with soft hyphens (U+00AD), for long compounds on phones. */
	readonly hyphenate?: (word: string) => string;
};
