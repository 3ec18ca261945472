/* Unit tests of the temporal expressions of other languages (ext/dates_intl.c,
** data/dates_intl_relative.tsv), through newsext_date_mentions with the
** reference Wednesday 2024-09-18. Sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

#define REF "2024-09-18"

/* The mentions of text as "mention=value" joined by "; ". */
static void mentions_of(const char *text, char *out, size_t cap) {
    newsext_date_ref r;
    assert_int_equal(newsext_parse_ref(REF, strlen(REF), &r), NEWSEXT_OK);
    newsext_date_mention *m;
    size_t n;
    assert_int_equal(newsext_date_mentions(text, strlen(text), &r, &m, &n), NEWSEXT_OK);
    size_t used = 0;
    out[0] = 0;
    for (size_t i = 0; i < n && used < cap; i++)
        used += (size_t)snprintf(out + used, cap - used, "%s%.*s=%s", i ? "; " : "", (int)m[i].length,
                                 text + m[i].start, m[i].value);
    newsext_free(m);
}

static void expect(const char *text, const char *want) {
    char got[512];
    mentions_of(text, got, sizeof got);
    if (strcmp(got, want)) fail_msg("'%s':\n  got  '%s'\n  want '%s'", text, got, want);
}

static void yesterday_today_tomorrow(void **state) {
    (void)state;
    expect("Вчера мэр открыл мост, а сегодня и завтра будут праздники.",
           "Вчера=2024-09-17; сегодня=2024-09-18; завтра=2024-09-19");
    expect("Позавчера и послезавтра.", "Позавчера=2024-09-16; послезавтра=2024-09-20");
    expect("Учора мер відкрив міст, сьогодні свято.", "Учора=2024-09-17; сьогодні=2024-09-18");
    expect("Wczoraj burmistrz otworzył most, dziś jest święto, jutro też.",
           "Wczoraj=2024-09-17; dziś=2024-09-18; jutro=2024-09-19");
    expect("Le maire a inauguré le pont hier, aujourd’hui c'est la fête et après-demain aussi.",
           "hier=2024-09-17; aujourd’hui=2024-09-18; après-demain=2024-09-20");
    expect("Der Bürgermeister hat gestern die Brücke eröffnet, heute wird gefeiert und morgen auch.",
           "gestern=2024-09-17; heute=2024-09-18; morgen=2024-09-19");
    expect("El alcalde inauguró ayer el puente; hoy hay fiesta y mañana también.",
           "ayer=2024-09-17; hoy=2024-09-18; mañana=2024-09-19");
    expect("Il sindaco ha inaugurato ieri il ponte, oggi è festa e domani anche.",
           "ieri=2024-09-17; oggi=2024-09-18; domani=2024-09-19");
    expect("O prefeito inaugurou ontem a ponte, hoje é feriado e amanhã também.",
           "ontem=2024-09-17; hoje=2024-09-18; amanhã=2024-09-19");
    expect("De burgemeester opende gisteren de brug, vandaag is het feest en overmorgen ook. Dat is één ding.",
           "gisteren=2024-09-17; vandaag=2024-09-18; overmorgen=2024-09-20");
}

/* The same words where they mean something else. */
static void not_those_days(void **state) {
    (void)state;
    expect("Wir sind hier, und der Bürgermeister ist auch hier.", "");
    expect("Guten Morgen! Der Morgen war kühl, schöne Grüße.", "");
    /* "esta mañana" is this morning, not tomorrow; "por la mañana" alone is no day */
    expect("Esta mañana y por la mañana, cada mañana, el alcalde corrió.", "Esta mañana=2024-09-18TMO");
    expect("De morgen was koud, zei de burgemeester één keer.", "");
    expect("The café owner, Plácido Domingo, spoke at Mardi Gras; ayer and hoy are Spanish words.", "");
    expect("Охрана окружающей среды, в среде обитания.", "");
}

