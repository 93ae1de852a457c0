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
import type { ChartData } from '../lib/indicator-series.ts';

// The legend is HTML beside the canvas (readable, zoomable, translatable), so chart.js's Legend plugin is not loaded.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export function drawLineChart(canvas: HTMLCanvasElement, data: ChartData, locale: string): Chart {
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const styles = getComputedStyle(canvas);
	const ink = styles.getPropertyValue('--fg').trim() || '#1b1b1b';
	const palette = [1, 2, 3, 4].map((n) => styles.getPropertyValue(`--chart-${n}`).trim() || ink);
	const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	const fmt = (v: number) => (data.unit === '%' ? `${num.format(v)}\u00a0%` : num.format(v));
	return new Chart(canvas, {
		type: 'line',
		data: {
			labels: data.years.map(String),
			datasets: data.series.map((s) => {
				const colour = palette[s.colour % palette.length]!;
				return {
					label: s.label,
					data: s.data,
					borderColor: colour,
					backgroundColor: colour,
					borderDash: s.dashed ? [6, 4] : [],
					borderWidth: 2.5,
					pointStyle: s.point as 'circle',
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
				y: {
					ticks: { color: ink, callback: (v) => fmt(Number(v)) },
					beginAtZero: data.unit === '%',
				},
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: { label: (ctx) => `${ctx.dataset.label}: ${fmt(Number(ctx.parsed.y))}` },
				},
			},
		},
	});
}
