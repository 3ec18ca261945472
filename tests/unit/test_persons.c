/* Unit tests of person detection and person_key (ext/persons.c,
** ext/person_key.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static char *key(const char *name) {
    char *k;
    size_t n;
    assert_int_equal(newsext_person_key(name, strlen(name), &k, &n), NEWSEXT_OK);
    assert_int_equal(n, strlen(k));
    return k;
}

static void assert_same_key(const char *a, const char *b) {
    char *x = key(a), *y = key(b);
    if (strcmp(x, y)) fail_msg("'%s' -> '%s' but '%s' -> '%s'", a, x, b, y);
    newsext_free(x);
    newsext_free(y);
}

static void assert_different_key(const char *a, const char *b) {
    char *x = key(a), *y = key(b);
    if (!strcmp(x, y)) fail_msg("'%s' and '%s' both -> '%s'", a, b, x);
    newsext_free(x);
    newsext_free(y);
}

static void key_variants_match(void **state) {
    assert_same_key("Volodymyr Zelenskiy", "Volodymyr Zelenskyy");
    assert_same_key("Volodymyr Zelensky", "VOLODYMYR ZELENSKII");
    assert_same_key("Sergey Lavrov", "Sergei Lavrov");
    assert_same_key("Dmitry Peskov", "Dmitri Peskov");
    assert_same_key("Dmitriy Kuleba", "Dmytro Kuleba");
    assert_same_key("Aleksandr Lukashenko", "Alexander Lukashenko");
    assert_same_key("Alyaksandr Lukashenka", "Alexander Lukashenko");
    assert_same_key("Yevgeny Prigozhin", "Evgeny Prigozhin");
    assert_same_key("Mohammed bin Salman", "Muhammad bin Salman");
    assert_same_key("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu");
    assert_same_key("Bashar al-Assad", "Bashar Al Assad");
    assert_same_key("Conan O'Brien", "Conan O’Brien");
    assert_same_key("Lech Wałęsa", "Lech Walesa");
    assert_same_key("Nursultan Nazarbayev", "Nursultan Nazarbaev");
}

static void key_distinct_people_differ(void **state) {
    assert_different_key("Joe Biden", "Hunter Biden");
    assert_different_key("Vladimir Putin", "Volodymyr Zelensky");
    assert_different_key("Kim Jong Un", "Kim Jong Il");
    assert_different_key("Sergey Lavrov", "Sergey Shoigu");
}

static void key_format(void **state) {
    char *k = key("  Jean-Pierre   RAFFARIN ");
    assert_string_equal(k, "jean pierre raffarin");
    newsext_free(k);
    k = key("");
    assert_string_equal(k, "");
    newsext_free(k);
    char *once = key("Mevlüt Çavuşoğlu");
    k = key(once); /* idempotent */
    assert_string_equal(k, once);
    newsext_free(k);
    newsext_free(once);
    assert_int_equal(newsext_person_key("\xFF", 1, &k, NULL), NEWSEXT_INVALID);
}

/* Mentions of text as "name|mention|role" lines. */
static char *mentions_of(const char *text) {
    newsext_person_mention *m;
    size_t n;
    assert_int_equal(newsext_person_mentions(text, strlen(text), &m, &n), NEWSEXT_OK);
    ne_buf b;
    ne_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        assert_memory_equal(text + m[i].start, m[i].mention, m[i].length);
        ne_buf_puts(&b, m[i].name);
        ne_buf_putc(&b, '|');
        ne_buf_puts(&b, m[i].mention);
        ne_buf_putc(&b, '|');
        ne_buf_puts(&b, m[i].role ? m[i].role : "-");
        ne_buf_putc(&b, '\n');
    }
    newsext_person_mentions_free(m, n);
    char *out;
    assert_int_equal(ne_buf_finish(&b, &out, NULL), NEWSEXT_OK);
    return out;
}

#define assert_mentions(text, expected)          \
    do {                                         \
        char *got_ = mentions_of(text);          \
        assert_string_equal(got_, expected);     \
        newsext_free(got_);                      \
    } while (0)

/* Russian and Ukrainian names decline: their cases share a key, which is
** idempotent; a woman's -ская/-ська keeps a key of its own. */
static void cyrillic_case_keys(void **state) {
    const char *putin[] = {"Путина", "Путину", "Путиным", "Путине"};
    for (size_t i = 0; i < sizeof putin / sizeof *putin; i++) assert_same_key("Путин", putin[i]);
    const char *zelensky[] = {"Зеленского", "Зеленскому", "Зеленским", "Зеленський", "Зеленського"};
    for (size_t i = 0; i < sizeof zelensky / sizeof *zelensky; i++) assert_same_key("Зеленский", zelensky[i]);
    assert_same_key("Сергей Лавров", "Сергеем Лавровым");
    assert_same_key("Дмитрий Песков", "Дмитрия Пескова");
    assert_same_key("Олена Зеленська", "Олени Зеленської");
    assert_different_key("Зеленская", "Зеленский");
    assert_different_key("Путин", "Песков");
    const char *names[] = {"Сергея Зеленского", "Марией Захаровой", "Андрея Шевченко", "Шойгу", "Игорь"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *once = key(names[i]), *twice = key(once);
        assert_string_equal(twice, once);
        newsext_free(once);
        newsext_free(twice);
    }
}

