/**
 * Bytes to text: UTF-8 (a byte order mark dropped), UTF-16 and UTF-32 with a
 * byte order mark, and otherwise the encoding a page declares or `chardet`
 * detects, decoded by `iconv-lite`. Text that is not UTF-8 is never decoded
 * silently: the caller is told which encoding was used, so a warning can
 * name it. Pure: no I/O.
 */
import { isUtf8 } from 'node:buffer';
import { chardet, iconv } from './libraries.js';

/** Text, with a warning when it was not plain UTF-8; or why the bytes are not text. */
export type Decoded = { text: string; warning?: string } | { problem: string };

/** Byte order marks, longest first: UTF-32 LE starts as UTF-16 LE does. */
const BYTE_ORDER_MARKS: readonly [Buffer, string][] = [
  [Buffer.from([0xef, 0xbb, 0xbf]), 'utf-8'],
  [Buffer.from([0xff, 0xfe, 0x00, 0x00]), 'utf-32le'],
  [Buffer.from([0x00, 0x00, 0xfe, 0xff]), 'utf-32be'],
  [Buffer.from([0xff, 0xfe]), 'utf-16le'],
  [Buffer.from([0xfe, 0xff]), 'utf-16be'],
];

/**
 * Names under which pages declare what browsers read as Windows-1252 (the
 * WHATWG Encoding Standard maps them so); chardet says ISO-8859-1 for the same
 * text when it has no byte in 0x80-0x9F.
 */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252', 'cp819', 'ibm819']);

/** How far into a page its charset declaration is looked for (browsers look at the first 1,024 bytes). */
const DECLARATION_WINDOW = 4096;

/** Detection reads at most this many bytes: lines with bytes over 0x7F, where the encoding shows. */
const DETECTION_SAMPLE = 256 * 1024;

const BINARY = 'is a binary file (it contains NUL bytes)';
const NOT_TEXT = 'is not UTF-8 text (a binary file?)';

/**
 * The encoding a page or XML document declares in its first bytes (`<meta
 * charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml
 * … encoding="…"?>`), as a label iconv-lite knows; null when there is none.
 *
 * @example declaredEncoding(Buffer.from('<meta charset="ISO-8859-1">')) // 'windows-1252'
 */
export function declaredEncoding(bytes: Buffer): string | null {
  const head = bytes.subarray(0, DECLARATION_WINDOW).toString('latin1');
  const declared =
    /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return declared ? usableEncoding(declared) : null;
}

/** A label as iconv-lite decodes it; null for none it knows, and for the Unicode forms (without a byte order mark they are not what the bytes hold). */
function usableEncoding(label: string): string | null {
  const lower = label.toLowerCase();
  if (WINDOWS_1252_LABELS.has(lower)) return 'windows-1252';
  if (/^(?:utf|ucs|unicode)/.test(lower)) return null;
  return iconv().encodingExists(lower) ? label : null;
}

/** The lines (of the first ones) that hold a byte over 0x7F: all chardet needs of a large file. */
function detectionSample(bytes: Buffer): Buffer {
  if (bytes.length <= DETECTION_SAMPLE) return bytes;
  const lines: Buffer[] = [];
  let total = 0;
  for (let at = 0; at < bytes.length && total < DETECTION_SAMPLE; ) {
    const newline = bytes.indexOf(0x0a, at);
    const end = newline === -1 ? bytes.length : newline + 1;
    const line = bytes.subarray(at, end);
    if (line.some((byte) => byte > 0x7f)) {
      lines.push(line);
      total += line.length;
    }
    at = end;
  }
  return Buffer.concat(lines).subarray(0, DETECTION_SAMPLE);
}

/** The encoding chardet finds likeliest among those iconv-lite decodes; Windows-1252 when it finds none. */
function detectedEncoding(bytes: Buffer): string {
  for (const match of chardet().analyse(detectionSample(bytes))) {
    const usable = usableEncoding(match.name);
    if (usable) return usable;
  }
  return 'windows-1252';
}

/**
 * Whether bytes that are not all UTF-8 are UTF-8 with a few damaged bytes
 * (more well-formed multi-byte sequences than broken ones) rather than
 * another encoding: reading them as another encoding would garble every
 * well-formed character.
 */
