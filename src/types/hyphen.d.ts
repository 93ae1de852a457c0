/** The hyphen package's per-language pattern modules (CommonJS, no types of their own). */
declare module 'hyphen/*/index.js' {
	const patterns: {
		hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
	};
	export default patterns;
}
