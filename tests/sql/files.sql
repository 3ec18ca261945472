-- news_files over the project's own corpus: path order, hidden files
-- skipped, gzip and windows-1251/1252 decoded, format sniffed.
.mode list
SELECT path, size, format, length(raw), error IS NULL FROM news_files('tests/corpus');
SELECT '--- pattern';
SELECT path FROM news_files('tests/corpus', '*.html*');
SELECT path FROM news_files('tests/corpus', 'ru/*');
SELECT '--- decoded text';
SELECT substr(raw, instr(raw, 'Губернатор'), 29) FROM news_files('tests/corpus', 'ru/*');
SELECT substr(raw, 1, 12) FROM news_files('tests/corpus', '*lyon*');
SELECT substr(raw, instr(raw, '<h1>'), 48) FROM news_files('tests/corpus', '*.gz');
SELECT '--- every raw is valid text';
SELECT count(*) FROM news_files('tests/corpus') WHERE typeof(raw) = 'text' AND raw = CAST(CAST(raw AS BLOB) AS TEXT);
SELECT '--- listing without reading';
SELECT count(*), sum(size) > 0 FROM news_files('tests/corpus');
SELECT '--- a single file as root';
SELECT path, format FROM news_files('tests/corpus/2025/geneva-talks.txt');
SELECT '--- trailing slash';
SELECT count(*) FROM news_files('tests/corpus///');
SELECT '--- join order: root from another table';
SELECT d.r, count(*) FROM (SELECT 'tests/corpus/ru' AS r) AS d, news_files AS f WHERE f.root = d.r GROUP BY d.r;
SELECT '--- errors';
SELECT * FROM news_files('/nonexistent');
SELECT count(*) FROM news_files(NULL);
