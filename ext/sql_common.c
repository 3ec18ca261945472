/*
** sql_common.c — helpers shared by all SQL glue (see sql_common.h).
*/
#include "sql_common.h"

#include <stdarg.h>
#include <string.h>

int ne_sql_get_text(sqlite3_value *v, ne_sql_text *t) {
    memset(t, 0, sizeof *t);
    int type = sqlite3_value_type(v);
    if (type == SQLITE_NULL) return SQLITE_OK;
    const char *s;
    int n;
    if (type == SQLITE_BLOB) {
        s = sqlite3_value_blob(v);
        n = sqlite3_value_bytes(v);
    } else {
        s = (const char *)sqlite3_value_text(v);
        n = sqlite3_value_bytes(v);
    }
    if (!s && n > 0) return SQLITE_NOMEM;
    if (!s) s = "";
    if (newsext_utf8_valid(s, (size_t)n)) {
        t->text = s;
        t->len = (size_t)n;
        return SQLITE_OK;
    }
    if (newsext_utf8_sanitize(s, (size_t)n, &t->owned, &t->len) != NEWSEXT_OK) return SQLITE_NOMEM;
    t->text = t->owned;
    return SQLITE_OK;
}

void ne_sql_text_free(ne_sql_text *t) {
    newsext_free(t->owned);
    memset(t, 0, sizeof *t);
}

void ne_sql_error(sqlite3_context *ctx, const char *fname, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = sqlite3_vmprintf(fmt, ap);
    va_end(ap);
    char *full = msg ? sqlite3_mprintf("%s: %s", fname, msg) : NULL;
    if (full) sqlite3_result_error(ctx, full, -1);
    else sqlite3_result_error_nomem(ctx);
    sqlite3_free(msg);
    sqlite3_free(full);
}

void ne_sql_status_error(sqlite3_context *ctx, const char *fname, int status) {
    switch (status) {
    case NEWSEXT_NOMEM: sqlite3_result_error_nomem(ctx); break;
    case NEWSEXT_TOOBIG: sqlite3_result_error_toobig(ctx); break;
    default: ne_sql_error(ctx, fname, "%s", newsext_errmsg(status)); break;
    }
}

int ne_sql_status_rc(const char *fname, int status, char **errmsg) {
    switch (status) {
    case NEWSEXT_OK: return SQLITE_OK;
    case NEWSEXT_NOMEM: return SQLITE_NOMEM;
    case NEWSEXT_TOOBIG:
        *errmsg = sqlite3_mprintf("%s: %s", fname, newsext_errmsg(status));
        return SQLITE_TOOBIG;
    default:
        *errmsg = sqlite3_mprintf("%s: %s", fname, newsext_errmsg(status));
        return SQLITE_ERROR;
    }
}

void ne_sql_result_owned_text(sqlite3_context *ctx, char *s, size_t n) {
    sqlite3_result_text64(ctx, s, (sqlite3_uint64)n, newsext_free, SQLITE_UTF8);
}

void ne_sql_text_result(sqlite3_context *ctx, sqlite3_value *v, const char *fname,
                        ne_text_transform transform) {
    ne_sql_text t;
    if (ne_sql_get_text(v, &t) != SQLITE_OK) { sqlite3_result_error_nomem(ctx); return; }
    if (!t.text) return;
    char *out;
    size_t n;
    int rc = transform(t.text, t.len, &out, &n);
    ne_sql_text_free(&t);
    if (rc != NEWSEXT_OK) { ne_sql_status_error(ctx, fname, rc); return; }
    ne_sql_result_owned_text(ctx, out, n);
}

