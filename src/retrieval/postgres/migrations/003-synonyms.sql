-- The search synonyms the coverage was made with (config/ and the corpus's own):
-- a process answering from the database builds its normaliser from them, so
-- questions meet the stored terms on the same words, without reading the corpus.
ALTER TABLE coverage_state ADD COLUMN synonyms jsonb NOT NULL DEFAULT '{"groups": []}'::jsonb;
