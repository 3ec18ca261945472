/*
** sql_oom.c — out of memory inside an SQL call is SQLITE_NOMEM, never a
** crash, a wrong answer or a leak.
**
**   build/rel/sql_oom [corpus-folder]     (tests/host/sql_oom.sh runs it)
**
** How it works: the program links SQLite and the extension's objects
** (registered with sqlite3_auto_extension, so the extension receives
** SQLite's API table exactly as when loaded) and puts one counting
** allocator under both: SQLite's (SQLITE_CONFIG_MALLOC, used by the SQL
** glue) and newsext's (newsext_set_allocator, used by the analysis). For
** each query below that the build provides, it runs the query once to learn
** the answer and the number of allocations, then again with allocation N
** failing (alone, then with every later one), for N = 1, 2, ... (every N
** up to 400, then spread over the rest). Each run must end in SQLITE_DONE with exactly the
** answer, or in SQLITE_NOMEM; and the connection must still answer
** correctly afterwards. The sanitized build adds leak checking.
*/
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsext.h"

int sqlite3_newsext_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api);

static long n_allocs, fail_from; /* fail_from 0: nothing fails */
static int fail_only_one;         /* only allocation fail_from fails */

static int should_fail(void) {
    ++n_allocs;
    return fail_from > 0 && (fail_only_one ? n_allocs == fail_from : n_allocs >= fail_from);
}

static sqlite3_mem_methods sqlite_default;
static void *sqlite_malloc(int n) { return should_fail() ? NULL : sqlite_default.xMalloc(n); }
static void *sqlite_realloc(void *p, int n) { return should_fail() ? NULL : sqlite_default.xRealloc(p, n); }
static void *newsext_malloc(size_t n) { return should_fail() ? NULL : malloc(n); }
static void *newsext_realloc(void *p, size_t n) { return should_fail() ? NULL : realloc(p, n); }

typedef struct query {
    const char *needs; /* "f:function" or "m:module" */
    const char *sql;   /* ?1 is the corpus folder */
} query;

static const query queries[] = {
    {"m:news_files", "SELECT path, format, content_hash(raw), length(raw), error FROM news_files(?1) ORDER BY path"},
    {"f:content_hash", "SELECT content_hash('Çavuşoğlu'), content_hash(x'00ff')"},
    {"f:article_clean",
     "SELECT article_clean('<html><body><nav>Home | News</nav><article><h1>Pier</h1><p>The council voted on "
     "Monday to build a pier, Mayor Tomás Ørsted said.</p><p>Work starts in April.</p></article>"
     "<footer>Subscribe</footer></body></html>'), article_clean('Pier\n\nPublished 11 March 2024\n\nThe council "
     "voted on Monday to build a pier, Mayor Tomás Ørsted said.\n\nRead more')"},
    {"f:article_meta",
     "SELECT article_meta('<html lang=\"en\"><head><title>Pier | Gazette</title><meta property=\"article:"
     "published_time\" content=\"2024-03-12\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
     "\"author\":{\"name\":\"Ines Moreau\"}}</script></head><body><p>Text.</p></body></html>')"},
    {"f:article_title", "SELECT article_title('<html><head><title>Pier | Gazette</title></head><body></body></html>')"},
    {"f:published_date", "SELECT published_date('Pier\n\nPublished 11 March 2024\n\nThe council met.')"},
    {"f:extract_persons",
     "SELECT extract_persons('Transport minister Sergei Ivanov met Maria Kowalczyk on Tuesday. Ivanov''s office "
     "said nothing.')"},
    {"m:person_mentions",
     "SELECT * FROM person_mentions('Transport minister Sergei Ivanov met Maria Kowalczyk on Tuesday. Ivanov''s "
     "office said nothing.')"},
    {"f:person_key", "SELECT person_key('Mevlüt Çavuşoğlu'), person_key('Volodymyr Zelenskyy')"},
    {"m:date_mentions",
     "SELECT * FROM date_mentions('Drivers walked out on Tuesday, after talks broke down last week; the last "
     "strike, in February 2023, lasted three days.', '2024-03-12')"},
    {"f:event_date",
     "SELECT event_date('Drivers walked out on Tuesday, after talks broke down last week.', '2024-03-12'),"
     " event_date('Published 11 March 2024. Drivers walked out on Tuesday.')"},
};
#define N_QUERIES (sizeof queries / sizeof *queries)

