-- person_mentions, extract_persons, person_key on news in Russian, Ukrainian, German, French, Spanish, Polish, Italian (texts written for these tests)
.mode list
-- Russian: a genitive country before the name, a title, a surname alone
SELECT extract_persons('Президент России Владимир Путин заявил во вторник, что Путин и Зеленский могут встретиться. Пресс-секретарь Дмитрий Песков добавил, что Владимир Зеленский не готов.');
-- positions on Cyrillic text: substr(text, start, length) is the mention; roles
WITH t(x) AS (SELECT 'Министр иностранных дел России Сергей Лавров провёл переговоры в Анкаре. Лаврова встретил глава МИД Турции. По словам Лаврова, встреча прошла конструктивно.')
SELECT name, mention, role, substr(x, start, length) = mention FROM t, person_mentions(t.x);
-- cases of one person group under the nominative form, wherever it comes
SELECT extract_persons('Встреча Владимира Путина и Дональда Трампа прошла в Хельсинки. Владимир Путин сказал, что доволен. Трамп заявил то же.');
SELECT name, mention FROM person_mentions('В Кремле прокомментировали слова Зеленского. Песков сообщил журналистам, что Путину доложили о ситуации, а встреча Путина с Зеленским пока не планируется.');
-- an adjective before a head noun, a capitalised word at a sentence start
SELECT extract_persons('Мэр Москвы Сергей Собянин объявил о новых мерах. Губернатор Белгородской области Вячеслав Гладков сообщил об обстреле. Собянин поблагодарил врачей.');
SELECT extract_persons('Накануне Песков заявил, что Кремль не видит оснований для переговоров. Американский президент Джо Байден промолчал.');
-- Ukrainian: the wife's surname keeps its own key
SELECT name, mention FROM person_mentions('Зеленський підписав указ. Указ Зеленського набуває чинності з понеділка. Водночас Олена Зеленська відвідала лікарню у Львові.');
WITH t(x) AS (SELECT 'Міністр закордонних справ України Дмитро Кулеба заявив, що Київ чекає на рішення ЄС. Речник МЗС Олег Ніколенко підтвердив це.')
SELECT name, mention, role, substr(x, start, length) = mention FROM t, person_mentions(t.x);
-- German capitalises nouns: titles and nouns before the name are not part of it
SELECT name, mention, role FROM person_mentions('Bundeskanzler Olaf Scholz traf am Montag den französischen Präsidenten Emmanuel Macron. Scholz sagte, Deutschland werde helfen.');
SELECT extract_persons('Außenministerin Annalena Baerbock reiste nach Kiew. Die Grünen-Politikerin sprach mit dem ukrainischen Außenminister Dmytro Kuleba.');
SELECT extract_persons('Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj griffen russische Truppen Charkiw an.');
-- French, Spanish, Polish, Italian
SELECT extract_persons('Le ministre des Affaires étrangères Jean-Yves Le Drian s''est entretenu avec Sergueï Lavrov.');
SELECT extract_persons('La ministra de Defensa Margarita Robles visitó Kiev. El presidente del Gobierno Pedro Sánchez anunció nuevas sanciones.');
SELECT extract_persons('Rzecznik Kremla Dmitrij Pieskow powiedział, że prezydent Rosji Władimir Putin nie planuje rozmów.');
SELECT extract_persons('Il presidente del Consiglio Giorgia Meloni ha incontrato il presidente ucraino Volodymyr Zelensky a Roma.');
-- person_key: the cases of a Cyrillic name share a key; Latin names as before
SELECT person_key('Путин'), person_key('Путина') = person_key('Путиным'), person_key('Путину') = person_key('Путине');
SELECT person_key('Зеленский'), person_key('Зеленского') = person_key('Зеленскому'), person_key('Зеленским') = person_key('Зеленський');
SELECT person_key('Зеленская'), person_key('Зеленской') = person_key('Зеленська'), person_key('Зеленская') = person_key('Зеленский');
SELECT person_key('Сергей Лавров'), person_key('Сергея Лаврова') = person_key('Сергеем Лавровым'), person_key('Дмитрий') = person_key('Дмитрия');
SELECT person_key('Тарас Шевченко'), person_key('Шойгу'), person_key(person_key('Сергея Зеленского')) = person_key('Сергея Зеленского');
SELECT person_key('Volodymyr Zelenskyy') = person_key('Volodymyr Zelenskiy'), person_key('Zelensky'), person_key('Putina');
-- a noun at a Cyrillic sentence start ("Вдова", which ends like a surname) is not part of the name
SELECT name, mention FROM person_mentions('Алексей Навальный умер в колонии. Жена Навального выступила в Мюнхене. Вдова Навального обвинила Кремль.');
-- no persons: institutions, places and a Spanish sentence of capitalised names
SELECT extract_persons('Курс рубля упал после заявления Центрального банка. Сбербанк и Газпром сообщили о снижении прибыли. Москва и Санкт-Петербург ввели новые ограничения.');
SELECT extract_persons('El Gobierno de España y la Comisión Europea acordaron nuevas medidas contra Rusia en Bruselas.');
SELECT extract_persons('Die Bundesregierung und die Europäische Kommission beraten am Donnerstag in Brüssel über neue Sanktionen gegen Russland.');
-- nouns after an article, ministries, a town's genitive that ends like a woman's surname
SELECT extract_persons('Die Regierung plant mehr Geld. Nach Angaben des Statistischen Bundesamtes stiegen die Preise im März Prozent.');
SELECT extract_persons('Según fuentes del Ministerio de Defensa ucraniano, las tropas rusas avanzaron cerca de Pokrovsk.');
SELECT extract_persons('Według Ministerstwa Obrony Narodowej Rosjanie przeprowadzili atak na Charków. Władze Ukrainy potwierdziły ofiary.');
SELECT extract_persons('Збройні сили України відбили атаку біля Покровська. Генштаб ЗСУ повідомив про втрати ворога.');
-- patronymics, Cyrillic initials (not the prepositions В, С), a name's words share a case
SELECT extract_persons('Владимир Владимирович Путин подписал указ. Об этом сообщил пресс-секретарь Дмитрий Сергеевич Песков.');
WITH t(x) AS (SELECT 'Как заявил В. Путин, переговоры возможны. С. Лавров подтвердил это.')
SELECT name, mention, substr(x, start, length) = mention FROM t, person_mentions(t.x);
SELECT extract_persons('На встрече с Си Цзиньпином Путин обсудил торговлю. Председатель КНР Си Цзиньпин пригласил Путина в Пекин.');
SELECT extract_persons('Российский лидер встретился с Александром Лукашенко в Минске. Лукашенко сказал, что поддерживает Москву.');
SELECT extract_persons('Речник Повітряних сил Юрій Ігнат заявив, що ППО збила 20 дронів. Ігнат закликав не ігнорувати тривоги.');
-- Ukrainian declines -ко names: the genitive at a sentence start is the same person
SELECT name, mention FROM person_mentions('Мер Києва Віталій Кличко заявив про проблеми з електропостачанням. Кличка критикував Офіс президента.');
