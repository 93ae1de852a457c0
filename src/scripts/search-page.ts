/**
 * The search page's enhancement: the form drives Pagefind's Component UI, and the URL follows the
 * form (?q=…&type=…&actor=…&goal=…), so a search can be shared and reloaded. Nothing of Pagefind
 * loads until the input is focused or the URL already has a query; on focus the UI and the engine
 * load, so the first query itself only fetches the index chunks and results it needs.
 */

/** The part of Pagefind's Component UI instance this page uses. */
type Instance = {
	setTranslations(strings: Record<string, string>): void;
	triggerLoad(): Promise<void>;
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
};
type Components = {
	configureInstance(name: string, options: Record<string, unknown>): Instance;
};

/**
 * Pagefind's ranking, tuned by the committed ranking table (tests/search-ranking.ts): `names` is
 * the metadata of a page about a thing (an actor's page, the glossary), weighted above titles so
 * that "Kotka" finds Kotka's page first, before the 17 measure pages whose titles begin "Kotka:".
 * Title keeps Pagefind's default boost.
 */
const RANKING = { metaWeights: { title: 5, names: 10 } };

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Calls `name` on `target` with `args`; throws if the bundle has no such method. */
function method(target: object, name: string): (...args: unknown[]) => unknown {
	const fn: unknown = Reflect.get(target, name);
	if (typeof fn !== 'function')
		throw new Error(
			`search: received a Pagefind instance without ${name}(), expected Pagefind 1.5+ Component UI`,
		);
	return (...args) => Reflect.apply(fn, target, args);
}

function instanceOf(value: unknown): Instance {
	if (!isObject(value))
		throw new Error('search: received no Pagefind instance, expected one from configureInstance()');
	const setTranslations = method(value, 'setTranslations');
	const triggerLoad = method(value, 'triggerLoad');
	const triggerSearchWithFilters = method(value, 'triggerSearchWithFilters');
	return {
		setTranslations: (strings) => void setTranslations(strings),
		triggerLoad: async () => void (await triggerLoad()),
		triggerSearchWithFilters: (term, filters) => void triggerSearchWithFilters(term, filters),
	};
}

function componentsOf(value: unknown): Components {
	if (!isObject(value))
		throw new Error(
			'search: received no PagefindComponents from the bundle, expected Pagefind 1.5+ Component UI',
		);
	const configure = method(value, 'configureInstance');
	return { configureInstance: (name, options) => instanceOf(configure(name, options)) };
}

function stringsOf(json: string | undefined): Record<string, string> {
	const value: unknown = JSON.parse(json ?? '{}');
	const out: Record<string, string> = {};
	if (typeof value === 'object' && value !== null)
		for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
	return out;
}

/** Loads a module by a script element: a dynamic import() would pull in the bundler's preload helper. */
function loadModule(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		script.addEventListener('load', () => resolve());
		script.addEventListener('error', () =>
			reject(new Error(`search: received an error loading ${src}, expected the search bundle`)),
		);
		document.head.append(script);
	});
}

export function startSearchPage(): void {
	const root = document.querySelector<HTMLElement>('[data-search]');
	const form = root?.querySelector('form');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	if (!root || !form || !input) return;
	const selects = [...form.querySelectorAll('select')];
	const bundle = root.dataset.bundle ?? '/pagefind/';

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const s of selects) {
		const v = params.get(s.name);
		if (v && [...s.options].some((o) => o.value === v)) s.value = v;
	}

	let loading: Promise<Instance> | undefined;
	const load = () =>
		(loading ??= (async () => {
			await loadModule(`${bundle}pagefind-component-ui.js`);
			// Applied before the first search, which is when the instance loads Pagefind.
			const instance = componentsOf(Reflect.get(window, 'PagefindComponents')).configureInstance(
				'default',
				{ ranking: RANKING },
			);
			instance.setTranslations(stringsOf(root.dataset.strings));
			// The engine and the language's index start loading while the reader types.
			void instance.triggerLoad();
			return instance;
		})());

	const search = async () => {
		const term = input.value.trim();
		const filters: Record<string, string[]> = {};
		const next = new URLSearchParams();
		if (term) next.set('q', term);
		for (const s of selects)
			if (s.value) {
				filters[s.name] = [s.value];
				next.set(s.name, s.value);
			}
		const query = next.toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
		root.classList.toggle('search--active', term !== '');
		(await load()).triggerSearchWithFilters(term, filters);
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('focus', () => void load(), { once: true });
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void search(), 300);
	});
	for (const s of selects) s.addEventListener('change', () => void search());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void search();
	});
	if (input.value.trim()) void search();
}
