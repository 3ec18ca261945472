/*
** sql_common.h — the one place SQL glue shares: reading text arguments,
** reporting errors that name the function, registering scalar functions
** from tables, and a generic eponymous table-valued function.
*/
#ifndef NEWSEXT_SQL_COMMON_H
#define NEWSEXT_SQL_COMMON_H

#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3

#include "newsext.h"

/* Flags for pure functions: they may run from views, triggers and indexes. */
#define NE_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* A text argument as valid UTF-8 without NUL. TEXT and BLOB values that are
** already valid are borrowed without a copy; others are sanitized into
** `owned` (invalid bytes to U+FFFD, NUL dropped). text is NULL for SQL NULL. */
typedef struct ne_sql_text {
    const char *text;
    size_t len;
    char *owned;
} ne_sql_text;

/* Returns SQLITE_OK, or SQLITE_NOMEM. */
int ne_sql_get_text(sqlite3_value *v, ne_sql_text *t);
void ne_sql_text_free(ne_sql_text *t);

/* sqlite3_result_error with "FNAME: message". */
void ne_sql_error(sqlite3_context *ctx, const char *fname, const char *fmt, ...);
/* Maps a NEWSEXT_* status to the right SQLite error (NOMEM, TOOBIG, ...). */
void ne_sql_status_error(sqlite3_context *ctx, const char *fname, int status);
/* Same for a virtual table: sets *errmsg (sqlite3_mprintf), returns the rc. */
int ne_sql_status_rc(const char *fname, int status, char **errmsg);

/* The text-in, text-out shape most functions share: reads v with
** ne_sql_get_text, runs transform on it and hands its buffer to SQLite as
** the TEXT result; NULL gives NULL; a failure is an error naming fname. */
typedef int (*ne_text_transform)(const char *text, size_t len, char **out, size_t *out_len);
void ne_sql_text_result(sqlite3_context *ctx, sqlite3_value *v, const char *fname,
                        ne_text_transform transform);

/* Hands a newsext-allocated buffer to SQLite as the TEXT result. */
void ne_sql_result_owned_text(sqlite3_context *ctx, char *s, size_t n);

/* Reads a reference-date argument ('2025-04-22', '2025-04-22T09:30:00Z').
** SQL NULL or an absent argument gives ref->year == 0. Anything else that is
** not an ISO date is an error "FNAME: ref must be an ISO date such as
** 2022-03-11, got '...'" (returned in *errmsg, sqlite3_malloc'ed). */
int ne_sql_get_ref(sqlite3_value *v, const char *fname, newsext_date_ref *ref, char **errmsg);

typedef struct ne_sql_function {
    const char *name;
    int n_arg; /* -1: variable */
    int flags; /* NE_PURE, or SQLITE_UTF8 | SQLITE_DIRECTONLY */
    void (*fn)(sqlite3_context *, int, sqlite3_value **);
} ne_sql_function;

/* Registers each function; stops at the first failure and says which one. */
int ne_sql_register_functions(sqlite3 *db, const ne_sql_function *fns, int n, char **errmsg);

/* ---- generic eponymous table-valued function ----
** A module declares its columns and hidden arguments; the glue does
** xBestIndex (only '=' on hidden arguments; a missing required argument is
** SQLITE_CONSTRAINT so the planner tries another order, and an error naming
** the argument when no order supplies it), NULL arguments (no rows), and
** cursor bookkeeping. Rows are produced by the module's open/next/column. */
typedef struct ne_tvf_spec {
    const char *name;       /* table name, used in error messages */
    const char *schema;     /* CREATE TABLE x(visible..., arg HIDDEN, ...) */
    int n_visible;          /* visible columns; hidden arguments follow */
    int n_args;             /* hidden argument columns */
    int n_required;         /* the first n_required arguments must be given */
    const char *const *arg_names; /* n_args names, for error messages */
    int direct_only;        /* touches files: SQLITE_VTAB_DIRECTONLY */
    /* args[i] is NULL when argument i was not given. Returns SQLITE_OK and
    ** sets *state, or an error code with *errmsg (sqlite3_mprintf). On
    ** error, *state is NULL or a state that close() releases (the glue
    ** calls it), so an open that fails half-way need not clean up. */
    int (*open)(sqlite3_value **args, void **state, char **errmsg);
    /* Advances to the next row (the first on the first call). Returns
    ** SQLITE_ROW, SQLITE_DONE, or an error code with *errmsg. */
    int (*next)(void *state, char **errmsg);
    void (*column)(void *state, int col, sqlite3_context *ctx);
    void (*close)(void *state);
} ne_tvf_spec;

int ne_sql_register_tvf(sqlite3 *db, const ne_tvf_spec *spec);

/* Each capability's glue registers its functions and tables. */
int ne_sql_register_core(sqlite3 *db, char **errmsg);
int ne_sql_register_files(sqlite3 *db, char **errmsg);
int ne_sql_register_article(sqlite3 *db, char **errmsg);
int ne_sql_register_persons(sqlite3 *db, char **errmsg);
int ne_sql_register_dates(sqlite3 *db, char **errmsg);

#endif
