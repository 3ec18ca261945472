-- What is new since this report last ran (a nightly job sees each article
-- once): articles ingested since the watermark, then the watermark moves.
--   sqlite3 corpus.db -cmd '.load ./newsext' < sql/reports/new_since_last_run.sql
-- Output is CSV with a header, for mail or another program.
.mode csv
.headers on
BEGIN IMMEDIATE;
INSERT OR IGNORE INTO report_watermarks (report, last_id, run_at) VALUES ('new_since_last_run', 0, '');
SELECT a.id, a.event_date, a.site, a.title,
       (SELECT group_concat(value, '; ') FROM json_each(a.persons)) AS persons, a.path
FROM articles AS a
WHERE a.id > (SELECT last_id FROM report_watermarks WHERE report = 'new_since_last_run')
ORDER BY a.id;
UPDATE report_watermarks
   SET last_id = (SELECT coalesce(max(id), 0) FROM articles),
       run_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
 WHERE report = 'new_since_last_run';
COMMIT;
