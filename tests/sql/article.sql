-- article_clean, article_meta, article_title, published_date
SELECT name, narg, flags & 0x800 > 0 AS deterministic, flags & 0x200000 > 0 AS innocuous
  FROM pragma_function_list
 WHERE name IN ('article_clean', 'article_meta', 'article_title', 'published_date') ORDER BY name;
SELECT article_clean(NULL) IS NULL, article_meta(NULL) IS NULL, article_title(NULL) IS NULL, published_date(NULL) IS NULL;
SELECT quote(article_clean('')), article_meta(''), quote(article_title('')), quote(published_date(''));
-- a BLOB is read as UTF-8, invalid bytes replaced
SELECT article_clean(CAST('Hello there' AS BLOB) || x'ff');
-- an invented news page as HTML, and the same page flattened to text
SELECT article_clean(readfile('tests/fixtures/article/harbour.html'));
SELECT article_meta(readfile('tests/fixtures/article/harbour.html'));
SELECT json_valid(article_meta(readfile('tests/fixtures/article/harbour.html')));
SELECT article_title(readfile('tests/fixtures/article/harbour.html')), published_date(readfile('tests/fixtures/article/harbour.html'));
SELECT article_clean(readfile('tests/fixtures/article/harbour.txt'));
SELECT article_title(readfile('tests/fixtures/article/harbour.txt')), published_date(readfile('tests/fixtures/article/harbour.txt'));
SELECT json_extract(article_meta(readfile('tests/fixtures/article/harbour.txt')), '$.authors');
-- wrong argument types and counts
SELECT article_clean(42), article_clean(4.5);
SELECT article_clean();
