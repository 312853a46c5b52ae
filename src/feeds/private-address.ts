/**
 * Whether a URL's host is this machine or a private network's: a feed's
 * item may not send the bot to fetch such a page (a cloud's metadata
 * address, an admin page on the LAN) unless the feed itself lives there.
 * Names are judged as written (localhost); a public name that resolves to
 * a private address is not caught here.
 */
import { isIP } from 'node:net';

const PRIVATE_V4: readonly [number, number][] = [
  [0x7f000000, 8], // 127.0.0.0/8 loopback
  [0x0a000000, 8], // 10.0.0.0/8
  [0xac100000, 12], // 172.16.0.0/12
  [0xc0a80000, 16], // 192.168.0.0/16
  [0xa9fe0000, 16], // 169.254.0.0/16 link-local (cloud metadata)
  [0x64400000, 10], // 100.64.0.0/10 carrier-grade NAT
  [0x00000000, 8], // 0.0.0.0/8
];

function v4Number(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function privateV4(address: string): boolean {
  const value = v4Number(address);
  return PRIVATE_V4.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

function privateV6(address: string): boolean {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return privateV4(mapped[1] as string);
  // The URL parser writes an IPv4-mapped (or -compatible) address in hex: ::ffff:a00:1 is 10.0.0.1, ::7f00:1 is 127.0.0.1.
  const hex = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const [high, low] = [parseInt(hex[1] as string, 16), parseInt(hex[2] as string, 16)];
    return privateV4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return lower === '::1' || lower === '::' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}

/**
 * @example
 * isPrivateHost('http://169.254.169.254/latest/meta-data') // true
 * isPrivateHost('https://kelvale.test/news') // false
 */
export function isPrivateHost(url: string): boolean {
  let host: string;
  try {
    // "localhost." is localhost: a name's final dot is the root's.
    host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const kind = isIP(host);
  return kind === 4 ? privateV4(host) : kind === 6 ? privateV6(host) : false;
}
