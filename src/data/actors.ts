import { getContent } from './content.ts';
import type { Actor } from '../schemas/actors.ts';

export type { Actor };

/** The actors in the plan's order. */
export async function getActors(): Promise<Actor[]> {
	return (await getContent()).actors;
}

export async function getActor(id: string): Promise<Actor> {
	const actors = await getActors();
	const actor = actors.find((a) => a.id === id);
	if (!actor)
		throw new Error(
			`getActor: received "${id}", expected one of ${actors.map((a) => a.id).join(', ')}`,
		);
	return actor;
}
