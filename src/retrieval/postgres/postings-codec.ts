/**
 * A term's postings in one field as bytes (search_postings.data), in blocks
 * of up to BLOCK_POSTINGS documents in `seq` order. Each block starts with a
 * header: its number of postings, its last seq (the gap from the previous
 * block's), its first id (the change from the previous block's first id,
 * zigzag), its largest term frequency, its smallest field length and the
 * length in bytes of its body. The body holds per posting the gap from the
 * previous seq (the first: from the previous block's last seq), the id's
 * change from the previous posting's (zigzag; none for the first), the term's
 * frequency and the field's length. Every number is an unsigned LEB128 varint.
 *
 * About four bytes a posting, read with no parsing of text. The headers let
 * a search skip a block it does not need without reading its postings, and
 * bound the score of any document in it (top-results.ts): a common word's
 * list is then mostly skipped, not decoded.
 */

/** Postings a block holds (the last may hold fewer): a skip passes over this many at once. */
export const BLOCK_POSTINGS = 64;

/** Bytes a number takes at most: up to 2^53, 8 bytes. */
const MAX_NUMBER_BYTES = 8;
/** Bytes a posting takes at most. */
const MAX_POSTING_BYTES = 4 * MAX_NUMBER_BYTES;
/** Bytes a header takes at most: its count and body length are below 2^14 (two bytes each). */
const MAX_HEADER_BYTES = 2 + 4 * MAX_NUMBER_BYTES + 2;

const zigzag = (change: number): number => (change >= 0 ? change * 2 : -change * 2 - 1);
const unzigzag = (value: number): number => (value % 2 === 0 ? value / 2 : -(value + 1) / 2);

