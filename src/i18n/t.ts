import { fi, sv, type UIKey } from './ui.ts';
import type { Lang } from './locales.ts';

const dictionaries: Record<Lang, Record<UIKey, string>> = { fi, sv };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** `t` for one language. `{name}` placeholders are filled from `vars`; a missing one throws, so no page shows a raw `{name}`. */
export function useTranslations(lang: Lang): Translate {
	const dict = dictionaries[lang];
	return (key, vars) => {
		const template = dict[key];
		if (template === undefined)
			throw new Error(`t(): received unknown key "${key}", expected a key of src/i18n/ui.ts`);
		return template.replace(/\{(\w+)\}/g, (_, name: string) => {
			const value = vars?.[name];
			if (value === undefined) throw new Error(`t("${key}"): received no value for {${name}}`);
			return String(value);
		});
	};
}
