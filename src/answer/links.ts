/**
 * Links that open an article at the statement: a URL text fragment
 * (`#:~:text=`), which browsers that support it scroll to and highlight.
 */

/** Percent-encodes a text-fragment term; "-", "&" and "," have meanings there, so they are encoded too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words kept at each end of a long statement (text fragments match `start,end`). */
const EDGE_WORDS = 6;

/**
 * The article link with a text fragment for `text`.
 *
 * @example textFragmentLink('https://example.com/a', 'We will win')
 * // 'https://example.com/a#:~:text=We%20will%20win'
 */
export function textFragmentLink(url: string, text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const base = url.replace(/#.*$/, '');
  if (words.length <= EDGE_WORDS * 2) return `${base}#:~:text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