int ne_sql_get_ref(sqlite3_value *v, const char *fname, newsext_date_ref *ref, char **errmsg) {
    memset(ref, 0, sizeof *ref);
    ref->hour = ref->minute = -1;
    if (!v || sqlite3_value_type(v) == SQLITE_NULL) return SQLITE_OK;
    const char *s = (const char *)sqlite3_value_text(v);
    int n = sqlite3_value_bytes(v);
    if (!s) return SQLITE_NOMEM;
    if (newsext_parse_ref(s, (size_t)n, ref) == NEWSEXT_OK) return SQLITE_OK;
    *errmsg = sqlite3_mprintf("%s: ref must be an ISO date such as 2022-03-11, got '%.40s'", fname, s);
    return SQLITE_ERROR;
}

int ne_sql_register_functions(sqlite3 *db, const ne_sql_function *fns, int n, char **errmsg) {
    for (int i = 0; i < n; i++) {
        int rc = sqlite3_create_function(db, fns[i].name, fns[i].n_arg, fns[i].flags, NULL, fns[i].fn,
                                         NULL, NULL);
        if (rc != SQLITE_OK) {
            *errmsg = sqlite3_mprintf("newsext: cannot register %s(): %s", fns[i].name, sqlite3_errmsg(db));
            return rc;
        }
    }
    return SQLITE_OK;
}

/* ---- generic eponymous table-valued function ---- */

typedef struct tvf_vtab {
    sqlite3_vtab base;
    const ne_tvf_spec *spec;
} tvf_vtab;

typedef struct tvf_cursor {
    sqlite3_vtab_cursor base;
    const ne_tvf_spec *spec;
    void *state;
    sqlite3_int64 rowid;
    int eof;
} tvf_cursor;

static int tvf_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                       char **err) {
    const ne_tvf_spec *spec = aux;
    int rc = sqlite3_declare_vtab(db, spec->schema);
    if (rc != SQLITE_OK) return rc;
    tvf_vtab *v = sqlite3_malloc(sizeof *v);
    if (!v) return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->spec = spec;
    sqlite3_vtab_config(db, spec->direct_only ? SQLITE_VTAB_DIRECTONLY : SQLITE_VTAB_INNOCUOUS);
    *out = &v->base;
    return SQLITE_OK;
}

static int tvf_disconnect(sqlite3_vtab *v) {
    sqlite3_free(v);
    return SQLITE_OK;
}

/* idxNum: bit i set when hidden argument i has a usable '=' constraint; the
** values arrive in xFilter's argv in argument order. Bit 30 records that a
** required argument was not given at all, so xFilter can name it. */
#define TVF_MISSING_REQUIRED (1 << 30)

static int tvf_best_index(sqlite3_vtab *vt, sqlite3_index_info *info) {
    const ne_tvf_spec *spec = ((tvf_vtab *)vt)->spec;
    int cons_of_arg[16];
    int unusable = 0;
    for (int i = 0; i < spec->n_args; i++) cons_of_arg[i] = -1;
    for (int c = 0; c < info->nConstraint; c++) {
        const struct sqlite3_index_constraint *k = &info->aConstraint[c];
        int arg = k->iColumn - spec->n_visible;
        if (arg < 0 || arg >= spec->n_args) continue;
        if (k->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
        if (!k->usable) { unusable |= 1 << arg; continue; }
        if (cons_of_arg[arg] < 0) cons_of_arg[arg] = c;
    }
    int idx = 0, next_argv = 1;
    for (int i = 0; i < spec->n_args; i++) {
        if (cons_of_arg[i] < 0) continue;
        idx |= 1 << i;
        info->aConstraintUsage[cons_of_arg[i]].argvIndex = next_argv++;
        info->aConstraintUsage[cons_of_arg[i]].omit = 1;
    }
    for (int i = 0; i < spec->n_required; i++) {
        if (idx & (1 << i)) continue;
        if (unusable & (1 << i)) return SQLITE_CONSTRAINT; /* another join order supplies it */
        idx |= TVF_MISSING_REQUIRED;
    }
    info->idxNum = idx;
    info->estimatedCost = (idx & TVF_MISSING_REQUIRED) ? 1e12 : 1000.0;
    info->estimatedRows = 1000;
    return SQLITE_OK;
}

static int tvf_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out) {
    tvf_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    c->spec = ((tvf_vtab *)vt)->spec;
    c->eof = 1;
    *out = &c->base;
    return SQLITE_OK;
}

