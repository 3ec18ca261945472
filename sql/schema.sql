-- newsext corpus schema. Safe to run on an existing database (IF NOT EXISTS).
--
-- articles: one row per page file. The first group of columns comes from
-- news_files (what is on disk); the second is filled by the analysis step of
-- sql/ingest.sql and recomputed only when a file's content changes.
CREATE TABLE IF NOT EXISTS articles (
    id          INTEGER PRIMARY KEY,
    root        TEXT NOT NULL,            -- the folder given to ingest
    path        TEXT NOT NULL,            -- relative to root
    hash        TEXT,                     -- content_hash(raw): same text, same hash
    size        INTEGER,                  -- bytes on disk
    mtime       INTEGER,                  -- unix seconds
    format      TEXT,                     -- 'html' or 'text'
    raw         TEXT,                     -- the page as valid UTF-8
    error       TEXT,                     -- why the file could not be read, else NULL
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- filled by analysis (NULL until analysed)
    analysed    INTEGER NOT NULL DEFAULT 0,
    title       TEXT,
    body        TEXT,
    published   TEXT,                     -- ISO date or date-time the page states
    site        TEXT,
    url         TEXT,
    lang        TEXT,
    authors     TEXT,                     -- JSON array
    event_date  TEXT,                     -- date of the main reported event
    event_ref   TEXT,                     -- reference date used for event_date
    event_ref_source TEXT,                -- 'published' or 'mtime'
    persons     TEXT,                     -- JSON array of canonical names
    UNIQUE (root, path)
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_event_date ON articles(event_date);
