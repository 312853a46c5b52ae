-- Full-text search that answers exactly as minisearch does (src/retrieval/postgres/search.ts): each
-- index's documents hold the terms OUR normaliser makes (never PostgreSQL's parser), with the term
-- frequencies, field lengths and per-term document frequencies minisearch's BM25+ needs.
-- One partition per index name, so each index has its own small GIN and trigram indexes.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Per index: its fields (in minisearch's order) and the statistics BM25 needs.
CREATE TABLE search_indexes (
  name text PRIMARY KEY,
  fields text[] NOT NULL,
  document_count integer NOT NULL DEFAULT 0,
  -- Sum of each field's length over the documents (average = sum / document_count).
  field_length_sums bigint[] NOT NULL,
  -- minisearch's short ids: the order documents were added in, which orders its postings.
  next_seq bigint NOT NULL DEFAULT 0
);

-- One row per document. `terms` holds one lexeme per term (the term itself) and one position per
-- field it occurs in: position = field number * span + frequency (see tsvector-text.ts); a frequency of
-- `span` or more is kept in search_frequency_overflow.
CREATE TABLE search_documents (
  index_name text NOT NULL,
  id integer NOT NULL,
  seq bigint NOT NULL,
  -- minisearch's field length: distinct tokens of each field, stop words included.
  lengths integer[] NOT NULL,
  terms tsvector NOT NULL,
  PRIMARY KEY (index_name, id)
) PARTITION BY LIST (index_name);
CREATE TABLE search_documents_statements PARTITION OF search_documents FOR VALUES IN ('statements');
CREATE TABLE search_documents_sentences PARTITION OF search_documents FOR VALUES IN ('sentences');
CREATE TABLE search_documents_speakers PARTITION OF search_documents FOR VALUES IN ('speakers');
CREATE INDEX search_documents_terms ON search_documents USING gin (terms);

CREATE TABLE search_frequency_overflow (
  index_name text NOT NULL,
  id integer NOT NULL,
  term text COLLATE "C" NOT NULL,
  field integer NOT NULL,
  frequency integer NOT NULL,
  PRIMARY KEY (index_name, id, term, field)
);

-- The vocabulary: one row per term of an index.
CREATE TABLE search_terms (
  index_name text NOT NULL,
  -- Byte order, so a prefix is a range of the primary key.
  term text COLLATE "C" NOT NULL,
  -- The term's length in UTF-16 code units, as minisearch measures it.
  length integer NOT NULL,
  -- An ASCII image of the term, one character per code unit, for pg_trgm (see trigram-key.ts).
  trigram_key text NOT NULL,
  -- Documents holding the term, per field.
  frequencies integer[] NOT NULL,
  -- Where the term sits in minisearch's radix tree (child numbers from the root): the order in which
  -- minisearch lists prefix and fuzzy matches, which decides the order of terms and of tied results.
  tree_path integer[] NOT NULL,
  PRIMARY KEY (index_name, term)
) PARTITION BY LIST (index_name);
CREATE TABLE search_terms_statements PARTITION OF search_terms FOR VALUES IN ('statements');
CREATE TABLE search_terms_sentences PARTITION OF search_terms FOR VALUES IN ('sentences');
CREATE TABLE search_terms_speakers PARTITION OF search_terms FOR VALUES IN ('speakers');
CREATE INDEX search_terms_trigrams ON search_terms USING gin (trigram_key gin_trgm_ops);