static void weekdays(void **state) {
    (void)state;
    /* the last one, unless a future word is near */
    expect("Мэр открыл мост в понедельник.", "понедельник=2024-09-16");
    expect("Заседание состоится в понедельник.", "понедельник=2024-09-23");
    expect("Мост открыли в среду, а во вторник будет концерт.", "среду=2024-09-18; вторник=2024-09-24");
    expect("Засідання відбудеться у п'ятницю.", "п'ятницю=2024-09-20");
    expect("Most otwarto w poniedziałek.", "poniedziałek=2024-09-16");
    expect("Spotkanie odbędzie się w piątek.", "piątek=2024-09-20");
    expect("Die Brücke wurde am Montag eröffnet, die Feier wird am Freitag sein.",
           "Montag=2024-09-16; Freitag=2024-09-20");
    expect("Le pont a été inauguré lundi et la fête aura lieu samedi.", "lundi=2024-09-16; samedi=2024-09-21");
    expect("El puente se inauguró el lunes y la fiesta se celebrará el sábado.",
           "lunes=2024-09-16; sábado=2024-09-21");
    expect("Il ponte è stato aperto lunedì, la festa si terrà venerdì.", "lunedì=2024-09-16; venerdì=2024-09-20");
    expect("A ponte foi aberta na segunda-feira e a festa será na sexta-feira.",
           "segunda-feira=2024-09-16; sexta-feira=2024-09-20");
    expect("De brug ging maandag open. Het feest zal zaterdag zijn, één keer.",
           "maandag=2024-09-16; zaterdag=2024-09-21");
    /* a German weekday needs its preposition; "Freitag" alone is a name */
    expect("Die Zeitung Freitag schrieb über die Brücke.", "");
    /* a past word before it wins over a future word after it */
    expect("Мост был открыт в понедельник, концерт будет в пятницу.", "понедельник=2024-09-16; пятницу=2024-09-20");
}

static void last_this_next(void **state) {
    (void)state;
    expect("На прошлой неделе, в этом месяце и в прошлом году цены росли.",
           "прошлой неделе=2024-W37; этом месяце=2024-09; прошлом году=2023");
    expect("Минулого тижня і наступного року.", "Минулого тижня=2024-W37; наступного року=2025");
    expect("W zeszłym tygodniu i w przyszłym roku.", "zeszłym tygodniu=2024-W37; przyszłym roku=2025");
    expect("La semaine dernière et l'année prochaine, cette année.",
           "La semaine dernière=2024-W37; l'année prochaine=2025; cette année=2024");
    expect("Letzte Woche, im vergangenen Jahr und nächsten Monat.",
           "Letzte Woche=2024-W37; vergangenen Jahr=2023; nächsten Monat=2024-10");
    expect("La semana pasada, el año pasado y el próximo mes.",
           "La semana pasada=2024-W37; el año pasado=2023; el próximo mes=2024-10");
    expect("La settimana scorsa, l'anno scorso e quest'anno: è così.",
           "La settimana scorsa=2024-W37; l'anno scorso=2023; quest'anno=2024");
    expect("Na semana passada e no ano passado, não.", "semana passada=2024-W37; ano passado=2023");
    expect("Vorige week en vorig jaar, één keer.", "Vorige week=2024-W37; vorig jaar=2023");
}

static void ago_and_durations(void **state) {
    (void)state;
    expect("Три дня назад, 5 лет назад и год назад.", "Три дня назад=2024-09-15; 5 лет назад=2019; год назад=2023");
    expect("Три дні тому, два роки тому.", "Три дні тому=2024-09-15; два роки тому=2022");
    expect("Trzy dni temu, dwa lata temu, przed świętami.", "Trzy dni temu=2024-09-15; dwa lata temu=2022");
    expect("Il y a trois jours, il y a un an, à Paris.", "Il y a trois jours=2024-09-15; il y a un an=2023");
    expect("Vor drei Tagen, vor einem Jahr, vor 2 Wochen. Schön.",
           "Vor drei Tagen=2024-09-15; vor einem Jahr=2023; vor 2 Wochen=2024-09-04");
    expect("Hace tres días, hace un año.", "Hace tres días=2024-09-15; hace un año=2023");
    expect("Tre giorni fa, un anno fa, è vero.", "Tre giorni fa=2024-09-15; un anno fa=2023");
    expect("Há três dias, três anos atrás, é verdade.", "Há três dias=2024-09-15; três anos atrás=2021");
    expect("Drie dagen geleden, één jaar geleden.", "Drie dagen geleden=2024-09-15");
    /* without "ago" an amount is a duration */
    expect("Ремонт длился два года, а не 3 месяца.", "два года=P2Y; 3 месяца=P3M");
    expect("Les travaux ont duré trois ans et deux semaines.", "trois ans=P3Y; deux semaines=P2W");
    /* a year is not an amount */
    expect("Это было в 2024 году.", "2024=2024");
}