/* Runs the query; on SQLITE_DONE *out is the rows as text (caller frees). */
static int run(sqlite3 *db, const char *sql, const char *corpus, char **out) {
    sqlite3_stmt *st = NULL;
    *out = NULL;
    long saved = fail_from;
    fail_from = 0; /* prepare without failures: the point is the functions */
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_text(st, 1, corpus, -1, SQLITE_STATIC);
    char *acc = malloc(1);
    size_t len = 0;
    if (!acc) abort();
    acc[0] = 0;
    n_allocs = 0;
    fail_from = saved;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            const char *v = (const char *)sqlite3_column_text(st, c);
            if (!v && sqlite3_column_type(st, c) != SQLITE_NULL) { rc = SQLITE_NOMEM; goto done; }
            size_t n = v ? strlen(v) : 4;
            char *p = realloc(acc, len + n + 2);
            if (!p) abort();
            acc = p;
            memcpy(acc + len, v ? v : "NULL", n);
            len += n;
            acc[len++] = c + 1 < sqlite3_column_count(st) ? '|' : '\n';
            acc[len] = 0;
        }
    }
done:
    fail_from = 0;
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) *out = acc;
    else free(acc);
    return rc;
}

static int present(sqlite3 *db, const char *needs) {
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE name = '%s'",
             needs[0] == 'f' ? "pragma_function_list" : "pragma_module_list", needs + 2);
    sqlite3_stmt *st = NULL;
    int n = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n > 0;
}

int main(int argc, char **argv) {
    const char *corpus = argc > 1 ? argv[1] : "tests/corpus";
    sqlite3_config(SQLITE_CONFIG_GETMALLOC, &sqlite_default);
    sqlite3_mem_methods counting = sqlite_default;
    counting.xMalloc = sqlite_malloc;
    counting.xRealloc = sqlite_realloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &counting) != SQLITE_OK ||
        sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) != SQLITE_OK) {
        fprintf(stderr, "sql_oom: cannot install the allocator\n");
        return 1;
    }
    newsext_allocator na = {newsext_malloc, newsext_realloc, free};
    newsext_set_allocator(&na);
    sqlite3_auto_extension((void (*)(void))sqlite3_newsext_init);
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        fprintf(stderr, "sql_oom: cannot open a database: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    int failures = 0, tested = 0;
    long runs = 0;
    for (size_t q = 0; q < N_QUERIES; q++) {
        if (!present(db, queries[q].needs)) continue;
        char *expected = NULL;
        fail_from = 0;
        int rc = run(db, queries[q].sql, corpus, &expected);
        long needed = n_allocs;
        if (rc != SQLITE_DONE) {
            fprintf(stderr, "sql_oom: %s fails without any allocation failing: %s\n", queries[q].needs + 2,
                    sqlite3_errmsg(db));
            failures++;
            continue;
        }
        tested++;
        for (int mode = 0; mode < 2; mode++)
        for (long n = 1; n <= needed; n += n < 400 ? 1 : (needed - 400) / 200 + 1) {
            fail_only_one = mode == 0;
            char *got = NULL;
            fail_from = n;
            rc = run(db, queries[q].sql, corpus, &got);
            runs++;
            if (rc == SQLITE_NOMEM) continue;
            if (rc != SQLITE_DONE) {
                fprintf(stderr, "sql_oom: %s with allocation %ld of %ld failing%s: error %d (%s), not SQLITE_NOMEM\n",
                        queries[q].needs + 2, n, needed, fail_only_one ? "" : " and all later", rc,
                        sqlite3_errmsg(db));
                failures++;
                mode = 2;
                break;
            }
            if (strcmp(got, expected)) {
                fprintf(stderr, "sql_oom: %s with allocation %ld of %ld failing%s: a wrong answer without an error:\n"
                                "%.600s\nexpected:\n%.600s\n",
                        queries[q].needs + 2, n, needed, fail_only_one ? "" : " and all later", got, expected);
                failures++;
                free(got);
                mode = 2;
                break;
            }
            free(got);
        }
        fail_only_one = 0;
        char *again = NULL;
        if (run(db, queries[q].sql, corpus, &again) != SQLITE_DONE || strcmp(again, expected)) {
            fprintf(stderr, "sql_oom: %s answers differently after the failures\n", queries[q].needs + 2);
            failures++;
        }
        free(again);
        free(expected);
    }
    sqlite3_close(db);
    if (failures) return 1;
    printf("sql_oom: %d queries, %ld runs with an allocation failing: SQLITE_NOMEM or the right answer\n", tested,
           runs);
    return 0;
}
