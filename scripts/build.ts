/**
 * `npm run build [-- --content <dir>] [--out <dir>]`: the whole site of one plan. Builds a new
 * release folder and switches <out> (default dist/) to it only when every step succeeded, so a
 * content error, a crash or a kill leaves the previous site exactly as it was, at every instant.
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from './lib/args.ts';
import { buildSteps, cleanLeftovers, createContext } from './lib/build-steps.ts';
import { acquireBuildLock } from './lib/lock.ts';
import { stepper } from './lib/progress.ts';
import { children } from './lib/run.ts';
import { inputHash, writeStamp } from './lib/input-hash.ts';

const args = parseArgs(process.argv.slice(2));
const ctx = createContext(args);
let release: (() => void) | undefined;

const fail = async (message: string, code = 1) => {
	for (const child of children) child.kill('SIGTERM');
	console.error(`\nBuild failed: ${message}`);
	console.error(`The previous ${args.outLabel}/ (if any) was left untouched.`);
	if (ctx.release) await rm(ctx.release, { recursive: true, force: true });
	await rm(ctx.work, { recursive: true, force: true });
	release?.();
	process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
	process.on(signal, () => void fail(`stopped by ${signal}`, 130));

try {
	release = acquireBuildLock(args.out);
	await cleanLeftovers();
} catch (err) {
	console.error(`Build not started: ${err instanceof Error ? err.message : String(err)}`);
	process.exit(1);
}
// What this build reads, hashed before it starts: the test setup takes a site whose recorded hash
// still matches its inputs as up to date, so CI's `npm run build` is not repeated by `npm test`.
const inputs = inputHash(args.content);
const steps = buildSteps(ctx);
const progress = stepper(steps.length);
const start = performance.now();
try {
	for (const step of steps) await progress.run(step.name, step.run);
} catch (err) {
	await fail(err instanceof Error ? err.message : String(err));
}
writeStamp(args.out, inputs);
release?.();
console.log(
	`Build finished in ${((performance.now() - start) / 1000).toFixed(1)} s → ${args.outLabel}/`,
);
