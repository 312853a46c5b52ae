/** Many texts kept as one block of bytes, each found by its offsets. */

/**
 * Texts written one after another into one block (UTF-8), with where each
 * starts (n + 1 offsets). One buffer for them all: a buffer each (V8's
 * serialiser makes one of a few kilobytes for any value) cost eight times
 * the texts' own size while the coverage was packed.
 */
export function packTexts(texts: readonly string[]): [Uint8Array, Uint32Array] {
  const offsets = new Uint32Array(texts.length + 1);
  texts.forEach((text, index) => (offsets[index + 1] = (offsets[index] ?? 0) + Buffer.byteLength(text)));
  const block = Buffer.allocUnsafe(offsets[texts.length] ?? 0);
  texts.forEach((text, index) => block.write(text, offsets[index] ?? 0, 'utf8'));
  return [block, offsets];
}
