#include "store/schema.h"

#include <array>

#include <fmt/format.h>

namespace tidings::store {
namespace {

// Version 1: the whole pipeline's output.
//
// Conventions: every offset (char_begin, char_end) counts Unicode code points
// into articles.text, so substr(articles.text, char_begin + 1, char_end -
// char_begin) is the span in SQL and text[char_begin:char_end] in Python.
// Child rows of an article are keyed by (article_id, idx) where idx is the
// position in the pipeline's Document (entity idx 0 is the article's "e1");
// since version 4 paragraphs, sentences, mentions, entities and band_keys
// name the article by articles.seq (article_seq) instead, and only quotes,
// times and event_mentions keep article_id.
// Entity references (…_entity) are such idx values, NULL when unresolved.
// Dates are ISO 8601 text. Nothing depends on wall-clock time, so the same
// inputs always give the same database content.
constexpr std::string_view kVersion1 = R"sql(
-- One row per input record, whatever became of it.
CREATE TABLE records (
  key        TEXT PRIMARY KEY,   -- stable hash of source, offset and payload (or rejection reason)
  source     TEXT NOT NULL,      -- the input file as named on the command line; '-' for stdin
  byte_offset INTEGER NOT NULL,  -- where the record starts inside source
  uri        TEXT,               -- WARC-Target-URI or JSONL url; NULL when none
  status     TEXT NOT NULL CHECK (status IN ('processed', 'rejected')),
  reason     TEXT,               -- why it was rejected; NULL when processed
  article_id TEXT                -- articles.id when processed
) WITHOUT ROWID;
CREATE INDEX records_by_article ON records(article_id);
CREATE INDEX records_by_source ON records(source, byte_offset);

-- One row per distinct article (same URL and content = same id).
CREATE TABLE articles (
  seq            INTEGER PRIMARY KEY,   -- insertion number; the full-text index's rowid
  id             TEXT NOT NULL UNIQUE,  -- the pipeline's stable article id (hash of URL and content, or the JSONL id)
  url            TEXT,
  site           TEXT,                  -- site name from the page's metadata
  source         TEXT NOT NULL,         -- who published it: URL host without www., else site, else ''
  title          TEXT,
  author         TEXT,
  language       TEXT,                  -- ISO 639-1
  published      TEXT,                  -- ISO 8601 date or date-time
  published_from TEXT,                  -- json-ld, meta, time-element, url, text, input
  description    TEXT,
  text           TEXT NOT NULL,         -- cleaned body: paragraphs joined by a blank line
  warnings       TEXT NOT NULL,         -- JSON array of strings
  text_hash      TEXT NOT NULL,         -- hash of the normalized text (case, spacing, punctuation folded)
  signature      BLOB,                  -- MinHash signature for near-duplicates; NULL when not computed
  cluster_id     TEXT NOT NULL          -- duplicate cluster: smallest article id among its exact and near duplicates
);
CREATE INDEX articles_by_text_hash ON articles(text_hash);
CREATE INDEX articles_by_cluster ON articles(cluster_id);
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX articles_by_source ON articles(source);

-- Full-text index over title and text (external content: articles).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

-- Locality-sensitive hashing bands of each article's signature: articles
-- sharing a (band, key) are near-duplicate candidates.
CREATE TABLE band_keys (
  band       INTEGER NOT NULL,
  key        INTEGER NOT NULL,   -- the band's 64-bit hash, stored as a signed integer
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE TABLE paragraphs (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL,      -- paragraph, heading, quote, list-item
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  paragraph  INTEGER NOT NULL,   -- paragraphs.idx
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Stretches of text naming an actor.
CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL,      -- person, state, organization, media, place, role
  entity     INTEGER,            -- entities.idx; NULL when unresolved
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- The actors of each article, resolved at the article's date.
CREATE TABLE entities (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  local_id   TEXT NOT NULL,      -- "e1", "e2"... as in the annotate JSON
  name       TEXT NOT NULL,      -- canonical name
  kind       TEXT NOT NULL,
  actor      TEXT,               -- CAMEO-style code ("RUSGOV"); NULL when none
  role       TEXT,
  country    TEXT,               -- ISO alpha-3
  mentions   INTEGER NOT NULL,   -- how many mentions refer to it
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_by_actor ON entities(actor);
CREATE INDEX entities_by_name ON entities(name);

-- Quotations: the reported words, who said them and who relayed them.
CREATE TABLE quotes (
  article_id     TEXT NOT NULL,
  idx            INTEGER NOT NULL,
  kind           TEXT NOT NULL,  -- direct, indirect, mixed
  char_begin     INTEGER NOT NULL,
  char_end       INTEGER NOT NULL,
  text           TEXT NOT NULL,
  speaker_text   TEXT,           -- NULL when no speaker was found
  speaker_entity INTEGER,        -- entities.idx
  cue_text       TEXT,
  relayed_by     TEXT NOT NULL,  -- JSON array, nearest first: [{"text": "Xinhua", "entity": 3 | null}]
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_by_speaker ON quotes(speaker_entity);

-- TimeML TIMEX3 expressions resolved against the publication date.
CREATE TABLE times (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  type       TEXT NOT NULL,      -- DATE, TIME, DURATION, SET
  value      TEXT NOT NULL,      -- "2024-12-31", "P3D", "XXXX-12-25"...
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row per real-world event, as in GDELT: the coded mentions of all
-- articles with the same source actor, target actor and CAMEO code whose
-- dates lie within one day of each other (chained) are one event. Undated
-- mentions only group within their own article.
CREATE TABLE events (
  id               TEXT PRIMARY KEY,  -- hash of source_actor, target_actor, cameo and date (and article when undated)
  source_actor     TEXT NOT NULL,     -- CAMEO-style actor code; '' when unknown
  target_actor     TEXT NOT NULL,
  cameo            TEXT NOT NULL,     -- "036"
  cameo_name       TEXT,
  root             TEXT NOT NULL,     -- "03"
  goldstein        REAL,
  quad_class       INTEGER,           -- 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
  plover           TEXT,              -- PLOVER event category
  plover_mode      TEXT,
  date             TEXT,              -- YYYY-MM-DD, earliest date of its mentions; NULL when undated
  date_last        TEXT,              -- latest date of its mentions
  num_mentions     INTEGER NOT NULL,
  num_sources      INTEGER NOT NULL,  -- distinct articles.source (an article without one counts alone)
  num_articles     INTEGER NOT NULL,
  first_article_id TEXT NOT NULL      -- the first report: earliest published, then smallest id
) WITHOUT ROWID;
CREATE INDEX events_by_dyad ON events(source_actor, target_actor, cameo, date);
CREATE INDEX events_by_target ON events(target_actor);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_cameo ON events(cameo);

-- Each coded occurrence of an event in an article. A coded event with
-- compound actors ("China and Russia") gives one row per source/target pair.
CREATE TABLE event_mentions (
  article_id       TEXT NOT NULL,
  idx              INTEGER NOT NULL,  -- the event's position among the article's coded events
  pair             INTEGER NOT NULL,  -- which source/target pair of a compound event, 0 first
  event_id         TEXT NOT NULL,     -- events.id
  sentence         INTEGER NOT NULL,  -- sentences.idx
  char_begin       INTEGER NOT NULL,  -- the words carrying the event
  char_end         INTEGER NOT NULL,
  text             TEXT NOT NULL,
  source_text      TEXT,
  source_entity    INTEGER,
  target_text      TEXT,
  target_entity    INTEGER,
  date             TEXT,              -- the date this mention gives the event
  confidence       REAL NOT NULL,     -- 0..1, see src/store/event_rows.cpp
  speaker_text     TEXT,              -- who says it happened (quotation layer); NULL when reported directly
  speaker_entity   INTEGER,
  relayed_by       TEXT NOT NULL,     -- JSON array like quotes.relayed_by
  modality         TEXT NOT NULL,     -- asserted, intended, wished, hypothetical, negated, future
  evidence_file    TEXT,              -- dictionary file and line of the pattern that fired
  evidence_line    INTEGER,
  evidence_pattern TEXT,
  PRIMARY KEY (article_id, idx, pair)
) WITHOUT ROWID;
CREATE INDEX event_mentions_by_event ON event_mentions(event_id);
)sql";

// Version 2: the writer fills articles_fts itself, once per batch, after
// every other row (Store::Write). With the trigger each article reached the
// index mid-transaction, and from then on every statement that opened a
// savepoint made FTS5 flush its pending terms into a new tiny segment, which
// cost more than all the other rows together. Anything inserting articles
// must now insert their articles_fts rows too.
constexpr std::string_view kVersion2 = R"sql(
DROP TRIGGER articles_fts_insert;
)sql";

// Version 3: the issue codes of each event mention's sentence (PETRARCH
// issue files, src/code/issue_list.h); mentions written before stay '[]'.
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE event_mentions ADD COLUMN issues TEXT NOT NULL DEFAULT '[]';  -- JSON array of issue codes
)sql";

// Version 4: the most numerous child rows (paragraphs, sentences, mentions,
// entities, band_keys) name their article by articles.seq (article_seq)
// instead of its 32-character id (article_id). Each row was mostly that id
// (paragraph and sentence rows, twice over in entities' indexes), and as the
// ids are hashes every article's rows landed on a random page of each table:
// with the integer, which grows with every article, they are appended at each
// table's end: a new database is about a quarter smaller and its writer
// needs ~20% less CPU (a migrated file keeps its size: nothing VACUUMs it,
// the freed pages are reused by later rows). Join them as
// `JOIN articles a ON a.seq = x.article_seq`. A version-3 row whose
// article_id has no articles row would be dropped by the copies below, so
// CheckMigrationKeepsEveryRow refuses such a file first.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE paragraphs_v4 (
  article_seq INTEGER NOT NULL,  -- articles.seq
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL,      -- paragraph, heading, quote, list-item
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
INSERT INTO paragraphs_v4 SELECT a.seq, p.idx, p.kind, p.char_begin, p.char_end
  FROM paragraphs p JOIN articles a ON a.id = p.article_id;
DROP TABLE paragraphs;
ALTER TABLE paragraphs_v4 RENAME TO paragraphs;

CREATE TABLE sentences_v4 (
  article_seq INTEGER NOT NULL,  -- articles.seq
  idx        INTEGER NOT NULL,
  paragraph  INTEGER NOT NULL,   -- paragraphs.idx
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
INSERT INTO sentences_v4 SELECT a.seq, s.idx, s.paragraph, s.char_begin, s.char_end
  FROM sentences s JOIN articles a ON a.id = s.article_id;
DROP TABLE sentences;
ALTER TABLE sentences_v4 RENAME TO sentences;

CREATE TABLE mentions_v4 (
  article_seq INTEGER NOT NULL,  -- articles.seq
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL,      -- person, state, organization, media, place, role
  entity     INTEGER,            -- entities.idx; NULL when unresolved
  char_begin INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
INSERT INTO mentions_v4 SELECT a.seq, m.idx, m.kind, m.entity, m.char_begin, m.char_end, m.text
  FROM mentions m JOIN articles a ON a.id = m.article_id;
DROP TABLE mentions;
ALTER TABLE mentions_v4 RENAME TO mentions;

CREATE TABLE entities_v4 (
  article_seq INTEGER NOT NULL,  -- articles.seq
  idx        INTEGER NOT NULL,
  local_id   TEXT NOT NULL,      -- "e1", "e2"... as in the annotate JSON
  name       TEXT NOT NULL,      -- canonical name
  kind       TEXT NOT NULL,
  actor      TEXT,               -- CAMEO-style code ("RUSGOV"); NULL when none
  role       TEXT,
  country    TEXT,               -- ISO alpha-3
  mentions   INTEGER NOT NULL,   -- how many mentions refer to it
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
INSERT INTO entities_v4 SELECT a.seq, e.idx, e.local_id, e.name, e.kind, e.actor, e.role, e.country, e.mentions
  FROM entities e JOIN articles a ON a.id = e.article_id;
DROP TABLE entities;
ALTER TABLE entities_v4 RENAME TO entities;
CREATE INDEX entities_by_actor ON entities(actor);
CREATE INDEX entities_by_name ON entities(name);

CREATE TABLE band_keys_v4 (
  band        INTEGER NOT NULL,
  key         INTEGER NOT NULL,  -- the band's 64-bit hash, stored as a signed integer
  article_seq INTEGER NOT NULL,  -- articles.seq
  PRIMARY KEY (band, key, article_seq)
) WITHOUT ROWID;
INSERT INTO band_keys_v4 SELECT k.band, k.key, a.seq FROM band_keys k JOIN articles a ON a.id = k.article_id;
DROP TABLE band_keys;
ALTER TABLE band_keys_v4 RENAME TO band_keys;
)sql";

constexpr std::array<std::string_view, 4> kMigrations = {kVersion1, kVersion2, kVersion3, kVersion4};

// The tables version 4 rekeys from article_id to article_seq.
constexpr std::array<std::string_view, 5> kRekeyedInVersion4 = {"paragraphs", "sentences", "mentions", "entities",
                                                                "band_keys"};

}  // namespace

Status CheckMigrationKeepsEveryRow(Connection& db, int version) {
  if (version != 4) return Status::Ok();
  for (std::string_view table : kRekeyedInVersion4) {
    const std::string orphans = fmt::format("{} WHERE article_id NOT IN (SELECT id FROM articles)", table);
    Result<std::int64_t> count = db.QueryInt(fmt::format("SELECT count(*) FROM {}", orphans));
    if (!count.ok()) return count.status();
    if (*count > 0)
      return Status::InvalidInput(fmt::format(
          "{} rows of table {} name an article_id that no articles row has, and schema 4 keys them by the "
          "article's seq: they would be lost. Delete them first (DELETE FROM {}) if they are not needed",
          *count, table, orphans));
  }
  return Status::Ok();
}

std::span<const std::string_view> Migrations() { return kMigrations; }

}  // namespace tidings::store
