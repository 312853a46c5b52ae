/**
 * What an ingest must do, worked out from the articles read and what the
 * articles table holds: which articles to attribute (new, or changed in
 * content or code), which to remove, which to keep as they are. Pure.
 */
import { articleFingerprint } from '../article-unit.js';
import type { RawArticle } from '../../corpus/prepare.js';

/** What the articles table holds of one article. */
export interface StoredArticle {
  fingerprint: string;
  codeVersion: string;
  position: number;
}

export interface IngestPlan {
  /** Every article in corpus order, with its fingerprint and whether it must be attributed. */
  corpus: { raw: RawArticle; fingerprint: string; fresh: boolean; stored: StoredArticle | undefined }[];
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** An unchanged article stands at another place in the corpus: positions and sentence numbers move. */
  reordered: boolean;
}

export function planIngest(raws: readonly RawArticle[], stored: ReadonlyMap<string, StoredArticle>, codeVersion: string): IngestPlan {
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  let reordered = false;
  const corpus = raws.map((raw, position) => {
    if (seen.has(raw.id)) throw new Error(`article id "${raw.id}" appears twice in the corpus; ids must be unique`);
    seen.add(raw.id);
    const fingerprint = articleFingerprint(raw);
    const kept = stored.get(raw.id);
    const fresh = !kept || kept.fingerprint !== fingerprint || kept.codeVersion !== codeVersion;
    if (!kept) added.push(raw.id);
    else if (fresh) changed.push(raw.id);
    else if (kept.position !== position) reordered = true;
    return { raw, fingerprint, fresh, stored: kept };
  });
  const removed = [...stored.keys()].filter((id) => !seen.has(id));
  return { corpus, added, changed, removed, unchanged: raws.length - added.length - changed.length, reordered };
}
