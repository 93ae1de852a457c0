import { getContent } from './content.ts';
import { getAllRows } from './measures.ts';
import { indicatorHelpers } from './indicators.ts';
import { localizedPath } from './paths.ts';
import { measureRecord, statusRecords, type MeasureRecord } from '../lib/open-data.ts';

/** Every measure row in the open-data shape of DESIGN.md, in plan order. */
export async function getMeasureRecords(): Promise<MeasureRecord[]> {
	const { plan } = await getContent();
	const [source = 'fi'] = plan.languages;
	const fields = plan.measureFields.map((f) => f.id);
	return (await getAllRows()).map((r) =>
		measureRecord(r.actor, r, fields, { all: plan.languages, source }, (lang) =>
			localizedPath(lang, { kind: 'measure', actor: r.actor, goal: r.goal }),
		),
	);
}

/** indicators.json records: the content's fields, the question changes and the computed status. */
export async function getIndicatorRecords() {
	const { plan, indicators } = await getContent();
	if (!indicators || !plan.indicators) return [];
	const h = indicatorHelpers(plan.indicators);
	const texts = (t: Readonly<Record<string, string>>) =>
		Object.fromEntries(plan.languages.map((l) => [l, t[l] ?? null]));
	return indicators.indicators.map((ind) => ({
		id: ind.id,
		title: texts(ind.title),
		category: texts(ind.category),
		unit: ind.unit,
		better: ind.better,
		threshold: h.threshold(ind),
		...(ind.series.length > 0
			? { series: ind.series.map((s) => ({ id: s.id, title: texts(s.title) })) }
			: {}),
		values: ind.values.map((v) => ({
			...(v.series !== undefined ? { series: v.series } : {}),
			area: v.area,
			group: v.group,
			year: v.year,
			value: v.value,
			...(v.decimals !== undefined ? { decimals: v.decimals } : {}),
			...(v.forecast ? { forecast: true } : {}),
		})),
		...(ind.periodChanges.length > 0 ? { periodChanges: ind.periodChanges } : {}),
		changes: ind.changes.map((c) => ({
			year: c.year,
			title_before: texts(c.title_before),
			better_before: c.better_before,
		})),
		status: statusRecords(h.status(ind)),
	}));
}
