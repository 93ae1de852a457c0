import { getCollection } from 'astro:content';
import type { Goal, Subgoal } from '../schemas/goals.ts';

/** The three main goals, in order, each with its sub-goals. */
export async function getGoals(): Promise<Goal[]> {
	const entries = await getCollection('goals');
	return entries.map((e) => e.data).sort((a, b) => a.goal - b.goal);
}

export async function getGoal(goal: number): Promise<Goal> {
	const found = (await getGoals()).find((g) => g.goal === goal);
	if (!found) throw new Error(`getGoal: received ${goal}, expected 1, 2 or 3`);
	return found;
}

/** Every sub-goal in plan order, with its main goal. */
export async function getSubgoals(): Promise<(Subgoal & { goal: number })[]> {
	return (await getGoals()).flatMap((g) => g.subgoals.map((s) => ({ ...s, goal: g.goal })));
}

export async function getSubgoal(id: string): Promise<Subgoal & { goal: number }> {
	const found = (await getSubgoals()).find((s) => s.id === id);
	if (!found) throw new Error(`getSubgoal: received "${id}", expected a sub-goal id such as "1-4"`);
	return found;
}

export type { Goal, Subgoal };
