/*
** sql_files.c — news_files(root [, pattern]): every page under a folder, as
** valid UTF-8.
**
**   SELECT path, format, length(raw) FROM news_files('tests/corpus');
**   SELECT path FROM news_files('pages', '*.html*');
**
** Walks root recursively in path order (entries sorted bytewise at each
** level), skipping hidden files and folders and never entering a folder
** twice, so symbolic-link loops end. `.gz` content is decompressed
** (recognized by its magic number). `raw` is decoded with newsext_decode;
** `format` is sniffed from the content. A file that cannot be read, or
** whose text exceeds SQLITE_LIMIT_LENGTH, still yields a row: raw is NULL
** and `error` says why. The file is read only when format, raw or error is
** asked for, so `SELECT path, size, mtime` is a cheap listing.
**
** Security: the table reads the disk, so it is SQLITE_VTAB_DIRECTONLY: a
** view or trigger in an untrusted database cannot use it, and the
** sqlite3_newsext_nofs_init entry point leaves it out altogether.
*/
#include "sql_common.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { COL_PATH, COL_SIZE, COL_MTIME, COL_FORMAT, COL_RAW, COL_ERROR, N_VISIBLE };

static const char *const arg_names[] = {"root", "pattern"};

typedef struct dir_frame {
    char *rel;     /* path relative to root, "" for root itself */
    char **names;  /* sorted entries */
    size_t n, next;
} dir_frame;

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
    int used;
} dir_id;

typedef struct files_state {
    char *root;
    char *pattern;   /* GLOB on the relative path, or NULL */
    int single_file; /* root is a file: one row */
    dir_frame *stack;
    size_t depth, stack_cap;
    dir_id *seen;    /* folders entered, so links cannot loop: a hash set */
    size_t n_seen, seen_cap; /* seen_cap is 0 or a power of two */
    /* current row */
    char *rel;
    struct stat st;
    char *listing_error; /* set when the row is a folder that cannot be read */
    int loaded;
    char *raw;
    size_t raw_len;
    newsext_format format;
    char *error;
} files_state;

static char *join(const char *a, const char *b) {
    if (!*a) return sqlite3_mprintf("%s", b);
    return sqlite3_mprintf("%s/%s", a, b);
}

