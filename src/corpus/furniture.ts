/**
 * Page furniture: the text around a story that is not the story (video and
 * photo captions, dateline headers, bylines, "Short link:", sign-offs).
 * Each rule recognises one kind and reads what facts it carries (wires,
 * dates, places), so that cleaning the text also fills in the metadata.
 */
import { MONTH_PATTERN, toIsoDate } from './dates.js';
import type { FurnitureKind, FurnitureSpan, Span } from './types.js';
import { canonicalAgency, mergeWires, splitCreditList } from './wires.js';

/** Facts read off furniture, for the article's metadata. */
export interface FurnitureFacts {
  wires: string[];
  published: string | null;
  byline: string | null;
  dateline: string | null;
}

export function emptyFacts(): FurnitureFacts {
  return { wires: [], published: null, byline: null, dateline: null };
}

interface LineRule {
  kind: FurnitureKind;
  pattern: RegExp;
  /** Where the rule may fire: anywhere, only near the top, or only near the end. */
  where: 'anywhere' | 'top' | 'end';
  /** A character the pattern cannot match without: a line without it is passed over before the pattern runs. */
  needs?: string;
  read?: (match: RegExpExecArray, facts: FurnitureFacts) => void;
}

/** Lines this long or longer are story, whatever they start with. */
const MAX_FURNITURE_LINE = 300;

function addAgencies(list: string, facts: FurnitureFacts): void {
  const agencies = splitCreditList(list)
    .map(canonicalAgency)
    .filter((name): name is string => name !== null);
  mergeWires(facts.wires, agencies);
}

const LINE_RULES: readonly LineRule[] = [
  {
    kind: 'video-caption',
    pattern:
      /^(?:your browser (?:doesn['’]t|does not|cannot) (?:support|play)\b.*|media playback is unsupported.*|(?:WATCH|VIDEO|LISTEN|GALLERY|PHOTOS?|READ MORE|RELATED|SEE ALSO)\s*:.*)$/i,
    where: 'anywhere',
  },
  {
    kind: 'photo-caption',
    pattern:
      /^(?:.*\((?:photo|picture|image|photograph)s?(?: credit)?\s*:\s*[^)]{1,80}\)|(?:image copyright|image caption)\b.*|(?:photo|picture)\s*:.*)$/i,
    where: 'anywhere',
  },
  {
    // A credit in brackets closing a caption, in capitals ("( HERALD FILE PHOTO )") or as photographer / outlet
    // ("( Ana Ruiz / Springfield Herald )"); "(see picture)" in a sentence is not one.
    kind: 'photo-caption',
    pattern: /^(?:.*\(\s*(?:[^()\p{Ll}]{0,80}\b(?:PHOTO|PICTURE|IMAGE)S?|[^()]{0,60}\b[Ff]ile [Pp]hoto)|.*[.!?]\s*\(\s*\p{Lu}[^()/.]{0,40}\/\s*(?:For\s+)?\p{Lu}[^()/.]{0,40})\s*\)\s*\.?$/u,
    where: 'anywhere',
    // Every line of the story is tried, and the pattern backtracks over each: most have no bracket at all.
    needs: ')',
  },
  { kind: 'short-link', pattern: /^short ?link\s*:.*$/i, where: 'end' },
  {
    // "aw/rc (AFP, Reuters, AP, dpa)": editors' initials, then the wires used.
    kind: 'sign-off',
    pattern: /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*(?:\(([^)]*)\))?$/,
    where: 'end',
    read: (match, facts) => addAgencies(match[1] ?? '', facts),
  },
  {
    kind: 'reporting-credit',
    pattern:
      /^\(?(?:with |additional )?(?:reporting|writing|editing|compiled) by\s+(.*?)\)?\.?$/i,
    where: 'end',
    read: (match, facts) => addAgencies(match[1] ?? '', facts),
  },
  {
    // " date 2016-10-27 AP, PARIS": a feed's header, date then wire and place.
    kind: 'dateline-header',
    pattern: /^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i,
    where: 'top',
    read: (match, facts) => {
      facts.published ??= toIsoDate(match[1] ?? '');
      const parts = (match[2] ?? '').split(',').map((part) => part.trim());
      const place = parts.length > 1 ? parts.pop() : undefined;
      if (place) facts.dateline ??= place;
      addAgencies(parts.join(','), facts);
    },
  },
];

/** How many non-empty lines from either end count as "top" or "end". */
const EDGE_LINES = 3;

/**
 * Classifies whole lines as furniture.
 *
 * @param lines the trimmed, non-empty lines of the text, in order
 */
export function findFurnitureLines(
  text: string,
  lines: readonly Span[],
  facts: FurnitureFacts,
): FurnitureSpan[] {
  const found: FurnitureSpan[] = [];
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end);
    if (content.length >= MAX_FURNITURE_LINE) return;
    for (const rule of LINE_RULES) {
      if (rule.where === 'top' && index >= EDGE_LINES) continue;
      if (rule.where === 'end' && index < lines.length - EDGE_LINES) continue;
      if (rule.needs !== undefined && !content.includes(rule.needs)) continue;
      const match = rule.pattern.exec(content);
      if (!match) continue;
      rule.read?.(match, facts);
      found.push({ kind: rule.kind, start: line.start, end: line.end });
      return;
    }
  });
  return found;
}

