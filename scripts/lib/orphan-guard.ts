/**
 * `node scripts/lib/orphan-guard.ts <pid> <command> [args…]`: runs a command for the build with
 * pid <pid>, and stops it if that build dies. A killed build must not leave an `astro build`
 * running on its own, writing into folders the next build cleans up.
 */
import { spawn } from 'node:child_process';

const [parent, cmd, ...args] = process.argv.slice(2);
const pid = Number(parent);
if (!Number.isInteger(pid) || !cmd) {
	console.error('orphan-guard: expected <pid> <command> [args…]');
	process.exit(2);
}
// Its own process group: npx does not pass signals on to the astro it starts, so the guard stops
// the whole group, or an astro left running would write into folders the next build cleans up.
const child = spawn(cmd, args, { stdio: 'inherit', detached: true });
const stop = (signal: NodeJS.Signals) => {
	try {
		if (child.pid !== undefined) process.kill(-child.pid, signal);
	} catch {
		// The group has already gone.
	}
};
const alive = () => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};
const timer = setInterval(() => {
	if (alive()) return;
	stop('SIGTERM');
	setTimeout(() => stop('SIGKILL'), 2000).unref();
}, 250);
child.on('exit', (code, signal) => {
	clearInterval(timer);
	process.exit(code ?? (signal ? 1 : 0));
});
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => stop(s));