/* Cyrillic news: a genitive country before the name, cases grouped under
** the nominative; mentions_of checks that start and length give the
** mention's bytes. */
static void cyrillic_names(void **state) {
    assert_mentions("Встреча Владимира Путина прошла в Кремле. Президент России Владимир Путин заявил, что "
                    "Путину доложили.",
                    "Владимир Путин|Владимира Путина|-\n"
                    "Владимир Путин|Владимир Путин|Президент России\n"
                    "Владимир Путин|Путину|-\n");
    assert_mentions("Bundeskanzler Olaf Scholz traf den französischen Präsidenten Emmanuel Macron.",
                    "Olaf Scholz|Olaf Scholz|Bundeskanzler\n"
                    "Emmanuel Macron|Emmanuel Macron|Präsidenten\n");
}

static void titles_roles_and_resolution(void **state) {
    assert_mentions("Russian President Vladimir Putin met reporters. Putin's aide left.",
                    "Vladimir Putin|Vladimir Putin|Russian President\n"
                    "Vladimir Putin|Putin|-\n");
    assert_mentions("Kremlin spokesman Dmitry Peskov spoke to the former president Nursultan Nazarbayev.",
                    "Dmitry Peskov|Dmitry Peskov|Kremlin spokesman\n"
                    "Nursultan Nazarbayev|Nursultan Nazarbayev|former president\n");
    assert_mentions("Only Ukrainian President Zelensky came.", "Zelensky|Zelensky|Ukrainian President\n");
}

static void headlines_and_hyphens(void **state) {
    assert_mentions("Wants to Arrange Putin-Zelenskiy Summit\n\n"
                    "Vladimir Putin met Volodymyr Zelenskiy in Minsk on Monday.",
                    "Vladimir Putin|Putin|-\n"
                    "Volodymyr Zelenskiy|Zelenskiy|-\n"
                    "Vladimir Putin|Vladimir Putin|-\n"
                    "Volodymyr Zelenskiy|Volodymyr Zelenskiy|-\n");
    assert_mentions("SHEARER NAMED ENGLAND CAPTAIN\nAlan Shearer will lead the side.",
                    "Alan Shearer|SHEARER|-\nAlan Shearer|Alan Shearer|-\n");
}

static void same_surname_and_initials(void **state) {
    assert_mentions("Joe Biden and his son Hunter Biden arrived. Biden spoke.",
                    "Joe Biden|Joe Biden|-\nHunter Biden|Hunter Biden|son\nJoe Biden|Biden|-\n");
    assert_mentions("J.K. Rowling and A. Dale met Mohammed bin Salman.",
                    "J.K. Rowling|J.K. Rowling|-\nA. Dale|A. Dale|-\n"
                    "Mohammed bin Salman|Mohammed bin Salman|-\n");
}

static void shared_surname_goes_to_the_person_of_its_paragraph(void **state) {
    assert_mentions("Joe Biden and his son Hunter Biden arrived. Biden spoke.\n"
                    "Later Hunter Biden testified. Biden said he was sorry.\n"
                    "Biden left.",
                    "Joe Biden|Joe Biden|-\nHunter Biden|Hunter Biden|son\nJoe Biden|Biden|-\n"
                    "Hunter Biden|Hunter Biden|-\nHunter Biden|Biden|-\nJoe Biden|Biden|-\n");
}

static void capitalised_particle_is_the_surname(void **state) {
    assert_mentions("Opponents, led by councillor Peter van der Berg, argued. Van der Berg said no.",
                    "Peter van der Berg|Peter van der Berg|councillor\nPeter van der Berg|Van der Berg|-\n");
}

static void roles_after_names(void **state) {
    assert_mentions("Dmitry Peskov, the Kremlin spokesman, said no. Sergei Lavrov, Russia's foreign minister, "
                    "agreed. Anna Berg, a teacher from Oslo, and Maria Holm, whose son left, stayed.",
                    "Dmitry Peskov|Dmitry Peskov|Kremlin spokesman\n"
                    "Sergei Lavrov|Sergei Lavrov|Russia's foreign minister\n"
                    "Anna Berg|Anna Berg|-\nMaria Holm|Maria Holm|-\n");
}

