import { getCollection } from 'astro:content';
import { actorIds } from '../schemas/actors.ts';
import { rowTexts, type Row } from '../lib/measures.ts';

export type ActorRow = Row & { actor: string };

/** Every measure row of every actor, actors in plan order, rows in sub-goal order. */
export async function getAllMeasureRows(): Promise<ActorRow[]> {
	const files = await getCollection('measures');
	const order = (id: string) => (actorIds as readonly string[]).indexOf(id);
	return files
		.sort((a, b) => order(a.id) - order(b.id))
		.flatMap((f) => f.data.rows.map((r) => ({ ...(r as Row), actor: f.data.actor })));
}

export async function getActorRows(actor: string): Promise<ActorRow[]> {
	return (await getAllMeasureRows()).filter((r) => r.actor === actor);
}

export async function getMeasureRow(actor: string, subgoal: string): Promise<ActorRow> {
	const row = (await getAllMeasureRows()).find((r) => r.actor === actor && r.subgoal === subgoal);
	if (!row) throw new Error(`getMeasureRow: no row for actor "${actor}", sub-goal "${subgoal}"`);
	return row;
}

export const cellTexts = rowTexts;
