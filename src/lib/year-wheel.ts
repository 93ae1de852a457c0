/**
 * Geometry of the annual calendar's year wheel: twelve month sectors clockwise from January at the
 * top, an inner ring of the four seasons (meteorological: spring March–May and so on, said in the
 * legend as approximate), and a marker for each item whose timing the source states.
 */
export type WheelTiming =
	| { kind: 'unknown' }
	| { kind: 'season'; season: 'spring' | 'summer' | 'autumn' | 'winter' }
	| { kind: 'month'; month: number }
	| { kind: 'date'; date: string }
	| { kind: 'monthly'; except: readonly number[] };

export type Point = { x: number; y: number };
export const WHEEL = { size: 320, c: 160, outer: 150, monthInner: 122, seasonInner: 92 } as const;

const SEASON_MONTHS = {
	winter: [12, 1, 2],
	spring: [3, 4, 5],
	summer: [6, 7, 8],
	autumn: [9, 10, 11],
} as const;

/** The angle (radians, clockwise from the top) of the middle of month `m` (1–12), or of a fraction of the year. */
export function monthAngle(m: number): number {
	return ((m - 0.5) / 12) * 2 * Math.PI;
}

export function polar(angle: number, r: number): Point {
	const x = WHEEL.c + r * Math.sin(angle);
	const y = WHEEL.c - r * Math.cos(angle);
	return { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
}

/** An SVG path for a ring sector from month `from` (start of) over `span` months, between two radii. */
export function sector(from: number, span: number, rOuter: number, rInner: number): string {
	const a0 = ((from - 1) / 12) * 2 * Math.PI;
	const a1 = ((from - 1 + span) / 12) * 2 * Math.PI;
	const p = [polar(a0, rOuter), polar(a1, rOuter), polar(a1, rInner), polar(a0, rInner)];
	const large = span > 6 ? 1 : 0;
	const [o0, o1, i1, i0] = p;
	if (!o0 || !o1 || !i1 || !i0) throw new Error('sector: expected four corners');
	return `M${o0.x} ${o0.y} A${rOuter} ${rOuter} 0 ${large} 1 ${o1.x} ${o1.y} L${i1.x} ${i1.y} A${rInner} ${rInner} 0 ${large} 0 ${i0.x} ${i0.y} Z`;
}

export function seasonStart(season: keyof typeof SEASON_MONTHS): number {
	return SEASON_MONTHS[season][0];
}

/**
 * Where each timed item's numbered marker goes: a season's items spread along the middle of its
 * arc, a month's items in that month; unknown timings get no marker (the page lists them beside).
 */
export function markers(
	items: readonly { n: number; timing: WheelTiming }[],
): { n: number; at: Point }[] {
	const out: { n: number; at: Point }[] = [];
	const bySlot = new Map<string, number[]>();
	for (const item of items) {
		const t = item.timing;
		const slot =
			t.kind === 'season'
				? `s:${t.season}`
				: t.kind === 'month'
					? `m:${t.month}`
					: t.kind === 'date'
						? `m:${Number(t.date.slice(5, 7))}`
						: undefined;
		if (!slot) continue;
		bySlot.set(slot, [...(bySlot.get(slot) ?? []), item.n]);
	}
	for (const [slot, ns] of bySlot) {
		const [kind, key] = slot.split(':');
		const center =
			kind === 's' && (key === 'winter' || key === 'spring' || key === 'summer' || key === 'autumn')
				? seasonStart(key) + 1.5 - 1
				: Number(key) - 0.5;
		ns.forEach((n, i) => {
			const spread = (i - (ns.length - 1) / 2) * 0.9;
			const angle = ((center + spread) / 12) * 2 * Math.PI;
			out.push({ n, at: polar(angle, WHEEL.seasonInner - 30) });
		});
	}
	return out.sort((a, b) => a.n - b.n);
}
