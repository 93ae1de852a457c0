import {
	cellPlain,
	cellTranslated,
	pointerTargets,
	rowStatus,
	type Row,
	type RowStatus,
} from './measures.ts';
import { sourceText, type LocalizedText } from './localized.ts';
import type { StatusEntry } from './indicator-status.ts';
import type { CsvValue } from './csv.ts';

/** A text per plan language, `null` where it is not translated yet. */
export type Texts = Record<string, string | null>;

/** One row of measures.json (DESIGN.md open-data contract). */
export type MeasureRecord = {
	id: string;
	actor: string;
	goal: number;
	/** The sub-goal's number within its main goal; null for a main goal without sub-goals. */
	subgoal: number | null;
	status: RowStatus;
	/** Rows this one points to ("Ks. edellinen kohta"), of the same actor. */
	see: string[];
	fields: Record<string, Texts>;
	url: Record<string, string>;
};

export type Langs = { all: readonly string[]; source: string };

export function measureRecord(
	actor: string,
	row: Row,
	fields: readonly string[],
	langs: Langs,
	urlOf: (lang: string) => string,
): MeasureRecord {
	const [goal = 0, n] = row.goal.split('-').map(Number);
	const texts = (f: string): Texts =>
		Object.fromEntries(
			langs.all.map((l) => [
				l,
				cellTranslated(row.cells[f], l) || l === langs.source
					? cellPlain(row.cells[f], l, langs.source)
					: null,
			]),
		);
	return {
		id: `${actor}/${row.goal}`,
		actor,
		goal,
		subgoal: n ?? null,
		status: rowStatus(row),
		see: pointerTargets(row, fields),
		fields: Object.fromEntries(fields.map((f) => [f, texts(f)])),
		url: Object.fromEntries(langs.all.map((l) => [l, urlOf(l)])),
	};
}

/** measures.csv: `actor,goal,subgoal,lang,<fields…>,url`. */
export function measuresCsvHeader(fields: readonly string[]): string[] {
	return ['actor', 'goal', 'subgoal', 'lang', ...fields, 'url'];
}

/** measures.csv rows: long format, one per (actor, goal, language). Untranslated cells are empty. */
export function measuresCsvRows(
	records: readonly MeasureRecord[],
	fields: readonly string[],
	langs: Langs,
): CsvValue[][] {
	return records.flatMap((r) =>
		langs.all.map((lang) => [
			r.actor,
			r.goal,
			r.subgoal ?? '',
			lang,
			...fields.map((f) => r.fields[f]?.[lang] ?? ''),
			r.url[lang] ?? '',
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
	'question',
] as const;

type IndicatorLike = {
	id: number;
	unit: string;
	title: LocalizedText;
	changes: readonly { year: number; title_before: LocalizedText }[];
	values: readonly {
		series?: string;
		area: string;
		group: string;
		year: number;
		value: number;
		decimals?: number;
	}[];
};

/** The question in force in `year`, in the source language: the current title, or the wording before a change. */
export function questionIn(ind: IndicatorLike, year: number, source: string): string {
	const later = [...ind.changes].sort((a, b) => a.year - b.year).find((c) => year < c.year);
	return sourceText(later ? later.title_before : ind.title, source);
}

/** A value with the decimals the source prints ("6.0"), as CSV writes numbers. */
export function printedValue(value: number, decimals?: number): string {
	return decimals === undefined ? String(value) : value.toFixed(decimals);
}

/**
 * indicators.csv rows (long format). A series shows as the group "<series>/<group>", so the
 * contract's columns still tell every row apart; `question` names the question in force that year.
 */
export function indicatorsCsvRows(
	indicators: readonly IndicatorLike[],
	source: string,
): CsvValue[][] {
	return indicators.flatMap((ind) =>
		ind.values.map((v) => [
			ind.id,
			v.series ? `${v.series}/${v.group}` : v.group,
			v.area,
			v.year,
			printedValue(v.value, v.decimals),
			ind.unit,
			questionIn(ind, v.year, source),
		]),
	);
}

/** The status entries as indicators.json publishes them. */
export function statusRecords(entries: readonly StatusEntry[]) {
	return entries.map((e) => ({
		group: e.group,
		...(e.series !== undefined ? { series: e.series } : {}),
		year: e.year,
		referenceYear: e.referenceYear,
		focus: e.focus,
		reference: e.reference,
		difference: e.difference,
		status: e.status,
	}));
}

type Field = { name: string; type: string; description: string };
const field = (name: string, type: string, description: string): Field => ({
	name,
	type,
	description,
});

function csvResource(name: string, path: string, fields: Field[], primaryKey?: string[]) {
	return {
		name,
		path,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		profile: 'tabular-data-resource',
		schema: { fields, ...(primaryKey ? { primaryKey } : {}) },
	};
}

const jsonResource = (name: string, path: string) => ({
	name,
	path,
	format: 'json',
	mediatype: 'application/json',
	encoding: 'utf-8',
});

/** A Frictionless Data Package describing every published resource. Dates come from content, not the clock. */
export function dataPackage(opts: {
	name: string;
	title: string;
	description: string;
	homepage?: string;
	created: string;
	licence: { id: string; title: string; url: string };
	publisher: string;
	fields: readonly { id: string; label: string }[];
	indicatorIds: readonly number[];
}) {
	const resources: object[] = [];
	if (opts.fields.length > 0)
		resources.push(
			csvResource(
				'measures',
				'measures.csv',
				[
					field('actor', 'string', 'Actor id (actors.yaml)'),
					field('goal', 'integer', 'Main goal number'),
					field(
						'subgoal',
						'integer',
						'Sub-goal number within the main goal; empty for a main goal without sub-goals',
					),
					field('lang', 'string', 'Language of the row; cells are empty where not yet translated'),
					...opts.fields.map((f) => field(f.id, 'string', f.label)),
					field('url', 'string', 'Permanent page of the row in that language'),
				],
				['actor', 'goal', 'subgoal', 'lang'],
			),
			jsonResource('measures-json', 'measures.json'),
		);
	const indicatorFields = [
		field('indicator', 'integer', 'Indicator number'),
		field(
			'group',
			'string',
			'Respondent group or age band; "<series>/<group>" for an indicator with series',
		),
		field('area', 'string', 'Area id (plan.yaml)'),
		field('year', 'integer', 'Year of the value'),
		field('value', 'number', 'The value with the decimals the plan prints'),
		field('unit', 'string', 'Unit id (plan.yaml)'),
		field('question', 'string', 'The question in force that year, in the source language'),
	];
	if (opts.indicatorIds.length > 0)
		resources.push(
			csvResource('indicators', 'indicators.csv', indicatorFields),
			jsonResource('indicators-json', 'indicators.json'),
			...opts.indicatorIds.map((id) =>
				csvResource(`indicator-${id}`, `indicators/${id}.csv`, indicatorFields),
			),
		);
	return {
		profile: 'data-package',
		name: opts.name,
		title: opts.title,
		description: opts.description,
		...(opts.homepage ? { homepage: opts.homepage } : {}),
		created: opts.created,
		publisher: opts.publisher,
		licenses: [{ name: opts.licence.id, title: opts.licence.title, path: opts.licence.url }],
		resources,
	};
}