function mostlyUtf8(bytes: Buffer): { damaged: boolean; broken: number } {
  let wellFormed = 0;
  let broken = 0;
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at] as number;
    if (byte < 0x80) {
      at++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length > 0 && isUtf8(bytes.subarray(at, at + length))) {
      wellFormed++;
      at += length;
    } else {
      broken++;
      at++;
    }
  }
  return { damaged: wellFormed > broken, broken };
}

/** Characters no text holds (controls other than tab, line breaks and form feed, and U+FFFD): many of them mean the bytes were not text. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const NOT_TEXT_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

function looksBinary(text: string, nulLines: boolean): boolean {
  // An archive's lines with a NUL are each refused on their own (see parseJsonl): judge the others.
  const judged = nulLines && text.includes('\0') ? text.split('\n').filter((line) => !line.includes('\0')).join('\n') : text;
  const count = judged.match(NOT_TEXT_CHARACTER)?.length ?? 0;
  return count > 16 && count > judged.length / 20;
}

function decodeWithMark(bytes: Buffer, nulLines: boolean): Decoded | null {
  const found = BYTE_ORDER_MARKS.find(([mark]) => bytes.subarray(0, mark.length).equals(mark));
  if (!found) return null;
  const [mark, encoding] = found;
  const rest = bytes.subarray(mark.length);
  if (encoding === 'utf-8') return isUtf8(rest) ? decodeUtf8(rest, nulLines) : decodeDamagedUtf8(rest, nulLines);
  const text = iconv().decode(rest, encoding, { stripBOM: false });
  if (!nulLines && text.includes('\0')) return { problem: BINARY };
  return looksBinary(text, nulLines) ? { problem: NOT_TEXT } : { text };
}

function decodeUtf8(bytes: Buffer, nulLines: boolean): Decoded {
  if (!nulLines && bytes.includes(0)) return { problem: BINARY };
  return { text: bytes.toString('utf8') };
}

function decodeDamagedUtf8(bytes: Buffer, nulLines: boolean): Decoded {
  const text = bytes.toString('utf8');
  if (looksBinary(text, nulLines)) return { problem: NOT_TEXT };
  const { broken } = mostlyUtf8(bytes);
  return { text, warning: `is UTF-8 with ${broken} byte${broken === 1 ? '' : 's'} that ${broken === 1 ? 'is' : 'are'} not; each read as \uFFFD` };
}

/**
 * Decodes a file's bytes. UTF-8 (its byte order mark dropped) and UTF-16/32
 * with a byte order mark are read as they are; UTF-8 with a few damaged bytes
 * keeps its text, each damaged byte as U+FFFD, with a warning; anything else
 * is decoded in the encoding the text declares (`<meta charset>`, an XML
 * declaration) or chardet detects, with a warning naming it. NUL bytes, or a
 * decoded text full of control characters, mean a binary file.
 *
 * @param nulLines a NUL byte is left to the line it is on (a JSONL archive's
 *   lines are each an article) instead of making the whole a binary file.
 * @example
 * decodeBytes(Buffer.from([0x4a, 0x6f, 0x73, 0xe9])) // { text: 'José', warning: 'decoded as windows-1252, not UTF-8 (the encoding detected)' }
 */
export function decodeBytes(bytes: Buffer, nulLines = false): Decoded {
  const marked = decodeWithMark(bytes, nulLines);
  if (marked) return marked;
  if (isUtf8(bytes)) return decodeUtf8(bytes, nulLines);
  if (!nulLines && bytes.includes(0)) return { problem: BINARY };
  if (mostlyUtf8(bytes).damaged) return decodeDamagedUtf8(bytes, nulLines);
  const declared = declaredEncoding(bytes);
  const encoding = declared ?? detectedEncoding(bytes);
  const text = iconv().decode(bytes, encoding);
  if (looksBinary(text, nulLines)) return { problem: NOT_TEXT };
  return { text, warning: `decoded as ${encoding}, not UTF-8 (the encoding ${declared ? 'it declares' : 'detected'})` };
}
