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
-- teaser cards without headings: a linked title, a date and an excerpt cut short with an ellipsis
SELECT article_clean('<html><body><div><div><h1>Tram line extended</h1><p>The tram line now runs to the airport, the transport board said on Friday, two months ahead of plan.</p><p>Trams leave every ten minutes, and the whole trip takes a little under half an hour.</p><p>The extension cost less than planned, because the track could follow an old freight line for most of its length.</p><p>A second stage, to the new hospital in the east, is to be decided by the council next spring.</p></div><div><div><div><a href=/a>Market hall reopens</a></div><div>May 2</div><div>The old market hall, closed for repairs since the flood, opened its doors again on Saturday, after a long, slow and costly rebuilding of its roof and...</div></div><div><div><a href=/b>New school for the north</a></div><div>May 1</div><div>Building work on the new school, which will hold six hundred pupils, is to start in the autumn, once the city has granted the last of the&#8230;</div></div></div></div></body></html>');
-- an appeal phrase inside a long paragraph between paragraphs of the article is the article talking; after the last one it is an appeal
SELECT article_clean('<html><body><article><h1>Library cards for every pupil</h1><p>Every pupil in the city will get a library card this autumn, the education office said on Tuesday, and the cards will be handed out at school.</p><p>Parents who would rather sign up for a card themselves can still do so at any branch, where staff will help them fill in the short form and explain the rules for borrowing books, films and games.</p><p>The scheme costs little, because the cards are printed by the library itself, and it is meant to bring more children through its doors.</p><p>Our reporting on schools is free to read, and we would like to keep it that way: sign up for our weekly newsletter and get the news from every school in the city in your inbox each Friday.</p></article></body></html>');
-- a list inside the article whose items say more than their link stays; a list of linked headlines after it goes
SELECT article_clean('<html><body><article><h1>What to pack for a night in the hills</h1><p>A night out in the hills needs less gear than most people think, but a few things cannot be left at home, whatever the forecast says.</p><ul><li><a href=/tent>Lightweight two-person tent</a> (1.2 kg)</li><li><a href=/bag>Sleeping bag rated for frost</a> (2 kg)</li><li><a href=/stove>Small gas stove with a pot</a> (0.5 kg)</li></ul><p>Pack the heavy things close to your back, and keep the rain jacket at the top where you can reach it quickly.</p><ul><li><a href=/a>Ten walks for a rainy weekend</a></li><li><a href=/b>How to choose walking boots</a></li></ul></article></body></html>');
-- the safety net: the whole article sits in an element named like furniture and nothing else on the page is prose; its paragraphs come out
SELECT article_clean(readfile('tests/fixtures/article/flood_in_furniture.html'));
-- a list of cards whose excerpts are mostly cut short goes, all its short cards, even when it holds most of the page's prose, if an article stands beside it
SELECT article_clean(readfile('tests/fixtures/article/tram_and_teasers.html'));
-- a paragraph wrapped by hand with a <br> after every line is prose, although no line is a sentence
SELECT article_clean('<html><body><article><h1>Night of the storm</h1><p>The wind came up from the south just after ten<br>and within an hour it had torn the roofs off<br>three barns on the road out of the village</p><p>By morning the power was back in most houses, the electricity company said, but the road to the coast stayed closed until noon.</p><p>Nobody was hurt, and the farmers have already begun to clear the fields of the broken timber.</p></article></body></html>');
-- the date a page prints in an element classed as a date is the publication date of last resort;
-- "candidate" is not a date class, and an "updated" element is not the publication
SELECT published_date('<html><body><div class="entry-date">12.09.2024</div><p>x</p></body></html>');
SELECT published_date('<html><body><p class="byline">By Jo Lee, <span class="pubDate">3 février 2023</span></p></body></html>');
SELECT published_date('<html><head><meta property="article:published_time" content="2023-02-01"></head><body><span class="date">3 February 2023</span></body></html>');
SELECT quote(published_date('<html><body><span class="candidate">12.09.2024</span><div class="updated">12.09.2024</div></body></html>'));
-- wrong argument types and counts
SELECT article_clean(42), article_clean(4.5);
SELECT article_clean();
