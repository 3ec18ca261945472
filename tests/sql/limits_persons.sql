-- functions: person_mentions extract_persons person_key
-- Bad and extreme inputs for the person functions (issue 4): NULL, '',
-- BLOB, invalid UTF-8, NUL bytes, wrong argument count or type, many
-- capitalized words, and values above SQLITE_LIMIT_LENGTH.
.mode list
.nullvalue NULL
SELECT '--- NULL: no rows, NULL';
SELECT count(*) FROM person_mentions(NULL);
SELECT extract_persons(NULL), person_key(NULL);
SELECT '--- empty input';
SELECT count(*) FROM person_mentions('');
SELECT extract_persons(''), quote(person_key(''));
SELECT '--- a BLOB is read as UTF-8, like the same text';
SELECT extract_persons(CAST('Prime Minister Olaf Scholz spoke.' AS BLOB)) = extract_persons('Prime Minister Olaf Scholz spoke.');
SELECT person_key(CAST('Olaf Scholz' AS BLOB)) = person_key('Olaf Scholz');
SELECT '--- invalid UTF-8 counts as one character (U+FFFD) in positions';
SELECT name, mention, start, length FROM person_mentions(x'ff20' || 'Prime Minister Olaf Scholz spoke.');
SELECT '--- NUL bytes are dropped before positions are counted';
SELECT name, mention, start, length FROM person_mentions('a' || char(0) || ' Prime Minister Olaf Scholz spoke.');
SELECT quote(person_key('Olaf' || char(0) || ' Scholz')) = quote(person_key('Olaf Scholz'));
SELECT '--- substr(text, start, length) = mention, whatever the script';
SELECT count(*), sum(substr(t, start, length) = mention) FROM
  (SELECT 'Глава МИД Сергей Лавров и президент Франции Эмманюэль Макрон встретились. Mevlüt Çavuşoğlu said.' AS t),
  person_mentions(t);
SELECT '--- numbers are read as their text';
SELECT extract_persons(42), person_key(1.5);
SELECT '--- wrong argument count';
SELECT * FROM person_mentions();
SELECT * FROM person_mentions('a', 'b');
SELECT extract_persons();
SELECT extract_persons('a', 'b');
SELECT person_key();
SELECT person_key('a', 'b');
SELECT '--- a hundred thousand capitalized words, a name list without sentences';
SELECT json_valid(extract_persons(replace(printf('%.*c', 100000, 'x'), 'x', 'Word ')));
SELECT json_valid(extract_persons(replace(printf('%.*c', 20000, 'x'), 'x', 'Anna Berg, ')));
SELECT '--- results are valid JSON whatever the input';
SELECT json_valid(extract_persons(randomblob(20000)));
SELECT '--- SQLITE_LIMIT_LENGTH: arguments above it are errors';
.output /dev/null
.limit length 300
.output stdout
SELECT extract_persons(zeroblob(5000));
SELECT count(*) FROM person_mentions(CAST(zeroblob(5000) AS TEXT));
SELECT person_key(zeroblob(5000));
