import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '../../src/feeds/private-address.js';

describe('isPrivateHost', () => {
  it.each([
    'http://127.0.0.1:8080/feed.xml', 'http://localhost/admin', 'http://10.1.2.3/', 'http://172.20.0.5/', 'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://[fd00::1]/', 'http://[::ffff:10.0.0.1]/', 'http://0.0.0.0/', 'http://localhost./', 'http://[::127.0.0.1]/',
  ])('%s is private', (url) => expect(isPrivateHost(url)).toBe(true));

  it.each(['https://kelvale.test/news', 'http://172.32.0.1/', 'http://8.8.8.8/', 'http://[2001:db8::1]/', 'not a url'])('%s is not', (url) => expect(isPrivateHost(url)).toBe(false));
});
