import { getAllMeasureRows } from './measures.ts';
import { localizedPath } from '../lib/paths.ts';
import { measureRecord, type MeasureRecord } from '../lib/open-data.ts';

/** Every measure row in the open-data shape of DESIGN.md, in plan order. */
export async function getMeasureRecords(): Promise<MeasureRecord[]> {
	const rows = await getAllMeasureRows();
	return rows.map((r) => measureRecord(r.actor, r, (lang, actor, subgoal) => localizedPath(lang, { kind: 'measure', actor, subgoal })));
}
