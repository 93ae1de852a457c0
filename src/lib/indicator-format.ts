/** Numbers as the plan prints them: a decimal comma, a no-break space before %, printed decimals kept. */
export function formatNumber(value: number, intl: string, decimals?: number): string {
	const opts: Intl.NumberFormatOptions =
		decimals === undefined
			? { maximumFractionDigits: 1 }
			: { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
	// U+2212 for negatives would be nicer typography, but screen readers read "-" reliably.
	return new Intl.NumberFormat(intl, { ...opts, useGrouping: true })
		.format(value)
		.replace(/\u2212/g, '-');
}

/** "65 %", "6,0 %", "4 989": `percent` decides the sign. */
export function formatValue(
	value: number,
	percent: boolean,
	intl: string,
	decimals?: number,
): string {
	const n = formatNumber(value, intl, decimals);
	return percent ? `${n}\u00a0%` : n;
}

/** A signed difference in percentage points: "+1,5", "−2", "0". */
export function formatSigned(value: number, intl: string): string {
	return new Intl.NumberFormat(intl, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
		.format(value)
		.replace(/\u2212/g, '−');
}

/** A signed change in per cent with the printed decimals: "−21 %", "−16,3 %". */
export function formatChange(value: number, intl: string, decimals?: number): string {
	const digits = decimals ?? (Number.isInteger(value) ? 0 : 1);
	const n = new Intl.NumberFormat(intl, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		signDisplay: 'exceptZero',
	}).format(value);
	return `${n.replace(/\u2212/g, '−')}\u00a0%`;
}
