import {
	cellPlain,
	measureFields,
	rowStatus,
	type MeasureField,
	type Row,
	type RowStatus,
} from './measures.ts';

/** One row of measures.json (DESIGN.md open-data contract). `sv` is null until the text is translated. */
export type MeasureRecord = {
	id: string;
	actor: string;
	goal: number;
	subgoal: number;
	status: RowStatus;
	/** Rows this one points to ("Ks. edellinen kohta"), as "<goal>-<n>" of the same actor. */
	see: string[];
	fields: Record<MeasureField, { fi: string; sv: string | null }>;
	url: { fi: string; sv: string };
};

type UrlOf = (lang: 'fi' | 'sv', actor: string, subgoal: string) => string;

function hasSv(row: Row, field: MeasureField): boolean {
	const c = row[field];
	if (!c || c.kind === 'dash') return true;
	if (c.kind === 'see') return c.text.sv !== undefined;
	return (
		(c.text === undefined || c.text.sv !== undefined) && c.items.every((i) => i.sv !== undefined)
	);
}

export function measureRecord(actor: string, row: Row, urlOf: UrlOf): MeasureRecord {
	const [goal, n] = row.subgoal.split('-').map(Number) as [number, number];
	const fields = Object.fromEntries(
		measureFields.map((f) => [
			f,
			{ fi: cellPlain(row[f], 'fi'), sv: hasSv(row, f) ? cellPlain(row[f], 'sv') : null },
		]),
	) as MeasureRecord['fields'];
	const see = measureFields.flatMap((f) => {
		const c = row[f];
		return c?.kind === 'see' ? [c.see] : [];
	});
	return {
		id: `${actor}/${row.subgoal}`,
		actor,
		goal,
		subgoal: n,
		status: rowStatus(row),
		see: [...new Set(see)],
		fields,
		url: { fi: urlOf('fi', actor, row.subgoal), sv: urlOf('sv', actor, row.subgoal) },
	};
}

/** RFC 4180: fields quoted when they hold a comma, quote or line break; quotes doubled; CRLF line ends. */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number)[])[],
): string {
	const field = (v: string | number) => {
		const s = String(v);
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (for tests and for anyone re-reading the export). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') ((cur += '"'), i++);
			else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(cur), (cur = ''));
		else if (ch === '\r' && text[i + 1] === '\n') {
			(row.push(cur), rows.push(row), (row = []), (cur = ''), i++);
		} else cur += ch;
	}
	if (cur !== '' || row.length > 0) (row.push(cur), rows.push(row));
	return rows;
}

export const MEASURES_CSV_HEADER = [
	'actor',
	'goal',
	'subgoal',
	'lang',
	'measure',
	'metric',
	'schedule',
	'implementers',
	'follow_up',
	'url',
] as const;

/** measures.csv rows: long format, one row per (actor, sub-goal, language). Untranslated Swedish cells are empty. */
export function measuresCsvRows(records: readonly MeasureRecord[]): (string | number)[][] {
	return records.flatMap((r) =>
		(['fi', 'sv'] as const).map((lang) => [
			r.actor,
			r.goal,
			r.subgoal,
			lang,
			...measureFields.map((f) => r.fields[f][lang] ?? ''),
			r.url[lang],
		]),
	);
}

export const INDICATORS_CSV_HEADER = [
	'indicator',
	'group',
	'area',
	'year',
	'value',
	'unit',
] as const;

type IndicatorLike = {
	id: number;
	unit: string;
	values: readonly { series?: string; area: string; group: string; year: number; value: number }[];
};

/**
 * indicators.csv rows (long format). An indicator with several series (16) gives each series as the
 * group "<series>/<group>", so the contract's six columns still tell every row apart.
 */
export function indicatorsCsvRows(indicators: readonly IndicatorLike[]): (string | number)[][] {
	return indicators.flatMap((ind) =>
		ind.values.map((v) => [
			ind.id,
			v.series ? `${v.series}/${v.group}` : v.group,
			v.area,
			v.year,
			v.value,
			ind.unit,
		]),
	);
}

type Field = { name: string; type: string; description: string };
const field = (name: string, type: string, description: string): Field => ({
	name,
	type,
	description,
});

function csvResource(name: string, fields: Field[], primaryKey?: string[]) {
	return {
		name,
		path: `${name}.csv`,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		profile: 'tabular-data-resource',
		schema: { fields, ...(primaryKey ? { primaryKey } : {}) },
	};
}

const jsonResource = (name: string) => ({
	name: `${name}-json`,
	path: `${name}.json`,
	format: 'json',
	mediatype: 'application/json',
	encoding: 'utf-8',
});

/** A Frictionless Data Package describing the published resources. */
export function dataPackage(opts: {
	title: string;
	description: string;
	homepage: string;
	created: string;
}) {
	return {
		profile: 'data-package',
		name: 'kymenlaakso-lasten-ja-nuorten-hyvinvointisuunnitelma-2020-2025',
		title: opts.title,
		description: opts.description,
		homepage: opts.homepage,
		created: opts.created,
		licenses: [
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/',
			},
		],
		resources: [
			csvResource(
				'measures',
				[
					field('actor', 'string', 'Actor id (content/actors.yaml)'),
					field('goal', 'integer', 'Main goal 1–3'),
					field('subgoal', 'integer', 'Sub-goal number within the main goal'),
					field('lang', 'string', 'fi or sv; sv cells are empty until translated'),
					field('measure', 'string', 'toimenpide'),
					field('metric', 'string', 'mittari / toteutuminen'),
					field('schedule', 'string', 'aikataulu'),
					field('implementers', 'string', 'toimija(t) / toteuttaja(t)'),
					field('follow_up', 'string', 'seuranta / arviointi / ohjaus'),
					field('url', 'string', 'Permanent page of the row in that language'),
				],
				['actor', 'goal', 'subgoal', 'lang'],
			),
			jsonResource('measures'),
			csvResource('indicators', [
				field('indicator', 'integer', 'Indicator number 1–32'),
				field(
					'group',
					'string',
					'Respondent group or age band; "<series>/<group>" for indicator 16',
				),
				field('area', 'string', 'kymenlaakso, koko-maa or a municipality'),
				field('year', 'integer', 'Year of the value'),
				field('value', 'number', 'The value as the plan prints it'),
				field('unit', 'string', '%, count or per-1000'),
			]),
			jsonResource('indicators'),
		],
	};
}
