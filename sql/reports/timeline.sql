-- Articles per month of the reported event, with the persons most named.
--   sqlite3 corpus.db -cmd '.load ./newsext' < sql/reports/timeline.sql
.mode table
SELECT period AS month, articles,
       (SELECT group_concat(value, ', ') FROM json_each(top_persons)) AS top_persons
FROM timeline WHERE granularity = 'month' ORDER BY period;
