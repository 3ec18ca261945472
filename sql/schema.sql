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
    modified    TEXT,                     -- last update the page states
    site        TEXT,
    url         TEXT,
    lang        TEXT,
    authors     TEXT,                     -- JSON array
    event_date  TEXT,                     -- date of the main reported event
    event_ref   TEXT,                     -- reference date used for event_date
    event_ref_source TEXT,                -- 'published', 'modified' or 'mtime'
    persons     TEXT,                     -- JSON array of canonical names
    UNIQUE (root, path)
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_event_date ON articles(event_date);

-- Every person mention, from the title ('title') or the body ('body'):
-- start/length are 1-based character positions in that field.
CREATE TABLE IF NOT EXISTS mentions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,            -- 'title' or 'body'
    name        TEXT NOT NULL,            -- canonical name within the article
    key         TEXT NOT NULL,            -- person_key(name): one key per person across the corpus
    mention     TEXT NOT NULL,
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    role        TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key);

-- Every temporal expression of the body, normalized against the article's
-- reference date (articles.event_ref).
CREATE TABLE IF NOT EXISTS dates (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    mention     TEXT NOT NULL,
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    type        TEXT NOT NULL,            -- DATE, TIME, DURATION, SET
    value       TEXT,                     -- TIMEX3 value
    mod         TEXT
);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);

-- Full-text search over title and body, case- and diacritic-insensitive
-- ("cavusoglu" finds "Çavuşoğlu"). External content: the text lives once,
-- in articles; the triggers keep the index in step with every change.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Reports that list "what is new" remember how far they got.
CREATE TABLE IF NOT EXISTS report_watermarks (
    report      TEXT PRIMARY KEY,
    last_id     INTEGER NOT NULL,
    run_at      TEXT NOT NULL
);

-- ---- Views that answer the first questions ----

-- The display name of each person_key: the most frequent full form (a name
-- of two or more words when the corpus has one). A table, recomputed by
-- each ingest, so that views join it by its primary key.
CREATE TABLE IF NOT EXISTS person_names (
    key         TEXT PRIMARY KEY,
    name        TEXT NOT NULL
) WITHOUT ROWID;

-- One row per person across the corpus, grouped by person_key.
CREATE VIEW IF NOT EXISTS persons AS
WITH roles AS (
    SELECT key, json_group_array(role) AS roles FROM (
        SELECT key, role, count(*) AS n FROM mentions WHERE role IS NOT NULL
        GROUP BY key, lower(role) ORDER BY key, n DESC, role)
    GROUP BY key
)
SELECT d.name AS name,
       m.key AS key,
       count(DISTINCT m.article_id) AS articles,
       count(*) AS mentions,
       min(a.event_date) AS first_date,
       max(a.event_date) AS last_date,
       coalesce(r.roles, '[]') AS roles
FROM mentions AS m
JOIN person_names AS d ON d.key = m.key
JOIN articles AS a ON a.id = m.article_id
LEFT JOIN roles AS r ON r.key = m.key
GROUP BY m.key;

-- Pairs of persons named in the same article: the co-mention network.
CREATE VIEW IF NOT EXISTS person_pairs AS
WITH pairs AS (
    SELECT m1.key AS key1, m2.key AS key2, count(DISTINCT m1.article_id) AS articles,
           min(a.event_date) AS first_date, max(a.event_date) AS last_date
    FROM mentions AS m1
    JOIN mentions AS m2 ON m2.article_id = m1.article_id AND m2.key > m1.key
    JOIN articles AS a ON a.id = m1.article_id
    GROUP BY m1.key, m2.key
)
SELECT n1.name AS person1, n2.name AS person2, p.articles, p.first_date, p.last_date
FROM pairs AS p
JOIN person_names AS n1 ON n1.key = p.key1
JOIN person_names AS n2 ON n2.key = p.key2;

-- Articles per event day and per month, with the persons most mentioned in
-- each period (up to three, as a JSON array).
CREATE VIEW IF NOT EXISTS timeline AS
WITH periods AS (
    SELECT 'day' AS granularity, event_date AS period, id FROM articles WHERE length(event_date) = 10
    UNION ALL
    SELECT 'month', substr(event_date, 1, 7), id FROM articles WHERE length(event_date) >= 7
), counts AS (
    SELECT granularity, period, count(*) AS articles FROM periods GROUP BY granularity, period
), person_counts AS (
    SELECT p.granularity, p.period, m.key, count(*) AS n
    FROM periods AS p JOIN mentions AS m ON m.article_id = p.id
    GROUP BY p.granularity, p.period, m.key
), ranked AS (
    SELECT pc.granularity, pc.period, ps.name, pc.n,
           row_number() OVER (PARTITION BY pc.granularity, pc.period ORDER BY pc.n DESC, ps.name) AS r
    FROM person_counts AS pc JOIN person_names AS ps ON ps.key = pc.key
)
SELECT c.granularity, c.period, c.articles,
       (SELECT json_group_array(name) FROM (
            SELECT name FROM ranked AS k
            WHERE k.granularity = c.granularity AND k.period = c.period AND k.r <= 3
            ORDER BY k.r)) AS top_persons
FROM counts AS c;

-- One line per article.
CREATE VIEW IF NOT EXISTS article_summary AS
SELECT id, event_date, published, site, title,
       (SELECT group_concat(value, '; ') FROM json_each(articles.persons)) AS persons,
       path
FROM articles;
