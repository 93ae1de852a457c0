/**
 * The ranking table of the Kymenlaakso edition: queries residents type, and the pages that must be
 * among the first three results. Checked in Chromium through the search page itself
 * (tests/browser/search.test.ts), so the ranking the page configures is the one tested.
 * `measures`: how many of the first three must be measure permalinks.
 */
export type RankingRow = { lang: string; query: string; top3: string[]; measures?: number };

export const RANKING: RankingRow[] = [
	// A service named in many actors' measures: its measures come first, with the glossary entry.
	{ lang: 'fi', query: 'Ohjaamo', top3: ['/fi/sanasto/'], measures: 2 },
	{ lang: 'sv', query: 'Navigatorn', top3: ['/sv/ordlista/'], measures: 2 },
	// An actor's name, in its base and inflected forms: that actor's page.
	{ lang: 'fi', query: 'Kotka', top3: ['/fi/toimijat/kotka/'] },
	{ lang: 'fi', query: 'Kotkan', top3: ['/fi/toimijat/kotka/'] },
	{ lang: 'fi', query: 'Hamina', top3: ['/fi/toimijat/hamina/'] },
	{ lang: 'fi', query: 'Pyhtää', top3: ['/fi/toimijat/pyhtaa/'] },
	{ lang: 'fi', query: 'MLL', top3: ['/fi/toimijat/mll/'] },
	{ lang: 'fi', query: 'seurakunnat', top3: ['/fi/toimijat/seurakunnat/'] },
	{ lang: 'sv', query: 'Kotka', top3: ['/sv/aktorer/kotka/'] },
	{ lang: 'sv', query: 'Fredrikshamn', top3: ['/sv/aktorer/hamina/'] },
	{ lang: 'sv', query: 'Pyttis', top3: ['/sv/aktorer/pyhtaa/'] },
	{ lang: 'sv', query: 'polisen', top3: ['/sv/aktorer/poliisi/'] },
	// An indicator's title: that indicator.
	{ lang: 'fi', query: 'Nuorisotyöttömät', top3: ['/fi/indikaattorit/4/'] },
	{ lang: 'fi', query: 'Synnyttäneisyys', top3: ['/fi/indikaattorit/2/'] },
	{ lang: 'sv', query: 'Arbetslösa unga', top3: ['/sv/indikatorer/4/'] },
	{ lang: 'sv', query: 'Förlossningsfrekvens', top3: ['/sv/indikatorer/2/'] },
	// A glossary term, also inflected: the glossary.
	{ lang: 'fi', query: 'ankkuritoiminta', top3: ['/fi/sanasto/'] },
	{ lang: 'fi', query: 'perhekeskuksen', top3: ['/fi/sanasto/'] },
	{ lang: 'fi', query: 'opiskeluhuolto', top3: ['/fi/sanasto/'] },
	{ lang: 'sv', query: 'ankarverksamhet', top3: ['/sv/ordlista/'] },
	{ lang: 'sv', query: 'elevhälsa', top3: ['/sv/ordlista/'] },
	{ lang: 'sv', query: 'familjecentret', top3: ['/sv/ordlista/'] },
	// The annual calendar by its name.
	{ lang: 'fi', query: 'vuosikello', top3: ['/fi/vuosikello/'] },
	{ lang: 'sv', query: 'årsklocka', top3: ['/sv/arsklocka/'] },
];
