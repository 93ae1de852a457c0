import type { APIRoute } from 'astro';
import { getIndicators } from '../../data/indicators.ts';
import { INDICATORS_CSV_HEADER, indicatorsCsvRows, toCsv } from '../../lib/open-data.ts';

/** /data/indicators.csv: RFC 4180, UTF-8, long format. */
export const GET: APIRoute = async () =>
	new Response(toCsv(INDICATORS_CSV_HEADER, indicatorsCsvRows(await getIndicators())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
