/**
 * A page button's custom_id carries the parsed request itself, so a button
 * answers the same request again without re-reading the question:
 *
 *   `qw1:<page>:<coverage version>:<intent code>|<key><value>|…`
 *
 * keys: `s` statement, `p` speaker (as the question named them), `t` topic,
 * `o` outlet, `d` date (`year-month-day`, parts may be empty); `|` and `%`
 * in a value are written `%7C` and `%25`. Discord allows 100 characters;
 * a request that does not fit (a long statement, a long unicode topic) is
 * kept in a bounded memory of recent requests and the id carries its key
 * instead (`…:~<key>`). A key the memory no longer holds (many questions
 * since, or a restart) is reported as an expired button, never guessed at.
 */
import { createHash } from 'node:crypto';
import type { ParsedQuestion } from '../../answer/intent.js';
import type { Intent } from '../../answer/types.js';

/** What a page button asks for: the request as it was parsed, and the page. */
export type PageRequest = ParsedQuestion;

export interface PageButton {
  request: PageRequest;
  page: number;
  version: string;
}

export type PageIdReading =
  | { ok: true; button: PageButton }
  /** `unreadable`: not an id this bot writes (tampered, garbage, or an older bot's); `forgotten`: the request is no longer remembered. */
  | { ok: false; reason: 'unreadable' | 'forgotten'; version?: string };

export const PAGE_ID_PREFIX = 'qw1:';
/** Discord's limit on a custom_id. */
export const CUSTOM_ID_MAX = 100;
/** Pages a button can name; the disabled buttons at either end point at 0 and at this. */
export const LAST_PAGE = 9999;

const INTENT_CODES: Readonly<Record<Intent, string>> = {
  'who-said': 'w', 'speaker-quotes': 'q', 'which-outlets': 'o', 'who-is': 'i', 'how-many': 'n', 'top-voices': 't', sources: 's', search: 'x', coverage: 'c', figures: 'f', compare: 'k',
};
const INTENTS_BY_CODE = new Map(Object.entries(INTENT_CODES).map(([intent, code]) => [code, intent as Intent]));
const TEXT_KEYS = { s: 'statement', p: 'speaker', t: 'topic', o: 'outlet', a: 'addressee' } as const;
type TextKey = keyof typeof TEXT_KEYS;

/** The recent requests whose ids did not fit, least recently used forgotten first. */
export class PageRequestMemory {
  readonly #requests = new Map<string, PageRequest>();

  constructor(readonly capacity = 2000) {}

  remember(key: string, request: PageRequest): void {
    this.#requests.delete(key);
    this.#requests.set(key, request);
    while (this.#requests.size > this.capacity) {
      const oldest = this.#requests.keys().next().value;
      if (oldest === undefined) break;
      this.#requests.delete(oldest);
    }
  }

  recall(key: string): PageRequest | undefined {
    const request = this.#requests.get(key);
    if (request) this.remember(key, request);
    return request;
  }

  get size(): number {
    return this.#requests.size;
  }
}

const escape = (value: string): string => value.replace(/[%|]/g, (c) => (c === '%' ? '%25' : '%7C'));
const unescape = (value: string): string | null => (/%(?!25|7C)/.test(value) ? null : value.replace(/%(25|7C)/g, (_, code: string) => (code === '25' ? '%' : '|')));

/** The same request always gives the same text: keys in one order, no undefined values. */
function canonical(request: PageRequest): string {
  const sorted = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]));
  };
  return JSON.stringify(sorted(request));
}

function inlineBody(request: PageRequest): string | null {
  const code = INTENT_CODES[request.intent];
  if (!code) return null;
  const parts = [code];
  for (const [key, field] of Object.entries(TEXT_KEYS)) {
    const value = request[field];
    if (typeof value === 'string') parts.push(`${key}${escape(value)}`);
  }
  const date = request.published;
  if (date) parts.push(`d${date.year ?? ''}-${date.month ?? ''}-${date.day ?? ''}`);
  return parts.join('|');
}

function memoryKey(request: PageRequest, version: string): string {
  return createHash('sha256').update(`${version}\n${canonical(request)}`).digest('base64url').slice(0, 16);
}

/**
 * The custom_id of a button for `page` of `request`: inline when it fits
 * and reads back to exactly the same request, else a key into `memory`.
 */
