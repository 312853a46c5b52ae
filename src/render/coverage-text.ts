/**
 * A topic's coverage as console text: a small table of the outlets (their
 * articles and whom they quoted), the statements one outlet alone carried,
 * and the articles over time as a sparkline with its busiest periods.
 */
import type { OutletCoverage, TopicCoverage } from '../answer/types.js';
import { truncate } from './discord-text.js';

/** Outlets listed in the table; the rest are counted. */
const TABLE_OUTLETS = 15;
/** People named in an outlet's row; the rest are counted. */
const ROW_VOICES = 4;
const OUTLET_WIDTH = 32;
const SINGLE_SHOWN = 10;
const STATEMENT_CHARS = 100;
const BUSIEST = 3;
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

function voicesCell(outlet: OutletCoverage): string {
  const named = outlet.voices.slice(0, ROW_VOICES).map((v) => `${v.speaker} (${v.statements})`).join(', ');
  const more = outlet.voices.length - ROW_VOICES;
  return `${named || '-'}${more > 0 ? `, and ${more} more` : ''}`;
}

/** One character a period: a space for none, else a bar as high as its share of the busiest period. */
export function sparkline(counts: readonly number[]): string {
  const top = Math.max(0, ...counts);
  return counts.map((count) => (count === 0 ? ' ' : (BARS[Math.min(BARS.length - 1, Math.ceil((count / top) * BARS.length) - 1)] as string))).join('');
}

function tableLines(coverage: TopicCoverage): string[] {
  const rows = coverage.outlets.slice(0, TABLE_OUTLETS);
  const width = Math.min(OUTLET_WIDTH, Math.max('Outlet'.length, ...rows.map((o) => o.outlet.length)));
  const line = (outlet: string, articles: string, voices: string): string => `  ${truncate(outlet, width).padEnd(width)}  ${articles.padStart(8)}  ${voices}`;
  const more = coverage.outlets.length - rows.length;
  return [line('Outlet', 'Articles', 'Quoted on it (statements)'), ...rows.map((o) => line(o.outlet, String(o.articles), voicesCell(o))), ...(more > 0 ? [`  … and ${more} more outlets`] : [])];
}

function timelineLines(coverage: TopicCoverage): string[] {
  const { periods, bucket, undated } = coverage.timeline;
  const left = undated > 0 ? ` (${undated} undated not counted)` : '';
  if (periods.length === 0) return [`No article on it has a date of publication${left}.`];
  const totals = periods.map((p) => Object.values(p.byOutlet).reduce((a, b) => a + b, 0));
  const busiest = periods.map((p, at) => ({ label: p.label, count: totals[at] ?? 0 })).filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count).slice(0, BUSIEST).map((p) => `${p.label}: ${p.count}`);
  return [
    `Articles by ${bucket}, ${periods[0]?.label} to ${periods[periods.length - 1]?.label}${left}:`,
    `  |${sparkline(totals)}|`,
    `  Busiest: ${busiest.join(' · ')}`,
  ];
}

/** The lines shown under a coverage answer's sentence. */
export function coverageLines(coverage: TopicCoverage): string[] {
  const lines = [...tableLines(coverage), ''];
  if (coverage.singleOutlet.length > 0) {
    lines.push('Carried by one outlet only:');
    for (const s of coverage.singleOutlet.slice(0, SINGLE_SHOWN)) lines.push(`  ${s.speaker}, only in ${s.outlet}: “${truncate(s.text, STATEMENT_CHARS)}”`);
    const more = coverage.singleOutletTotal - Math.min(SINGLE_SHOWN, coverage.singleOutlet.length);
    if (more > 0) lines.push(`  … and ${more} more`);
    lines.push('');
  }
  return [...lines, ...timelineLines(coverage)];
}
