/**
 * The context links of a snapshot, written whole (sentence and statement ids are renumbered by an ingest,
 * so every link may move).
 */
import { contextLinks } from '../context-links.js';
import type { CorpusSnapshot, SentenceRecord } from '../snapshot.js';
import type { PoolClient } from './pool.js';

/** Links per statement: numbers sent as array literals, with no object a link (a million links at 10x Reuters). */
const LINKS_PER_STATEMENT = 50_000;

export async function writeContextLinks(client: PoolClient, snapshot: CorpusSnapshot): Promise<void> {
  const byArticle = new Map<string, SentenceRecord[]>();
  for (const sentence of snapshot.sentences) {
    const list = byArticle.get(sentence.articleId);
    if (list) list.push(sentence);
    else byArticle.set(sentence.articleId, [sentence]);
  }
  await client.query('DELETE FROM context_links');
  let columns = { sentences: [] as number[], ordinals: [] as number[], clusters: [] as number[], own: [] as string[] };
  const send = async (): Promise<void> => {
    const { sentences, ordinals, clusters, own } = columns;
    columns = { sentences: [], ordinals: [], clusters: [], own: [] };
    await client.query(
      'INSERT INTO context_links (sentence_id, ordinal, cluster_id, own) SELECT * FROM unnest($1::integer[], $2::integer[], $3::integer[], $4::boolean[])',
      [`{${sentences.join(',')}}`, `{${ordinals.join(',')}}`, `{${clusters.join(',')}}`, `{${own.join(',')}}`],
    );
  };
  for (const [sentence, links] of contextLinks(snapshot.clusters, (id) => byArticle.get(id) ?? [])) {
    links.forEach((link, ordinal) => {
      columns.sentences.push(sentence);
      columns.ordinals.push(ordinal);
      columns.clusters.push(link.cluster);
      columns.own.push(link.own ? 't' : 'f');
    });
    if (columns.sentences.length >= LINKS_PER_STATEMENT) await send();
  }
  if (columns.sentences.length > 0) await send();
}