export function pageId(request: PageRequest, page: number, version: string, memory: PageRequestMemory): string {
  const head = `${PAGE_ID_PREFIX}${Math.min(Math.max(0, Math.trunc(page)), LAST_PAGE)}:${version}:`;
  const body = inlineBody(request);
  if (body !== null) {
    const id = `${head}${body}`;
    if (id.length <= CUSTOM_ID_MAX) {
      const back = readPageId(id, memory);
      if (back.ok && canonical(back.button.request) === canonical(request)) return id;
    }
  }
  const key = memoryKey(request, version);
  memory.remember(key, request);
  return `${head}~${key}`;
}

function readDate(value: string): PageRequest['published'] | null {
  const match = /^(\d{4})?-(\d{1,2})?-(\d{1,2})?$/.exec(value);
  if (!match) return null;
  const date: NonNullable<PageRequest['published']> = {};
  if (match[1]) date.year = Number(match[1]);
  if (match[2]) {
    date.month = Number(match[2]);
    if (date.month < 1 || date.month > 12) return null;
  }
  if (match[3]) {
    date.day = Number(match[3]);
    if (date.day < 1 || date.day > 31) return null;
  }
  return date;
}

function readBody(body: string): PageRequest | null {
  const [code = '', ...fields] = body.split('|');
  const intent = INTENTS_BY_CODE.get(code);
  if (!intent) return null;
  const request: PageRequest = { intent };
  const seen = new Set<string>();
  for (const field of fields) {
    const key = field.charAt(0);
    if (seen.has(key)) return null;
    seen.add(key);
    const raw = field.slice(1);
    if (key === 'd') {
      const date = readDate(raw);
      if (!date) return null;
      request.published = date;
      continue;
    }
    if (!(key in TEXT_KEYS)) return null;
    const value = unescape(raw);
    if (value === null) return null;
    request[TEXT_KEYS[key as TextKey]] = value;
  }
  return request;
}

/** Reads a page button's custom_id; anything this bot did not write is `unreadable`. */
export function readPageId(customId: string, memory: PageRequestMemory): PageIdReading {
  if (customId.length > CUSTOM_ID_MAX || !customId.startsWith(PAGE_ID_PREFIX)) return { ok: false, reason: 'unreadable' };
  const match = /^(\d{1,4}):([0-9a-f]{1,16}):(.*)$/s.exec(customId.slice(PAGE_ID_PREFIX.length));
  if (!match) return { ok: false, reason: 'unreadable' };
  const [, pageText = '', version = '', body = ''] = match;
  const page = Number(pageText);
  if (body.startsWith('~')) {
    if (!/^~[\w-]{16}$/.test(body)) return { ok: false, reason: 'unreadable' };
    const request = memory.recall(body.slice(1));
    return request ? { ok: true, button: { request, page, version } } : { ok: false, reason: 'forgotten', version };
  }
  const request = readBody(body);
  return request ? { ok: true, button: { request, page, version } } : { ok: false, reason: 'unreadable' };
}

/** A question for a request, for the rare message whose footer no longer shows the one asked. */
export function describeRequest(request: PageRequest): string {
  const about = request.topic ? ` about ${request.topic}` : '';
  switch (request.intent) {
    case 'who-said':
      return `Who said ${request.statement ?? ''}`;
    case 'which-outlets':
      return `Which outlets reported ${request.statement ?? ''}`;
    case 'speaker-quotes':
      return `What did ${request.speaker ?? ''} say${about}`;
    case 'who-is':
      return `Who is ${request.speaker ?? ''}`;
    case 'how-many':
      return `How many articles quoted ${request.statement ?? request.speaker ?? ''}`;
    case 'top-voices':
      return `Who was quoted most${about}`;
    case 'sources':
      return 'List the sources';
    case 'search':
      return request.statement ?? request.topic ?? '';
    case 'coverage':
      return `Coverage of ${request.topic ?? ''}`;
    case 'compare':
      return `How did the outlets report that ${request.statement ?? ''}`;
    case 'figures': {
      // Read back, it asks the same: a count's statement starts with its noun ("countries met in ..."), a death toll's does not.
      const kind = request.quantity?.kind;
      const asked = kind === 'distance' ? 'How far' : kind === 'money' ? 'How much' : kind === 'duration' ? 'How long' : request.quantity?.noun === 'dead' ? 'What was the death toll in' : 'How many';
      return `${asked} ${request.statement ?? ''}`;
    }
  }
}
