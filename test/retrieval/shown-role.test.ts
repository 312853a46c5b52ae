import { describe, expect, it } from 'vitest';
import type { SpeakerEntity, Statement } from '../../src/attribution/index.js';
import { clusterStatements } from '../../src/retrieval/clusters.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';
import { isRolePhrase, shownRole } from '../../src/retrieval/shown-role.js';

describe('isRolePhrase', () => {
  it('takes a title, an appositive and a role with a relative clause', () => {
    expect(isRolePhrase('Mayor')).toBe(true);
    expect(isRolePhrase('a spokeswoman for the Ostby ferry company')).toBe(true);
    expect(isRolePhrase('an engineer who has worked on the bridge')).toBe(true);
    expect(isRolePhrase('the firm that is buying the docks')).toBe(true);
  });

  it('refuses a clause that ran into the name', () => {
    expect(isRolePhrase('first vote in that hall was held on Monday with')).toBe(false);
    expect(isRolePhrase('a ferry pilot from Kelvale told reporters')).toBe(false);
    expect(isRolePhrase('')).toBe(false);
    expect(isRolePhrase('a spokesman for Mr')).toBe(false);
    expect(isRolePhrase('of Freedonia')).toBe(false);
    expect(isRolePhrase("Freedonia's")).toBe(false);
  });
});

describe('shownRole', () => {
  it('shows the fullest role written with the statement', () => {
    expect(shownRole(['Mayor', 'Springfield Mayor'], new Map([['Mayor', 4]]), [])).toBe('Springfield Mayor');
  });

  it('otherwise the role written most often with the speaker, not the longest', () => {
    const bySpeaker = new Map([['harbour master', 3], ['a former captain of the Ostby rowing club', 1]]);
    expect(shownRole([null], bySpeaker, [])).toBe('harbour master');
  });

  it('never a clause, even when it is all that was written', () => {
    expect(shownRole(['first vote was held on Monday with'], new Map(), ['Mayor'])).toBe('Mayor');
    expect(shownRole(['first vote was held on Monday with'], new Map(), [])).toBeNull();
  });
});

describe('roles of clustered statements', () => {
  const said = (articleId: string, text: string, role: string | null): Statement => ({
    articleId, text, start: 0, end: text.length, kind: 'direct', cue: null,
    speaker: { mention: null, name: 'Jane Roe', role, anonymous: false, entity: 'person:jane roe' },
  });

  it('give a speaker the role written most often, never a clause that ran into the name once', () => {
    const clusters = clusterStatements(
      [
        said('a1', 'The ferry will run all winter', 'Council leader'),
        said('a2', 'Tolls on the bridge will stay the same', 'Council leader'),
        said('a3', 'The pier opens in May', 'first vote of the year was held on Monday with'),
      ],
      createNormaliser({ groups: [] }),
      [{ id: 'person:jane roe', kind: 'person', name: 'Jane Roe', aliases: [], roles: ['first vote of the year was held on Monday with', 'Council leader'], anonymous: false, articles: ['a1', 'a2', 'a3'] } satisfies SpeakerEntity],
    );
    expect(clusters.map((c) => c.role)).toEqual(['Council leader', 'Council leader', 'Council leader']);
  });
});
