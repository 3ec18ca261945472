-- date_mentions and event_date on other languages (sentences written for these tests)
.mode list
.nullvalue NULL
-- positions are characters: substr() gives the mention back in Cyrillic and accented text
WITH t(x) AS (VALUES ('Вчера мэр заявил, что мост будет открыт в понедельник, а на прошлой неделе и три дня назад шёл ремонт.'),
                     ('Le maire a annoncé hier que le pont sera ouvert lundi ; il y a trois jours, l''année dernière.'),
                     ('Der Bürgermeister sagte gestern, die Brücke wird am Montag eröffnet, vor drei Tagen war Ruhe.'),
                     ('El alcalde dijo ayer que el puente se abrirá el lunes; hace tres días, el año pasado.'),
                     ('Burmistrz powiedział wczoraj, że most zostanie otwarty w poniedziałek, trzy dni temu.'))
SELECT mention, start, length, type, value, substr(x, start, length) = mention FROM t, date_mentions(t.x, '2024-09-18');
-- without a reference: the values stay open
SELECT mention, value FROM date_mentions('Вчера, в понедельник, в прошлом году.');
-- event_date: the relative word of the story, not the date of the photo caption
SELECT event_date('Глава города осматривает мост, 5 марта 2019 года. Фото: пресс-служба

Вчера мэр открыл новый мост через реку после трёх лет ремонта, сообщили в администрации города.', '2024-09-18');
SELECT event_date('Le maire inaugure le pont, le 5 mars 2019. Photo : service de presse

Le maire a inauguré hier le nouveau pont sur la rivière après trois ans de travaux, a indiqué la mairie.', '2024-09-18');
-- event_date without a reference: the publication stamp of the page's language is the
-- reference ("Опубликовано", "Veröffentlicht am", "Publié le", "Опубліковано"), and the
-- caption's date ("Фото:", "Foto:", "Photo :") is furniture
SELECT event_date('Опубликовано 18 сентября 2024, 10:15

Глава города осматривает мост, 5 марта 2019 года. Фото: РИА Новости

Во вторник мэр открыл новый мост через реку после трёх лет ремонта, сообщили в администрации.');
SELECT event_date('Veröffentlicht am 18. September 2024

Der Bürgermeister besichtigt die Brücke am 5. März 2019. Foto: dpa

Am Dienstag hat der Bürgermeister die neue Brücke über den Fluss nach drei Jahren Bauzeit eröffnet.');
SELECT event_date('Publié le 18 septembre 2024 à 10h15

Le maire visite le pont, le 5 mars 2019. Photo : AFP

Le maire a inauguré hier le nouveau pont sur la rivière après trois ans de travaux, a indiqué la mairie.');
SELECT event_date('Опубліковано 18.09.2024

Мер оглядає міст 5 березня 2019 року. Фото: пресслужба

Учора мер відкрив новий міст через річку після трьох років ремонту, повідомили в адміністрації.');
-- a date that opens a period ("С 1 сентября", "Seit dem 1. September", "Depuis le 1er septembre")
-- is background, not the event; "Mardi," opening a sentence is a weekday
SELECT event_date('Опубликовано 18 сентября 2024

С 1 сентября в городе действуют новые правила парковки, напомнили в мэрии.

Во вторник мэр открыл новый мост через реку после ремонта, сообщили в администрации.');
SELECT event_date('Veröffentlicht am 18. September 2024

Seit dem 1. September gelten in der Stadt neue Regeln für das Parken, teilte die Stadt mit.

Am Dienstag hat der Bürgermeister die neue Brücke über den Fluss nach drei Jahren eröffnet.');
SELECT event_date('Publié le 18 septembre 2024

Depuis le 1er septembre, de nouvelles règles de stationnement sont en vigueur en ville.

Mardi, le maire a inauguré le nouveau pont sur la rivière après trois ans de travaux.');
-- text of those languages written without accents: told by its function words
-- ("il", "la", "che", "el", "los", "que", "het", "een", "van", "o", "da", "pelo"),
-- so its relative words are read ("lunedi", "miercoles", "proxima", "atras")
WITH t(x) AS (VALUES ('Ieri il governo ha approvato la riforma; mercoledi scorso il ministro aveva detto che non ci sarebbero stati ritardi.'),
                     ('El miercoles pasado los diputados votaron la ley que el gobierno presento hace tres dias.'),
                     ('Gisteren heeft de minister van Onderwijs het plan aan de Kamer gepresenteerd; volgende week wordt er gestemd.'),
                     ('O hospital sera inaugurado na proxima semana, disse ontem o secretario da saude, dois dias atras.'))
SELECT mention, value FROM t, date_mentions(t.x, '2024-09-18');
-- English naming people and places of those languages, or quoting a phrase, stays
-- English: the Dutch title "Gisteren" and the Spanish "ayer" are not read
SELECT mention, value FROM date_mentions('Del Monte and the Van Gogh museum sponsored the show in La Paz, which moved to Los Angeles on Friday.', '2024-09-18');
SELECT mention, value FROM date_mentions('The film Gisteren, shown with the song "ayer no es hoy", opened three days ago, the organisers of the festival said.', '2024-09-18');
-- event_date on such text: the relative word of the story, not the caption's date
SELECT event_date('Il sindaco inaugura il ponte, 5 marzo 2019. Foto: ufficio stampa

Ieri il sindaco ha inaugurato il nuovo ponte sul fiume dopo tre anni di lavori, ha detto il comune.', '2024-09-18');