static int cmp_names(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

static void clear_row(files_state *s) {
    sqlite3_free(s->rel);
    sqlite3_free(s->listing_error);
    newsext_free(s->raw);
    sqlite3_free(s->error);
    s->rel = s->listing_error = s->error = NULL;
    s->raw = NULL;
    s->raw_len = 0;
    s->loaded = 0;
}

static void free_frame(dir_frame *f) {
    for (size_t i = 0; i < f->n; i++) sqlite3_free(f->names[i]);
    sqlite3_free(f->names);
    sqlite3_free(f->rel);
}

/* The slot of (dev, ino) in a set of cap slots: where it is, or the empty
** slot where it goes. Linear probing; the set is never more than half full. */
static dir_id *seen_slot(dir_id *set, size_t cap, dev_t dev, ino_t ino) {
    size_t i = (size_t)(((uint64_t)ino * 0x9E3779B97F4A7C15ull) ^ (uint64_t)dev) & (cap - 1);
    while (set[i].used && !(set[i].dev == dev && set[i].ino == ino)) i = (i + 1) & (cap - 1);
    return &set[i];
}

static int seen_before(const files_state *s, const struct stat *st) {
    return s->seen_cap && seen_slot(s->seen, s->seen_cap, st->st_dev, st->st_ino)->used;
}

/* Adds a folder to the set, so a corpus of a million folders costs a
** million lookups, not a million squared. */
static int remember_dir(files_state *s, const struct stat *st) {
    if ((s->n_seen + 1) * 2 > s->seen_cap) {
        size_t cap = s->seen_cap ? s->seen_cap * 2 : 64;
        dir_id *set = sqlite3_malloc64(cap * sizeof *set);
        if (!set) return SQLITE_NOMEM;
        memset(set, 0, cap * sizeof *set);
        for (size_t i = 0; i < s->seen_cap; i++)
            if (s->seen[i].used) *seen_slot(set, cap, s->seen[i].dev, s->seen[i].ino) = s->seen[i];
        sqlite3_free(s->seen);
        s->seen = set;
        s->seen_cap = cap;
    }
    *seen_slot(s->seen, s->seen_cap, st->st_dev, st->st_ino) = (dir_id){st->st_dev, st->st_ino, 1};
    s->n_seen++;
    return SQLITE_OK;
}

/* Reads folder `rel` and pushes it. Returns SQLITE_OK, SQLITE_NOMEM, or
** SQLITE_CANTOPEN with errno set when the folder cannot be listed. */
static int push_dir(files_state *s, const char *rel, const struct stat *st) {
    char *full = *rel ? join(s->root, rel) : sqlite3_mprintf("%s", s->root);
    if (!full) return SQLITE_NOMEM;
    DIR *d = opendir(full);
    sqlite3_free(full);
    if (!d) return SQLITE_CANTOPEN;
    if (remember_dir(s, st) != SQLITE_OK) { closedir(d); return SQLITE_NOMEM; }
    dir_frame f = {0};
    size_t cap = 0;
    int rc = SQLITE_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue; /* hidden, '.' and '..' */
        if (f.n == cap) {
            cap = cap ? cap * 2 : 32;
            char **p = sqlite3_realloc64(f.names, cap * sizeof *p);
            if (!p) { rc = SQLITE_NOMEM; break; }
            f.names = p;
        }
        if (!(f.names[f.n] = sqlite3_mprintf("%s", e->d_name))) { rc = SQLITE_NOMEM; break; }
        f.n++;
    }
    closedir(d);
    f.rel = sqlite3_mprintf("%s", rel);
    if (rc == SQLITE_OK && !f.rel) rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK && s->depth == s->stack_cap) {
        size_t c = s->stack_cap ? s->stack_cap * 2 : 8;
        dir_frame *p = sqlite3_realloc64(s->stack, c * sizeof *p);
        if (!p) rc = SQLITE_NOMEM;
        else { s->stack = p; s->stack_cap = c; }
    }
    if (rc != SQLITE_OK) { free_frame(&f); return rc; }
    if (f.n) qsort(f.names, f.n, sizeof *f.names, cmp_names);
    s->stack[s->depth++] = f;
    return SQLITE_OK;
}

static void files_close(void *p) {
    files_state *s = p;
    clear_row(s);
    while (s->depth) free_frame(&s->stack[--s->depth]);
    sqlite3_free(s->stack);
    sqlite3_free(s->seen);
    sqlite3_free(s->root);
    sqlite3_free(s->pattern);
    sqlite3_free(s);
}

/* A copy of a path argument in *copy. A NUL byte inside would silently cut
** the path short (reading another folder than asked), so it is an error. */
static int path_argument(sqlite3_value *v, const char *arg_name, char **copy, char **errmsg) {
    const char *text = (const char *)sqlite3_value_text(v);
    if (!text) return SQLITE_NOMEM;
    if (strlen(text) != (size_t)sqlite3_value_bytes(v)) {
        *errmsg = sqlite3_mprintf("news_files: %s contains a NUL byte", arg_name);
        return SQLITE_ERROR;
    }
    *copy = sqlite3_mprintf("%s", text);
    return *copy ? SQLITE_OK : SQLITE_NOMEM;
}