/* Positions are bytes into the text: the mention is the text there, in
** every script, capitals folded. */
static void spans_hold_in_every_script(void **state) {
    (void)state;
    const char *text = "ВЧЕРА И ПОЗАВЧЕРА, ВО ВТОРНИК — «СЕГОДНЯ»; AUJOURD'HUI, ÉTÉ.";
    newsext_date_ref r;
    assert_int_equal(newsext_parse_ref(REF, strlen(REF), &r), NEWSEXT_OK);
    newsext_date_mention *m;
    size_t n;
    assert_int_equal(newsext_date_mentions(text, strlen(text), &r, &m, &n), NEWSEXT_OK);
    assert_int_equal(n, 5);
    const char *want[] = {"ВЧЕРА", "ПОЗАВЧЕРА", "ВТОРНИК", "СЕГОДНЯ", "AUJOURD'HUI"};
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(m[i].length, strlen(want[i]));
        assert_memory_equal(text + m[i].start, want[i], m[i].length);
    }
    newsext_free(m);
}

/* The prefilter fires on the words of other languages only when told the
** text is theirs. */
static void prefilter_other_languages(void **state) {
    (void)state;
    const char *t = "Мэр сказал вчера: hier.";
    size_t a, b, len = strlen(t);
    assert_true(dates_intl_text(t, len));
    assert_false(dates_next_trigger(t, len, 0, &a, &b, 0));
    assert_true(dates_next_trigger(t, len, 0, &a, &b, 1));
    assert_memory_equal(t + a, "вчера", b - a);
    assert_true(dates_next_trigger(t, len, b, &a, &b, 1));
    assert_memory_equal(t + a, "hier", b - a);
    /* an English text quoting a name is not another language's */
    const char *en = "The mayor of Gdańsk opened the bridge yesterday, officials in the city hall said on the phone "
                     "to the reporters who had gathered outside the building for the whole of the long afternoon. "
                     "The bridge, which crosses the river near the old shipyard, took three years to build and "
                     "cost more than the city had planned, the officials said, adding that traffic would flow "
                     "freely by the end of the week once the last of the lane markings had been painted. "
                     "Residents of the neighbourhood welcomed the news after years of detours and delays.";
    assert_false(dates_intl_text(en, strlen(en)));
}

