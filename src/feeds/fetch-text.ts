import { isPrivateHost } from './private-address.js';

/**
 * One HTTP GET of a feed or a page: bounded in time and size, with the
 * conditional headers of an earlier fetch. Network I/O lives here.
 */

export interface Fetched {
  status: number;
  /** The body as bytes (empty for 304), cut at no more than `maxBytes`. */
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
}

export interface FetchOptions {
  /** Whether the page, and every address it redirects to, may be on this machine or a private network (isPrivateHost). Default true. */
  allowPrivate?: boolean;
  /** The validators of the copy held: a server that has nothing newer answers 304. */
  etag?: string | null;
  lastModified?: string | null;
  maxBytes: number;
  timeoutMs: number;
}

export class FetchError extends Error {
  override name = 'FetchError';
}

/** Reads a response's body, refusing one larger than `maxBytes`. */
async function boundedBody(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new FetchError(`is larger than ${maxBytes} bytes; not read`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, total);
}

/** Redirects followed at most. */
const REDIRECTS = 5;

/** One request, its redirects followed by hand so that each address is judged (allowPrivate) before it is asked. */
async function follow(url: string, headers: Record<string, string>, options: FetchOptions, signal: AbortSignal): Promise<Response> {
  let at = url;
  for (let hop = 0; ; hop++) {
    if (options.allowPrivate === false && isPrivateHost(at)) throw new FetchError(`${at} is on this machine or a private network; not fetched`);
    const response = await fetch(at, { headers, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel().catch(() => undefined);
    if (hop >= REDIRECTS) throw new FetchError(`redirected more than ${REDIRECTS} times`);
    at = new URL(location, at).href;
    if (!/^https?:$/.test(new URL(at).protocol)) throw new FetchError(`redirected to ${at}, not an http(s) address`);
  }
}

/**
 * Fetches `url`, following redirects.
 *
 * @throws FetchError saying why (no answer in time, refused, too large, a private address refused); a status other than 200 or 304 is returned, not thrown.
 */
export async function fetchText(url: string, options: FetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = { 'user-agent': 'QuoteWire feed follower', accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let response: Response;
  try {
    response = await follow(url, headers, options, AbortSignal.timeout(options.timeoutMs));
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const cause = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    throw new FetchError(cause);
  }
  const body = response.status === 200 ? await boundedBody(response, options.maxBytes) : Buffer.alloc(0);
  if (response.status !== 200) await response.body?.cancel().catch(() => undefined);
  const header = (name: string): string | null => response.headers.get(name);
  return { status: response.status, body, etag: header('etag'), lastModified: header('last-modified'), contentType: header('content-type') };
}
