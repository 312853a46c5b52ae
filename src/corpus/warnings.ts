import type { LoadWarning } from './types.js';

/** A load warning as one line: "file:line: message". */
export function describeWarning(warning: LoadWarning): string {
  const where = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`;
  return `${where}: ${warning.message}`;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

/** Why an article over the size limit is refused: "is 50.0 MB (52428800 bytes), over the limit of 5.0 MB for one article (MAX_ARTICLE_BYTES)". */
export function tooLarge(bytes: number, maxBytes: number): string {
  return `is ${size(bytes)}${bytes >= 1024 ? ` (${bytes} bytes)` : ''}, over the limit of ${size(maxBytes)} for one article (MAX_ARTICLE_BYTES)`;
}
