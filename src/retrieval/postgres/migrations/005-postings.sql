-- Each term's postings per field in a compact binary form (src/retrieval/postgres/postings-codec.ts),
-- read by primary key: a search reads its terms' lists whole, with no tsvector to filter or parse.
-- search_documents stays, for removing documents and for searches among a few documents; nothing
-- finds documents by their terms through it any more, so its GIN index goes (ingest no longer keeps it up).
CREATE TABLE search_postings (
  index_name text NOT NULL,
  term text COLLATE "C" NOT NULL,
  field integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (index_name, term, field)
) PARTITION BY LIST (index_name);
CREATE TABLE search_postings_statements PARTITION OF search_postings FOR VALUES IN ('statements');
CREATE TABLE search_postings_sentences PARTITION OF search_postings FOR VALUES IN ('sentences');
CREATE TABLE search_postings_speakers PARTITION OF search_postings FOR VALUES IN ('speakers');
-- Varints compress little: stored as they are, read without decompressing.
ALTER TABLE search_postings_statements ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE search_postings_sentences ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE search_postings_speakers ALTER COLUMN data SET STORAGE EXTERNAL;
DROP INDEX search_documents_terms;
-- No query filters or joins on these columns: the ANALYZE after an ingest skips them (a tsvector's
-- statistics were seconds of every ingest).
ALTER TABLE search_documents ALTER COLUMN terms SET STATISTICS 0;
ALTER TABLE search_postings ALTER COLUMN data SET STATISTICS 0;
