import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicator, getIndicators } from '../../../data/indicators.ts';
import { getLanguages } from '../../../data/plan.ts';
import { INDICATORS_CSV_HEADER, indicatorsCsvRows } from '../../../lib/open-data.ts';
import { toCsv } from '../../../lib/csv.ts';

/** /data/indicators/<n>.csv: one indicator's values, in the same columns as indicators.csv. */
export const getStaticPaths = (async () =>
	(await getIndicators()).map((i) => ({ params: { id: String(i.id) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const id = Number(params.id);
	const { source } = await getLanguages();
	const body = toCsv(INDICATORS_CSV_HEADER, indicatorsCsvRows([await getIndicator(id)], source));
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
