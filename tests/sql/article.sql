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
-- site from the <title> suffix when og:site_name is absent; lang as BCP 47
SELECT json_extract(article_meta('<html lang="EN_us"><head><title>Bridge opens after six years | Valley Post</title></head><body><p>x</p></body></html>'), '$.site', '$.lang', '$.title');
SELECT json_extract(article_meta('<html><head><meta property="og:locale" content="pt_BR"><title>Ponte</title></head></html>'), '$.site', '$.lang');
-- a page rendered on the client streams its article into a hidden element
SELECT article_clean('<html><body><div hidden><nav><a href="/">Home</a></nav><article><p>The council approved the new budget on Monday, after a debate that lasted well into the night.</p><p>Spending on roads rises by a tenth, while the library keeps its opening hours, the mayor said.</p></article></div></body></html>');
-- a "widget" class loses to prose; teaser cards (linked title, short excerpt) go
SELECT article_clean('<html><body><div class="text-widget"><p>The council approved the new budget on Monday, after a debate that lasted well into the night.</p><p>Spending on roads rises by a tenth, while the library keeps its opening hours, the mayor said.</p></div><div class="cards"><div><h3><a href="/cranes">Harbour cranes return to work</a></h3><p>The cranes stood still for a month during the strike, and now they are moving again.</p></div><div><h3><a href="/ferry">Ferry timetable changes</a></h3><p>From May the first boat leaves at six, half an hour earlier than it does today.</p></div></div></body></html>');
-- a short article in a "widget" (kept: it holds most of the page) against teaser cards
SELECT article_clean('<html><body><nav><a href=/>Home</a></nav><div class="text-widget"><h1>Bridge opens</h1><p>The new bridge opened on Monday, six years after work began.</p><h2>Traffic</h2><p>About 40,000 cars a day are expected to cross it, the city said.</p></div><div class=cards><div><h3><a href=/a>Ferry timetable changes</a></h3><p>From May the first boat leaves at six.</p></div><div><h3><a href=/b>Harbour cranes return</a></h3><p>The cranes stood still for a month.</p></div></div></body></html>');
-- publication stamps in other languages, and dates written day.month.year
SELECT published_date('Опубликовано: 12 сентября 2024' || char(10) || 'Мост откроют осенью' || char(10) || char(10) || 'Власти города сообщили, что новый мост через реку откроют для машин уже этой осенью, раньше срока.');
SELECT published_date('Publié le 3 février 2023' || char(10) || char(10) || 'Le conseil municipal a voté lundi soir le nouveau budget, après un long débat.');
SELECT published_date('Publicado el 5 de mayo de 2021' || char(10) || char(10) || 'El ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate.');
SELECT json_extract(article_meta('Aktualisiert: 14.09.2024, 10:15' || char(10) || char(10) || 'Der Stadtrat hat am Montag den neuen Haushalt nach langer Debatte beschlossen.'), '$.modified');
SELECT published_date('<html><head><meta property="article:published_time" content="12.09.2024"></head><body><p>x</p></body></html>');
-- wrong argument types and counts
SELECT article_clean(42), article_clean(4.5);
SELECT article_clean();
