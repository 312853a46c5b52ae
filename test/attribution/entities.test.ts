import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

const article = (id: string, body: string) =>
  prepareArticle({ id, origin: `${id}.txt`, text: `Headline of the story\n\n${body}`, headlineInText: true });

describe('speaker entities', () => {
  it('list every article a person spoke in, with ids compared as written', () => {
    const { entities } = attributeCorpus([
      article('report.1', '"The bridge opens in May," Jane Roe said.'),
      article('report1', '"The bridge will be late," Jane Roe said.'),
    ], EMPTY_CONFIG);
    expect(entities.find((e) => e.name === 'Jane Roe')?.articles).toEqual(['report.1', 'report1']);
  });
});
