-- Who appears with whom: the pairs of persons named in the same articles.
--   sqlite3 corpus.db -cmd '.load ./newsext' < sql/reports/pairs.sql
-- :min_articles (default 1), :limit (default 50).
.mode table
SELECT person1, person2, articles, first_date AS first, last_date AS last
FROM person_pairs
WHERE articles >= coalesce(:min_articles, 1)
ORDER BY articles DESC, person1, person2
LIMIT coalesce(:limit, 50);
