import { getContent } from './content.ts';
import type { Goal, Subgoal } from '../schemas/goals.ts';
import type { LocalizedText } from '../lib/localized.ts';

export type { Goal, Subgoal };

/**
 * A lowest-level goal: what one measure row answers. A sub-goal, or a main goal without sub-goals.
 * `label` is how pages name it ("2-3", "4"); `goal` is its main goal's number.
 */
export type Leaf = {
	id: string;
	goal: number;
	title: LocalizedText;
	description?: LocalizedText;
	easeImpact?: LocalizedText;
	indicators: number[];
	indicatorsUncertain: boolean;
	/** True for a sub-goal, false for a main goal without sub-goals. */
	isSubgoal: boolean;
};

export async function getGoals(): Promise<Goal[]> {
	return (await getContent()).goals;
}

export async function getGoal(goal: number): Promise<Goal> {
	const goals = await getGoals();
	const found = goals.find((g) => g.goal === goal);
	if (!found)
		throw new Error(
			`getGoal: received ${goal}, expected one of ${goals.map((g) => g.goal).join(', ')}`,
		);
	return found;
}

export function leavesOf(goals: readonly Goal[]): Leaf[] {
	return goals.flatMap((g): Leaf[] =>
		g.subgoals.length > 0
			? g.subgoals.map((s) => ({
					id: s.id,
					goal: g.goal,
					title: s.title,
					...(s.description ? { description: s.description } : {}),
					...(s.easeImpact ? { easeImpact: s.easeImpact } : {}),
					indicators: s.indicators,
					indicatorsUncertain: s.indicatorsUncertain,
					isSubgoal: true,
				}))
			: [
					{
						id: String(g.goal),
						goal: g.goal,
						title: g.title,
						indicators: g.indicators,
						indicatorsUncertain: false,
						isSubgoal: false,
					},
				],
	);
}

/** Every lowest-level goal in plan order. */
export async function getLeaves(): Promise<Leaf[]> {
	return leavesOf(await getGoals());
}

export async function getLeaf(id: string): Promise<Leaf> {
	const leaves = await getLeaves();
	const found = leaves.find((l) => l.id === id);
	if (!found)
		throw new Error(
			`getLeaf: received "${id}", expected one of ${leaves.map((l) => l.id).join(', ')}`,
		);
	return found;
}
