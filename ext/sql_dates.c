/*
** sql_dates.c — SQL glue for dates: date_mentions and event_date.
**
**   SELECT mention, start, length, type, value, mod
**     FROM date_mentions('On Tuesday, three years after the 1990s ...', '2019-11-12');
**   SELECT event_date(body, published) FROM articles;
**
** date_mentions(text [, ref]) is an eponymous table-valued function: one
** row per temporal expression in text order; start and length are 1-based
** character positions, so substr(text, start, length) = mention. NULL text
** gives no rows. event_date(text [, ref]) returns 'YYYY-MM-DD', 'YYYY-MM'
** or 'YYYY', or NULL. ref is an ISO 8601 date or date-time, or NULL; any
** other ref is an error "FNAME: ref must be an ISO date such as
** 2022-03-11, got '...'". Both are deterministic and innocuous.
**
** How it works: date_mentions scans the text a stretch (about 64 KiB) at a
** time (dates_scanner_next) and converts byte offsets to characters with
** one ne_charpos cursor, so memory stays bounded however long the text.
*/
#include "sql_common.h"
#include "dates_internal.h"

#include <string.h>

enum { COL_MENTION, COL_START, COL_LENGTH, COL_TYPE, COL_VALUE, COL_MOD, N_VISIBLE };
enum { ARG_TEXT, ARG_REF, N_ARGS };

static const char *const arg_names[] = {"text", "ref"};

typedef struct mentions_state {
    ne_sql_text text;
    dates_scanner *scanner;
    newsext_date_mention *rows;
    size_t n_rows, cap_rows, row; /* rows of the current stretch; row is the current one */
    int scan_done;
    ne_charpos charpos;
    size_t char_start, char_len;
} mentions_state;

static void mentions_close(void *p) {
    mentions_state *s = p;
    dates_scanner_free(s->scanner);
    ne_free(s->rows);
    ne_sql_text_free(&s->text);
    sqlite3_free(s);
}

static int mentions_open(sqlite3_value **args, void **state, char **errmsg) {
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return ne_sql_status_rc("date_mentions", rc, errmsg);
    newsext_date_ref ref;
    rc = ne_sql_get_ref(args[ARG_REF], "date_mentions", &ref, errmsg);
    if (rc != SQLITE_OK) return rc;
    mentions_state *s = sqlite3_malloc(sizeof *s);
    if (!s) return SQLITE_NOMEM;
    memset(s, 0, sizeof *s);
    rc = ne_sql_get_text(args[ARG_TEXT], &s->text);
    if (rc == SQLITE_OK) {
        int st = dates_scanner_new(s->text.text, s->text.len, &ref, &s->scanner);
        if (st != NEWSEXT_OK) rc = ne_sql_status_rc("date_mentions", st, errmsg);
    }
    if (rc != SQLITE_OK) { mentions_close(s); return rc; }
    ne_charpos_init(&s->charpos, s->text.text ? s->text.text : "");
    s->row = (size_t)-1; /* the first call of next lands on row 0 */
    *state = s;
    return SQLITE_OK;
}

static int mentions_next(void *p, char **errmsg) {
    mentions_state *s = p;
    s->row++;
    while (s->row >= s->n_rows) {
        if (s->scan_done || !s->text.text) return SQLITE_DONE;
        s->n_rows = 0;
        s->row = 0;
        int st = dates_scanner_next(s->scanner, &s->rows, &s->n_rows, &s->cap_rows, &s->scan_done);
        if (st != NEWSEXT_OK) return ne_sql_status_rc("date_mentions", st, errmsg);
    }
    const newsext_date_mention *m = &s->rows[s->row];
    s->char_start = ne_charpos_at(&s->charpos, m->start);
    s->char_len = ne_charpos_at(&s->charpos, m->start + m->length) - s->char_start;
    return SQLITE_ROW;
}

static void mentions_column(void *p, int col, sqlite3_context *ctx) {
    mentions_state *s = p;
    const newsext_date_mention *m = &s->rows[s->row];
    switch (col) {
    case COL_MENTION:
        sqlite3_result_text64(ctx, s->text.text + m->start, m->length, SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    case COL_START: sqlite3_result_int64(ctx, (sqlite3_int64)s->char_start + 1); break;
    case COL_LENGTH: sqlite3_result_int64(ctx, (sqlite3_int64)s->char_len); break;
    case COL_TYPE: sqlite3_result_text(ctx, newsext_timex_type_name(m->type), -1, SQLITE_STATIC); break;
    case COL_VALUE: sqlite3_result_text(ctx, m->value, -1, SQLITE_TRANSIENT); break;
    case COL_MOD:
        if (m->mod) sqlite3_result_text(ctx, m->mod, -1, SQLITE_STATIC);
        else sqlite3_result_null(ctx);
        break;
    default: sqlite3_result_null(ctx); break;
    }
}

static const ne_tvf_spec date_mentions_spec = {
    .name = "date_mentions",
    .schema = "CREATE TABLE x(mention TEXT, start INTEGER, length INTEGER, type TEXT, value TEXT, mod TEXT,"
              " text HIDDEN, ref HIDDEN)",
    .n_visible = N_VISIBLE,
    .n_args = N_ARGS,
    .n_required = 1,
    .arg_names = arg_names,
    .direct_only = 0,
    .open = mentions_open,
    .next = mentions_next,
    .column = mentions_column,
    .close = mentions_close,
};

static void event_date_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    newsext_date_ref ref;
    char *err = NULL;
    if (ne_sql_get_ref(argc > 1 ? argv[1] : NULL, "event_date", &ref, &err) != SQLITE_OK) {
        if (err) { sqlite3_result_error(ctx, err, -1); sqlite3_free(err); }
        else sqlite3_result_error_nomem(ctx);
        return;
    }
    ne_sql_text t;
    if (ne_sql_get_text(argv[0], &t) != SQLITE_OK) { sqlite3_result_error_nomem(ctx); return; }
    if (!t.text) { sqlite3_result_null(ctx); return; }
    char out[11];
    int st = newsext_init();
    if (st == NEWSEXT_OK) st = dates_event_date(t.text, t.len, &ref, out); /* ne_sql_get_text validated it */
    ne_sql_text_free(&t);
    if (st != NEWSEXT_OK) { ne_sql_status_error(ctx, "event_date", st); return; }
    if (out[0]) sqlite3_result_text(ctx, out, -1, SQLITE_TRANSIENT);
    else sqlite3_result_null(ctx);
}

int ne_sql_register_dates(sqlite3 *db, char **errmsg) {
    static const ne_sql_function fns[] = {
        {"event_date", 1, NE_PURE, event_date_fn},
        {"event_date", 2, NE_PURE, event_date_fn},
    };
    int rc = ne_sql_register_functions(db, fns, 2, errmsg);
    if (rc != SQLITE_OK) return rc;
    rc = ne_sql_register_tvf(db, &date_mentions_spec);
    if (rc != SQLITE_OK) *errmsg = sqlite3_mprintf("newsext: cannot register date_mentions: %s", sqlite3_errmsg(db));
    return rc;
}
