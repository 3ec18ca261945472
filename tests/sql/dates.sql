-- date_mentions and event_date: interface, NULLs, errors, positions, distractors
.mode list
.nullvalue NULL
SELECT name, narg, flags & 0x800 > 0 AS deterministic, flags & 0x200000 > 0 AS innocuous
  FROM pragma_function_list WHERE name = 'event_date' ORDER BY narg;
SELECT mention, start, length, type, value, mod
  FROM date_mentions('In early April, 20 minutes after noon, the ministers met on Tuesday; monthly talks follow.', '2016-04-20');
-- positions are characters: substr() gives the mention back in any script
WITH t(x) AS (VALUES ('Зеленский сказал 21 April 2025 — 東京 yesterday, émigrés in the 1990s.'))
SELECT mention, start, length, substr(x, start, length) = mention FROM t, date_mentions(t.x, '2025-04-22');
SELECT count(*) FROM date_mentions(NULL);
SELECT count(*) FROM date_mentions('');
SELECT count(*) FROM date_mentions('no dates here at all', NULL);
SELECT value FROM date_mentions(CAST('on 21 April 2025' AS BLOB));
SELECT mention FROM date_mentions('bad ' || char(65533) || x'FF' || ' on 11/03/2022');
SELECT mention, value FROM date_mentions('Tuesday', '2025-04-22T09:30:00Z');
SELECT * FROM date_mentions('x', 'tomorrow');
SELECT * FROM date_mentions;
SELECT event_date('x', 'tomorrow');
SELECT event_date(NULL), event_date(''), event_date(x'00ff');
-- event_date on articles written for these tests
SELECT event_date('Ministers shake hands in Paris, France, Jan. 5, 2019. Press Service

The two foreign ministers met again on Monday in Geneva and agreed to continue the talks next week.');
SELECT event_date('Ministers shake hands in Paris, France, Jan. 5, 2019. Press Service

The two foreign ministers met again on Monday in Geneva and agreed to continue the talks next week.', '2020-02-05');
SELECT event_date('Enjoying ad-free content? Since July 1, 2024, we have disabled all ads to improve your reading.

The city council voted on Wednesday to close the old harbour bridge for repairs, officials said.', '2019-11-14');
SELECT event_date('Updated: 4 May 2023

The river flooded the lower town on Tuesday after a week of rain. The last flood, on March 3, 2011, was worse.

The council will meet on June 12 to discuss new dikes.');
SELECT event_date('The strike began last February 24, when the drivers walked out. On 2 March the union and the company signed an agreement in the capital.', '2022-03-05');
SELECT event_date('The mayor said the new line would open in 2031, and construction crews started digging on 14 May in the old market square.', '2024-05-20');
-- a text that is one short sentence is that sentence; the same sentence as a
-- short line above an article is a headline and does not count
SELECT event_date('The summit opened on Tuesday.', '2025-04-24');
SELECT event_date('Summit opened on Tuesday
The leaders met in Geneva on 20 April and talked for six hours about trade.', '2025-04-24');
-- a date alone on its line is the page's stamp: the reference, not the event
SELECT event_date('March 11, 2022

The mayor opened the new bridge over the river on Friday after six years of work.');
-- the caption repeats, carries a credit, and is older than the event
SELECT event_date('Firefighters at the warehouse in Leeds on June 2, 2019 (Image: city council)
Firefighters at the warehouse in Leeds on June 2, 2019 (Image: city council)

A fire destroyed the old textile warehouse on 14 August, the city council said on Thursday.', '2023-08-18');
-- only background years: no event date
SELECT event_date('The bridge, which opened in 1998 and was renovated in 2014, remains one of the busiest in the region.', '2024-05-20');
-- bad input: NUL bytes, a million digits, month names in a row
SELECT mention, value FROM date_mentions('met on 11/03/2022' || char(0) || ' and on 12/03/2022');
SELECT count(*) FROM date_mentions(replace(hex(zeroblob(500000)), '0', '7'));
SELECT count(*), min(value), max(value) FROM date_mentions(replace(hex(zeroblob(20000)), '00', 'January February March '), '2020-06-01');
SELECT event_date(replace(hex(zeroblob(20000)), '00', 'January February March '));
-- absolute dates in other languages; positions are characters in Cyrillic too
WITH t(x) AS (VALUES ('Мост открыли 12 сентября 2024 г.; движение — с 14 сентября, работы шли в сентябре 2021 года. Le 3 février 2023, am 12. März 2024, el 5 de mayo de 2021, 5 maja 2021 r., 12.09.2024.'))
SELECT mention, start, length, value, substr(x, start, length) = mention FROM t, date_mentions(t.x, '2024-09-20');
-- a month name that is also a word needs a day or a preposition: the planet is no month
SELECT mention, value FROM date_mentions('NASA sent 3 Mars rovers; the Mars 2020 rover landed. En mars 2021, le 4 mai.', '2022-01-10');
-- event_date on a Russian and a French article written for these tests
SELECT event_date('Новый мост открыли в Самаре

Губернатор области открыл новый мост через Волгу 12 сентября 2024 г., сообщила пресс-служба. Строительство началось в марте 2020 года и заняло четыре года.');
SELECT event_date('Новый мост открыли в Самаре

Губернатор области открыл новый мост через Волгу 12 сентября, сообщила пресс-служба. Строительство началось в марте 2020 года и заняло четыре года.', '2024-09-13');
SELECT event_date('Губернатор области открыл новый мост через Волгу 12 сентября, сообщила пресс-служба. Строительство началось в марте 2020 года.');
SELECT event_date('Un nouveau pont sur la Loire

Le maire a inauguré le nouveau pont sur la Loire le 3 février 2023, a annoncé la mairie. Les travaux avaient commencé en septembre 2019.');
SELECT event_date('Un nouveau pont sur la Loire

Le maire a inauguré le nouveau pont sur la Loire le 3 février, a annoncé la mairie. Les travaux avaient commencé en septembre 2019.', '2023-02-05');