/* Text of those languages written without accents is told by its function
** words against English's; English naming people and places of those
** languages stays English. */
static void accent_free_text(void **state) {
    (void)state;
    assert_int_equal(newsext_init(), NEWSEXT_OK); /* the lexicon holds the function words */
    const char *foreign[] = {
        "Ieri il governo ha approvato la legge sul bilancio.",
        "El lunes pasado el presidente dijo que no habra cambios.",
        "Gisteren heeft de minister het plan niet gepresenteerd.",
        "Ontem o conselho aprovou o projeto da nova escola.",
        /* German capitalizes nouns: its articles count before them */
        "Gestern hat die Regierung das Gesetz beschlossen.",
    };
    for (size_t i = 0; i < sizeof foreign / sizeof *foreign; i++)
        if (!dates_intl_text(foreign[i], strlen(foreign[i]))) fail_msg("not read as another language: %s", foreign[i]);
    const char *english[] = {
        "Del Monte said the Van Gogh show in La Paz drew more visitors than Los Angeles.",
        "Ursula von der Leyen met Maria da Silva dos Santos in Rio de Janeiro.",
        "Jan van der Berg, the coach, will face the winner of the Copa del Rey.",
        "Prices rose 3 per cent, then 2 per cent, then 5 per cent per year.",
        "Der Spiegel and Die Welt reported that the Des Moines plant of von Braun Inc. will close.",
        /* a quoted phrase is shorter than the English around it */
        "The crowd chanted \"el pueblo unido\" as the mayor said that the square would reopen on "
        "Monday, and the police said they had made no arrests.",
    };
    for (size_t i = 0; i < sizeof english / sizeof *english; i++)
        if (dates_intl_text(english[i], strlen(english[i]))) fail_msg("read as another language: %s", english[i]);
    expect("Ieri il governo ha approvato la legge, che non era stata discussa.", "Ieri=2024-09-17");
    /* a relative word opening its sentence before a lowercase word */
    expect("Domani il governo approvera la legge sul bilancio.", "Domani=2024-09-19");
    expect("Gestern hat die Regierung das Gesetz beschlossen.", "Gestern=2024-09-17");
    expect("Il sindaco ha detto che lunedi scorso la giunta ha deciso di chiudere la scuola.",
           "lunedi scorso=2024-09-16");
    expect("Secondo la polizia, l'incidente e avvenuto tre giorni fa sulla strada per il porto.",
           "tre giorni fa=2024-09-15");
    expect("Ayer los diputados votaron la ley, que fue presentada hace tres dias por el gobierno.",
           "Ayer=2024-09-17; hace tres dias=2024-09-15");
    expect("La empresa dijo que el sabado pasado cerro la planta por la huelga.", "sabado pasado=2024-09-14");
    expect("El ministro viajara a Bruselas la proxima semana para negociar con los socios.",
           "la proxima semana=2024-W39");
    expect("El ano pasado la empresa vendio mas que nunca, segun los datos del gobierno.", "El ano pasado=2023");
    expect("El alcalde dijo esta manana que ayer por la manana hubo cortes de luz.",
           "esta manana=2024-09-18TMO; ayer por la manana=2024-09-17TMO");
    /* two function words of one language, none of English's, tell a short sentence */
    expect("Il museo restera chiuso fino a venerdi prossimo per lavori di manutenzione.",
           "venerdi prossimo=2024-09-20");
    expect("De politie heeft drie dagen geleden een man aangehouden die niet op de zitting was.",
           "drie dagen geleden=2024-09-15");
    expect("O presidente da camara disse que o projeto foi aprovado no mes passado pelos vereadores.",
           "mes passado=2024-08");
    /* English keeps its own words only: "Gisteren" is a title here */
    expect("The Dutch film Gisteren opened yesterday in the city, and the critics said it was the best of the year.",
           "yesterday=2024-09-17; the year=2024");
}

/* "last" and "next" beside the reference's own weekday name the week
** before or after it, as English "last Wednesday" does (the reference is a
** Wednesday). */
static void last_and_next_skip_the_reference_day(void **state) {
    (void)state;
    expect("Mercoledì scorso il consiglio ha votato.", "Mercoledì scorso=2024-09-11");
    expect("El próximo miércoles se votará la ley.", "próximo miércoles=2024-09-25");
    expect("Der Rat tagt nächsten Mittwoch.", "nächsten Mittwoch=2024-09-25");
}

