import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../src/feeds/fetch-text.js';

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/moved') return void response.writeHead(302, { location: '/page' }).end();
    if (request.url === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
    if (request.url === '/away') return void response.writeHead(302, { location: 'ftp://kelvale.test/file' }).end();
    if (request.url === '/big') return void response.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(5000));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end('<p>Kelvale</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const options = { maxBytes: 1000, timeoutMs: 5000 };

describe('fetchText', () => {
  it('follows a redirect and gives the body with its validators', async () => {
    const fetched = await fetchText(`${origin}/moved`, options);
    expect(fetched).toMatchObject({ status: 200, etag: '"v1"', contentType: 'text/html; charset=utf-8' });
    expect(fetched.body.toString()).toBe('<p>Kelvale</p>');
  });

  it('refuses a private address when told to, before asking it', async () => {
    await expect(fetchText(`${origin}/page`, { ...options, allowPrivate: false })).rejects.toThrow(/on this machine or a private network; not fetched/);
  });

  it('stops a redirect loop, a redirect away from http(s), and a body over the bound', async () => {
    await expect(fetchText(`${origin}/loop`, options)).rejects.toThrow(/redirected more than 5 times/);
    await expect(fetchText(`${origin}/away`, options)).rejects.toThrow(/not an http\(s\) address/);
    await expect(fetchText(`${origin}/big`, options)).rejects.toThrow(/larger than 1000 bytes/);
  });
});