static int files_open(sqlite3_value **args, void **out, char **errmsg) {
    files_state *s = sqlite3_malloc(sizeof *s);
    if (!s) return SQLITE_NOMEM;
    memset(s, 0, sizeof *s);
    int rc = path_argument(args[0], arg_names[0], &s->root, errmsg);
    if (rc == SQLITE_OK && args[1] && sqlite3_value_type(args[1]) != SQLITE_NULL)
        rc = path_argument(args[1], arg_names[1], &s->pattern, errmsg);
    if (rc != SQLITE_OK) {
        files_close(s);
        return rc;
    }
    /* strip trailing slashes so relative paths come out clean */
    size_t n = strlen(s->root);
    while (n > 1 && s->root[n - 1] == '/') s->root[--n] = 0;
    struct stat st;
    if (stat(s->root, &st) != 0) {
        *errmsg = sqlite3_mprintf("news_files: cannot open '%s': %s", s->root, strerror(errno));
        files_close(s);
        return SQLITE_ERROR;
    }
    rc = S_ISDIR(st.st_mode) ? push_dir(s, "", &st) : SQLITE_OK;
    if (rc == SQLITE_CANTOPEN) {
        *errmsg = sqlite3_mprintf("news_files: cannot open '%s': %s", s->root, strerror(errno));
        rc = SQLITE_ERROR;
    }
    if (rc != SQLITE_OK) { files_close(s); return rc; }
    if (!S_ISDIR(st.st_mode)) {
        /* a single file: one row, its name as the path */
        s->single_file = 1;
        const char *base = strrchr(s->root, '/');
        s->rel = sqlite3_mprintf("%s", base ? base + 1 : s->root);
        if (!s->rel) { files_close(s); return SQLITE_NOMEM; }
        s->st = st;
        s->loaded = -1; /* first next() yields it */
    }
    *out = s;
    return SQLITE_OK;
}

static int files_next(void *p, char **errmsg) {
    files_state *s = p;
    if (s->loaded == -1) { s->loaded = 0; return SQLITE_ROW; }
    clear_row(s);
    while (s->depth) {
        dir_frame *f = &s->stack[s->depth - 1];
        if (f->next == f->n) {
            free_frame(f);
            s->depth--;
            continue;
        }
        char *rel = join(f->rel, f->names[f->next++]);
        char *full = rel ? join(s->root, rel) : NULL;
        if (!full) { sqlite3_free(rel); return SQLITE_NOMEM; }
        struct stat st;
        int ok = stat(full, &st) == 0;
        int err = errno;
        sqlite3_free(full);
        if (ok && S_ISDIR(st.st_mode)) {
            if (seen_before(s, &st)) { sqlite3_free(rel); continue; }
            int rc = push_dir(s, rel, &st);
            if (rc == SQLITE_NOMEM) { sqlite3_free(rel); return rc; }
            if (rc == SQLITE_OK) { sqlite3_free(rel); continue; }
            err = errno;
            ok = 0; /* an unreadable folder is reported as a row */
        } else if (ok && !S_ISREG(st.st_mode)) {
            sqlite3_free(rel); /* sockets, fifos, devices: not pages */
            continue;
        }
        if (s->pattern && sqlite3_strglob(s->pattern, rel) != 0) { sqlite3_free(rel); continue; }
        s->rel = rel;
        if (ok) s->st = st;
        else {
            memset(&s->st, 0, sizeof s->st);
            s->listing_error = sqlite3_mprintf("cannot read: %s", strerror(err));
            if (!s->listing_error) return SQLITE_NOMEM;
        }
        return SQLITE_ROW;
    }
    return SQLITE_DONE;
}

