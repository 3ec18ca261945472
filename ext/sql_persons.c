/*
** sql_persons.c — SQL glue for persons (analysis in persons.c and
** person_key.c).
**
**   SELECT name, mention, start, length, role FROM person_mentions(:text);
**   SELECT extract_persons(:text);     -- '["Vladimir Putin", ...]'
**   SELECT person_key('Zelenskyy');    -- 'zelensky'
**
** person_mentions is an eponymous table-valued function; start and length
** are 1-based characters, so substr(text, start, length) = mention. Its
** rows come from ne_person_rows_utf8 (compact rows and one string pool,
** not three strings a mention), over the text ne_sql_get_text validated. A NULL
** text gives no rows; extract_persons(NULL) and person_key(NULL) are NULL.
** TEXT and BLOB arguments are read as UTF-8 (invalid bytes become U+FFFD);
** numbers are read as their text.
*/
#include "sql_common.h"

#include <string.h>

#include "persons.h"
#include "util.h"

enum { COL_NAME, COL_MENTION, COL_START, COL_LENGTH, COL_ROLE, N_VISIBLE };

static const char *const arg_names[] = {"text"};

typedef struct mentions_state {
    ne_person_rows rows; /* start holds the 1-based character position */
    size_t row;          /* 1-based after the first next() */
} mentions_state;

static void mentions_close(void *p) {
    mentions_state *s = p;
    ne_person_rows_free(&s->rows);
    sqlite3_free(s);
}

static int mentions_open(sqlite3_value **args, void **out, char **errmsg) {
    mentions_state *s = sqlite3_malloc(sizeof *s);
    if (!s) return SQLITE_NOMEM;
    memset(s, 0, sizeof *s);
    *out = s;
    ne_sql_text t;
    int rc = ne_sql_get_text(args[0], &t);
    if (rc != SQLITE_OK) return rc;
    if (!t.text) return SQLITE_OK; /* NULL: no rows */
    int st = ne_person_rows_utf8(t.text, t.len, &s->rows); /* valid: ne_sql_get_text */
    if (st == NEWSEXT_OK && s->rows.n) {
        /* byte offsets to 1-based characters, one pass over the text (none
        ** for ASCII text, where they are the same) */
        ne_charpos cp;
        ne_charpos_init(&cp, t.text);
        int ascii = ne_is_ascii(t.text, t.len);
        for (size_t i = 0; i < s->rows.n; i++)
            s->rows.row[i].start = (ascii ? s->rows.row[i].start : ne_charpos_at(&cp, s->rows.row[i].start)) + 1;
    }
    ne_sql_text_free(&t);
    if (st != NEWSEXT_OK) return ne_sql_status_rc("person_mentions", st, errmsg);
    return SQLITE_OK;
}

static int mentions_next(void *p, char **errmsg) {
    mentions_state *s = p;
    return s->row++ < s->rows.n ? SQLITE_ROW : SQLITE_DONE;
}

/* Characters in s[0, n) (valid UTF-8): the bytes that start one. */
static sqlite3_int64 char_count(const char *s, size_t n) {
    sqlite3_int64 c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void mentions_column(void *p, int col, sqlite3_context *ctx) {
    mentions_state *s = p;
    const ne_person_row *r = &s->rows.row[s->row - 1];
    const char *pool = s->rows.pool;
    switch (col) {
    case COL_NAME: sqlite3_result_text(ctx, pool + r->name, (int)r->name_len, SQLITE_TRANSIENT); return;
    case COL_MENTION: sqlite3_result_text(ctx, pool + r->mention, (int)r->length, SQLITE_TRANSIENT); return;
    case COL_START: sqlite3_result_int64(ctx, (sqlite3_int64)r->start); return;
    case COL_LENGTH: sqlite3_result_int64(ctx, char_count(pool + r->mention, r->length)); return;
    case COL_ROLE:
        if (r->role_len) sqlite3_result_text(ctx, pool + r->role, (int)r->role_len, SQLITE_TRANSIENT);
        return;
    }
}

static const ne_tvf_spec mentions_spec = {
    .name = "person_mentions",
    .schema = "CREATE TABLE x(name TEXT, mention TEXT, start INTEGER, length INTEGER, role TEXT, text HIDDEN)",
    .n_visible = N_VISIBLE,
    .n_args = 1,
    .n_required = 1,
    .arg_names = arg_names,
    .direct_only = 0,
    .open = mentions_open,
    .next = mentions_next,
    .column = mentions_column,
    .close = mentions_close,
};

/* extract_persons(text) -> JSON array of names; NULL for NULL. */
static void extract_persons_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    ne_sql_text_result(ctx, argv[0], "extract_persons", ne_extract_persons_utf8);
}

/* person_key(name) -> matching key; NULL for NULL. */
static void person_key_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    ne_sql_text_result(ctx, argv[0], "person_key", newsext_person_key);
}

static const ne_sql_function functions[] = {
    {"extract_persons", 1, NE_PURE, extract_persons_fn},
    {"person_key", 1, NE_PURE, person_key_fn},
};

int ne_sql_register_persons(sqlite3 *db, char **errmsg) {
    int rc = ne_sql_register_functions(db, functions, (int)(sizeof functions / sizeof *functions), errmsg);
    if (rc != SQLITE_OK) return rc;
    rc = ne_sql_register_tvf(db, &mentions_spec);
    if (rc != SQLITE_OK) *errmsg = sqlite3_mprintf("newsext: cannot register person_mentions: %s", sqlite3_errmsg(db));
    return rc;
}
