import { getContent } from './content.ts';
import type { Row } from '../lib/measures.ts';

export type ActorRow = Row & { actor: string };

/** Every measure row, actors in the plan's order, rows in goal order. */
export async function getAllRows(): Promise<ActorRow[]> {
	const { actors, measures } = await getContent();
	return actors.flatMap(
		(a) => measures.find((m) => m.actor === a.id)?.rows.map((r) => ({ ...r, actor: a.id })) ?? [],
	);
}

export async function getActorRows(actor: string): Promise<ActorRow[]> {
	return (await getAllRows()).filter((r) => r.actor === actor);
}

export async function getRow(actor: string, goal: string): Promise<ActorRow> {
	const row = (await getAllRows()).find((r) => r.actor === actor && r.goal === goal);
	if (!row)
		throw new Error(
			`getRow: received actor "${actor}" and goal "${goal}", expected a row of content/measures/${actor}.yaml`,
		);
	return row;
}

/** The measure fields of plan.yaml, in order. */
export async function getFields() {
	return (await getContent()).plan.measureFields;
}
