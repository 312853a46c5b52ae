-- Which statements each sentence is context for (see src/retrieval/context-links.ts), written by every
-- ingest that changes the coverage: a question's sentence matches lead to statements in one indexed look-up,
-- without reading whole articles.
CREATE TABLE context_links (
  sentence_id integer NOT NULL,
  ordinal integer NOT NULL,
  cluster_id integer NOT NULL,
  own boolean NOT NULL,
  PRIMARY KEY (sentence_id, ordinal)
);
