-- The search synonyms the coverage was made with (config/ and the corpus's own):
-- a process answering from the database builds its normaliser from them, so
-- questions meet the stored terms on the same words, without reading the corpus.
ALTER TABLE coverage_state ADD COLUMN synonyms jsonb NOT NULL DEFAULT '{"groups": []}'::jsonb;
-- The version of the coverage's content (articles and statements), changed by every ingest that changes them:
-- a process answering from the database sees that what it fetched before is of another version.
ALTER TABLE coverage_state ADD COLUMN version text NOT NULL DEFAULT '';
