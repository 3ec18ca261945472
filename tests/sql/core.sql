-- newsext_version and error paths of news_files
SELECT newsext_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
SELECT newsext_debug() LIKE 'newsext %pcre2 %JIT%libxml2%';
SELECT * FROM news_files('/nonexistent/folder');
SELECT * FROM news_files;
SELECT count(*) FROM news_files(NULL);