static void place_head_words_block_names(void **state) {
    assert_mentions("Jean-Luc Moreau runs a bistro near Place Bellecour, by Piazza Navona and Kennedy Bridge.",
                    "Jean-Luc Moreau|Jean-Luc Moreau|-\n");
    assert_mentions("Dutch say no reason to reopen El Al cargo enquiry.", "");
}

static void lists_results_and_scorecards(void **state) {
    assert_mentions("Gary Breen and Ian Harte were picked.\nThe team: Given, Breen, Staunton, Harte.\n"
                    "Essex, Derbyshire, Surrey and Kent won.",
                    "Gary Breen|Gary Breen|-\nIan Harte|Ian Harte|-\nGiven|Given|-\nGary Breen|Breen|-\n"
                    "Staunton|Staunton|-\nIan Harte|Harte|-\n");
    assert_mentions("5. Virgilijus Alekna (Lithuania) 65.00\nRuch Chorzow 2 Dinamo Bucharest 1",
                    "Virgilijus Alekna|Virgilijus Alekna|-\n");
    assert_mentions("Saeed Anwar c Croft b Cork 176", "Croft|Croft|-\nCork|Cork|-\n");
    assert_mentions("Manchester United 2 (Cruyff 39th minute, Solskjaer 70th) Everton 0",
                    "Cruyff|Cruyff|-\nSolskjaer|Solskjaer|-\n");
}

static void regnal_numbers_and_surnames_first(void **state) {
    assert_mentions("Queen Elizabeth I was the daughter of Henry VIII. Willem II Tilburg won.",
                    "Elizabeth I|Elizabeth I|Queen\nHenry VIII|Henry VIII|-\n");
    assert_mentions("Police detained dissident Wang Donghai. They told Wang's family.",
                    "Wang Donghai|Wang Donghai|-\nWang Donghai|Wang|-\n");
}

static void not_persons(void **state) {
    assert_mentions("According to Kommersant, Interfax and the Kremlin, Kent and Jordan met Georgia in Minsk "
                    "on Monday in May. Read More",
                    "");
}

static void extract_json(void **state) {
    const char *text = "Sergey Lavrov met Mevlüt Çavuşoğlu. Lavrov said \"yes\".";
    char *json;
    size_t n;
    assert_int_equal(newsext_extract_persons(text, strlen(text), &json, &n), NEWSEXT_OK);
    assert_string_equal(json, "[\"Sergey Lavrov\",\"Mevlüt Çavuşoğlu\"]");
    newsext_free(json);
    assert_int_equal(newsext_extract_persons("", 0, &json, &n), NEWSEXT_OK);
    assert_string_equal(json, "[]");
    newsext_free(json);
}

/* A million capitalised words and a name list without sentences: linear,
** bounded, no crash. */
static void large_inputs(void **state) {
    size_t reps = 1000000;
    const char *word = "Capital ";
    size_t wl = strlen(word);
    char *big = malloc(reps * wl + 1);
    assert_non_null(big);
    for (size_t i = 0; i < reps; i++) memcpy(big + i * wl, word, wl);
    big[reps * wl] = 0;
    newsext_person_mention *m;
    size_t n;
    assert_int_equal(newsext_person_mentions(big, reps * wl, &m, &n), NEWSEXT_OK);
    newsext_person_mentions_free(m, n);
    const char *names = "John Smith Mary Jones Peter Brown Anna Lee ";
    size_t nl = strlen(names), k = 20000;
    char *list = realloc(big, k * nl + 1);
    assert_non_null(list);
    for (size_t i = 0; i < k; i++) memcpy(list + i * nl, names, nl);
    assert_int_equal(newsext_person_mentions(list, k * nl, &m, &n), NEWSEXT_OK);
    assert_true(n > 0);
    newsext_person_mentions_free(m, n);
    free(list);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(key_variants_match),
        cmocka_unit_test(key_distinct_people_differ),
        cmocka_unit_test(key_format),
        cmocka_unit_test(cyrillic_case_keys),
        cmocka_unit_test(cyrillic_names),
        cmocka_unit_test(titles_roles_and_resolution),
        cmocka_unit_test(headlines_and_hyphens),
        cmocka_unit_test(same_surname_and_initials),
        cmocka_unit_test(shared_surname_goes_to_the_person_of_its_paragraph),
        cmocka_unit_test(capitalised_particle_is_the_surname),
        cmocka_unit_test(roles_after_names),
        cmocka_unit_test(place_head_words_block_names),
        cmocka_unit_test(lists_results_and_scorecards),
        cmocka_unit_test(regnal_numbers_and_surnames_first),
        cmocka_unit_test(not_persons),
        cmocka_unit_test(extract_json),
        cmocka_unit_test(large_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
