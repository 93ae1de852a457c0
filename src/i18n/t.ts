import { uiLocale, type UIKey } from './registry.ts';
import type { Message, PluralMessage } from './types.ts';

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: UIKey, vars?: Vars) => string;

/** Fills `{name}` placeholders; a missing value throws, so no page shows a raw `{name}`. */
export function fill(template: string, vars: Vars | undefined, what: string): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = vars?.[name];
		if (value === undefined) throw new Error(`${what}: received no value for {${name}}`);
		return String(value);
	});
}

/** The plural form for `count` by the language's rules (Intl.PluralRules), `other` if the form is missing. */
export function pluralForm(message: PluralMessage, count: number, intl: string): string {
	const category = new Intl.PluralRules(intl).select(count);
	return message[category] ?? message.other;
}

export function format(
	message: Message,
	vars: Vars | undefined,
	intl: string,
	what: string,
): string {
	if (typeof message === 'string') return fill(message, vars, what);
	const count = vars?.count;
	if (typeof count !== 'number')
		throw new Error(`${what}: received no number for {count}, expected one for a plural message`);
	return fill(pluralForm(message, count, intl), vars, what);
}

/** `t` for one language. */
export function useTranslations(lang: string): Translate {
	const locale = uiLocale(lang);
	return (key, vars) => {
		const message = locale.strings[key];
		if (message === undefined)
			throw new Error(
				`t(): received unknown key "${key}", expected a key of src/i18n/locales/fi.ts`,
			);
		return format(message, vars, locale.intl, `t("${key}")`);
	};
}
