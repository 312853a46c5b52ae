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
  // Optimal string alignment: rows of the classic table, keeping the two before for swaps.
  let before2: number[] = [];
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((before[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (before[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before2[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before2 = before;
    before = row;
  }
  return Math.min(before[b.length] ?? limit + 1, limit + 1);
}
