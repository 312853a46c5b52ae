/**
 * Documents as sources: "the report", "a statement from the council",
 * "Roe's letter". A document speaks for whoever wrote it, when the text
 * names the author in the phrase itself; otherwise it stays a document, a
 * source of its own kind with no person's name.
 */
import type { Token } from '../language/tokens.js';
import { tokenize } from '../language/tokens.js';
import { DOCUMENT_HEADS } from './lexicon.js';
import { describeMention } from './mentions.js';
import type { Mention } from './types.js';

/**
 * The author a document mention names, as a mention of its own: the owner
 * of "Roe's letter", the body before "the Springfield Council statement",
 * or what follows "a statement from" / "a report by". Null when none.
 */
export function documentAuthor(text: string, mention: Mention): Mention | null {
  const tokens = tokenize(text, mention);
  const words = tokens.filter((t) => t.kind === 'word');
  // "analysis" as written, "reports" without its plural s.
  const head = words.findIndex((t) => DOCUMENT_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower.replace(/s$/, '')));
  if (head < 0) return null;
  const after = words[head + 1];
  if (after && /^(?:from|by|of)$/.test(after.lower) && words[head + 2]) {
    return describe(text, words.slice(head + 2));
  }
  const issuer = head === words.length - 1 ? issuedBy(text, mention) : null;
  if (issuer) return issuer;
  const owner = words.slice(0, head).findLastIndex((t) => /['’]s$/.test(t.text));
  if (owner >= 0) {
    const ownerWords = words.slice(0, owner + 1);
    const last = ownerWords[owner];
    if (!last) return null;
    const bare = { ...last, text: last.text.replace(/['’]s$/, ''), end: last.end - 2 };
    return describe(text, [...ownerWords.slice(0, owner), bare]);
  }
  // "The Springfield Council statement": capitalised words before the head are its author.
  const before = words.slice(0, head).filter((t) => !/^(?:the|a|an)$/i.test(t.text));
  if (before.length > 0 && before.every((t) => /^\p{Lu}/u.test(t.text))) return describe(text, before);
  return publishedOn(text, mention);
}

/** Where a body or person puts out its own documents ("on Acme's website"). */
const OUTLETS: ReadonlySet<string> = new Set(['website', 'site', 'blog', 'page', 'account', 'feed', 'channel']);
/** How many words of an owner's name may stand between "on" and its possessive ending. */
const OWNER_WORDS = 5;

/**
 * '"...," says a statement on the Springfield Council's website.': the
 * owner of the website a document is put out on, later in the sentence.
 */
function publishedOn(text: string, mention: Mention): Mention | null {
  const tokens = tokenize(text, { start: mention.end, end: Math.min(text.length, mention.end + ISSUER_REACH) });
  const end = tokens.findIndex((t) => /^[.!?]$/.test(t.text));
  const sentence = end < 0 ? tokens : tokens.slice(0, end);
  for (let on = sentence.findIndex((t) => t.lower === 'on'); on >= 0; on = sentence.findIndex((t, at) => at > on && t.lower === 'on')) {
    const owned = sentence.findIndex((t, at) => at > on && at - on <= OWNER_WORDS && /['’]s$/.test(t.text));
    const owner = sentence[owned];
    if (!owner || !OUTLETS.has(sentence[owned + 1]?.lower ?? '')) continue;
    const bare = { ...owner, text: owner.text.slice(0, -2), end: owner.end - 2 };
    const words = [...sentence.slice(on + 1, owned), bare].filter((t) => t.kind === 'word');
    if (words.every((t) => /^(?:the|\p{Lu}.*)$/u.test(t.text))) return describe(text, words);
  }
  return null;
}

/** Verbs of making or putting out a document, whose "by" names its author ("obtained by" does not). */
const AUTHORING: ReadonlySet<string> = new Set(['issued', 'released', 'signed', 'written', 'published', 'posted', 'sent', 'filed', 'authored', 'prepared']);
/** How far past the document a name after "issued by" may run. */
const ISSUER_REACH = 80;

/**
 * '"...," said a statement released by the Springfield Council.': the
 * capitalised name after "by" that follows a document and a verb of making it.
 */
function issuedBy(text: string, mention: Mention): Mention | null {
  const tokens = tokenize(text, { start: mention.end, end: Math.min(text.length, mention.end + ISSUER_REACH) });
  if (!AUTHORING.has(tokens[0]?.lower ?? '') || tokens[1]?.lower !== 'by') return null;
  const name: Token[] = [];
  for (const token of tokens.slice(2)) {
    const joins = name.length > 0 && /^(?:of|and|for)$/.test(token.lower);
    if (token.kind !== 'word' || !(/^\p{Lu}/u.test(token.text) || joins || (name.length === 0 && token.lower === 'the'))) break;
    name.push(token);
  }
  while (name.length > 0 && !/^\p{Lu}/u.test(name[name.length - 1]?.text ?? '')) name.pop();
  return name.some((t) => /^\p{Lu}/u.test(t.text)) ? describe(text, name) : null;
}

function describe(text: string, words: readonly Token[]): Mention | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const mention = describeMention(text.slice(first.start, last.end), words, first.start, last.end);
  return mention.kind === 'pronoun' ? null : mention;
}
