-- person_mentions, extract_persons, person_key: results, positions, NULL and bad input
.mode list
SELECT name, mention, start, length, role FROM person_mentions('Russian President Vladimir Putin met Ukraine''s Volodymyr Zelenskiy. Putin’s aide said the Putin-Zelenskiy summit was off.');
-- substr(text, start, length) is the mention, with multi-byte characters before it
WITH t(x) AS (SELECT 'Ça va? Turkish Foreign Minister Mevlüt Çavuşoğlu met Sergei Lavrov. Çavuşoğlu''s plane left.')
SELECT name, mention, role, substr(x, start, length) = mention FROM t, person_mentions(t.x);
SELECT extract_persons('Joe Biden and his son Hunter Biden arrived in Kent. Biden spoke to Interfax on Monday.');
SELECT extract_persons('No names here: the Kremlin, Kommersant and Minsk in May. Read More');
SELECT extract_persons(NULL) IS NULL, extract_persons(''), extract_persons(42);
SELECT count(*) FROM person_mentions(NULL);
SELECT count(*) FROM person_mentions('');
SELECT * FROM person_mentions;
-- BLOB and invalid UTF-8 are read as UTF-8 with U+FFFD
SELECT extract_persons(CAST('Kremlin spokesman Dmitry Peskov' AS BLOB));
SELECT extract_persons(x'ff' || CAST(' Prime Minister Boris Johnson' AS BLOB));
SELECT person_key('Volodymyr Zelenskyy') = person_key('Volodymyr Zelenskiy'), person_key('Joe Biden') = person_key('Hunter Biden');
SELECT person_key('Mevlüt Çavuşoğlu'), person_key('Alyaksandr Lukashenka'), person_key('Dmytro Kuleba'), person_key('O’Brien');
SELECT person_key(NULL) IS NULL, person_key(''), person_key(x'41ff42');
-- deterministic and innocuous
SELECT name, (flags & 0x200000 != 0) + (flags & 0x800 != 0) AS innocuous_deterministic FROM pragma_function_list WHERE name IN ('extract_persons', 'person_key') ORDER BY name;
-- a 10 MB text of capitalised words finishes and finds nothing
SELECT count(*) FROM person_mentions((SELECT group_concat('Northern Grain Exports', ' ') FROM generate_series(1, 600000)));
-- appositive roles; a capitalised particle starts the same person's surname; place names are no persons
SELECT name, mention, role FROM person_mentions('Kremlin spokesman Dmitry Peskov met Peter van der Berg near Place Bellecour. Sergei Lavrov, Russia''s foreign minister, said Van der Berg left.');
SELECT extract_persons(article_clean(readfile('tests/corpus/2024/03/harbour-council.html')));
SELECT extract_persons(readfile('tests/corpus/2025/lyon-terraces.txt'));