/** Numbers up to 2^53 as varints into `bytes` at `at`: divided, not shifted, past 31 bits. Returns where the next goes. */
function writeNumber(bytes: Uint8Array, at: number, value: number): number {
  let rest = value;
  let to = at;
  while (rest >= 0x80) {
    bytes[to++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  bytes[to++] = rest;
  return to;
}

/** A header is written here first: its length is known only once written. */
const headerScratch = new Uint8Array(MAX_HEADER_BYTES);

/**
 * Builds one list; postings must come in increasing `seq`. A block's
 * postings are written as they come, after room left for its header; the
 * header is written when the block is full (or the list is read), and the
 * postings moved up to it. A builder holds its bytes only: an ingest keeps
 * one for each term and field.
 */
export class PostingsBuilder {
  private bytes = new Uint8Array(16);
  private length = 0;
  /** Where the open block's room for its header starts; its postings follow the room. */
  private blockStart = 0;
  private blockCount = 0;
  private blockFirstId = 0;
  private blockMaxFrequency = 0;
  private blockMinLength = 0;
  private lastSeq = -1;
  private lastId = 0;
  /** The last seq and the first id of the last block closed: the next block's header counts from them. */
  private closedLastSeq = -1;
  private closedFirstId = 0;
  count = 0;

  /** A builder holding `data`'s postings, to append to. */
  static from(data: Uint8Array): PostingsBuilder {
    const builder = new PostingsBuilder();
    const cursor = new PostingsCursor(data);
    while (cursor.next()) builder.add(cursor.seq, cursor.id, cursor.frequency, cursor.fieldLength);
    return builder;
  }

  add(seq: number, id: number, frequency: number, fieldLength: number): void {
    if (seq <= this.lastSeq) throw new Error(`postings out of order: seq ${seq} after ${this.lastSeq}`);
    if (this.blockCount === 0) {
      this.ensure(MAX_HEADER_BYTES + MAX_POSTING_BYTES);
      this.blockStart = this.length;
      this.length += MAX_HEADER_BYTES;
      this.length = writeNumber(this.bytes, this.length, seq - this.closedLastSeq);
      this.blockFirstId = id;
      this.blockMaxFrequency = frequency;
      this.blockMinLength = fieldLength;
    } else {
      this.ensure(MAX_POSTING_BYTES);
      this.length = writeNumber(this.bytes, this.length, seq - this.lastSeq);
      this.length = writeNumber(this.bytes, this.length, zigzag(id - this.lastId));
      if (frequency > this.blockMaxFrequency) this.blockMaxFrequency = frequency;
      if (fieldLength < this.blockMinLength) this.blockMinLength = fieldLength;
    }
    this.length = writeNumber(this.bytes, this.length, frequency);
    this.length = writeNumber(this.bytes, this.length, fieldLength);
    this.lastSeq = seq;
    this.lastId = id;
    this.blockCount++;
    this.count++;
    if (this.blockCount === BLOCK_POSTINGS) this.closeBlock();
  }

  /** The list's bytes (a view: copy it before adding more). An open block is closed short: more postings start a new one. */
  data(): Uint8Array {
    if (this.blockCount > 0) this.closeBlock();
    return this.bytes.subarray(0, this.length);
  }

  private closeBlock(): void {
    const bodyStart = this.blockStart + MAX_HEADER_BYTES;
    const bodyLength = this.length - bodyStart;
    let at = writeNumber(headerScratch, 0, this.blockCount);
    at = writeNumber(headerScratch, at, this.lastSeq - this.closedLastSeq);
    at = writeNumber(headerScratch, at, zigzag(this.blockFirstId - this.closedFirstId));
    at = writeNumber(headerScratch, at, this.blockMaxFrequency);
    at = writeNumber(headerScratch, at, this.blockMinLength);
    at = writeNumber(headerScratch, at, bodyLength);
    this.bytes.copyWithin(this.blockStart + at, bodyStart, this.length);
    this.bytes.set(headerScratch.subarray(0, at), this.blockStart);
    this.length = this.blockStart + at + bodyLength;
    this.closedLastSeq = this.lastSeq;
    this.closedFirstId = this.blockFirstId;
    this.blockCount = 0;
  }

  private ensure(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/**
 * Reads a list: `next()` moves to the next posting, `seek(seq)` to the first
 * at or after a seq (passing whole blocks by their headers), `skipTo(seq)` to
 * the block that may hold a seq without reading any posting (for its maxima).
 * Past the end, `seq` and `blockLastSeq` are +Infinity.
 */
export class PostingsCursor {
  /** Where the next byte to read is. */
  private at = 0;
  /** Where the current block ends (the next header starts). */
  private blockEnd = 0;
  /** The previous block's last seq: the current block's first posting counts from it. */
  private blockBase = -1;
  private blockFirstId = 0;
  /** Postings of the current block not read yet. */
  private left = 0;
  /** Whether a posting of the current block has been read (seq, id... are its). */
  private inBlock = false;
  seq = -1;
  id = 0;
  frequency = 0;
  fieldLength = 0;
  /** The current block's last seq, largest frequency and smallest field length. */
  blockLastSeq = -1;
  blockMaxFrequency = 0;
  blockMinFieldLength = 0;
  /** Postings read so far (a measure of the work done, for tests and benchmarks). */
  read = 0;

  constructor(private readonly data: Uint8Array) {}

  /** Moves to the next block's header, leaving its postings unread; false past the last. */
  nextBlock(): boolean {
    if (this.blockEnd >= this.data.length) {
      this.seq = Number.POSITIVE_INFINITY;
      this.blockLastSeq = Number.POSITIVE_INFINITY;
      this.blockMaxFrequency = 0;
      this.left = 0;
      this.inBlock = true;
      this.at = this.blockEnd;
      return false;
    }
    this.at = this.blockEnd;
    const count = this.number();
    this.blockBase = this.blockLastSeq;
    this.blockLastSeq = this.blockBase + this.number();
    this.blockFirstId += unzigzag(this.number());
    this.blockMaxFrequency = this.number();
    this.blockMinFieldLength = this.number();
    const bodyLength = this.number();
    this.blockEnd = this.at + bodyLength;
    this.left = count;
    this.inBlock = false;
    return true;
  }

  next(): boolean {
    if (this.left === 0 && !this.nextBlock()) return false;
    if (this.inBlock) {
      this.seq += this.number();
      this.id += unzigzag(this.number());
    } else {
      this.seq = this.blockBase + this.number();
      this.id = this.blockFirstId;
      this.inBlock = true;
    }
    this.frequency = this.number();
    this.fieldLength = this.number();
    this.left--;
    this.read++;
    return true;
  }

  /** Moves to the block whose range may hold `target` (the first whose last seq is at or after it), reading no posting. */
  skipTo(target: number): void {
    while (this.blockLastSeq < target && this.nextBlock());
  }

  /** After `skipTo(target)`: whether the current block may hold `target` (no posting of it read yet is past it). */
  mayHold(target: number): boolean {
    return this.blockLastSeq !== Number.POSITIVE_INFINITY && !(this.inBlock && this.seq > target);
  }

  /** Moves to the first posting at or after `target`; false when there is none. */
  seek(target: number): boolean {
    if (this.inBlock && this.seq >= target) return this.seq !== Number.POSITIVE_INFINITY;
    this.skipTo(target);
    if (this.blockLastSeq === Number.POSITIVE_INFINITY) return false;
    // The block's last seq is at or after target: a posting of this block is.
    while (this.next() && this.seq < target);
    return true;
  }

  private number(): number {
    const data = this.data;
    let byte = data[this.at++] as number;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    do {
      byte = data[this.at++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte >= 0x80);
    return value;
  }
}
