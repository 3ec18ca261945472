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
.read sql/schema.sql
BEGIN IMMEDIATE;

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

SELECT printf('ingest: %d new or changed files, %d articles in all',
              (SELECT count(*) FROM temp.todo), (SELECT count(*) FROM articles));
DROP TABLE temp.todo;
COMMIT;
