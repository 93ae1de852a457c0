/** One line per build step, with its time and outcome, so a long build shows where it is and where the time went. */
export function stepper(total: number) {
	let n = 0;
	const timings: { name: string; ms: number }[] = [];
	return {
		timings,
		async run(name: string, fn: () => Promise<string>): Promise<void> {
			n++;
			const start = performance.now();
			process.stdout.write(`[${n}/${total}] ${name}…\n`);
			const note = await fn();
			const ms = performance.now() - start;
			timings.push({ name, ms });
			process.stdout.write(
				`[${n}/${total}] ${name}: done in ${(ms / 1000).toFixed(1)} s${note ? ` (${note})` : ''}\n`,
			);
		},
	};
}
