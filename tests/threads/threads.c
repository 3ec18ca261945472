/*
** threads.c — every SQL function of newsext from many threads at once, each
** thread with its own connection, must give exactly the single-threaded
** results.
**
**   build/rel/threads ./newsext [corpus-folder [threads [rounds]]]
**   build/tsan/threads build/tsan/newsext      (ThreadSanitizer build)
**
** How it works: the threads start together behind a barrier and load the
** extension at the same moment, so the one-time building of the shared
** tables (newsext_init under pthread_once) is itself raced; the main thread
** loads it at the same moment too, to list the functions and to keep the
** extension loaded until the end. Each thread then runs
** every query of the table below that the build provides (checked with
** pragma_function_list / pragma_module_list, so the test covers functions
** as they are merged), in a different order per thread, for several
** rounds, and records a hash of each result. Afterwards the main thread
** computes the same queries alone on a fresh connection; any difference is
** a failure that names the query. Under ThreadSanitizer a data race in the
** extension aborts the run.
**
** This program links libsqlite3; the extension itself never does.
*/
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct query {
    const char *name;
    const char *needs; /* a function ("f:name") or table ("m:name") it needs */
    const char *sql;   /* ?1 is the corpus folder */
} query;

/* Results are concatenated in ORDER BY order, so they are comparable. */
static const query queries[] = {
    {"news_files", "m:news_files",
     "SELECT path, size, format, content_hash(raw), length(raw), error FROM news_files(?1) ORDER BY path"},
    {"content_hash", "f:content_hash",
     "SELECT content_hash('Zelenskyy'), content_hash(x'00ff10'), content_hash(''), content_hash(NULL)"},
    {"newsext_version", "f:newsext_version", "SELECT newsext_version()"},
    {"article_clean", "f:article_clean",
     "SELECT path, article_clean(raw) FROM news_files(?1) ORDER BY path"},
    {"article_meta", "f:article_meta", "SELECT path, article_meta(raw) FROM news_files(?1) ORDER BY path"},
    {"article_title", "f:article_title", "SELECT path, article_title(raw) FROM news_files(?1) ORDER BY path"},
    {"published_date", "f:published_date",
     "SELECT path, published_date(raw) FROM news_files(?1) ORDER BY path"},
    {"extract_persons", "f:extract_persons",
     "SELECT path, extract_persons(raw) FROM news_files(?1) ORDER BY path"},
    {"person_mentions", "m:person_mentions",
     "SELECT f.path, p.* FROM news_files(?1) AS f, person_mentions(f.raw) AS p ORDER BY f.path, p.start"},
    {"person_key", "f:person_key",
     "SELECT person_key(column1) FROM (VALUES ('Volodymyr Zelenskyy'), ('Mevlüt Çavuşoğlu'),"
     " ('Sergei Lavrov'), ('Joe Biden'), ('al-Assad'), ('')) ORDER BY 1"},
    {"date_mentions", "m:date_mentions",
     "SELECT f.path, d.* FROM news_files(?1) AS f, date_mentions(f.raw, '2025-04-22') AS d"
     " ORDER BY f.path, d.start"},
    {"event_date", "f:event_date",
     "SELECT path, event_date(raw), event_date(raw, '2025-04-22') FROM news_files(?1) ORDER BY path"},
};
#define N_QUERIES (sizeof queries / sizeof *queries)
#define MAX_THREADS 64

static const char *extension, *corpus;
static int n_threads = 8, n_rounds = 10;
static int present[N_QUERIES];
static pthread_barrier_t start_line, loaded;

typedef struct worker {
    int id;
    uint64_t *hashes; /* [round * N_QUERIES + query] */
    char error[512];
} worker;

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

static sqlite3 *open_with_extension(char *error, size_t error_size) {
    sqlite3 *db = NULL;
    char *err = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
        sqlite3_enable_load_extension(db, 1) != SQLITE_OK ||
        sqlite3_load_extension(db, extension, NULL, &err) != SQLITE_OK) {
        snprintf(error, error_size, "cannot load %s: %s", extension, err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

/* Runs query q and hashes every value of every row (type tag, bytes).
** Keeps the text of the result in *text when text is not NULL. Returns 0,
** or -1 with error set. */
static int run_query(sqlite3 *db, size_t q, uint64_t *hash, char **text, char *error, size_t error_size) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, queries[q].sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(error, error_size, "%s: prepare: %s", queries[q].name, sqlite3_errmsg(db));
        return -1;
    }
    sqlite3_bind_text(st, 1, corpus, -1, SQLITE_STATIC);
    uint64_t h = 1469598103934665603ull;
    sqlite3_str *out = text ? sqlite3_str_new(db) : NULL;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            unsigned char type = (unsigned char)sqlite3_column_type(st, c);
            const void *v = type == SQLITE_BLOB ? sqlite3_column_blob(st, c) : sqlite3_column_text(st, c);
            size_t n = (size_t)sqlite3_column_bytes(st, c);
            h = fnv(fnv(h, &type, 1), v, n);
            if (out) sqlite3_str_appendf(out, "%s%.*s", c ? "|" : "", (int)n, v ? (const char *)v : "");
        }
        if (out) sqlite3_str_appendchar(out, 1, '\n');
    }
    if (rc != SQLITE_DONE) {
        snprintf(error, error_size, "%s: %s", queries[q].name, sqlite3_errmsg(db));
        sqlite3_finalize(st);
        sqlite3_free(out ? sqlite3_str_finish(out) : NULL);
        return -1;
    }
    sqlite3_finalize(st);
    *hash = h;
    if (text) *text = sqlite3_str_finish(out);
    return 0;
}

