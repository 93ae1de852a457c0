// Loaded on demand by <line-chart> when a chart scrolls into view: only the chart.js parts a line chart needs.
import {
	Chart,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Tooltip,
} from 'chart.js';

// The key is HTML beside the canvases (readable, zoomable, translatable), so the Legend plugin is not loaded.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

type Line = { label: string; dashed: boolean; beforeChange: boolean; data: (number | null)[] };
type Data = { years: number[]; lines: Line[]; percent: boolean };

/** Reads the chart data the page embedded; anything else draws nothing rather than a wrong chart. */
function parse(json: string): Data | undefined {
	const value: unknown = JSON.parse(json);
	if (typeof value !== 'object' || value === null) return undefined;
	if (
		!('years' in value) ||
		!('lines' in value) ||
		!Array.isArray(value.years) ||
		!Array.isArray(value.lines)
	)
		return undefined;
	const percent = 'percent' in value && value.percent === true;
	const years = value.years.filter((y): y is number => typeof y === 'number');
	const lines = value.lines.flatMap((l: unknown): Line[] => {
		if (
			typeof l !== 'object' ||
			l === null ||
			!('label' in l) ||
			!('data' in l) ||
			!Array.isArray(l.data)
		)
			return [];
		return [
			{
				label: String(l.label),
				dashed: 'dashed' in l && l.dashed === true,
				beforeChange: 'beforeChange' in l && l.beforeChange === true,
				data: l.data.map((d: unknown) => (typeof d === 'number' ? d : null)),
			},
		];
	});
	return { years, lines, percent };
}

export function drawLineChart(
	canvas: HTMLCanvasElement,
	json: string,
	locale: string,
): Chart | undefined {
	const data = parse(json);
	if (!data) return undefined;
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const styles = getComputedStyle(canvas);
	const ink = styles.getPropertyValue('--fg').trim() || '#1b1b1b';
	const focus = styles.getPropertyValue('--chart-1').trim() || ink;
	const reference = styles.getPropertyValue('--chart-2').trim() || ink;
	const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	const fmt = (v: number) => (data.percent ? `${num.format(v)}\u00a0%` : num.format(v));
	return new Chart(canvas, {
		type: 'line',
		data: {
			labels: data.years.map(String),
			datasets: data.lines.map((l) => {
				const colour = l.dashed ? reference : focus;
				return {
					label: l.label,
					data: l.data,
					borderColor: colour,
					backgroundColor: colour,
					borderDash: l.dashed ? [6, 4] : [],
					borderWidth: 2.5,
					pointStyle: l.beforeChange
						? ('crossRot' as const)
						: l.dashed
							? ('rect' as const)
							: ('circle' as const),
					pointRadius: 5,
					spanGaps: true,
				};
			}),
		},
		options: {
			animation: reduced ? false : undefined,
			responsive: true,
			maintainAspectRatio: false,
			locale,
			scales: {
				x: { ticks: { color: ink } },
				y: { ticks: { color: ink, callback: (v) => fmt(Number(v)) }, beginAtZero: data.percent },
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${fmt(Number(ctx.parsed.y))}` },
				},
			},
		},
	});
}
