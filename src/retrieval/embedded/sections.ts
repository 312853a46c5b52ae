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

/** A sections file's header alone (its sections' places checked against the file's size, their bytes not read), or null when it has none. */
export function readHeader(file: string): Record<string, unknown> | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const header = readHeaderOf(fd, file, fstatSync(fd).size);
    return typeof header === 'string' ? null : header;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A section left in the file and read a piece at a time: a large block of
 * texts of which a question reads a few. Reading every byte of a file at
 * start costs the time to fill that much fresh memory (on some machines more
 * than all the rest of a warm start), which such a section never needs.
 */
export interface FileSection {
  byteLength: number;
  /** Its bytes from `start` to `end` as text, as Buffer's toString. */
  toString(encoding: BufferEncoding, start: number, end: number): string;
}

export type SectionsRead =
  | {
      header: SectionsHeader;
      section: (name: string) => Buffer;
      fileSection: (name: string) => FileSection;
      /** Closes the file at once, for a read that is not kept (else it closes once nothing of it is held). */
      close: () => void;
    }
  | { problem: string };

/** An open file that lazy sections read from (-1 once closed). */
interface OpenFile {
  fd: number;
}

/** Each open file is closed once nothing that reads from it is held (every lazy section and the read itself). */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already: nothing left to free.
  }
});

/** A lazy section at `place` of an open file. */
function lazySection(file: OpenFile, [offset, length]: [number, number]): FileSection {
  return {
    byteLength: length,
    toString: (encoding, start, end) => {
      const from = Math.max(0, Math.min(start, length));
      const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(end, length) - from));
      if (file.fd < 0) throw new Error('a coverage file was read after it was closed');
      if (!readFully(file.fd, bytes, bytes.length, offset + from)) throw new Error('a coverage file was cut short after it was opened');
      return bytes.toString(encoding);
    },
  };
}

/** Bytes checked a piece at a time: the same piece of memory for every piece of a lazy section. */
const CHECK_PIECE = 1 << 20;

/** Reads `length` bytes at `position` into `into` (from its start); false when the file ends first. */
function readFully(fd: number, into: Uint8Array, length: number, position: number): boolean {
  let read = 0;
  while (read < length) {
    const got = readSync(fd, into, read, length - read, position + read);
    if (got === 0) return false;
    read += got;
  }
  return true;
}

function readHeaderOf(fd: number, file: string, size: number): SectionsHeader | string {
  const lead = Buffer.alloc(MAGIC.length + 8);
  if (size < lead.length || !readFully(fd, lead, lead.length, 0) || lead.toString('latin1', 0, MAGIC.length) !== MAGIC) return `${file} is not a coverage file`;
  const headerLength = lead.readUInt32LE(MAGIC.length);
  const text = Buffer.alloc(Math.min(headerLength, Math.max(0, size - lead.length)));
  if (!readFully(fd, text, text.length, lead.length)) return `${file} was cut short while being read`;
  let header: SectionsHeader;
  try {
    header = JSON.parse(text.toString('utf8')) as SectionsHeader;
  } catch {
    return `${file} has a damaged header`;
  }
  if (typeof header.sections !== 'object' || header.sections === null || typeof header.crc !== 'number') return `${file} has a damaged header`;
  for (const [offset, length] of Object.values(header.sections)) {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || offset + length > size) return `${file} is shorter than its header says`;
  }
  return header;
}

/**
 * Reads a sections file and checks it: its magic, its header and the CRC of
 * its sections. A section is read into memory, 8-byte aligned, unless it is
 * named in `lazy`: those are checked a piece at a time and then read from the
 * file when asked for (the file stays open while one of them is held; a
 * coverage file is replaced by renaming, never rewritten, so what is read
 * later is what was checked).
 */
export function readSections(file: string, lazy: readonly string[] = []): SectionsRead {
  const fd = openSync(file, 'r');
  let open: OpenFile | null = null;
  try {
    const read = readAndCheck(fd, file, lazy);
    if ('problem' in read) return read;
    const { header, starts, bytes } = read;
    const placeOf = (name: string): [number, number] => {
      const place = header.sections[name];
      if (!place) throw new Error(`${file} has no section "${name}"`);
      return place;
    };
    const handle: OpenFile | null = starts.size < Object.keys(header.sections).length ? { fd } : null;
    if (handle) openFiles.register(handle, fd, handle);
    open = handle;
    return {
      header,
      section: (name) => {
        const start = starts.get(name);
        if (start === undefined) throw new Error(lazy.includes(name) ? `${file}: section "${name}" is read from the file` : `${file} has no section "${name}"`);
        return bytes.subarray(start, start + placeOf(name)[1]);
      },
      fileSection: (name) => {
        if (!handle || starts.has(name)) throw new Error(`${file}: section "${name}" is not read from the file`);
        return lazySection(handle, placeOf(name));
      },
      close: () => {
        if (!handle || handle.fd < 0) return;
        // Unregistered first: the registry must not close the number later, when it may be another file's.
        openFiles.unregister(handle);
        closeSync(handle.fd);
        handle.fd = -1;
      },
    };
  } finally {
    // Kept open only for lazy sections, and then closed when the last of them is collected.
    if (open === null) closeSync(fd);
  }
}

/** Reads the sections not in `lazy` into one buffer and checks the CRC of them all; where each starts in it. */
function readAndCheck(fd: number, file: string, lazy: readonly string[]): { header: SectionsHeader; starts: Map<string, number>; bytes: Buffer } | { problem: string } {
  const size = fstatSync(fd).size;
  const header = readHeaderOf(fd, file, size);
  if (typeof header === 'string') return { problem: header };
  const places = Object.entries(header.sections);
  const starts = new Map<string, number>();
  let total = 0;
  for (const [name, [, length]] of places) {
    if (lazy.includes(name)) continue;
    starts.set(name, total);
    total += length + padding(length);
  }
  // A fresh buffer of its own (never from Node's shared pool), so the sections' views start at aligned addresses.
  const bytes = Buffer.from(new ArrayBuffer(total));
  const piece = starts.size < places.length ? Buffer.allocUnsafeSlow(CHECK_PIECE) : bytes;
  let crc = 0;
  for (const [name, [offset, length]] of places) {
    const start = starts.get(name);
    const parts = start === undefined ? Math.ceil(length / CHECK_PIECE) : 1;
    for (let part = 0; part < parts; part++) {
      const at = part * CHECK_PIECE;
      const into = start === undefined ? piece.subarray(0, Math.min(CHECK_PIECE, length - at)) : bytes.subarray(start, start + length);
      if (!readFully(fd, into, into.length, offset + at)) return { problem: `${file} was cut short while being read` };
      crc = crc32(into, crc);
    }
  }
  if (crc !== header.crc) return { problem: `${file} does not match its checksum` };
  return { header, starts, bytes };
}
