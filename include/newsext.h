/*
** newsext.h — the analysis core of newsext, usable without SQLite.
**
** newsext turns scraped news pages into data: raw bytes to valid UTF-8,
** a page to its article, an article to the persons it names and the dates
** it mentions. The SQLite extension (newsext.so) is a thin layer over these
** functions; any other host can bind them the same way.
**
** Conventions
**  - Every function that takes text takes (pointer, byte length); text must
**    be valid UTF-8 without NUL bytes (newsext_utf8_sanitize makes any bytes
**    so). Functions given invalid UTF-8 return NEWSEXT_INVALID.
**  - Positions in results are 0-based BYTE offsets into the input; the SQL
**    layer converts them to 1-based character positions.
**  - Functions return NEWSEXT_OK (0) or a negative NEWSEXT_* code.
**  - Memory: every buffer or array handed back through an out-parameter is
**    owned by the caller and released with newsext_free() (arrays of
**    mentions with their own *_free function). Allocation goes through the
**    allocator given to newsext_set_allocator (malloc/realloc/free by
**    default). Nothing else is retained between calls.
**  - Thread safety: all functions may be called from any number of threads
**    at once. Shared tables (compiled patterns, lexicons) are built once by
**    newsext_init(), which every function calls implicitly, and are
**    immutable afterwards.
*/
#ifndef NEWSEXT_H
#define NEWSEXT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum newsext_status {
    NEWSEXT_OK = 0,
    NEWSEXT_NOMEM = -1,   /* an allocation failed */
    NEWSEXT_INVALID = -2, /* input is not valid UTF-8 or an argument is malformed */
    NEWSEXT_TOOBIG = -3,  /* input or output exceeds a documented limit */
    NEWSEXT_CORRUPT = -4, /* compressed data is damaged */
    NEWSEXT_INTERNAL = -5 /* initialization failed (a pattern or table did not build) */
};

/* A short English message for a status code; never NULL, static storage. */
const char *newsext_errmsg(int status);

/* Version string, e.g. "0.1.0"; static storage. */
const char *newsext_version(void);

/* Builds the shared tables once (thread-safe, idempotent). Returns
** NEWSEXT_OK, or NEWSEXT_INTERNAL if a built-in pattern or table failed to
** build (a bug). Every other function calls it; hosts may call it early. */
int newsext_init(void);

typedef struct newsext_allocator {
    void *(*malloc_fn)(size_t);
    void *(*realloc_fn)(void *, size_t);
    void (*free_fn)(void *);
} newsext_allocator;

/* Replaces the allocator (NULL restores malloc/realloc/free). Call before
** any other newsext function and never while one runs: it is the one piece
** of global state that is not immutable. */
void newsext_set_allocator(const newsext_allocator *allocator);

/* Frees a buffer returned by newsext. NULL is a no-op. */
void newsext_free(void *p);

/* ---- Decoding: raw bytes to valid UTF-8 (ext/decode.c) --------------- */

typedef enum newsext_format {
    NEWSEXT_FORMAT_TEXT = 0,
    NEWSEXT_FORMAT_HTML = 1
} newsext_format;

/* Copies any bytes to valid UTF-8: each invalid sequence becomes U+FFFD and
** NUL bytes are dropped. *out is NUL-terminated; *out_len excludes it. */
int newsext_utf8_sanitize(const char *bytes, size_t len, char **out, size_t *out_len);

/* Nonzero when bytes are valid UTF-8 and contain no NUL. */
int newsext_utf8_valid(const char *bytes, size_t len);

/* True when the content looks like HTML (a doctype, <html>, <head>, <body>,
** or several block tags near the start), whatever the file was called. */
newsext_format newsext_sniff_format(const char *bytes, size_t len);

/* Decompresses a gzip stream (several members allowed). Output larger than
** max_out gives NEWSEXT_TOOBIG; damaged data NEWSEXT_CORRUPT. */
int newsext_gunzip(const char *bytes, size_t len, size_t max_out, char **out, size_t *out_len);

/* Nonzero when bytes start with the gzip magic number. */
int newsext_is_gzip(const char *bytes, size_t len);

