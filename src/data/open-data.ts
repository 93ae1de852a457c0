import { getAllMeasureRows } from './measures.ts';
import { getIndicators, statusOf } from './indicators.ts';
import { localizedPath } from '../lib/paths.ts';
import { measureRecord, type MeasureRecord } from '../lib/open-data.ts';

/** Every measure row in the open-data shape of DESIGN.md, in plan order. */
export async function getMeasureRecords(): Promise<MeasureRecord[]> {
	const rows = await getAllMeasureRows();
	return rows.map((r) =>
		measureRecord(r.actor, r, (lang, actor, subgoal) =>
			localizedPath(lang, { kind: 'measure', actor, subgoal }),
		),
	);
}

/** indicators.json records: the content's fields plus the computed status (DESIGN.md contract). */
export async function getIndicatorRecords() {
	return (await getIndicators()).map((ind) => ({
		id: ind.id,
		title: { fi: ind.title.fi, sv: ind.title.sv ?? null },
		category: { fi: ind.category.fi, sv: ind.category.sv ?? null },
		unit: ind.unit,
		better: ind.better,
		threshold: ind.threshold,
		...(ind.series.length > 0
			? {
					series: ind.series.map((s) => ({
						id: s.id,
						title: { fi: s.title.fi, sv: s.title.sv ?? null },
					})),
				}
			: {}),
		...(ind.breaks.length > 0
			? { breaks: ind.breaks.map((b) => ({ year: b.year, better_before: b.better_before })) }
			: {}),
		values: ind.values,
		status: statusOf(ind),
	}));
}
