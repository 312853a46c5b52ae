/**
 * Acronyms an article introduces in brackets ("Springfield Water Board
 * (SWB)"), so that the short form reads as the body it stands for.
 */
import { foldName } from './names.js';

/** Capitalised words, with the small words names keep inside them, then an acronym in brackets. */
const INTRODUCED = /(?<![\p{L}&'’.-])((?:\p{Lu}[\p{L}&'’.-]*[ \t]+(?:(?:of|on|for|and|the|de|du|des|la|le)[ \t]+){0,3}){1,8})\([ \t]*(\p{Lu}[\p{Lu}&]{1,7})[ \t]*\)/gu;

/** Whether an acronym's letters are the initials of a name's capitalised words ("SWB" for "Springfield Water Board"). */
function abbreviates(acronym: string, name: string): boolean {
  const initials = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials === acronym.replace(/&/g, '');
}

/** Acronyms the text introduces in brackets after a name, folded, with that name. */
export function bracketedAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  // The pattern tries every position of the text; without a bracket it cannot match at all.
  if (!text.includes('(')) return found;
  for (const match of text.matchAll(INTRODUCED)) {
    const name = (match[1] ?? '').trim().replace(/\s+/g, ' ');
    const acronym = match[2] ?? '';
    // Only as many words as the acronym needs: "Yesterday the Springfield Water Board (SWB)".
    const words = name.split(' ');
    for (let from = words.length - 1; from >= 0; from--) {
      const candidate = words.slice(from).join(' ');
      if (abbreviates(acronym, candidate) && /^\p{Lu}/u.test(candidate)) {
        if (!found.has(foldName(acronym))) found.set(foldName(acronym), candidate.replace(/^the\s+/i, ''));
        break;
      }
    }
  }
  return found;
}
