import type { Translate } from './t.ts';

/**
 * The strings Pagefind's Component UI shows or announces, in our own words: its built-in ones
 * differ from the site's (the Swedish label "Sök på denna sida" is wrong here, the site is
 * searched). Keys are Pagefind's; [SEARCH_TERM] and [COUNT] are its placeholders.
 */
export function pagefindStrings(t: Translate): Record<string, string> {
	return {
		placeholder: '',
		search_label: t('search.label'),
		clear_search: t('search.pf.clear_search'),
		searching: t('search.pf.searching'),
		zero_results: t('search.pf.zero_results'),
		one_result: t('search.pf.one_result'),
		many_results: t('search.pf.many_results'),
		alt_search: t('search.pf.alt_search'),
		search_suggestion: t('search.pf.search_suggestion'),
		results_label: t('search.pf.results_label'),
		error_search: t('search.pf.error_search'),
		load_more: t('search.pf.load_more'),
		loading: t('search.pf.loading'),
		filters_label: t('search.filters'),
	};
}
