/**
 * A term's postings in one field as bytes (search_postings.data): per
 * document in `seq` order, the gap from the previous seq, the id's change
 * (zigzag), the term's frequency and the field's length, each an unsigned
 * LEB128 varint. About four bytes a posting, read with no parsing of text:
 * a common word's tens of thousands of postings decode in a few milliseconds.
 */

/** Builds one list; postings must come in increasing `seq`. */
export class PostingsBuilder {
  private bytes = new Uint8Array(16);
  private length = 0;
  private lastSeq = -1;
  private lastId = 0;
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
    this.ensure(40);
    this.write(this.count === 0 ? seq : seq - this.lastSeq);
    const change = id - this.lastId;
    this.write(change >= 0 ? change * 2 : -change * 2 - 1);
    this.write(frequency);
    this.write(fieldLength);
    this.lastSeq = seq;
    this.lastId = id;
    this.count++;
  }

  /** The list's bytes (a view: copy it before adding more). */
  data(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private ensure(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Numbers up to 2^53: divided, not shifted, past 31 bits. */
  private write(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }
}

/** Reads a list one posting at a time: `next()` moves to the next and says whether there was one. */
export class PostingsCursor {
  private at = 0;
  private started = false;
  seq = -1;
  id = 0;
  frequency = 0;
  fieldLength = 0;

  constructor(private readonly data: Uint8Array) {}

  next(): boolean {
    if (this.at >= this.data.length) {
      this.seq = Number.POSITIVE_INFINITY;
      return false;
    }
    const gap = this.read();
    this.seq = this.started ? this.seq + gap : gap;
    this.started = true;
    const change = this.read();
    this.id += change % 2 === 0 ? change / 2 : -(change + 1) / 2;
    this.frequency = this.read();
    this.fieldLength = this.read();
    return true;
  }

  private read(): number {
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
