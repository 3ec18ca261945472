-- Bad and extreme inputs for the core functions and news_files: NULL, '',
-- BLOB, invalid UTF-8, NUL bytes, wrong argument count or type, and values
-- above SQLITE_LIMIT_LENGTH. Each line's result or error is exact.
.mode list
.nullvalue NULL
SELECT '--- content_hash: NULL, empty, text and blob of the same bytes';
SELECT content_hash(NULL);
SELECT content_hash(''), content_hash(x''), content_hash(zeroblob(0));
SELECT content_hash('abc') = content_hash(x'616263'), content_hash('abc');
SELECT '--- content_hash: numbers hash their text form';
SELECT content_hash(123) = content_hash('123'), content_hash(1.5) = content_hash('1.5');
SELECT '--- content_hash: invalid UTF-8 and NUL bytes are hashed as bytes';
SELECT content_hash(x'ff00c3'), content_hash(x'ff00c3') = content_hash(x'ff');
SELECT content_hash('a' || char(0) || 'b') = content_hash(x'610062');
SELECT '--- content_hash: wrong argument count';
SELECT content_hash();
SELECT content_hash('a', 'b');
SELECT '--- newsext_version, newsext_debug: no arguments';
SELECT newsext_version(1);
SELECT newsext_debug('x');
SELECT '--- news_files: NULL root gives no rows, a bad root an error';
SELECT count(*) FROM news_files(NULL);
SELECT count(*) FROM news_files('');
SELECT count(*) FROM news_files(42);
SELECT count(*) FROM news_files(x'2f6e6f2f73756368');
SELECT count(*) FROM news_files('tests' || char(0) || '/corpus');
SELECT count(*) FROM news_files('tests/corpus', 'ru' || char(0) || '*');
SELECT '--- news_files: NULL pattern is no filter, an empty one matches nothing';
SELECT count(*) FROM news_files('tests/corpus', NULL);
SELECT count(*) FROM news_files('tests/corpus', '');
SELECT '--- news_files: wrong argument count';
SELECT count(*) FROM news_files();
SELECT count(*) FROM news_files('tests/corpus', '*', 'x');
SELECT '--- SQLITE_LIMIT_LENGTH: files and decompressed text above it are row errors';
.output /dev/null
.limit length 1200
.output stdout
SELECT path, raw IS NULL, error FROM news_files('tests/corpus') ORDER BY path;
SELECT '--- SQLITE_LIMIT_LENGTH: values above it never reach the functions';
SELECT content_hash(zeroblob(5000));
SELECT content_hash(CAST(zeroblob(5000) AS TEXT));
