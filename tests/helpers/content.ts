import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every { fi, sv } pair of a content root's YAML files (slugs aside: they are not translations). */
export function localizedPairs(root = 'content'): { fi: string; sv: string; file: string }[] {
	const out: { fi: string; sv: string; file: string }[] = [];
	const walk = (v: unknown, file: string, key = ''): void => {
		if (Array.isArray(v)) v.forEach((x) => walk(x, file));
		else if (v && typeof v === 'object') {
			const o: Record<string, unknown> = { ...v };
			if (key !== 'slug' && typeof o.fi === 'string' && typeof o.sv === 'string')
				out.push({ fi: o.fi, sv: o.sv, file });
			for (const [k, x] of Object.entries(o)) walk(x, file, k);
		}
	};
	const files = [
		'plan.yaml',
		'goals.yaml',
		'actors.yaml',
		'indicators.yaml',
		'calendar.yaml',
		'glossary.yaml',
		...readdirSync(join(root, 'measures')).map((f) => `measures/${f}`),
	];
	for (const f of files) walk(parse(readFileSync(join(root, f), 'utf8')), f);
	return out;
}