/* Reads, decompresses and decodes the current file once, on first need.
** Afterwards raw is set, or error says why the file has no text, or
** neither: memory ran out, which the columns report as SQLITE_NOMEM
** rather than as a row error (an ingest would keep a row error for good,
** since an unchanged file is not read again). */
static void load_current(files_state *s, sqlite3_context *ctx) {
    if (s->loaded) return;
    s->loaded = 1;
    if (s->listing_error) return;
    sqlite3_int64 limit = sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
    if (s->st.st_size > limit) {
        s->error = sqlite3_mprintf("file is %lld bytes, more than SQLITE_LIMIT_LENGTH (%lld)",
                                   (long long)s->st.st_size, (long long)limit);
        return;
    }
    char *full = s->single_file ? sqlite3_mprintf("%s", s->root) : join(s->root, s->rel);
    if (!full) return;
    int fd = open(full, O_RDONLY | O_CLOEXEC);
    sqlite3_free(full);
    if (fd < 0) {
        s->error = sqlite3_mprintf("cannot open: %s", strerror(errno));
        return;
    }
    size_t cap = (size_t)s->st.st_size + 1, len = 0;
    char *bytes = sqlite3_malloc64(cap);
    while (bytes) {
        if (len == cap) { /* the file grew while we read it */
            if (len >= (size_t)limit) {
                s->error = sqlite3_mprintf("file grew past SQLITE_LIMIT_LENGTH (%lld) while read", (long long)limit);
                break;
            }
            char *p = sqlite3_realloc64(bytes, cap * 2);
            if (!p) { sqlite3_free(bytes); bytes = NULL; break; }
            bytes = p;
            cap *= 2;
        }
        ssize_t r = read(fd, bytes + len, cap - len);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            s->error = sqlite3_mprintf("cannot read: %s", strerror(errno));
            break;
        }
        if (r == 0) break;
        len += (size_t)r;
    }
    close(fd);
    if (!bytes || s->error) {
        sqlite3_free(bytes);
        return;
    }
    const char *text = bytes;
    size_t text_len = len;
    char *unzipped = NULL;
    if (newsext_is_gzip(bytes, len)) {
        int rc = newsext_gunzip(bytes, len, (size_t)limit, &unzipped, &text_len);
        if (rc != NEWSEXT_OK) {
            if (rc == NEWSEXT_TOOBIG)
                s->error = sqlite3_mprintf("decompressed text is more than SQLITE_LIMIT_LENGTH (%lld)",
                                           (long long)limit);
            else if (rc != NEWSEXT_NOMEM)
                s->error = sqlite3_mprintf("cannot decompress: %s", newsext_errmsg(rc));
            sqlite3_free(bytes);
            return;
        }
        text = unzipped;
    }
    int rc = newsext_decode(text, text_len, &s->raw, &s->raw_len, NULL);
    if (rc == NEWSEXT_OK && s->raw_len > (size_t)limit) {
        s->error = sqlite3_mprintf("decoded text is more than SQLITE_LIMIT_LENGTH (%lld)", (long long)limit);
        newsext_free(s->raw);
        s->raw = NULL;
    } else if (rc != NEWSEXT_OK && rc != NEWSEXT_NOMEM) {
        s->error = sqlite3_mprintf("cannot decode: %s", newsext_errmsg(rc));
    } else if (rc == NEWSEXT_OK) {
        s->format = newsext_sniff_format(s->raw, s->raw_len);
    }
    newsext_free(unzipped);
    sqlite3_free(bytes);
}

static void files_column(void *p, int col, sqlite3_context *ctx) {
    files_state *s = p;
    switch (col) {
    case COL_PATH: sqlite3_result_text(ctx, s->rel, -1, SQLITE_TRANSIENT); return;
    case COL_SIZE:
        if (!s->listing_error) sqlite3_result_int64(ctx, (sqlite3_int64)s->st.st_size);
        return;
    case COL_MTIME:
        if (!s->listing_error) sqlite3_result_int64(ctx, (sqlite3_int64)s->st.st_mtime);
        return;
    }
    load_current(s, ctx);
    if (!s->raw && !s->error && !s->listing_error) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    switch (col) {
    case COL_FORMAT:
        if (s->raw) sqlite3_result_text(ctx, s->format == NEWSEXT_FORMAT_HTML ? "html" : "text", -1, SQLITE_STATIC);
        return;
    case COL_RAW:
        if (s->raw) sqlite3_result_text64(ctx, s->raw, s->raw_len, SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    case COL_ERROR: {
        const char *e = s->listing_error ? s->listing_error : s->error;
        if (e) sqlite3_result_text(ctx, e, -1, SQLITE_TRANSIENT);
        return;
    }
    }
}

static const ne_tvf_spec files_spec = {
    .name = "news_files",
    .schema = "CREATE TABLE x(path TEXT, size INTEGER, mtime INTEGER, format TEXT, raw TEXT, error TEXT,"
              " root HIDDEN, pattern HIDDEN)",
    .n_visible = N_VISIBLE,
    .n_args = 2,
    .n_required = 1,
    .arg_names = arg_names,
    .direct_only = 1,
    .open = files_open,
    .next = files_next,
    .column = files_column,
    .close = files_close,
};

int ne_sql_register_files(sqlite3 *db, char **errmsg) {
    int rc = ne_sql_register_tvf(db, &files_spec);
    if (rc != SQLITE_OK) *errmsg = sqlite3_mprintf("newsext: cannot register news_files: %s", sqlite3_errmsg(db));
    return rc;
}
