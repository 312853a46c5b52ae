/**
 * `duplicates [--json]`: the pairs of articles of the corpus that share long
 * verbatim passages (a wire story carried by several outlets, one file saved
 * twice), with the share of the shorter one's text found in the other.
 */
import { sharedPairs, type CopyPair } from '../../corpus/copies.js';
import { loadCorpusLogged } from '../corpus-loading.js';
import type { Command } from '../context.js';
import { formatTable } from '../table.js';

export const duplicatesCommand: Command = {
  name: 'duplicates',
  summary: 'pairs of articles that share text (copies, wire stories carried twice) and the share of the shorter one found in the other',
  usage: 'duplicates [--json] [--corpus PATH]...',
  run: (context) => {
    const corpus = loadCorpusLogged(context.corpusPaths, context.log, { maxArticleBytes: context.settings.maxArticleBytes });
    const started = performance.now();
    // The story's sentences, not the page around it: two sites' furniture is no shared text.
    const pairs: CopyPair[] = sharedPairs(corpus.articles.map((article) => ({ id: article.id, text: article.sentences.map((sentence) => sentence.text).join(' ') })));
    const ms = Math.round(performance.now() - started);
    context.log.info({ pairs: pairs.length, articles: corpus.articles.length, ms }, `found ${pairs.length} pairs of articles sharing text among ${corpus.articles.length} in ${ms} ms`);
    if (context.json) {
      context.out(`${JSON.stringify(pairs)}\n`);
      return 0;
    }
    context.out(formatTable(['article', 'shares text with', 'shared'], pairs.map((pair) => [pair.a, pair.b, `${Math.round(pair.shared * 100)}%`])));
    context.out(`${pairs.length} pair${pairs.length === 1 ? '' : 's'} of articles sharing half or more of the shorter one's text\n`);
    return 0;
  },
};
