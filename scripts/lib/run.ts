import { spawn } from 'node:child_process';

/** Runs a command with inherited output; rejects with the command and exit code if it fails. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`${cmd} ${args.join(' ')} exited with code ${code}`)),
		);
	});
}
