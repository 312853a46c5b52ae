/**
 * Levenshtein distance over UTF-16 code units, as minisearch's fuzzy search
 * counts it (an astral character is two units), or null beyond `limit`.
 */
export function boundedLevenshtein(a: string, b: string, limit: number): number | null {
  if (Math.abs(a.length - b.length) > limit) return null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return null;
    previous = current;
  }
  const distance = previous[b.length] as number;
  return distance <= limit ? distance : null;
}
