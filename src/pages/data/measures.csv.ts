import type { APIRoute } from 'astro';
import { getMeasureRecords } from '../../data/open-data.ts';
import { MEASURES_CSV_HEADER, measuresCsvRows, toCsv } from '../../lib/open-data.ts';

/** /data/measures.csv: RFC 4180, UTF-8, long format (one row per actor, sub-goal and language). */
export const GET: APIRoute = async () =>
	new Response(toCsv(MEASURES_CSV_HEADER, measuresCsvRows(await getMeasureRecords())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
