import { intlLocale, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/t.ts';
import type { UIKey } from '../i18n/ui.ts';

/** "65 %" in both languages (a no-break space before %), "90,1 %", "4 989". */
export function formatValue(value: number, unit: string, lang: Lang): string {
	const n = new Intl.NumberFormat(intlLocale[lang], { maximumFractionDigits: 1 }).format(value);
	return unit === '%' ? `${n}\u00a0%` : n;
}

export function groupLabel(group: string, t: Translate): string {
	const band = /^(\d+)-(\d+)v$/.exec(group);
	if (band) return t('group.ageBand', { band: `${band[1]}–${band[2]}` });
	return t(`group.${group}` as UIKey);
}

export function areaLabel(area: string, t: Translate): string {
	return t(`area.${area}` as UIKey);
}
