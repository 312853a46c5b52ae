/**
 * DATABASE_URL, checked and shown without its password: an address such as
 * postgres://bot:secret@db:5432/quotewire carries a credential, which must
 * never reach a terminal or a log line.
 */

const SCHEMES = new Set(['postgres:', 'postgresql:']);
/** scheme://...: anything else is no address, and is described rather than parsed (`bot:secret` parses as a URL). */
const ADDRESS = /^[a-z][a-z\d+.-]{0,15}:\/\//i;

function parse(url: string): URL | null {
  if (!ADDRESS.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The address with its password (if any) replaced by `***`; a value that is no URL at all is described, not shown. */
export function redactDatabaseUrl(url: string): string {
  const parsed = parse(url);
  if (!parsed) return `(a ${url.length}-character value that is not an address, not shown)`;
  if (parsed.password) parsed.password = '***';
  // Query parameters may carry a password too (?password=...): shown by name only.
  for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, '***');
  return parsed.toString();
}

/** What is wrong with a DATABASE_URL value, or null when it is a postgres:// address with a host. Never quotes the value's secrets. */
export function databaseUrlProblem(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) {
    return `DATABASE_URL is not an address (it holds ${url.length} characters, not shown); set it to postgres://USER:PASSWORD@HOST:5432/DATABASE, or remove it to use the embedded store`;
  }
  if (!SCHEMES.has(parsed.protocol)) {
    return `DATABASE_URL is not a PostgreSQL address (it starts with "${parsed.protocol}", expected postgres: or postgresql:); set it to postgres://USER:PASSWORD@HOST:5432/DATABASE, or remove it to use the embedded store`;
  }
  if (!parsed.hostname) return `DATABASE_URL ${redactDatabaseUrl(url)} names no host; set it to postgres://USER:PASSWORD@HOST:5432/DATABASE`;
  if (parsed.pathname.replace(/^\//, '') === '') return `DATABASE_URL ${redactDatabaseUrl(url)} names no database; add it after the host (postgres://USER@HOST:5432/DATABASE)`;
  return null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Takes the password (and query values) out of any text, such as a driver's error message that quotes the address. */
export function withoutSecrets(text: string, url: string): string {
  const parsed = parse(url);
  if (!parsed) return text.split(url).join('(DATABASE_URL, not shown)');
  let clean = text.split(url).join(redactDatabaseUrl(url));
  const secrets = [parsed.password, decoded(parsed.password), ...parsed.searchParams.values()].filter((secret) => secret.length >= 3);
  for (const secret of secrets) clean = clean.split(secret).join('***');
  return clean;
}