/* "next"/"last" beside a weekday, before or after it. */
static void weekday_next_last(void **state) {
    (void)state;
    expect("Мост откроют в следующий понедельник, а закрыли в прошлую пятницу.",
           "следующий понедельник=2024-09-23; прошлую пятницу=2024-09-13");
    expect("Мер повернеться у наступний понеділок, був тут у минулу п'ятницю.",
           "наступний понеділок=2024-09-23; минулу п'ятницю=2024-09-13");
    expect("Burmistrz wróci w przyszły poniedziałek, był tu w zeszły piątek.",
           "przyszły poniedziałek=2024-09-23; zeszły piątek=2024-09-13");
    expect("Le maire reviendra lundi prochain ; il était déjà là vendredi dernier.",
           "lundi prochain=2024-09-23; vendredi dernier=2024-09-13");
    expect("Der Bürgermeister kam letzten Montag und kommt nächsten Freitag wieder.",
           "letzten Montag=2024-09-16; nächsten Freitag=2024-09-20");
    expect("El alcalde volverá el próximo lunes; estuvo aquí el viernes pasado.",
           "próximo lunes=2024-09-23; viernes pasado=2024-09-13");
    expect("Il sindaco tornerà lunedì prossimo; era qui venerdì scorso.",
           "lunedì prossimo=2024-09-23; venerdì scorso=2024-09-13");
    expect("O prefeito voltará na próxima segunda-feira; esteve aqui na sexta-feira passada.",
           "próxima segunda-feira=2024-09-23; sexta-feira passada=2024-09-13");
    expect("De burgemeester komt volgende maandag terug, hij was er vorige vrijdag. Eén ding.",
           "volgende maandag=2024-09-23; vorige vrijdag=2024-09-13");
    /* the genitive weekday, only with its modifier ("среды" is also the environment's) */
    expect("Мер виступив минулого понеділка, а повернеться наступної п'ятниці.",
           "минулого понеділка=2024-09-16; наступної п'ятниці=2024-09-20");
    expect("Мэр вернётся до следующего понедельника, уехал в ближайшую пятницу.",
           "следующего понедельника=2024-09-23; ближайшую пятницу=2024-09-20");
    expect("Охрана окружающей среды, пятницы и субботы, среды обитания.", "");
    expect("Burmistrz przemawiał w ostatni piątek w ratuszu.", "ostatni piątek=2024-09-13");
    /* "this": the tense chooses, the preposition before it counts for the weekday */
    expect("Мост откроют в эту пятницу.", "эту пятницу=2024-09-20");
    expect("Мост открыли в эту пятницу.", "эту пятницу=2024-09-13");
    expect("Это воскресенье было тёплым.", "");
    expect("Este lunes el alcalde habló en la radio, según él.", "Este lunes=2024-09-16");
    expect("O prefeito falou nesta segunda-feira na prefeitura, é.", "nesta segunda-feira=2024-09-16");
    expect("Burmistrz przemawiał w ten piątek w ratuszu.", "ten piątek=2024-09-13");
    /* a weekday before its date is one date, as "Tuesday, September 17" */
    expect("Le maire a parlé mardi 17 septembre à la mairie.", "mardi 17 septembre=2024-09-17");
    expect("Мэр выступил во вторник, 17 сентября.", "вторник, 17 сентября=2024-09-17");
    expect("Der Bürgermeister sprach am Dienstag, 17. September.", "Dienstag, 17. September=2024-09-17");
    /* a capitalized weekday opening a sentence before a comma; not the names */
    expect("Mardi, le maire a inauguré le pont.", "Mardi=2024-09-17");
    expect("Le défilé du Mardi Gras, dit-il.", "");
    expect("Domingo, el tenor, cantó en el teatro según él.", "");
    /* "the last Friday of the month" is an ordinal, not last Friday */
    expect("Burmistrz mówi w ostatni piątek miesiąca.", "");
    expect("El alcalde habló el último lunes en la radio, según él.", "último lunes=2024-09-16");
    /* the modifier alone is no date; "pasado mañana" stays the day after tomorrow */
    expect("Le dernier mot était à lui, en été.", "");
    expect("В прошлую эпоху всё было иначе.", "");
    expect("El lunes pasado mañana no.", "lunes=2024-09-16; pasado mañana=2024-09-20");
}

