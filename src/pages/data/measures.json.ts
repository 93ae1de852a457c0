import type { APIRoute } from 'astro';
import { getMeasureRecords } from '../../data/open-data.ts';

/** /data/measures.json: the open-data contract of DESIGN.md. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getMeasureRecords(), null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
