import { spawn, type ChildProcess } from 'node:child_process';

/** Children still running, so a stopped build can stop them too. */
export const children = new Set<ChildProcess>();

/**
 * Runs a command; rejects with the command and exit code if it fails. `rewrite` changes what it
 * prints (paths of the content snapshot become the editor's folder name).
 */
export function run(
	cmd: string,
	args: string[],
	opts: { env?: Record<string, string>; rewrite?: (text: string) => string } = {},
): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			stdio: opts.rewrite ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: { ...process.env, ...opts.env },
		});
		children.add(child);
		if (opts.rewrite) {
			const rw = opts.rewrite;
			child.stdout?.on('data', (d: Buffer) => process.stdout.write(rw(d.toString())));
			child.stderr?.on('data', (d: Buffer) => process.stderr.write(rw(d.toString())));
		}
		child.on('error', (err) => {
			children.delete(child);
			reject(err);
		});
		child.on('exit', (code, signal) => {
			children.delete(child);
			if (code === 0) resolve();
			else
				reject(
					new Error(
						`${cmd} ${args.join(' ')} ${signal ? `was stopped (${signal})` : `exited with code ${code}`}`,
					),
				);
		});
	});
}
