-- Everything about one person: the articles, the persons named with them,
-- the roles the texts give them, and their time line.
--   sqlite3 corpus.db -cmd '.load ./newsext' -cmd ".param set :person 'Zelensky'" < sql/reports/person.sql
-- :person is any spelling the corpus uses (matched through person_key, so
-- 'Zelenskiy', 'Zelenskyy' and 'Volodymyr Zelensky' find the same person);
-- a surname alone matches every full name that ends with it.
.mode table
CREATE TEMP TABLE IF NOT EXISTS report_person AS SELECT NULL AS key WHERE 0;
DELETE FROM temp.report_person;
INSERT INTO temp.report_person
  SELECT key FROM person_names
  WHERE key = person_key(:person) OR key LIKE '% ' || person_key(:person);
SELECT name AS person, articles, mentions, first_date AS first, last_date AS last, roles
FROM persons WHERE key IN temp.report_person;
.print
.print Articles
SELECT a.event_date AS date, a.site, a.title
FROM articles AS a
WHERE a.id IN (SELECT article_id FROM mentions WHERE key IN temp.report_person)
ORDER BY a.event_date, a.id;
.print
.print Named with
SELECT p.name AS named_with, count(DISTINCT m.article_id) AS articles
FROM mentions AS m JOIN person_names AS p ON p.key = m.key
WHERE m.article_id IN (SELECT article_id FROM mentions WHERE key IN temp.report_person)
  AND m.key NOT IN temp.report_person
GROUP BY m.key ORDER BY articles DESC, named_with LIMIT 20;
.print
.print Time line
SELECT substr(a.event_date, 1, 7) AS month, count(DISTINCT a.id) AS articles
FROM articles AS a
WHERE a.id IN (SELECT article_id FROM mentions WHERE key IN temp.report_person)
  AND a.event_date IS NOT NULL
GROUP BY month ORDER BY month;