static void tvf_release(tvf_cursor *c) {
    if (c->state) c->spec->close(c->state);
    c->state = NULL;
    c->eof = 1;
}

static int tvf_close(sqlite3_vtab_cursor *cur) {
    tvf_release((tvf_cursor *)cur);
    sqlite3_free(cur);
    return SQLITE_OK;
}

static int tvf_step(tvf_cursor *c) {
    char *err = NULL;
    int rc = c->spec->next(c->state, &err);
    if (rc == SQLITE_ROW) { c->rowid++; return SQLITE_OK; }
    c->eof = 1;
    if (rc == SQLITE_DONE) return SQLITE_OK;
    sqlite3_free(c->base.pVtab->zErrMsg);
    c->base.pVtab->zErrMsg = err;
    return rc;
}

static int tvf_filter(sqlite3_vtab_cursor *cur, int idx, const char *idx_str, int argc,
                      sqlite3_value **argv) {
    tvf_cursor *c = (tvf_cursor *)cur;
    const ne_tvf_spec *spec = c->spec;
    tvf_release(c);
    c->rowid = 0;
    sqlite3_value *args[16] = {0};
    int k = 0;
    for (int i = 0; i < spec->n_args; i++)
        if (idx & (1 << i)) args[i] = argv[k++];
    for (int i = 0; i < spec->n_required; i++) {
        if (args[i]) continue;
        sqlite3_free(cur->pVtab->zErrMsg);
        cur->pVtab->zErrMsg = sqlite3_mprintf("%s: missing argument '%s'", spec->name, spec->arg_names[i]);
        return SQLITE_ERROR;
    }
    /* A NULL required argument means no rows, like other table functions. */
    for (int i = 0; i < spec->n_required; i++)
        if (sqlite3_value_type(args[i]) == SQLITE_NULL) return SQLITE_OK;
    char *err = NULL;
    int rc = spec->open(args, &c->state, &err);
    if (rc != SQLITE_OK) {
        /* an open that failed half-way may leave its state for us to close */
        if (c->state) spec->close(c->state);
        c->state = NULL;
        sqlite3_free(cur->pVtab->zErrMsg);
        cur->pVtab->zErrMsg = err;
        return rc;
    }
    c->eof = 0;
    return tvf_step(c);
}

static int tvf_next(sqlite3_vtab_cursor *cur) { return tvf_step((tvf_cursor *)cur); }

static int tvf_eof(sqlite3_vtab_cursor *cur) { return ((tvf_cursor *)cur)->eof; }

static int tvf_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
    tvf_cursor *c = (tvf_cursor *)cur;
    if (col < c->spec->n_visible) c->spec->column(c->state, col, ctx);
    /* hidden argument columns read back as NULL; they exist only to pass values in */
    return SQLITE_OK;
}

static int tvf_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
    *rowid = ((tvf_cursor *)cur)->rowid;
    return SQLITE_OK;
}

static const sqlite3_module tvf_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous only: no CREATE VIRTUAL TABLE */
    .xConnect = tvf_connect,
    .xBestIndex = tvf_best_index,
    .xDisconnect = tvf_disconnect,
    .xDestroy = NULL,
    .xOpen = tvf_open,
    .xClose = tvf_close,
    .xFilter = tvf_filter,
    .xNext = tvf_next,
    .xEof = tvf_eof,
    .xColumn = tvf_column,
    .xRowid = tvf_rowid,
};

int ne_sql_register_tvf(sqlite3 *db, const ne_tvf_spec *spec) {
    return sqlite3_create_module(db, spec->name, &tvf_module, (void *)spec);
}
