/**
 * A fake Discord for end-to-end tests, on 127.0.0.1: the HTTP API routes the
 * bot uses (gateway lookup, interaction callbacks, webhook edits) and a
 * WebSocket gateway (HELLO, IDENTIFY, READY, heartbeats, RESUME, dispatches).
 * It records every request and can answer one with a 429 or a 10062.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnowflakeUtil } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000001';
export const USER = { id: '800000000000000002', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  at: number;
  /** Files of a multipart request (attachments), with their text. */
  files?: RecordedFile[];
}

export interface RecordedFile {
  field: string;
  name: string;
  type: string;
  text: string;
  size: number;
}

type Failure = { kind: 'rate-limit'; retryAfter: number } | { kind: 'unknown-interaction' };

export function snowflake(): string {
  return SnowflakeUtil.generate().toString();
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayOps: { op: number; at: number }[] = [];
  readonly identifies: { token: string; intents: number }[] = [];
  /** Every gateway connection the bot closed or lost, with its close code (1000: a clean close by the bot). */
  readonly closes: { code: number; at: number }[] = [];
  /** While true, IDENTIFY gets no READY: the bot stays between connecting and ready. */
  holdReady = false;
  #server: Server | null = null;
  #wss: WebSocketServer | null = null;
  #socket: WebSocket | null = null;
  #seq = 0;
  #sessionId = randomUUID();
  #failures = new Map<string, Failure>();
  #delays = new Map<string, number>();
  #listeners = new Set<() => void>();

  get port(): number {
    return (this.#server?.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => void this.#handle(request, response));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (request, socket, head) => {
      this.#wss?.handleUpgrade(request, socket, head, (ws) => this.#connect(ws));
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    // Every gateway socket (one a shard) and every kept-alive REST connection goes first:
    // `close` waits for open connections, so closing them after it could wait for their timeouts.
    for (const client of this.#wss?.clients ?? []) client.terminate();
    this.#socket?.terminate();
    this.#wss?.close();
    const closed = new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
    await closed;
  }

  /** The next callback for this interaction fails once, as Discord would fail it. */
  failNextCallback(interactionId: string, failure: Failure): void {
    this.#failures.set(interactionId, failure);
  }

  /** The next callback for this interaction is answered only after `ms` (an answer still in flight). */
  delayNextCallback(interactionId: string, ms: number): void {
    this.#delays.set(interactionId, ms);
  }

  /** Closes the gateway connection as Discord does on a restart (the bot must reconnect or resume). */
  closeGateway(code = 4000): void {
    this.#socket?.close(code, 'fake restart');
  }

  dispatch(type: string, data: unknown): number {
    const sentAt = performance.now();
    this.#send({ op: 0, t: type, s: ++this.#seq, d: data });
    return sentAt;
  }

  /** Resolves with the first recorded request (from now or before) matching `test`. */
  waitFor(test: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.requests.find(test);
        if (found) {
          this.#listeners.delete(listener);
          clearTimeout(timer);
          resolve(found);
        }
        return found !== undefined;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`no matching request within ${timeoutMs} ms; saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
      }, timeoutMs);
      this.#listeners.add(listener);
      check();
    });
  }

  /** Resolves once the gateway has sent READY or RESUMED this many times in all. */
  async waitForSessions(count: number, timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (this.gatewayOps.filter((o) => o.op === 2 || o.op === 6).length < count) {
      if (Date.now() - started > timeoutMs) throw new Error('the bot did not (re)connect to the gateway');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  #send(payload: unknown): void {
    this.#socket?.send(JSON.stringify(payload));
  }

  #connect(ws: WebSocket): void {
    this.#socket = ws;
    ws.on('close', (code) => {
      this.closes.push({ code, at: Date.now() });
      for (const listener of this.#listeners) listener();
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: unknown };
      this.gatewayOps.push({ op: payload.op, at: Date.now() });
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2) {
        this.identifies.push(payload.d as { token: string; intents: number });
        if (!this.holdReady) this.#ready();
      }
      if (payload.op === 6) this.#send({ op: 0, t: 'RESUMED', s: ++this.#seq, d: {} });
    });
  }

  /** Sends the READY that `holdReady` held back. */
  releaseReady(): void {
    this.holdReady = false;
    this.#ready();
  }

  #ready(): void {
    this.#seq = 0;
    this.#sessionId = randomUUID();
    this.#send({
      op: 0, t: 'READY', s: ++this.#seq,
      d: {
        v: 10, user: { id: BOT_ID, username: 'QuoteWire', discriminator: '0', bot: true, avatar: null, global_name: null },
        guilds: [], session_id: this.#sessionId, resume_gateway_url: `ws://127.0.0.1:${this.port}`,
        application: { id: APP_ID, flags: 0 }, shard: [0, 1],
      },
    });
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString('utf8');
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    let body: unknown = null;
    let files: RecordedFile[] | undefined;
    const contentType = request.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      // Attachments come as multipart: the message in payload_json, each file in files[n].
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      files = [];
      for (const [field, value] of form.entries()) {
        if (field === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
        else if (typeof value !== 'string') files.push({ field, name: value.name, type: value.type, text: await value.text(), size: value.size });
      }
    } else {
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
    }
    const json = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    const callback = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback) {
      const failure = this.#failures.get(callback[1] ?? '');
      if (failure) {
        this.#failures.delete(callback[1] ?? '');
        this.#record(request, path, body, true, files);
        if (failure.kind === 'rate-limit') {
          json(429, { message: 'You are being rate limited.', retry_after: failure.retryAfter, global: false }, {
            'retry-after': String(failure.retryAfter), 'x-ratelimit-scope': 'user', 'x-ratelimit-bucket': 'interaction',
            'x-ratelimit-limit': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(failure.retryAfter),
          });
        } else {
          json(404, { message: 'Unknown interaction', code: 10062 });
        }
        return;
      }
      const delay = this.#delays.get(callback[1] ?? '');
      this.#delays.delete(callback[1] ?? '');
      this.#record(request, path, body, false, files);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      response.writeHead(204).end();
      return;
    }
    this.#record(request, path, body, false, files);
    if (request.method === 'GET' && path === '/api/v10/gateway/bot') {
      json(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    } else if (/^\/api\/v10\/webhooks\/\d+\/[^/]+(?:\/messages\/@original)?$/.test(path)) {
      json(200, fakeMessage(body));
    } else if (request.method === 'PUT' && /^\/api\/v10\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      json(200, (Array.isArray(body) ? body : []).map((command: object) => ({ ...command, id: snowflake(), application_id: APP_ID, version: '1' })));
    } else {
      json(404, { message: '404: Not Found', code: 0 });
    }
  }

  #record(request: IncomingMessage, path: string, body: unknown, failed = false, files?: RecordedFile[]): void {
    const method = failed ? `${request.method ?? 'GET'} (failed)` : (request.method ?? 'GET');
    this.requests.push({ method, path, body, at: performance.now(), ...(files ? { files } : {}) });
    for (const listener of this.#listeners) listener();
  }
}

