/**
 * A topic's articles over time as a PNG: a stacked bar chart, one colour an
 * outlet for the few that published most and one for the others, drawn by
 * Chart.js on @napi-rs/canvas (a prebuilt Skia binding: no system cairo).
 * Both are loaded at the first chart, not at start: a bot that never draws
 * one does not carry them (some 30 MB).
 */
import { createRequire } from 'node:module';
import type * as NapiCanvas from '@napi-rs/canvas';
import type * as ChartJs from 'chart.js';
import type { TopicCoverage } from '../answer/types.js';

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 400;
/** Outlets drawn apart; the rest are one series, "others". */
const TOP_OUTLETS = 5;
/** Colour-blind-safe (Okabe–Ito), then a grey for the others. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const OTHERS_COLOUR = '#999999';
/** Fonts tried in order: DejaVu is what Debian's fonts-dejavu-core installs (see the Dockerfile). */
const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const TITLE_TOPIC_CHARS = 60;
const BUCKET_NAMES: Record<TopicCoverage['timeline']['bucket'], string> = { day: 'Day', week: 'Week (from Monday)', month: 'Month', year: 'Year' };

const load = createRequire(import.meta.url);

interface Libraries {
  createCanvas: typeof NapiCanvas.createCanvas;
  Chart: typeof ChartJs.Chart;
}

let libraries: Libraries | undefined;

/** Chart.js with only what a bar chart needs, and the canvas; loaded once. */
function loaded(): Libraries {
  if (libraries) return libraries;
  const canvas = load('@napi-rs/canvas') as typeof NapiCanvas;
  const chart = load('chart.js') as typeof ChartJs;
  chart.Chart.register(chart.BarController, chart.BarElement, chart.CategoryScale, chart.LinearScale, chart.Legend, chart.Title, chart.SubTitle);
  return (libraries = { createCanvas: canvas.createCanvas, Chart: chart.Chart });
}

export interface ChartSeries {
  label: string;
  counts: number[];
  /** The outlets not drawn apart, together. */
  others: boolean;
}

/** The series drawn: the outlets with most articles in the chart, each apart, then the rest as "others". */
export function chartSeries(timeline: TopicCoverage['timeline']): ChartSeries[] {
  const totals = new Map<string, number>();
  for (const period of timeline.periods) for (const [outlet, count] of Object.entries(period.byOutlet)) totals.set(outlet, (totals.get(outlet) ?? 0) + count);
  const ranked = [...totals].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([outlet]) => outlet);
  // Five outlets and one "others" of a single outlet would hide a name for nothing: then six apart.
  const apart = ranked.length <= TOP_OUTLETS + 1 ? ranked : ranked.slice(0, TOP_OUTLETS);
  const series: ChartSeries[] = apart.map((outlet) => ({ label: outlet, counts: timeline.periods.map((p) => p.byOutlet[outlet] ?? 0), others: false }));
  if (apart.length < ranked.length) {
    const kept = new Set(apart);
    series.push({ label: `${ranked.length - apart.length} other outlets`, counts: timeline.periods.map((p) => Object.entries(p.byOutlet).reduce((sum, [outlet, count]) => sum + (kept.has(outlet) ? 0 : count), 0)), others: true });
  }
  return series;
}

function titleOf(coverage: TopicCoverage): string {
  const topic = coverage.topic.length > TITLE_TOPIC_CHARS ? `${coverage.topic.slice(0, TITLE_TOPIC_CHARS - 1)}…` : coverage.topic;
  return `Articles on “${topic}” over time`;
}

function subtitleOf(coverage: TopicCoverage): string {
  const periods = coverage.timeline.periods;
  const span = periods.length > 0 ? `${periods[0]?.start} to ${periods[periods.length - 1]?.start}` : '';
  const undated = coverage.timeline.undated > 0 ? ` · ${coverage.timeline.undated} undated not shown` : '';
  return `Each outlet's articles (a story it saved twice once) · ${span}${undated}`;
}

/** Paints the canvas white before the chart: a PNG is transparent otherwise, and unreadable on a dark Discord theme. */
const WHITE_BACKGROUND: ChartJs.Plugin<'bar'> = {
  id: 'white-background',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/**
 * The topic's articles over time as a PNG of CHART_WIDTH × CHART_HEIGHT;
 * null when no article on it is dated (there is no time to chart).
 *
 * @example renderCoverageChart(answer.coverage) // <Buffer 89 50 4e 47 ...>
 */
export function renderCoverageChart(coverage: TopicCoverage): Buffer | null {
  const { periods, bucket } = coverage.timeline;
  if (periods.length === 0) return null;
  const { createCanvas, Chart } = loaded();
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const series = chartSeries(coverage.timeline);
  const config: ChartJs.ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: periods.map((p) => p.label),
      datasets: series.map((s, index) => ({
        label: s.label, data: s.counts, maxBarThickness: 56,
        backgroundColor: s.others ? OTHERS_COLOUR : (COLOURS[index % COLOURS.length] as string),
      })),
    },
    options: {
      animation: false, responsive: false, devicePixelRatio: 1, events: [],
      plugins: {
        title: { display: true, text: titleOf(coverage), font: { family: FONT_FAMILY, size: 18, weight: 'bold' }, color: '#1a202c' },
        subtitle: { display: true, text: subtitleOf(coverage), font: { family: FONT_FAMILY, size: 12 }, color: '#4a5568', padding: { bottom: 8 } },
        legend: { position: 'bottom', labels: { font: { family: FONT_FAMILY, size: 12 }, color: '#1a202c', boxWidth: 14 } },
      },
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { font: { family: FONT_FAMILY, size: 11 }, color: '#1a202c', autoSkip: true, maxRotation: 0 }, title: { display: true, text: BUCKET_NAMES[bucket], font: { family: FONT_FAMILY, size: 12 }, color: '#4a5568' } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0, font: { family: FONT_FAMILY, size: 11 }, color: '#1a202c' }, title: { display: true, text: 'Articles', font: { family: FONT_FAMILY, size: 12 }, color: '#4a5568' } },
      },
    },
    plugins: [WHITE_BACKGROUND],
  };
  // Chart.js draws on any 2D context shaped like the browser's; @napi-rs/canvas's is, though its type is its own.
  const chart = new Chart(canvas.getContext('2d') as unknown as ChartJs.ChartItem, config);
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}
