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
const child = spawn(cmd, args, { stdio: 'inherit' });
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
	child.kill('SIGTERM');
	setTimeout(() => child.kill('SIGKILL'), 2000).unref();
}, 250);
child.on('exit', (code, signal) => {
	clearInterval(timer);
	process.exit(code ?? (signal ? 1 : 0));
});
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => child.kill(s));
