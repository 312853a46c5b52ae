/**
 * A file of named binary sections: a short header (JSON: the sections'
 * places, a CRC-32 of their bytes, and whatever the writer adds) and the
 * sections, each starting on an 8-byte boundary so a section of numbers can
 * be read as a typed array without copying. Written to a temporary file and
 * renamed, so a reader never sees half a file.
 */
import { closeSync, openSync, readSync, renameSync, writeSync, fstatSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

const MAGIC = 'QWSECTIONS1\n';
const ALIGN = 8;

export interface SectionsHeader {
  /** Section name → [offset from the file's start, length in bytes]. */
  sections: Record<string, [number, number]>;
  crc: number;
  [key: string]: unknown;
}

/**
 * Where a file is written before it is renamed into place: the process id and a random part, as two
 * containers sharing a volume may both be process 1.
 */
export function temporaryName(file: string): string {
  return `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

const padding = (length: number): number => (ALIGN - (length % ALIGN)) % ALIGN;

/** Writes `sections` (with `extra` in the header) to `file`, atomically. */
export function writeSections(file: string, sections: ReadonlyMap<string, Uint8Array>, extra: Record<string, unknown>): void {
  const places: Record<string, [number, number]> = {};
  // The header's own length depends on the offsets: lay the sections out after a header of a fixed, generous size.
  const draft = JSON.stringify({ ...extra, sections: Object.fromEntries([...sections.keys()].map((name) => [name, [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]])), crc: 0xffffffff });
  const headerSize = MAGIC.length + 8 + Buffer.byteLength(draft) + 64;
  let offset = headerSize + padding(headerSize);
  let crc = 0;
  for (const [name, bytes] of sections) {
    places[name] = [offset, bytes.byteLength];
    crc = crc32(bytes, crc);
    offset += bytes.byteLength + padding(bytes.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ ...extra, sections: places, crc } satisfies SectionsHeader));
  const lead = Buffer.alloc(headerSize + padding(headerSize), 0x20);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(header.length, MAGIC.length);
  header.copy(lead, MAGIC.length + 8);
  const temporary = temporaryName(file);
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, lead);
    for (const bytes of sections.values()) {
      writeSync(fd, bytes);
      const pad = padding(bytes.byteLength);
      if (pad > 0) writeSync(fd, Buffer.alloc(pad));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** A sections file's header alone (its first bytes, unchecked: the sections are not read), or null when it has none. */
export function readHeader(file: string): Record<string, unknown> | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const lead = Buffer.alloc(MAGIC.length + 8);
    if (readSync(fd, lead, 0, lead.length, 0) < lead.length || lead.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const header = Buffer.alloc(lead.readUInt32LE(MAGIC.length));
    if (readSync(fd, header, 0, header.length, lead.length) < header.length) return null;
    return JSON.parse(header.toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type SectionsRead = { header: SectionsHeader; section: (name: string) => Buffer } | { problem: string };

/**
 * Reads a sections file whole and checks it: its magic, its header and the
 * CRC of its sections. A section is a view of the file's bytes, 8-byte aligned.
 */
export function readSections(file: string): SectionsRead {
  const fd = openSync(file, 'r');
  let bytes: Buffer;
  try {
    const size = fstatSync(fd).size;
    // A fresh buffer of its own (never from Node's shared pool), so its views start at an aligned address.
    bytes = Buffer.from(new ArrayBuffer(size));
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    if (read < size) return { problem: `${file} was cut short while being read` };
  } finally {
    closeSync(fd);
  }
  if (bytes.length < MAGIC.length + 8 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return { problem: `${file} is not a coverage file` };
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let header: SectionsHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 8, MAGIC.length + 8 + headerLength)) as SectionsHeader;
  } catch {
    return { problem: `${file} has a damaged header` };
  }
  if (typeof header.sections !== 'object' || header.sections === null || typeof header.crc !== 'number') return { problem: `${file} has a damaged header` };
  let crc = 0;
  for (const [offset, length] of Object.values(header.sections)) {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || offset + length > bytes.length) return { problem: `${file} is shorter than its header says` };
    crc = crc32(bytes.subarray(offset, offset + length), crc);
  }
  if (crc !== header.crc) return { problem: `${file} does not match its checksum` };
  return {
    header,
    section: (name) => {
      const place = header.sections[name];
      if (!place) throw new Error(`${file} has no section "${name}"`);
      return bytes.subarray(place[0], place[0] + place[1]);
    },
  };
}
