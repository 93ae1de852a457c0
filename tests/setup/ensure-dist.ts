import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Build-output and browser tests read dist/. Build it once if a fresh checkout has none. */
export default function ensureDist(): void {
	if (existsSync('dist/fi/index.html')) return;
	console.log('dist/ is missing: running `npm run build` before the build-output tests.');
	execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
