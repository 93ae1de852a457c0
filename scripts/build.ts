/**
 * `npm run build`: the whole dist/. Builds into .build/dist and swaps it in only when every step
 * succeeded, so a content error or a crash leaves the previous dist/ exactly as it was.
 */
import { buildSteps, TARGET } from './lib/build-steps.ts';
import { stepper } from './lib/progress.ts';

const steps = stepper(buildSteps.length);
const start = performance.now();
try {
	for (const step of buildSteps) await steps.run(step.name, step.run);
} catch (err) {
	console.error(`\nBuild failed: ${err instanceof Error ? err.message : String(err)}`);
	console.error(`The previous ${TARGET}/ (if any) was left untouched.`);
	process.exit(1);
}
console.log(`Build finished in ${((performance.now() - start) / 1000).toFixed(1)} s → ${TARGET}/`);
