-- Each article's text signature (src/corpus/text-signature.ts, base64): copies of one story are counted once.
-- Articles ingested before have none until the next ingest attributes them again (their code version changed).
ALTER TABLE articles ADD COLUMN IF NOT EXISTS signature text;
