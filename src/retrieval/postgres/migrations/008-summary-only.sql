-- Whether an article's text was only a summary of its story (a feed item without its full content):
-- answers and the list of sources say so. Rows written before this column were read from formats that
-- always carry the whole story; an ingest by this version rewrites them all anyway (its code version differs).
ALTER TABLE articles ADD COLUMN summary_only boolean NOT NULL DEFAULT false;
