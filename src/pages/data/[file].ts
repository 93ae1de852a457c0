import { fullTitle } from '../../lib/edition.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeasureRecords, getIndicatorRecords } from '../../data/open-data.ts';
import { getIndicators } from '../../data/indicators.ts';
import { getLanguages, getPlan, textPicker } from '../../data/plan.ts';
import { getAllRows } from '../../data/measures.ts';
import {
	dataPackage,
	INDICATORS_CSV_HEADER,
	indicatorsCsvRows,
	measuresCsvHeader,
	measuresCsvRows,
} from '../../lib/open-data.ts';
import { toCsv } from '../../lib/csv.ts';

/**
 * The open data (DESIGN.md contract): /data/measures.{json,csv}, /data/indicators.{json,csv} and
 * /data/datapackage.json. A plan with no measures or no indicators publishes no such files.
 */
const json = (data: unknown) =>
	new Response(JSON.stringify(data, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
const csv = (body: string) =>
	new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });

export const getStaticPaths = (async () => {
	const [rows, indicators] = await Promise.all([getAllRows(), getIndicators()]);
	const files = [
		...(rows.length > 0 ? ['measures.json', 'measures.csv'] : []),
		...(indicators.length > 0 ? ['indicators.json', 'indicators.csv'] : []),
		'datapackage.json',
	];
	return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const [plan, langs] = await Promise.all([getPlan(), getLanguages()]);
	const fields = plan.measureFields.map((f) => f.id);
	switch (params.file) {
		case 'measures.json':
			return json(await getMeasureRecords());
		case 'measures.csv':
			return csv(
				toCsv(measuresCsvHeader(fields), measuresCsvRows(await getMeasureRecords(), fields, langs)),
			);
		case 'indicators.json':
			return json(await getIndicatorRecords());
		case 'indicators.csv':
			return csv(
				toCsv(INDICATORS_CSV_HEADER, indicatorsCsvRows(await getIndicators(), langs.source)),
			);
		case 'datapackage.json': {
			const [p, indicators, rows] = await Promise.all([
				textPicker(),
				getIndicators(),
				getAllRows(),
			]);
			return json(
				dataPackage({
					name: plan.openData.name,
					title: fullTitle(p.sourceOf(plan.title), plan.edition),
					description: p.sourceOf(plan.summary[0] ?? plan.title),
					...(plan.homepage ? { homepage: plan.homepage } : {}),
					// The content's revision date, never the clock: two builds of the same content give the same file.
					created: plan.revised,
					licence: { ...plan.openData.licence, title: p.sourceOf(plan.openData.licence.title) },
					publisher: p.sourceOf(plan.publisher),
					fields:
						rows.length > 0
							? plan.measureFields.map((f) => ({ id: f.id, label: p.sourceOf(f.label) }))
							: [],
					indicatorIds: indicators.map((i) => i.id),
				}),
			);
		}
		default:
			throw new Error(
				`/data/: received file "${params.file}", expected one of getStaticPaths' files`,
			);
	}
};
