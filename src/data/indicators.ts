import { getContent } from './content.ts';
import { indicatorStatus, type StatusEntry } from '../lib/indicator-status.ts';
import type { Indicator, IndicatorsFile } from '../schemas/indicators.ts';
import type { IndicatorShape } from '../schemas/plan.ts';
import type { LocalizedText } from '../lib/localized.ts';

export type { Indicator, IndicatorsFile, StatusEntry };

/** The indicator section, or undefined when the plan has none. */
export async function getIndicatorSection(): Promise<
	{ file: IndicatorsFile; shape: IndicatorShape } | undefined
> {
	const c = await getContent();
	return c.indicators && c.plan.indicators
		? { file: c.indicators, shape: c.plan.indicators }
		: undefined;
}

export async function getIndicators(): Promise<Indicator[]> {
	return (await getIndicatorSection())?.file.indicators ?? [];
}

export async function getIndicator(id: number): Promise<Indicator> {
	const all = await getIndicators();
	const found = all.find((i) => i.id === id);
	if (!found)
		throw new Error(
			`getIndicator: received ${id}, expected one of ${all.map((i) => i.id).join(', ')}`,
		);
	return found;
}

/** The shape of plan.yaml's indicator section; throws when the plan has none. */
export async function getIndicatorShape(): Promise<IndicatorShape> {
	const shape = (await getContent()).plan.indicators;
	if (!shape)
		throw new Error(
			'getIndicatorShape: received a plan without indicators, expected plan.yaml to declare them',
		);
	return shape;
}

/** Helpers bound to the plan's indicator shape. */
export function indicatorHelpers(shape: IndicatorShape) {
	const label = (
		list: readonly { id: string; label: LocalizedText }[],
		id: string,
		what: string,
	): LocalizedText => {
		const found = list.find((x) => x.id === id);
		if (!found)
			throw new Error(
				`${what}: received "${id}", expected one of ${list.map((x) => x.id).join(', ')}`,
			);
		return found.label;
	};
	const unit = (id: string) => {
		const found = shape.units.find((u) => u.id === id);
		if (!found)
			throw new Error(
				`unit: received "${id}", expected one of ${shape.units.map((u) => u.id).join(', ')}`,
			);
		return found;
	};
	return {
		areaLabel: (id: string) => label(shape.areas, id, 'areaLabel'),
		groupLabel: (id: string) => label(shape.groups, id, 'groupLabel'),
		unit,
		isPercent: (ind: Indicator) => unit(ind.unit).kind === 'percent',
		threshold: (ind: Indicator) => ind.threshold ?? shape.threshold,
		status: (ind: Indicator): StatusEntry[] =>
			indicatorStatus(
				{
					percent: unit(ind.unit).kind === 'percent',
					better: ind.better,
					threshold: ind.threshold ?? shape.threshold,
					values: ind.values,
					changes: ind.changes,
					pairs: ind.pairs,
				},
				shape.focus,
				shape.reference,
			),
		areaOrder: shape.areas.map((a) => a.id),
		groupOrder: shape.groups.map((g) => g.id),
	};
}

/** Categories in the order the source's explanations list them, each with its indicators. */
export function byCategory(
	indicators: readonly Indicator[],
): { category: LocalizedText; indicators: Indicator[] }[] {
	const out: { category: LocalizedText; indicators: Indicator[] }[] = [];
	for (const ind of indicators) {
		const key = JSON.stringify(ind.category);
		const group = out.find((g) => JSON.stringify(g.category) === key);
		if (group) group.indicators.push(ind);
		else out.push({ category: ind.category, indicators: [ind] });
	}
	return out;
}
