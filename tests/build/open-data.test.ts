import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import ICAL from 'ical.js';
import { PLANS } from '../helpers/plans.ts';
import { must, site } from '../helpers/dist.ts';
import { parseCsv } from '../../src/lib/csv.ts';

/** The open-data contract of DESIGN.md, on every plan (the Kymenlaakso figures are in tests/kymenlaakso/). */
for (const plan of PLANS) {
	const s = site(plan.dist);
	const yaml = (f: string) => parse(readFileSync(join(plan.content, f), 'utf8'));
	const planYaml = yaml('plan.yaml');
	const languages: string[] = planYaml.languages;
	const fields: string[] = planYaml.measureFields.map((f: { id: string }) => f.id);
	const json = (f: string) => JSON.parse(readFileSync(join(plan.dist, f), 'utf8'));
	describe(plan.name, () => {
		it('measures.json: { id, actor, goal, subgoal, status, see, fields: { <field>: { <lang> } }, url: { <lang> } }', () => {
			const records = json('data/measures.json');
			expect(records.length).toBeGreaterThan(0);
			for (const r of records) {
				expect(Object.keys(r)).toEqual([
					'id',
					'actor',
					'goal',
					'subgoal',
					'status',
					'see',
					'fields',
					'url',
				]);
				expect(r.id).toBe(`${r.actor}/${r.subgoal === null ? r.goal : `${r.goal}-${r.subgoal}`}`);
				expect(['filled', 'empty', 'see']).toContain(r.status);
				expect(Object.keys(r.fields)).toEqual(fields);
				for (const f of fields) expect(Object.keys(r.fields[f])).toEqual(languages);
				expect(Object.keys(r.url)).toEqual(languages);
				for (const l of languages) expect(s.fileFor(r.url[l]), r.url[l]).toBeDefined();
			}
		});
		it('measures.csv: RFC 4180 with the header actor,goal,subgoal,lang,<fields…>,url and a row per language', () => {
			const text = readFileSync(join(plan.dist, 'data/measures.csv'), 'utf8');
			expect(text.endsWith('\r\n')).toBe(true);
			const [header, ...rows] = parseCsv(text);
			expect(header).toEqual(['actor', 'goal', 'subgoal', 'lang', ...fields, 'url']);
			expect(rows).toHaveLength(json('data/measures.json').length * languages.length);
			for (const row of rows) expect(row).toHaveLength(fields.length + 5);
			for (const row of rows)
				for (const cell of row) expect(cell, 'a formula cell').not.toMatch(/^[=+@\t\r]/);
		});
		const hasIndicators = existsSync(join(plan.content, 'indicators.yaml'));
		it(
			hasIndicators
				? 'indicators.json and .csv follow the contract'
				: 'a plan without indicators publishes no indicator data',
			() => {
				if (!hasIndicators) {
					expect(s.known.has('/data/indicators.json')).toBe(false);
					expect(s.known.has('/data/indicators.csv')).toBe(false);
					return;
				}
				for (const r of json('data/indicators.json')) {
					expect(Object.keys(r)).toEqual(
						expect.arrayContaining([
							'id',
							'title',
							'unit',
							'better',
							'threshold',
							'values',
							'changes',
							'status',
						]),
					);
					for (const c of r.changes)
						expect(Object.keys(c)).toEqual(['year', 'title_before', 'better_before']);
					for (const st of r.status)
						expect(Object.keys(st)).toEqual(
							expect.arrayContaining([
								'group',
								'year',
								'focus',
								'reference',
								'difference',
								'status',
							]),
						);
					expect(s.known.has(`/data/indicators/${r.id}.csv`)).toBe(true);
				}
				const [header] = parseCsv(readFileSync(join(plan.dist, 'data/indicators.csv'), 'utf8'));
				expect(header).toEqual(['indicator', 'group', 'area', 'year', 'value', 'unit', 'question']);
			},
		);
		it('datapackage.json describes every resource it lists, under the plan’s licence, dated from content', () => {
			const pkg = json('data/datapackage.json');
			expect(pkg.profile).toBe('data-package');
			expect(pkg.licenses[0].name).toBe(planYaml.openData.licence.id);
			expect(pkg.created).toBe(planYaml.revised);
			for (const r of pkg.resources) expect(s.known.has(`/data/${r.path}`), r.path).toBe(true);
		});
		const hasCalendar = existsSync(join(plan.content, 'calendar.yaml'));
		it(
			hasCalendar
				? 'the .ics feeds parse, every event with UID, DTSTAMP and all-day dates, no line over 75 octets'
				: 'a plan without a calendar has no calendar page or feed',
			() => {
				const feeds = s.files.filter((f) => f.endsWith('.ics'));
				if (!hasCalendar) return expect(feeds).toEqual([]);
				expect(feeds).toHaveLength(languages.length);
				for (const f of feeds) {
					const text = s.text(f);
					expect(text.endsWith('\r\n')).toBe(true);
					for (const line of text.split('\r\n'))
						expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
					const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
					for (const e of vevents) {
						expect(e.getFirstPropertyValue('uid')).toBeTruthy();
						expect(String(e.getFirstPropertyValue('dtstamp'))).toMatch(/Z$/);
						expect(must(e.getFirstProperty('dtstart'), 'DTSTART').type).toBe('date');
					}
				}
			},
		);
	});
}
