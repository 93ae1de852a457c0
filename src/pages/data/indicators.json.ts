import type { APIRoute } from 'astro';
import { getIndicatorRecords } from '../../data/open-data.ts';

/** /data/indicators.json: values and the computed status per group (DESIGN.md contract). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getIndicatorRecords(), null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
