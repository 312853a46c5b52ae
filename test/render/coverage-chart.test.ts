import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { CoveragePeriod, TopicCoverage } from '../../src/answer/types.js';
import { CHART_HEIGHT, CHART_WIDTH, chartSeries, renderCoverageChart } from '../../src/render/coverage-chart.js';

const OUTLETS = ['Ostby Post', 'Kelvale Courier', 'Springfield Gazette', 'Acme News', 'Freedonia Herald', 'Kelvale Star', 'Ostby Evening'];

/** Eight weeks of invented coverage: each outlet publishes fewer articles than the one before it, and misses one week. */
function inventedCoverage(outlets: readonly string[] = OUTLETS): TopicCoverage {
  const periods: CoveragePeriod[] = Array.from({ length: 8 }, (_, week) => ({
    start: new Date(Date.UTC(2026, 2, 2 + 7 * week)).toISOString().slice(0, 10),
    label: `Mar ${2 + 7 * week}`,
    byOutlet: Object.fromEntries(outlets.map((outlet, rank) => [outlet, week === rank % 8 ? 0 : outlets.length - rank])),
  }));
  return {
    topic: 'the Kelvale harbour',
    counted: { articles: 120, outlets: outlets.length, copies: 0 },
    outlets: outlets.map((outlet) => ({ outlet, articles: 10, voices: [] })),
    singleOutlet: [],
    singleOutletTotal: 0,
    timeline: { bucket: 'week', periods, undated: 2 },
  };
}

/** The distinct colours of a PNG's pixels, after decoding it. */
async function distinctColours(png: Buffer): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const colours = new Set<number>();
  for (let at = 0; at < data.length; at += 4) colours.add(((data[at] ?? 0) << 16) | ((data[at + 1] ?? 0) << 8) | (data[at + 2] ?? 0));
  return colours.size;
}

describe('the coverage chart', () => {
  it('is a PNG of the chart size, of a sane weight, with bars and text on it', async () => {
    const png = renderCoverageChart(inventedCoverage());
    expect(png).not.toBeNull();
    const bytes = png as Buffer;
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The first chunk is IHDR: its width and height are big-endian at bytes 16 and 20.
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect(bytes.length).toBeGreaterThan(8_000);
    expect(bytes.length).toBeLessThan(400_000);
    // Six series' colours, white, and the anti-aliased edges of text and bars: far more than a blank or one-colour image.
    expect(await distinctColours(bytes)).toBeGreaterThan(50);
  });

  it('paints a white background, not a transparent one', async () => {
    const image = await loadImage(renderCoverageChart(inventedCoverage()) as Buffer);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    expect([...context.getImageData(1, 1, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });

  it('draws the five outlets with most articles apart and the rest as others, every period counted', () => {
    const series = chartSeries(inventedCoverage().timeline);
    expect(series.map((s) => s.label)).toEqual([...OUTLETS.slice(0, 5), '2 other outlets']);
    expect(series.at(-1)?.others).toBe(true);
    const total = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);
    const periods = inventedCoverage().timeline.periods;
    expect(total(series.map((s) => total(s.counts)))).toBe(total(periods.map((p) => total(Object.values(p.byOutlet)))));
  });

  it('names six outlets apart rather than one under "others"', () => {
    expect(chartSeries(inventedCoverage(OUTLETS.slice(0, 6)).timeline).map((s) => s.label)).toEqual(OUTLETS.slice(0, 6));
  });

  it('draws nothing when no article is dated', () => {
    const undated = inventedCoverage();
    expect(renderCoverageChart({ ...undated, timeline: { bucket: 'day', periods: [], undated: 12 } })).toBeNull();
  });
});
