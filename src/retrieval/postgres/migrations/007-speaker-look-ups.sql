-- What answering asks of the speakers, asked here instead of holding every speaker in the process: how many
-- statements each has (who is quoted most), and the words of their names and roles (who is named so, whose
-- roles carry a group's words). Both are written with each entity row (write-merge.ts); a database written by
-- an older version has no count and no words, and must be ingested again (postgres-coverage.ts says so).
ALTER TABLE entities ADD COLUMN statements integer NOT NULL DEFAULT 0;
-- The named speakers by how often they are quoted: /help's and autocomplete's first speakers.
CREATE INDEX entities_most_quoted ON entities (statements DESC, ordinal) WHERE name IS NOT NULL AND name <> '' AND NOT anonymous AND statements > 0;

-- One row per word of a speaker's name ('name': named, not anonymous speakers, the words a question's are
-- matched with) or roles ('role': named people's, as groups are matched), each word once per speaker.
-- Byte order, so the words of a first letter, or of a prefix, are a range of the primary key.
CREATE TABLE speaker_words (
  field text NOT NULL,
  word text COLLATE "C" NOT NULL,
  entity text NOT NULL,
  PRIMARY KEY (field, word, entity)
);
-- Removing an entity's words when the entity is rewritten or gone.
CREATE INDEX speaker_words_entity ON speaker_words (entity);
