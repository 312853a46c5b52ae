/**
 * What the bot holds, as data: the articles, their outlets and dates of
 * publication, the statements and the named people quoted, with the bot's
 * version and how long it has run. A transport shows it as an embed or as
 * console text. The counts are worked out once a coverage.
 */
import { readFileSync } from 'node:fs';
import type { Coverage } from '../retrieval/coverage.js';

/** Outlets are named when there are this many or fewer; else counted only. */
export const OUTLETS_NAMED = 12;

export interface CoverageSummary {
  articles: number;
  outlets: { count: number; names: string[] | null };
  /** Articles with no outlet on record. */
  withoutOutlet: number;
  /** The first and last dates of publication (ISO), or null when no article has one. */
  published: { from: string; to: string; dated: number } | null;
  /** Statements as the bot shows them (one however many outlets carried it). */
  statements: number;
  /** Named, not anonymous, speakers with at least one statement. */
  people: number;
}

export interface AboutContent {
  title: string;
  summary: CoverageSummary;
  version: string;
  uptimeSeconds: number;
}

const summaries = new WeakMap<Coverage, CoverageSummary>();

/** What the coverage holds, counted by the store (never by reading every article here). */
export function summarise(coverage: Coverage): CoverageSummary {
  const known = summaries.get(coverage);
  if (known) return known;
  const { articles, withoutOutlet, published, people } = coverage.coverageCounts();
  const names = [...coverage.outlets()].sort((a, b) => a.localeCompare(b));
  const summary: CoverageSummary = {
    articles,
    outlets: { count: names.length, names: names.length <= OUTLETS_NAMED ? names : null },
    withoutOutlet,
    published,
    statements: coverage.statementCount,
    people,
  };
  summaries.set(coverage, summary);
  return summary;
}

let version: string | null = null;

/** package.json's version: two folders up from here, in src/ and in the compiled dist/ alike. */
export function botVersion(): string {
  if (version !== null) return version;
  try {
    const parsed = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    version = typeof parsed.version === 'string' ? parsed.version : 'unknown';
  } catch {
    version = 'unknown';
  }
  return version;
}

export function aboutFor(coverage: Coverage, uptimeSeconds = process.uptime()): AboutContent {
  return { title: 'QuoteWire: what this bot holds', summary: summarise(coverage), version: botVersion(), uptimeSeconds: Math.floor(uptimeSeconds) };
}

/** "3 d 4 h", "2 h 5 min", "4 min 10 s", "12 s". */
export function formatUptime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${s % 60} s`;
  return `${s} s`;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The summary as lines of plain text (each transport adds its own markup around them). */
export function aboutLines(about: AboutContent): { label: string; value: string }[] {
  const { summary } = about;
  const outlets = summary.outlets.names && summary.outlets.names.length > 0 ? `${summary.outlets.count}: ${summary.outlets.names.join(', ')}` : String(summary.outlets.count);
  const published = summary.published
    ? `${summary.published.from} to ${summary.published.to}${summary.published.dated < summary.articles ? ` (${plural(summary.articles - summary.published.dated, 'article')} undated)` : ''}`
    : 'no article has a date';
  return [
    { label: 'Articles', value: summary.articles.toLocaleString('en-US') },
    { label: 'Outlets', value: `${outlets}${summary.withoutOutlet > 0 ? ` (${plural(summary.withoutOutlet, 'article')} with no outlet on record)` : ''}` },
    { label: 'Published', value: published },
    { label: 'Statements', value: summary.statements.toLocaleString('en-US') },
    { label: 'People quoted', value: summary.people.toLocaleString('en-US') },
    { label: 'Version', value: about.version },
    { label: 'Uptime', value: formatUptime(about.uptimeSeconds) },
  ];
}
