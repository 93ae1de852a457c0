import type { AllowedComponents } from '../lib/mdx-safety.ts';

/**
 * The components a chapter or page may use, with the attributes each takes. The chapter view
 * passes exactly these to the MDX content, so no import is ever needed (or allowed).
 */
export const MDX_COMPONENTS: AllowedComponents = {
	/** A quotation, attributed as the source attributes it: <Quote by="ÄITI">…</Quote>. */
	Quote: ['by'],
	/** An indicator's values as a table of areas × (group, year): <AreaTable indicator="1" />. */
	AreaTable: ['indicator'],
};