/* Decodes a page to valid UTF-8. The character set comes from, in order: a
** byte-order mark; for HTML, <meta charset> or an http-equiv content type
** in the first 4 KiB; otherwise UTF-8 when the bytes are valid UTF-8, else
** windows-1252. Invalid bytes become U+FFFD and NUL bytes are dropped.
** *charset (may be NULL) receives the name used, in static storage. */
int newsext_decode(const char *bytes, size_t len, char **out, size_t *out_len,
                   const char **charset);

/* ---- Articles (ext/htmlclean.c, ext/textclean.c, ext/meta.c) ---------- */

/* The article body of a page, HTML or flattened text (sniffed): paragraphs
** separated by one blank line, list items one per line, whitespace inside a
** paragraph collapsed, NFC; headline, bylines, captions and page furniture
** removed. Empty input gives an empty string. */
int newsext_article_clean(const char *raw, size_t len, char **out, size_t *out_len);

/* A JSON object {"title","published","modified","authors","site","url",
** "lang","description"} with null for what the page does not say. */
int newsext_article_meta(const char *raw, size_t len, char **json, size_t *json_len);

/* ---- Persons (ext/persons.c) ---------------------------------------- */

typedef struct newsext_person_mention {
    size_t start;   /* byte offset of the mention in the text */
    size_t length;  /* byte length of the mention */
    char *name;     /* canonical name of the person within this text */
    char *mention;  /* the words as written (no possessive 's) */
    char *role;     /* title or role attached to this mention, or NULL */
} newsext_person_mention;

/* Every person mention in text order. *mentions is NULL when *count is 0.
** The persons functions take texts shorter than 4 GB (else NEWSEXT_TOOBIG). */
int newsext_person_mentions(const char *text, size_t len,
                            newsext_person_mention **mentions, size_t *count);
void newsext_person_mentions_free(newsext_person_mention *mentions, size_t count);

/* JSON array of the distinct canonical names in order of first mention. */
int newsext_extract_persons(const char *text, size_t len, char **json, size_t *json_len);

/* A key under which spelling variants of one name agree (case, diacritics,
** apostrophes, hyphens, common transliteration variants). */
int newsext_person_key(const char *name, size_t len, char **key, size_t *key_len);

/* ---- Dates (ext/dates.c, dates_scan.c, dates_normalize.c, event_date.c) */

/* A reference date (usually the publication date). year == 0: none. */
typedef struct newsext_date_ref {
    int year, month, day;   /* month, day 1-based */
    int hour, minute;       /* -1 when not given */
} newsext_date_ref;

/* Parses an ISO 8601 date or date-time ('2025-04-22', '2025-04-22T09:30:00Z',
** '2025-04-22 09:30'). NEWSEXT_INVALID for anything else. */
int newsext_parse_ref(const char *s, size_t len, newsext_date_ref *ref);

typedef enum newsext_timex_type {
    NEWSEXT_TIMEX_DATE = 0,
    NEWSEXT_TIMEX_TIME = 1,
    NEWSEXT_TIMEX_DURATION = 2,
    NEWSEXT_TIMEX_SET = 3
} newsext_timex_type;

/* Name of a type: "DATE", "TIME", "DURATION", "SET". */
const char *newsext_timex_type_name(newsext_timex_type type);

typedef struct newsext_date_mention {
    size_t start;             /* byte offset in the text */
    size_t length;            /* byte length */
    newsext_timex_type type;
    char value[48];           /* TIMEX3 value, NUL-terminated */
    const char *mod;          /* "START", "APPROX", ... or NULL; static storage */
} newsext_date_mention;

/* Every temporal expression in text order, normalized against ref (NULL or
** year 0: unresolved parts become X). *mentions is NULL when *count is 0. */
int newsext_date_mentions(const char *text, size_t len, const newsext_date_ref *ref,
                          newsext_date_mention **mentions, size_t *count);

/* The date of the main reported event: out receives 'YYYY-MM-DD', 'YYYY-MM'
** or 'YYYY', or "" when there is none. Without ref, a publication date
** stated in the text serves as reference. */
int newsext_event_date(const char *text, size_t len, const newsext_date_ref *ref,
                       char out[11]);

#ifdef __cplusplus
}
#endif
#endif /* NEWSEXT_H */
