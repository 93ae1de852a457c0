import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicators } from '../../../data/indicators.ts';
import { INDICATORS_CSV_HEADER, indicatorsCsvRows, toCsv } from '../../../lib/open-data.ts';

/** /data/indicators/<n>.csv: one indicator's rows, linked from its page. */
export const getStaticPaths: GetStaticPaths = async () =>
	(await getIndicators()).map((ind) => ({ params: { id: String(ind.id) }, props: { ind } }));

export const GET: APIRoute = ({ props }) =>
	new Response(toCsv(INDICATORS_CSV_HEADER, indicatorsCsvRows([props.ind])), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
