-- Ingests the folder :root into the corpus database, idempotently.
--
--   sqlite3 corpus.db -cmd '.load ./newsext' -cmd ".param set :root 'path/to/pages'" < sql/ingest.sql
--
-- Run it again at any time: files whose size and mtime are unchanged are not
-- read again; a changed file is updated (and re-analysed only if its text
-- changed); a new file is added. Files deleted from disk keep their rows.
-- Everything happens in one transaction, so an interrupted ingest leaves the
-- database as it was. Run from the project folder (for .read and .load).
.bail on
BEGIN IMMEDIATE;
.read sql/schema.sql

DROP TABLE IF EXISTS temp.todo;
-- new files, and files whose size or mtime changed (a cheap listing: the
-- content is read only for these)
CREATE TEMP TABLE todo AS
  SELECT f.path FROM news_files(:root) AS f
  LEFT JOIN articles AS a ON a.root = :root AND a.path = f.path
  WHERE a.id IS NULL OR a.size IS NOT f.size OR a.mtime IS NOT f.mtime;

INSERT INTO articles (root, path, hash, size, mtime, format, raw, error)
  SELECT :root, f.path, content_hash(f.raw), f.size, f.mtime, f.format, f.raw, f.error
  FROM news_files(:root) AS f
  WHERE f.path IN temp.todo
  ON CONFLICT (root, path) DO UPDATE SET
    size = excluded.size,
    mtime = excluded.mtime,
    -- a file touched but not changed keeps its analysis
    analysed = CASE WHEN articles.hash IS excluded.hash THEN articles.analysed ELSE 0 END,
    hash = excluded.hash,
    format = excluded.format,
    raw = excluded.raw,
    error = excluded.error;

-- ---- analysis: only articles whose text is new or changed (analysed = 0)
DROP TABLE IF EXISTS temp.pending;
CREATE TEMP TABLE pending AS
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM articles
  WHERE analysed = 0 AND raw IS NOT NULL;

-- title, body and metadata; the progress line goes to stderr unless
-- :quiet is set (.param set :quiet 1). MATERIALIZED: each page is parsed
-- once, not once per column that uses the result.
WITH m AS MATERIALIZED (
    SELECT a.id,
           iif(coalesce(:quiet, 0), 0,
               newsext_progress('ingest', p.n, (SELECT count(*) FROM temp.pending))) AS tick,
           article_clean(a.raw) AS body,
           article_meta(a.raw) AS meta
    FROM articles AS a JOIN temp.pending AS p ON p.id = a.id
)
UPDATE articles SET
    title = json_extract(m.meta, '$.title'),
    body = m.body,
    published = json_extract(m.meta, '$.published'),
    modified = json_extract(m.meta, '$.modified'),
    site = json_extract(m.meta, '$.site'),
    url = json_extract(m.meta, '$.url'),
    lang = json_extract(m.meta, '$.lang'),
    authors = json_extract(m.meta, '$.authors')
  FROM m
  WHERE articles.id = m.id;

-- the reference date for relative dates: the publication date the page
-- states, else its stated last update, else the file's modification time
-- (a stated date of month or year precision cannot serve: date() rejects it)
UPDATE articles SET
    event_ref = coalesce(date(substr(published, 1, 10)), date(substr(modified, 1, 10)),
                         date(mtime, 'unixepoch')),
    event_ref_source = CASE WHEN date(substr(published, 1, 10)) IS NOT NULL THEN 'published'
                            WHEN date(substr(modified, 1, 10)) IS NOT NULL THEN 'modified'
                            ELSE 'mtime' END
  WHERE id IN (SELECT id FROM temp.pending);
UPDATE articles SET
    event_date = event_date(coalesce(title || char(10) || char(10), '') || body, event_ref),
    persons = extract_persons(coalesce(title || char(10) || char(10), '') || body)
  WHERE id IN (SELECT id FROM temp.pending);

-- mentions are found in title and body read together (as extract_persons
-- reads them), so "Zelenskiy" in a headline resolves to the full name the
-- body gives; each row then says which field it is in, with its position
-- within that field
DELETE FROM mentions WHERE article_id IN (SELECT id FROM temp.pending);
INSERT INTO mentions (article_id, field, name, key, mention, start, length, role)
  SELECT a.id,
         iif(p.start <= coalesce(length(a.title), 0), 'title', 'body'),
         p.name, person_key(p.name), p.mention,
         CASE WHEN a.title IS NULL THEN p.start
              WHEN p.start <= length(a.title) THEN p.start
              ELSE p.start - length(a.title) - 2 END,
         p.length, p.role
  FROM articles AS a JOIN temp.pending AS t ON t.id = a.id,
       person_mentions(coalesce(a.title || char(10) || char(10), '') || a.body) AS p;

-- display names: recomputed whole, since one new article can change the
-- most frequent form of a name the corpus already had
DELETE FROM person_names;
INSERT INTO person_names (key, name)
  SELECT key, name FROM (
    SELECT key, name, row_number() OVER (
        PARTITION BY key ORDER BY instr(name, ' ') > 0 DESC, count(*) DESC, length(name) DESC, name) AS r
    FROM mentions GROUP BY key, name)
  WHERE r = 1;

DELETE FROM dates WHERE article_id IN (SELECT id FROM temp.pending);
INSERT INTO dates (article_id, mention, start, length, type, value, mod)
  SELECT a.id, d.mention, d.start, d.length, d.type, d.value, d.mod
  FROM articles AS a JOIN temp.pending AS t ON t.id = a.id, date_mentions(a.body, a.event_ref) AS d;

UPDATE articles SET analysed = 1 WHERE id IN (SELECT id FROM temp.pending);

SELECT printf('ingest: %d new or changed files, %d articles in all',
              (SELECT count(*) FROM temp.todo), (SELECT count(*) FROM articles));
DROP TABLE temp.todo;
DROP TABLE temp.pending;
COMMIT;
