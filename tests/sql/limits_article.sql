-- functions: article_clean article_meta article_title published_date
-- Bad and extreme inputs for the article functions (issue 3): NULL, '',
-- BLOB, invalid UTF-8, NUL bytes, wrong argument count or type, deep
-- nesting, a page of script, and values above SQLITE_LIMIT_LENGTH.
.mode list
.nullvalue NULL
SELECT '--- NULL gives NULL';
SELECT article_clean(NULL), article_meta(NULL), article_title(NULL), published_date(NULL);
SELECT '--- empty input: empty body, null fields';
SELECT quote(article_clean('')), article_meta(''), article_title(''), published_date('');
SELECT '--- a BLOB is read as UTF-8, like the same text';
SELECT article_clean(CAST('<p>The pier opens in May.</p>' AS BLOB)) = article_clean('<p>The pier opens in May.</p>');
SELECT article_clean(x'54686520706965722e');
SELECT '--- invalid UTF-8 becomes U+FFFD, NUL bytes are dropped';
SELECT article_clean(x'546865206361666520ff206f70656e732e');
SELECT article_clean('The caf' || char(0) || 'e opens.');
SELECT '--- numbers are read as their text';
SELECT article_clean(42), article_clean(1.5);
SELECT '--- wrong argument count';
SELECT article_clean();
SELECT article_clean('a', 'b');
SELECT article_meta();
SELECT article_title('a', 'b');
SELECT published_date();
SELECT '--- results are valid JSON / text whatever the input';
SELECT json_valid(article_meta(x'ff00fe3c68746d6c3e')), json_valid(article_meta('<html><head><title>"quoted" \ title</title></head></html>'));
SELECT json_extract(article_meta('<html><head><title>"quoted" \ title' || char(9) || '</title></head></html>'), '$.title');
SELECT '--- 100 000 nested elements: the text inside is kept';
SELECT instr(article_clean('<html><body>' || replace(printf('%.*c', 100000, 'x'), 'x', '<div>') ||
       '<p>The council met on Monday and approved the new pier after a long debate.</p></body></html>'),
       'approved the new pier') > 0;
SELECT '--- unclosed and truncated markup';
SELECT article_clean('<html><body><p>The council met on Monday and approved the pier.<p>Work starts soon<');
SELECT '--- a page that is all script';
SELECT quote(article_clean('<html><body><script>' || printf('%.*c', 100000, 'x') || '</script></body></html>'));
SELECT '--- a text of one line, and one without paragraph breaks';
SELECT article_clean('The council met on Monday and approved the new pier after a long debate.');
SELECT length(article_clean(replace(printf('%.*c', 2000, 'x'), 'x', 'The council met again. '))) > 0;
SELECT '--- binary junk gives text';
SELECT typeof(article_clean(randomblob(20000))), json_valid(article_meta(randomblob(20000)));
SELECT '--- SQLITE_LIMIT_LENGTH: arguments and results above it are errors';
.output /dev/null
.limit length 300
.output stdout
SELECT article_clean(zeroblob(5000));
SELECT article_meta('<html><head><title>' || printf('%.*c', 250, 'x') || '</title><meta name="description" content="' || printf('%.*c', 0, 'y') || '"></head></html>');
SELECT length(article_clean('<p>' || printf('%.*c', 280, 'x') || '</p>'));
