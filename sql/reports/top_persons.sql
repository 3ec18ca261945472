-- Top persons of a period, by number of articles.
--   sqlite3 corpus.db -cmd '.load ./newsext' -cmd ".param set :from '2024-01-01'" \
--     -cmd ".param set :to '2024-12-31'" < sql/reports/top_persons.sql
-- :from and :to are event dates (inclusive, any precision); both optional.
-- :limit (default 20). For machines: add -cmd '.mode csv' or '.mode json'
-- after this file's own .mode by editing, or query the persons view directly.
.mode table
SELECT p.name AS person,
       count(DISTINCT m.article_id) AS articles,
       count(*) AS mentions,
       min(a.event_date) AS first,
       max(a.event_date) AS last
FROM mentions AS m
JOIN articles AS a ON a.id = m.article_id
JOIN person_names AS p ON p.key = m.key
WHERE (:from IS NULL OR a.event_date >= :from)
  AND (:to IS NULL OR substr(a.event_date, 1, length(:to)) <= :to)
GROUP BY m.key
ORDER BY articles DESC, mentions DESC, person
LIMIT coalesce(:limit, 20);
