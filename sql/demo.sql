-- What `make demo` prints after ingesting tests/corpus.
.mode table --wrap 0
SELECT event_date, site, title, persons FROM article_summary ORDER BY event_date, id;
SELECT name AS person, articles, mentions, first_date AS first, last_date AS last
FROM persons ORDER BY articles DESC, mentions DESC, name LIMIT 10;
SELECT period AS month, articles,
       (SELECT group_concat(value, ', ') FROM json_each(top_persons)) AS top_persons
FROM timeline WHERE granularity = 'month' ORDER BY period;
