import type { APIRoute } from 'astro';
import { getPlan } from '../../data/plan.ts';
import { dataPackage } from '../../lib/open-data.ts';

/** /data/datapackage.json: a Frictionless Data Package for the measures and indicators (CC BY 4.0). */
export const GET: APIRoute = async () => {
	const plan = await getPlan();
	const pkg = dataPackage({
		title: `${plan.title.fi} ${plan.edition}`,
		description: plan.summary[0]!.fi,
		homepage: plan.homepage,
		created: new Date().toISOString().slice(0, 10),
	});
	return new Response(JSON.stringify(pkg, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
