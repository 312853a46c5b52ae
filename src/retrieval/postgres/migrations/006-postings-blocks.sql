-- search_postings.data is now written in blocks with headers (src/retrieval/postgres/postings-codec.ts):
-- lists of the earlier form would be misread. They go; opening then asks for an ingest, which rewrites
-- them (the store's code changed, so the next ingest rewrites the search tables without attributing again).
TRUNCATE search_postings;
