import { getCollection } from 'astro:content';
import { actorIds, type Actor, type ActorId } from '../schemas/actors.ts';

/** The 11 actors in the plan's order. */
export async function getActors(): Promise<Actor[]> {
	const entries = await getCollection('actors');
	const byId = new Map(entries.map((e) => [e.id, e.data]));
	return actorIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export async function getActor(id: string): Promise<Actor> {
	const actor = (await getActors()).find((a) => a.id === id);
	if (!actor) throw new Error(`getActor: received "${id}", expected one of ${actorIds.join(', ')}`);
	return actor;
}

export type { Actor, ActorId };