interface PrefixRule {
  kind: FurnitureKind;
  pattern: RegExp;
  read: (match: RegExpExecArray, facts: FurnitureFacts) => void;
}

const PREFIX_RULES: readonly PrefixRule[] = [
  {
    // "Jane Roe in World  News  US  0 Comments": a blog's byline strip.
    kind: 'byline',
    pattern: /^([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}) in [^\n]{1,120}?\s\d+\s+Comments?\b\s*/u,
    read: (match, facts) => {
      facts.byline ??= match[1] ?? null;
    },
  },
  {
    kind: 'byline',
    pattern: /^By\s+([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})\s*$/u,
    read: (match, facts) => {
      facts.byline ??= match[1] ?? null;
    },
  },
  {
    // "October 25, 2016The siege ...": a date run into the first sentence.
    kind: 'dateline',
    pattern: new RegExp(`^(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4})\\s*`, 'i'),
    read: (match, facts) => {
      facts.published ??= toIsoDate(match[0]);
    },
  },
  {
    // "PARIS (AP) — " or "LONDON, Oct 25 (Reuters) - ": a wire dateline.
    kind: 'dateline',
    pattern:
      /^([A-Z][A-Z .'-]{1,40}?)(?:,\s*[A-Z][\w .]{1,30}?)?\s*\(([A-Za-z]{2,10})\)\s*[-–—]+\s*/,
    read: (match, facts) => {
      const agency = canonicalAgency(match[2] ?? '');
      if (agency) mergeWires(facts.wires, [agency]);
      facts.dateline ??= (match[1] ?? '').trim();
    },
  },
];

/**
 * Furniture at the very start of the story's first line: a byline strip, a
 * run-together date or a wire dateline. Rules may follow one another.
 */
export function findLeadingFurniture(
  text: string,
  line: Span,
  facts: FurnitureFacts,
): FurnitureSpan[] {
  const found: FurnitureSpan[] = [];
  let start = line.start;
  for (const rule of PREFIX_RULES) {
    const match = rule.pattern.exec(text.slice(start, line.end));
    if (!match || match[0].length === 0) continue;
    rule.read(match, facts);
    found.push({ kind: rule.kind, start, end: start + match[0].length });
    start += match[0].length;
  }
  return found;
}

/** "... said. REUTER": the agency's sign-off word closing the last line. */
const TRAILING_AGENCY = /(?<=^|[.!?"”]\s+)(reuters?)\s*$/i;

export function findTrailingFurniture(
  text: string,
  line: Span,
  facts: FurnitureFacts,
): FurnitureSpan[] {
  const match = TRAILING_AGENCY.exec(text.slice(line.start, line.end));
  if (!match) return [];
  mergeWires(facts.wires, ['Reuters']);
  const start = line.start + match.index;
  return [{ kind: 'sign-off', start, end: start + (match[1] ?? '').length }];
}