/** A message object as Discord returns it, carrying what the bot sent. */
export function fakeMessage(body: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const sent = (body ?? {}) as { embeds?: unknown[]; components?: unknown[]; content?: string };
  return {
    id: snowflake(), channel_id: '700000000000000003', type: 0, content: sent.content ?? '', tts: false, pinned: false,
    author: { id: BOT_ID, username: 'QuoteWire', discriminator: '0', avatar: null, bot: true, global_name: null },
    timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [],
    attachments: [], embeds: sent.embeds ?? [], components: sent.components ?? [], flags: 0, ...extra,
  };
}

interface OptionPayload {
  name: string;
  type: number;
  value: string | boolean;
  focused?: boolean;
}

function interactionBase(type: number, data: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> & { id: string; token: string } {
  const id = snowflake();
  return {
    // What Discord gives an app in a DM with its bot: Attach Files, Embed Links, Mention Everyone, Use External Emojis.
    id, application_id: APP_ID, type, data, token: `token-${id}`, version: 1, locale: 'en-US', app_permissions: '442368',
    channel_id: '700000000000000003', channel: { id: '700000000000000003', type: 1 }, user: USER,
    entitlements: [], authorizing_integration_owners: { '1': USER.id }, context: 1, attachment_size_limit: 10_485_760,
    ...extra,
  };
}

/** INTERACTION_CREATE for a slash command. Options: `{question: 'x', private: true}`. */
/** A reader of their own, so that tests do not run into the per-user rate limit unless they mean to. */
export function newUser(): typeof USER {
  return { ...USER, id: snowflake() };
}

export function slashCommand(name: string, options: Record<string, string | boolean> = {}, user = newUser()): ReturnType<typeof interactionBase> {
  const payload: OptionPayload[] = Object.entries(options).map(([key, value]) => ({ name: key, type: typeof value === 'boolean' ? 5 : 3, value }));
  return interactionBase(2, { id: snowflake(), name, type: 1, options: payload }, { user, authorizing_integration_owners: { '1': user.id } });
}

export function autocomplete(name: string, option: string, typed: string): ReturnType<typeof interactionBase> {
  return interactionBase(4, { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] });
}

/** A click on a button of a message the bot sent (its embeds and components as sent). */
export function buttonClick(customId: string, message: { embeds?: unknown[]; components?: unknown[] }): ReturnType<typeof interactionBase> {
  const metadata = { id: snowflake(), type: 2, user: USER, authorizing_integration_owners: { '1': USER.id } };
  return interactionBase(3, { custom_id: customId, component_type: 2 }, { message: fakeMessage(message, { interaction_metadata: metadata }) });
}

/** INTERACTION_CREATE for a message context-menu command ("Apps" on a message) on a message with this content (and embeds). */
export function messageCommand(name: string, target: { content: string; embeds?: unknown[] }, user = newUser()): ReturnType<typeof interactionBase> {
  const message = fakeMessage({ content: target.content, embeds: target.embeds ?? [] }, {
    author: { id: '800000000000000077', username: 'someone', discriminator: '0', avatar: null, global_name: 'Someone' },
  });
  const id = message.id as string;
  return interactionBase(2, { id: snowflake(), name, type: 3, target_id: id, resolved: { messages: { [id]: message } } }, { user, authorizing_integration_owners: { '1': user.id } });
}