/* A part of the day after a day or weekday, or in the day word. */
static void parts_of_the_day(void **state) {
    (void)state;
    expect("Мэр уехал вчера вечером и вернулся сегодня утром.",
           "вчера вечером=2024-09-17TEV; сегодня утром=2024-09-18TMO");
    expect("Учора ввечері мер приїхав до міста.", "Учора ввечері=2024-09-17TEV");
    expect("Burmistrz przyjechał wczoraj wieczorem, dziś rano wyjechał.",
           "wczoraj wieczorem=2024-09-17TEV; dziś rano=2024-09-18TMO");
    expect("Le maire est parti hier soir et il est déjà revenu ce matin.",
           "hier soir=2024-09-17TEV; ce matin=2024-09-18TMO");
    expect("Le maire a parlé lundi soir à la télévision.", "lundi soir=2024-09-16TEV");
    expect("Der Bürgermeister kam gestern Abend, heute Morgen fuhr er ab.",
           "gestern Abend=2024-09-17TEV; heute Morgen=2024-09-18TMO");
    expect("El alcalde llegó anoche y habló esta mañana.", "anoche=2024-09-17TNI; esta mañana=2024-09-18TMO");
    expect("Hoy por la tarde el alcalde descansará.", "Hoy por la tarde=2024-09-18TAF");
    expect("Il sindaco è arrivato ieri sera e parte stamattina.",
           "ieri sera=2024-09-17TEV; stamattina=2024-09-18TMO");
    expect("O prefeito chegou ontem à noite e saiu hoje de manhã.",
           "ontem à noite=2024-09-17TNI; hoje de manhã=2024-09-18TMO");
    expect("Der Bürgermeister sprach am Montagabend und am Freitagmorgen im Rathaus.",
           "Montagabend=2024-09-16TEV; Freitagmorgen=2024-09-13TMO");
    expect("De burgemeester kwam gisteravond en vertrok vanochtend. Eén ding.",
           "gisteravond=2024-09-17TEV; vanochtend=2024-09-18TMO");
}

/* Hours and minutes count only with "ago": alone they tell a clock time. */
static void hours_and_minutes(void **state) {
    (void)state;
    expect("Два часа назад мэр уехал, а час назад вернулся.", "Два часа назад=2024-09-18; час назад=2024-09-18");
    expect("Il y a deux heures, le maire est arrivé à la mairie.", "Il y a deux heures=2024-09-18");
    expect("Der Bürgermeister ist vor zwei Stunden angekommen, vor einer Minute gegangen.",
           "vor zwei Stunden=2024-09-18; vor einer Minute=2024-09-18");
    expect("El alcalde llegó hace cinco minutos, hace una hora.", "hace cinco minutos=2024-09-18; hace una hora=2024-09-18");
    expect("Burmistrz przyjechał trzy godziny temu, godzinę temu wyjechał.",
           "trzy godziny temu=2024-09-18; godzinę temu=2024-09-18");
    expect("Встреча пройдёт в два часа дня.", "");
    expect("Ora fa freddo, è così.", ""); /* "ora" is also now */
    expect("La réunion commence à deux heures à la mairie.", "");
    /* a unit in the singular alone counts one; number words above ten */
    expect("Двадцать лет назад, год назад и неделю назад.",
           "Двадцать лет назад=2004; год назад=2023; неделю назад=2024-09-11");
    expect("Il y a quinze jours, c'était l'été.", "Il y a quinze jours=2024-09-03");
    expect("Vor zwölf Tagen war es schön.", "Vor zwölf Tagen=2024-09-06");
}

