import { existsSync } from 'node:fs';

/** Where to look for a Chromium or Chrome, in order, after the environment variables. */
export const CANDIDATE_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The launch flags that work on a locked-down machine with no network (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** The browser to drive: $CHROMIUM_PATH, then $CHROME_PATH, then the usual system paths. */
export function findChromium(
	env: NodeJS.ProcessEnv = process.env,
	exists: (p: string) => boolean = existsSync,
): string {
	for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
		const value = env[name];
		if (value) {
			if (!exists(value)) throw new Error(`${name} is set to "${value}", but no file is there`);
			return value;
		}
	}
	const found = CANDIDATE_PATHS.find((p) => exists(p));
	if (!found)
		throw new Error(
			`No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary. Looked in: ${CANDIDATE_PATHS.join(', ')}`,
		);
	return found;
}
