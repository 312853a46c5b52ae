/** Width of a column before its cells are cut short with "…". */
const MAX_COLUMN = 60;

function fit(cell: string, width: number): string {
  const flat = cell.replace(/\s+/g, ' ');
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return cut.padEnd(width);
}

/**
 * A plain-text table for terminals: one line a row, columns padded; the
 * last column is never cut, so links stay whole and clickable.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.min(MAX_COLUMN, Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))),
  );
  const last = header.length - 1;
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === last ? cell.replace(/\s+/g, ' ') : fit(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