/* The tense of the clause chooses the weekday: Russian and Ukrainian
** non-past verbs, a French future in -ra after its pronoun. */
static void future_cues(void **state) {
    (void)state;
    expect("Мост откроют в понедельник.", "понедельник=2024-09-23");
    expect("Мост открыли в понедельник.", "понедельник=2024-09-16");
    expect("Міст відкриють у понеділок.", "понеділок=2024-09-23");
    expect("Міст відкриватимуть у понеділок.", "понеділок=2024-09-23");
    expect("Переговоры продолжатся в пятницу.", "пятницу=2024-09-20");
    expect("Станцию метро запустят в воскресенье.", "воскресенье=2024-09-22");
    expect("Депутаты рассмотрят законопроект во вторник.", "вторник=2024-09-24");
    expect("Губернатор посетит завод во вторник.", "вторник=2024-09-24");
    expect("Музей откроется в субботу после ремонта.", "субботу=2024-09-21");
    expect("Завод находится в центре города, пожар случился в пятницу.", "пятницу=2024-09-13");
    expect("Главный приоритет мэрии обсуждали в понедельник.", "понедельник=2024-09-16");
    /* nouns and participles of those endings are no verbs: "институтов", "выплат", "принят" */
    expect("Представители институтов провели встречу во вторник.", "вторник=2024-09-17");
    expect("По данным источников, задержки выплат произошли в пятницу.", "пятницу=2024-09-13");
    expect("Закон принят в пятницу.", "пятницу=2024-09-13");
    /* a present of "с" ("смотрят") is no future */
    expect("Жители, которые смотрят новости, узнали о пожаре в пятницу.", "пятницу=2024-09-13");
    /* the present that reports a source is not the future */
    expect("Как сообщают в мэрии, мост открыли в понедельник.", "понедельник=2024-09-16");
    expect("Как отмечают в мэрии, мост открыли в понедельник.", "понедельник=2024-09-16");
    expect("Il ouvrira le pont lundi, après les travaux.", "lundi=2024-09-23");
    expect("Le conseil se tiendra lundi à la mairie.", "lundi=2024-09-23");
    expect("Il a visité l'opéra lundi, après les travaux.", "lundi=2024-09-16");
    expect("La cultura è cambiata lunedì, così.", "lunedì=2024-09-16");
}

/* Words that look like days and are not. */
static void false_friends(void **state) {
    (void)state;
    expect("Hoy en día la ciudad es más grande.", "Hoy en día=PRESENT_REF");
    expect("Hoje em dia a cidade é maior.", "Hoje em dia=PRESENT_REF");
    expect("Al giorno d'oggi la città è più grande.", "Al giorno d'oggi=PRESENT_REF");
    expect("Le monde de demain sera différent.", "");
    expect("Ce soir-là, le maire était déjà parti.", ""); /* that evening, of the story */
    expect("Cette année-là, le maire était déjà parti.", "");
    expect("Le maire parlera ce soir à la télévision, déjà.", "ce soir=2024-09-18TEV");
    expect("La réunion de demain est annulée.", "demain=2024-09-19");
    expect("Il mondo di domani è già qui.", "");
    expect("Die Welt von morgen ist schön.", "");
    expect("El mundo del mañana será distinto.", "");
}

static void event_date_from_relative_words(void **state) {
    (void)state;
    char out[11];
    newsext_date_ref r;
    assert_int_equal(newsext_parse_ref(REF, strlen(REF), &r), NEWSEXT_OK);
    const char *ru = "Глава города осматривает мост, 5 марта 2019 года. Фото: пресс-служба\n\n"
                     "Вчера мэр открыл новый мост через реку после трёх лет ремонта, сообщили в администрации.\n";
    assert_int_equal(newsext_event_date(ru, strlen(ru), &r, out), NEWSEXT_OK);
    assert_string_equal(out, "2024-09-17");
    const char *fr = "Le maire inaugure le pont, le 5 mars 2019. Photo : service de presse\n\n"
                     "Le maire a inauguré hier le nouveau pont sur la rivière après trois ans de travaux.\n";
    assert_int_equal(newsext_event_date(fr, strlen(fr), &r, out), NEWSEXT_OK);
    assert_string_equal(out, "2024-09-17");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(yesterday_today_tomorrow),
        cmocka_unit_test(not_those_days),
        cmocka_unit_test(weekdays),
        cmocka_unit_test(last_this_next),
        cmocka_unit_test(ago_and_durations),
        cmocka_unit_test(spans_hold_in_every_script),
        cmocka_unit_test(prefilter_other_languages),
        cmocka_unit_test(accent_free_text),
        cmocka_unit_test(last_and_next_skip_the_reference_day),
        cmocka_unit_test(event_date_from_relative_words),
        cmocka_unit_test(weekday_next_last),
        cmocka_unit_test(parts_of_the_day),
        cmocka_unit_test(hours_and_minutes),
        cmocka_unit_test(future_cues),
        cmocka_unit_test(false_friends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
