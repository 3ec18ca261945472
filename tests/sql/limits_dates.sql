-- functions: date_mentions event_date
-- Bad and extreme inputs for the date functions (issue 5): NULL, '',
-- BLOB, invalid UTF-8, NUL bytes, wrong argument count or type, bad
-- reference dates, a million digits, every month name in a row, and values
-- above SQLITE_LIMIT_LENGTH.
.mode list
.nullvalue NULL
SELECT '--- NULL text: no rows, NULL';
SELECT count(*) FROM date_mentions(NULL);
SELECT count(*) FROM date_mentions(NULL, '2025-04-22');
SELECT event_date(NULL), event_date(NULL, '2025-04-22');
SELECT '--- empty text';
SELECT count(*) FROM date_mentions('');
SELECT event_date(''), event_date('', '2025-04-22');
SELECT '--- NULL ref: unresolved parts are X';
SELECT mention, value FROM date_mentions('The talks resume on 21 April.', NULL);
SELECT '--- bad ref: an error naming the function and the value';
SELECT * FROM date_mentions('On 21 April.', 'yesterday');
SELECT * FROM date_mentions('On 21 April.', '');
SELECT * FROM date_mentions('On 21 April.', 42);
SELECT * FROM date_mentions('On 21 April.', '2025-02-30');
SELECT * FROM date_mentions('On 21 April.', '2025-04-22' || char(0) || 'x');
SELECT event_date('On 21 April.', 'soon');
SELECT event_date('On 21 April.', x'ff');
SELECT '--- accepted ref shapes';
SELECT mention, value FROM date_mentions('On 21 April.', '2025-04-22');
SELECT mention, value FROM date_mentions('On 21 April.', '2025-04-22T09:30:00Z');
SELECT mention, value FROM date_mentions('On 21 April.', '2025-04-22 09:30');
SELECT '--- a BLOB is read as UTF-8, like the same text';
SELECT event_date(CAST('The talks resumed on 21 April 2025.' AS BLOB)) = event_date('The talks resumed on 21 April 2025.');
SELECT '--- invalid UTF-8 counts as one character (U+FFFD) in positions';
SELECT mention, start, length FROM date_mentions(x'ff20' || 'On 21 April 2025 the talks resumed.');
SELECT '--- NUL bytes are dropped before positions are counted';
SELECT mention, start, length FROM date_mentions('a' || char(0) || ' On 21 April 2025 the talks resumed.');
SELECT '--- substr(text, start, length) = mention, whatever the script';
SELECT count(*), sum(substr(t, start, length) = mention) FROM
  (SELECT 'Переговоры — 21 April 2025; Çavuşoğlu spoke on Tuesday, three years ago.' AS t),
  date_mentions(t, '2025-04-22');
SELECT '--- wrong argument count';
SELECT * FROM date_mentions();
SELECT * FROM date_mentions('a', '2025-04-22', 'x');
SELECT event_date();
SELECT event_date('a', '2025-04-22', 'x');
SELECT '--- a million digits, every month name in a row';
SELECT count(*) FROM date_mentions(printf('%.*c', 1000000, '7'), '2025-04-22');
SELECT count(*) > 0 FROM date_mentions(replace(printf('%.*c', 10000, 'x'), 'x',
  'January February March April May June July August September October November December '), '2025-04-22');
SELECT '--- SQLITE_LIMIT_LENGTH: arguments above it are errors';
.output /dev/null
.limit length 300
.output stdout
SELECT count(*) FROM date_mentions(CAST(zeroblob(5000) AS TEXT));
SELECT event_date(zeroblob(5000));
