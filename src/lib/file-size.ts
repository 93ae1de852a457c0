/**
 * A file's size as a reader expects it beside a link: "1,2 Mt" in Finnish, "1,2 MB" in Swedish.
 * One decimal under 10 units, none above; the unit words come from the UI locale.
 */
export type SizeUnits = { kilobytes: string; megabytes: string };

export function formatFileSize(bytes: number, intl: string, units: SizeUnits): string {
	if (!Number.isFinite(bytes) || bytes < 0)
		throw new Error(`formatFileSize: received ${bytes}, expected a size in bytes`);
	const mb = bytes / (1024 * 1024);
	const [value, template] =
		mb >= 1 ? [mb, units.megabytes] : [Math.max(bytes / 1024, 1), units.kilobytes];
	const n = new Intl.NumberFormat(intl, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(
		value,
	);
	return template.replace('{n}', n);
}
