/*
** sql_entry.c — the extension's entry points and its core functions.
**
**   .load ./newsext                      everything
**   .load ./newsext sqlite3_newsext_nofs_init
**                                        everything except news_files, for
**                                        hosts that run untrusted SQL
**
**   SELECT newsext_version();   -- '0.1.0'
**   SELECT newsext_debug();     -- library versions and build flags
**   SELECT content_hash(raw);   -- '9f3b...' 16 hex digits, equal for equal text
**   SELECT newsext_progress('ingest', n, total);  -- progress line on stderr
*/
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "sql_common.h"
#include "util.h"

#include <libxml/xmlversion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <utf8proc.h>
#include <zlib.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#ifndef NEWSEXT_CFLAGS
#define NEWSEXT_CFLAGS "unknown"
#endif

static void version_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    sqlite3_result_text(ctx, newsext_version(), -1, SQLITE_STATIC);
}

static void debug_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    char pcre_version[64] = "?";
    uint32_t jit = 0;
    pcre2_config(PCRE2_CONFIG_VERSION, pcre_version);
    pcre2_config(PCRE2_CONFIG_JIT, &jit);
    char *s = sqlite3_mprintf(
        "newsext %s (commit %s, built %s %s)\n"
        "sqlite compile %s, run time %s\n"
        "utf8proc %s, Unicode %s\n"
        "pcre2 %s, JIT %s\n"
        "libxml2 %s\n"
        "zlib %s\n"
        "build flags: %s",
        newsext_version(), NEWSEXT_COMMIT, __DATE__, __TIME__, SQLITE_VERSION, sqlite3_libversion(),
        utf8proc_version(), utf8proc_unicode_version(), pcre_version, jit ? "on" : "off",
        LIBXML_DOTTED_VERSION, zlibVersion(), NEWSEXT_CFLAGS);
    if (!s) { sqlite3_result_error_nomem(ctx); return; }
    sqlite3_result_text(ctx, s, -1, sqlite3_free);
}

/* A 64-bit FNV-1a of the bytes as 16 hex digits: cheap to compute at ingest
** speed, and with about 3e-6 chance of any collision among ten million
** pages, enough to find duplicate pages and unchanged files. */
static void content_hash_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
    const char *s = sqlite3_value_type(argv[0]) == SQLITE_BLOB ? sqlite3_value_blob(argv[0])
                                                               : (const char *)sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    char hex[17];
    sqlite3_snprintf(sizeof hex, hex, "%016llx", (unsigned long long)ne_hash64(s ? s : "", (size_t)n));
    sqlite3_result_text(ctx, hex, 16, SQLITE_TRANSIENT);
}

/* Progress of a long statement, on stderr: at most twice a second, and once
** more when done reaches total. The clock is per connection (user data), so
** connections in other threads do not share it. */
typedef struct progress_clock {
    double start, last;
} progress_clock;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    progress_clock *clock = sqlite3_user_data(ctx);
    const char *label = (const char *)sqlite3_value_text(argv[0]);
    sqlite3_int64 done = sqlite3_value_int64(argv[1]), total = sqlite3_value_int64(argv[2]);
    double t = now_seconds();
    if (done <= 1) clock->start = clock->last = t;
    int finished = done >= total;
    if (finished || t - clock->last >= 0.5) {
        double rate = t > clock->start ? (double)done / (t - clock->start) : 0;
        fprintf(stderr, "\r%s: %lld/%lld pages, %.0f pages/s%s", label ? label : "progress", done, total, rate,
                finished ? "\n" : "");
        fflush(stderr);
        clock->last = t;
    }
    sqlite3_result_value(ctx, argv[1]);
}

int ne_sql_register_core(sqlite3 *db, char **errmsg) {
    progress_clock *clock = sqlite3_malloc(sizeof *clock);
    if (!clock) return SQLITE_NOMEM;
    clock->start = clock->last = now_seconds();
    /* writes to stderr: never from a view or trigger of an untrusted schema */
    int rc = sqlite3_create_function_v2(db, "newsext_progress", 3, SQLITE_UTF8 | SQLITE_DIRECTONLY, clock,
                                        progress_fn, NULL, NULL, sqlite3_free);
    if (rc != SQLITE_OK) {
        *errmsg = sqlite3_mprintf("newsext: cannot register newsext_progress(): %s", sqlite3_errmsg(db));
        return rc;
    }
    static const ne_sql_function fns[] = {
        {"newsext_version", 0, NE_PURE, version_fn},
        {"content_hash", 1, NE_PURE, content_hash_fn},
        /* not deterministic: the run-time SQLite version can change */
        {"newsext_debug", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, debug_fn},
    };
    return ne_sql_register_functions(db, fns, (int)(sizeof fns / sizeof *fns), errmsg);
}

typedef int (*register_fn)(sqlite3 *, char **);

/* SQLITE_EXTENSION_INIT2 stores the API table in a global on every load.
** Connections in other threads read that global while a new connection
** loads the extension: a data race (ThreadSanitizer reports it), harmless
** only by luck. The table is the same for every connection of a process,
** so it is stored once, under a mutex that also orders it before any use
** by the loading thread. */
static void set_api_once(const sqlite3_api_routines *api) {
    static pthread_mutex_t api_lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&api_lock);
    if (!sqlite3_api) SQLITE_EXTENSION_INIT2(api);
    pthread_mutex_unlock(&api_lock);
}

static int register_all(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api, int with_files) {
    set_api_once(api);
    if (newsext_init() != NEWSEXT_OK) {
        *errmsg = sqlite3_mprintf("newsext: %s", newsext_errmsg(NEWSEXT_INTERNAL));
        return SQLITE_ERROR;
    }
    static const register_fn pure_parts[] = {ne_sql_register_core, ne_sql_register_article,
                                             ne_sql_register_persons, ne_sql_register_dates};
    for (size_t i = 0; i < sizeof pure_parts / sizeof *pure_parts; i++) {
        int rc = pure_parts[i](db, errmsg);
        if (rc != SQLITE_OK) return rc;
    }
    return with_files ? ne_sql_register_files(db, errmsg) : SQLITE_OK;
}

__attribute__((visibility("default"))) int sqlite3_newsext_init(sqlite3 *db, char **errmsg,
                                                                const sqlite3_api_routines *api) {
    return register_all(db, errmsg, api, 1);
}

__attribute__((visibility("default"))) int sqlite3_newsext_nofs_init(sqlite3 *db, char **errmsg,
                                                                     const sqlite3_api_routines *api) {
    return register_all(db, errmsg, api, 0);
}
