-- The coverage: articles as kept per article (their unit), and what the corpus-wide merge makes of them
-- (entities, statement clusters and their occurrences, sentences numbered across the corpus).
-- Offsets are JavaScript string indices into the article's original text (see src/corpus/types.ts);
-- `start_offset`/`end_offset` because END is a reserved word.

-- Trigram similarity (typos) and phonetic matching, for the search tables of later migrations.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- One row per article: its record as answers cite it, and what its unit needs to be merged again without
-- attributing it again. A row is valid only for its fingerprint (the article as read) and code version.
CREATE TABLE articles (
  id text PRIMARY KEY,
  -- Corpus order: the snapshot lists articles (and numbers sentences) in it.
  position integer NOT NULL,
  fingerprint text NOT NULL,
  code_version text NOT NULL,
  outlet text,
  headline text,
  url text,
  published text,
  wires text[] NOT NULL,
  text_at_url boolean NOT NULL,
  -- The unit's statements and entities resolved within the article (ResolvedArticle); its record and
  -- sentences are the columns above and the sentences table. json, not jsonb: it is only ever written and
  -- read whole, and json keeps the text as given (no conversion either way, keys in their order).
  resolved json NOT NULL
);
CREATE INDEX articles_position ON articles (position);
CREATE INDEX articles_outlet ON articles (outlet);

-- Each article's sentences in reading order; `id` numbers them across the corpus as CorpusSnapshot does.
CREATE TABLE sentences (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  id integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
-- Not unique: renumbering after an ingest shifts ids row by row.
CREATE INDEX sentences_id ON sentences (id);

-- Corpus-wide tables, brought to the new merge by each ingest that changes anything (one transaction). A row's
-- key is a hash of what it holds besides its place in the merge's order (an entity's ordinal, a cluster's id,
-- which move when articles come or go): rows whose key is unchanged are kept and at most renumbered, so adding
-- a few articles rewrites only the entities and clusters they touch.
CREATE TABLE entities (
  id text PRIMARY KEY,
  digest text NOT NULL,
  -- Order of the merge's output.
  ordinal integer NOT NULL,
  kind text NOT NULL,
  name text,
  aliases text[] NOT NULL,
  roles text[] NOT NULL,
  articles text[] NOT NULL,
  anonymous boolean NOT NULL
);
CREATE INDEX entities_ordinal ON entities (ordinal);

CREATE TABLE clusters (
  -- A hash of the cluster with its occurrences, its id left out.
  key text PRIMARY KEY,
  -- The id the snapshot gives it (QuoteCluster.id). Not unique: renumbering shifts ids row by row.
  id integer NOT NULL,
  entity text,
  speaker text,
  role text,
  anonymous boolean NOT NULL,
  kind text NOT NULL,
  text text NOT NULL
);
CREATE INDEX clusters_id ON clusters (id);
CREATE INDEX clusters_entity ON clusters (entity, id);

-- No foreign key to clusters: both are written together by one function (write-merge.ts), and checking each
-- row would slow the full ingest by a second or more on 60,000 occurrences.
CREATE TABLE occurrences (
  cluster_key text NOT NULL,
  ordinal integer NOT NULL,
  article_id text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL,
  kind text NOT NULL,
  cue text,
  mention text,
  PRIMARY KEY (cluster_key, ordinal)
);
CREATE INDEX occurrences_article ON occurrences (article_id, cluster_key);

-- What the last corpus-wide merge was made with (code and synonyms): a change redoes the merge even when
-- no article changed. One row.
CREATE TABLE coverage_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  merge_key text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
