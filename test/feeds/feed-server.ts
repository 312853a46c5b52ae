/** A news site on 127.0.0.1 for the tests: one RSS feed (with an ETag) and its items' pages, changed as a test goes. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteItem {
  slug: string;
  title: string;
  /** The page's paragraphs. */
  paragraphs: string[];
  published: string;
  author?: string;
}

export class FeedServer {
  readonly items: SiteItem[] = [];
  /** Requests seen, as "GET /path 200". */
  readonly log: string[] = [];
  /** Pages answered with this status instead (a failing page). */
  readonly failing = new Map<string, number>();
  /** When set, the feed's body instead of the RSS (a broken feed). */
  feedBody: string | null = null;
  #server: Server | null = null;
  #port = 0;

  get origin(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get feedUrl(): string {
    return `${this.origin}/feed.xml`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => this.#answer(request, response));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => this.#server?.close(resolve));
  }

  #feed(): string {
    const items = [...this.items].reverse().map((item) => `<item><title>${item.title}</title><link>${this.origin}/news/${item.slug}.html</link>` +
      `<guid>${this.origin}/news/${item.slug}.html</guid><pubDate>${new Date(item.published).toUTCString()}</pubDate>` +
      `${item.author ? `<author>desk@kelvale.test (${item.author})</author>` : ''}<description>${item.title}.</description></item>`);
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kelvale Courier</title><link>${this.origin}/</link><description>News</description>${items.join('')}</channel></rss>`;
  }

  #page(item: SiteItem): string {
    return `<!doctype html><html><head><meta charset="utf-8"><title>${item.title} | Kelvale Courier</title>` +
      `<meta property="og:site_name" content="Kelvale Courier"><meta property="og:title" content="${item.title}"></head>` +
      `<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` +
      `<article><h1>${item.title}</h1>${item.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>` +
      `<footer>© Kelvale Courier</footer></body></html>`;
  }

  #answer(request: IncomingMessage, response: ServerResponse): void {
    const path = request.url ?? '/';
    const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
      this.log.push(`${request.method} ${path} ${status}`);
      response.writeHead(status, headers).end(status === 304 ? undefined : body);
    };
    if (path === '/feed.xml') {
      const body = this.feedBody ?? this.#feed();
      const etag = `"${this.items.length}-${body.length}"`;
      if (request.headers['if-none-match'] === etag) return send(304, '');
      return send(200, body, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    }
    const item = this.items.find((one) => path === `/news/${one.slug}.html`);
    if (!item) return send(404, 'not here', { 'content-type': 'text/plain' });
    const failing = this.failing.get(item.slug);
    if (failing) return send(failing, 'try later', { 'content-type': 'text/plain' });
    return send(200, this.#page(item), { 'content-type': 'text/html; charset=utf-8' });
  }
}
