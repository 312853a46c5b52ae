import type { LoadWarning } from './types.js';

/** A load warning as one line: "file:line: message". */
export function describeWarning(warning: LoadWarning): string {
  const where = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`;
  return `${where}: ${warning.message}`;
}
