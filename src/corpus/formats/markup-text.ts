/**
 * The plain text of a fragment of HTML markup, as a feed item's content or a
 * NITF body paragraph carries it: block ends become paragraph breaks, tags
 * go, character references are decoded. Not a reader for whole pages (no
 * boilerplate removal): the fragments read here are the story alone.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  middot: '·', bull: '•', times: '×', shy: '', zwnj: '', zwj: '', thinsp: ' ', ensp: ' ', emsp: ' ',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç', szlig: 'ß', aelig: 'æ',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Oslash: 'Ø', Aring: 'Å', Ntilde: 'Ñ', Ccedil: 'Ç',
};

/**
 * Text with its character references decoded: `&amp;`, `&#8217;`, `&#x2019;`
 * and the named ones news text uses; an unknown name is left as written.
 *
 * @example decodeEntities('Roe &amp; Varga&#8217;s plan') // 'Roe & Varga’s plan'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    // Not a character (a surrogate, past U+10FFFF, NUL): what a reader would see instead.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Elements whose end is a paragraph's: each becomes a blank line. */
const BLOCK = 'p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|table|tr|pre|figure|dl|dt|dd|hr';
/** Elements whose whole content is no part of the text read. */
const DROPPED = 'script|style|noscript|template|figcaption|iframe|object|svg';

/**
 * `text` without each span that `open` starts and the `close` it calls for
 * ends (what is inside kept where `keepInside`); a span never closed runs to
 * the end, as in a browser. Each search starts where the last ended: a
 * thousand unclosed openings cost one pass, not a thousand.
 */
function withoutSpans(text: string, open: RegExp, close: (opening: RegExpExecArray) => RegExp, keepInside = false): string {
  let kept = '';
  let at = 0;
  for (let opening = open.exec(text); opening; opening = open.exec(text)) {
    const inside = opening.index + opening[0].length;
    const closing = close(opening);
    closing.lastIndex = inside;
    const closed = closing.exec(text);
    kept += text.slice(at, opening.index) + (keepInside ? text.slice(inside, closed ? closed.index : text.length) : '');
    if (!closed) return kept;
    at = closed.index + closed[0].length;
    open.lastIndex = at;
  }
  return kept + text.slice(at);
}

/**
 * The plain text of an HTML fragment: paragraphs and other blocks separated
 * by blank lines, `<br>` a line break, every other tag removed, entities
 * decoded, runs of spaces made one. Text with no markup keeps its own line
 * breaks: only its entities are decoded and its spaces tidied.
 *
 * @example markupText('<p>Roe said: &ldquo;Soon.&rdquo;</p><p>Varga left.</p>') // 'Roe said: “Soon.”\n\nVarga left.'
 */
export function markupText(html: string): string {
  // In markup a line break is a space (its tags say where lines and paragraphs end); plain text keeps its own.
  const source = /<[A-Za-z!/]/.test(html) ? html.replace(/\s+/g, ' ') : html;
  const bare = withoutSpans(
    withoutSpans(withoutSpans(source, /<!--/g, () => /-->/g), /<!\[CDATA\[/g, () => /\]\]>/g, true),
    new RegExp(`<(${DROPPED})\\b`, 'gi'),
    (opening) => new RegExp(`</${opening[1] ?? ''}\\s*>`, 'gi'),
  );
  const marked = bare
    .replace(/<br\s*\/?>/gi, '\n')
    // A tag ends before the next "<": a stray "<" costs one step, never a scan to the end of the text.
    .replace(new RegExp(`</?(?:${BLOCK})\\b[^<>]*>`, 'gi'), '\n\n')
    .replace(/<[A-Za-z/!?][^<>]*>/g, '');
  return decodeEntities(marked)
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