static void *work(void *arg) {
    worker *w = arg;
    pthread_barrier_wait(&start_line);
    sqlite3 *db = open_with_extension(w->error, sizeof w->error);
    pthread_barrier_wait(&loaded); /* present[] is known after this */
    if (!db) return NULL;
    for (int r = 0; r < n_rounds; r++)
        for (size_t k = 0; k < N_QUERIES; k++) {
            size_t q = (k + (size_t)w->id + (size_t)r) % N_QUERIES; /* a different order per thread */
            if (!present[q]) continue;
            if (run_query(db, q, &w->hashes[(size_t)r * N_QUERIES + q], NULL, w->error, sizeof w->error))
                goto done;
        }
done:
    sqlite3_close(db);
    return NULL;
}

/* Marks the queries whose function or table this build registers, on
** db. */
static void find_present(sqlite3 *db) {
    for (size_t q = 0; q < N_QUERIES; q++) {
        const char *needs = queries[q].needs;
        char *sql = sqlite3_mprintf(needs[0] == 'f' ? "SELECT count(*) FROM pragma_function_list WHERE name = %Q"
                                                    : "SELECT count(*) FROM pragma_module_list WHERE name = %Q",
                                    needs + 2);
        sqlite3_stmt *st = NULL;
        if (sql && sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            present[q] = sqlite3_column_int(st, 0) > 0;
        sqlite3_finalize(st);
        sqlite3_free(sql);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s EXTENSION [CORPUS [THREADS [ROUNDS]]]\n", argv[0]);
        return 2;
    }
    extension = argv[1];
    corpus = argc > 2 ? argv[2] : "tests/corpus";
    if (argc > 3) n_threads = atoi(argv[3]);
    if (argc > 4) n_rounds = atoi(argv[4]);
    if (n_threads < 1 || n_threads > MAX_THREADS || n_rounds < 1) { fprintf(stderr, "threads: bad counts\n"); return 2; }

    static worker workers[MAX_THREADS];
    pthread_t tids[MAX_THREADS];
    pthread_barrier_init(&start_line, NULL, (unsigned)n_threads + 1);
    pthread_barrier_init(&loaded, NULL, (unsigned)n_threads + 1);
    for (int t = 0; t < n_threads; t++) {
        workers[t].id = t;
        workers[t].hashes = calloc((size_t)n_rounds * N_QUERIES, sizeof(uint64_t));
        if (!workers[t].hashes || pthread_create(&tids[t], NULL, work, &workers[t])) {
            fprintf(stderr, "threads: cannot start thread %d\n", t);
            return 1;
        }
    }
    /* This connection stays open until the end, so the extension stays
    ** loaded while the workers run. Otherwise the last worker to close its
    ** connection unloads newsext.so and libxml2 with it while that thread
    ** still lives, and libxml2 then leaks the thread's state (about 1 KB:
    ** its unload deletes the thread key whose destructor would free it),
    ** which LeakSanitizer reports against libxml2, not newsext. */
    char error[512];
    pthread_barrier_wait(&start_line);
    sqlite3 *keeper = open_with_extension(error, sizeof error);
    if (keeper) find_present(keeper);
    pthread_barrier_wait(&loaded);
    for (int t = 0; t < n_threads; t++) pthread_join(tids[t], NULL);
    pthread_barrier_destroy(&start_line);
    pthread_barrier_destroy(&loaded);
    if (!keeper) { fprintf(stderr, "threads: %s\n", error); return 1; }

    int failures = 0;
    for (int t = 0; t < n_threads; t++)
        if (workers[t].error[0]) { fprintf(stderr, "threads: thread %d: %s\n", t, workers[t].error); failures++; }

    sqlite3 *db = open_with_extension(error, sizeof error);
    if (!db) { fprintf(stderr, "threads: %s\n", error); return 1; }
    int n_present = 0;
    char names[1024] = "";
    for (size_t q = 0; q < N_QUERIES && !failures; q++) {
        if (!present[q]) continue;
        uint64_t expected;
        char *text = NULL;
        if (run_query(db, q, &expected, &text, error, sizeof error)) {
            fprintf(stderr, "threads: single-threaded %s\n", error);
            failures++;
            continue;
        }
        n_present++;
        snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", n_present > 1 ? " " : "",
                 queries[q].name);
        for (int t = 0; t < n_threads; t++)
            for (int r = 0; r < n_rounds; r++)
                if (workers[t].hashes[(size_t)r * N_QUERIES + q] != expected) {
                    fprintf(stderr, "threads: %s differs in thread %d, round %d; single-threaded result:\n%.2000s\n",
                            queries[q].name, t, r, text);
                    failures++;
                    r = n_rounds;
                    t = n_threads;
                }
        sqlite3_free(text);
    }
    sqlite3_close(db);
    sqlite3_close(keeper);
    for (int t = 0; t < n_threads; t++) free(workers[t].hashes);
    if (failures) return 1;
    printf("threads: %d threads x %d rounds agree with one thread on %d queries (%s)\n", n_threads, n_rounds,
           n_present, names);
    return 0;
}
