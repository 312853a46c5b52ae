/** The table's rows, reused by every call (one runs to its end before another starts). */
let rows = new Int32Array(96);

/**
 * How many single-letter edits (insert, delete, replace, or swap two
 * neighbours) turn one word into another, up to a limit: "hwo" is one edit
 * from "who", "sed" two from "said".
 *
 * @example editDistance('waht', 'what', 2) // 1
 * @example editDistance('banana', 'who', 2) // 3 (anything over the limit is limit + 1)
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Optimal string alignment: rows of the classic table, keeping the two before for swaps, in one reused array
  // (a name or a typo is weighed against thousands of words: rows made anew each time were most of its cost).
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let [before2, before, row] = [0, width, 2 * width];
  for (let j = 0; j < width; j++) rows[before + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let best = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((rows[before + j] as number) + 1, (rows[row + j - 1] as number) + 1, (rows[before + j - 1] as number) + cost);
      if (i > 1 && j > 1 && code === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, (rows[before2 + j - 2] as number) + 1);
      rows[row + j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [before2, before, row] = [before, row, before2];
  }
  return Math.min(rows[before + b.length] as number, limit + 1);
}
