/** Where the build's search step writes Pagefind's bundle (scripts/lib/search-index.ts), as a URL. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';
