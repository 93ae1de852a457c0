import type { StatusEntry } from './indicator-status.ts';

/**
 * The words of one status comparison: both values with their years, the plain difference
 * "focus − reference" (the reader's own arithmetic), and the verdict. The verdict comes from the
 * rule (signed by `better`), so the sign of the difference never has to be read as good or bad.
 */
export function comparisonParts(
	e: StatusEntry,
	fmt: { value: (v: number) => string; signed: (v: number) => string },
): { focus: string; reference: string; gap: string } {
	return { focus: fmt.value(e.focus), reference: fmt.value(e.reference), gap: fmt.signed(e.gap) };
}
