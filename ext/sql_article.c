/*
** sql_article.c — SQL glue for the article functions (ext/meta.c,
** ext/htmlclean.c, ext/textclean.c do the work).
**
**   SELECT article_clean(raw);   -- the article body, TEXT
**   SELECT article_meta(raw);    -- JSON object: title, published, modified,
**                                --   authors, site, url, lang, description
**   SELECT article_title(raw);   -- article_meta's title as TEXT
**   SELECT published_date(raw);  -- article_meta's published as TEXT
**
** NULL gives NULL; '' gives '' (article_meta: every field null); a BLOB is
** read as UTF-8 with invalid bytes replaced. All four are deterministic and
** innocuous.
*/
#include "sql_common.h"

#include <string.h>

#include "article.h"

static void clean_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    ne_sql_text_result(ctx, argv[0], "article_clean", ne_article_clean_utf8);
}

/* Runs article_meta; *json is NULL when the argument is NULL or ''.
** Reports errors under fname. Returns 0 on error, 2 for '', else 1. */
static int meta_of(sqlite3_context *ctx, sqlite3_value *v, const char *fname, char **json, size_t *n) {
    *json = NULL;
    ne_sql_text t;
    if (ne_sql_get_text(v, &t) != SQLITE_OK) { sqlite3_result_error_nomem(ctx); return 0; }
    if (!t.text) { ne_sql_text_free(&t); return 1; }
    if (!t.len) { /* '' in, '' out: nothing to say about no page */
        ne_sql_text_free(&t);
        *json = NULL;
        *n = 0;
        return 2;
    }
    int rc = ne_article_meta_utf8(t.text, t.len, json, n);
    ne_sql_text_free(&t);
    if (rc != NEWSEXT_OK) { ne_sql_status_error(ctx, fname, rc); return 0; }
    return 1;
}

static void meta_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    char *json;
    size_t n;
    int got = meta_of(ctx, argv[0], "article_meta", &json, &n);
    if (!got) return;
    if (got == 2) { /* every field null */
        if (newsext_article_meta("", 0, &json, &n) != NEWSEXT_OK) { sqlite3_result_error_nomem(ctx); return; }
    }
    if (!json) { sqlite3_result_null(ctx); return; }
    ne_sql_result_owned_text(ctx, json, n);
    sqlite3_result_subtype(ctx, 'J'); /* JSON, as SQLite's json functions mark it */
}

/* One field of article_meta's JSON, unquoted, through SQLite's json_extract
** would need a second parse; the field is read here from the known shape:
** "key":null or "key":"escaped string". */
static void meta_field(sqlite3_context *ctx, sqlite3_value *v, const char *fname, const char *key) {
    char *json;
    size_t n;
    int got = meta_of(ctx, v, fname, &json, &n);
    if (!got) return;
    if (got == 2) { sqlite3_result_text(ctx, "", 0, SQLITE_STATIC); return; }
    if (!json) { sqlite3_result_null(ctx); return; }
    char pattern[32];
    sqlite3_snprintf((int)sizeof pattern, pattern, "\"%s\":\"", key);
    const char *p = strstr(json, pattern);
    if (!p) { newsext_free(json); sqlite3_result_null(ctx); return; }
    p += strlen(pattern);
    sqlite3_str *s = sqlite3_str_new(sqlite3_context_db_handle(ctx));
    static const char hex[] = "0123456789abcdef";
    for (; *p && *p != '"'; p++) {
        if (*p != '\\') { sqlite3_str_appendchar(s, 1, *p); continue; }
        p++;
        switch (*p) {
        case 'n': sqlite3_str_appendchar(s, 1, '\n'); break;
        case 'r': sqlite3_str_appendchar(s, 1, '\r'); break;
        case 't': sqlite3_str_appendchar(s, 1, '\t'); break;
        case 'u': { /* only control characters are escaped this way */
            int c = 0;
            for (int k = 0; k < 4 && p[1]; k++) c = c * 16 + (int)(strchr(hex, p[1] | 32) - hex), p++;
            sqlite3_str_appendchar(s, 1, (char)c);
            break;
        }
        default: sqlite3_str_appendchar(s, 1, *p);
        }
    }
    newsext_free(json);
    if (sqlite3_str_errcode(s)) {
        sqlite3_free(sqlite3_str_finish(s));
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int len = sqlite3_str_length(s);
    char *text = sqlite3_str_finish(s);
    sqlite3_result_text(ctx, text ? text : "", len, text ? sqlite3_free : SQLITE_STATIC);
}

static void title_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    meta_field(ctx, argv[0], "article_title", "title");
}

static void published_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    meta_field(ctx, argv[0], "published_date", "published");
}

int ne_sql_register_article(sqlite3 *db, char **errmsg) {
    static const ne_sql_function fns[] = {
        {"article_clean", 1, NE_PURE, clean_fn},
        {"article_meta", 1, NE_PURE, meta_fn},
        {"article_title", 1, NE_PURE, title_fn},
        {"published_date", 1, NE_PURE, published_fn},
    };
    return ne_sql_register_functions(db, fns, (int)(sizeof fns / sizeof *fns), errmsg);
}
