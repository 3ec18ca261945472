/*
** util.h — the one set of helpers every analysis module shares: allocation,
** a growable buffer, the UTF-8 decoder, the byte-to-character counter, NFC
** that skips text already in NFC, pcre2 compilation with bounds, a string
** table for lexicons, and the once-only initialization of all modules.
** No SQLite types here (see STYLE: analysis code is host-independent).
*/
#ifndef NEWSEXT_UTIL_H
#define NEWSEXT_UTIL_H

#include <stddef.h>
#include <stdint.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "newsext.h"

#define NE_UNUSED(x) ((void)(x))

/* ---- allocation (through newsext_set_allocator) ---- */
void *ne_malloc(size_t n);
void *ne_realloc(void *p, size_t n);
void ne_free(void *p);
char *ne_strndup(const char *s, size_t n); /* NUL-terminated copy, NULL on OOM */

/* ---- growable byte buffer ----
** Appends never fail loudly: on OOM the buffer records it (oom = 1) and
** later appends are ignored; ne_buf_finish reports it once. */
typedef struct ne_buf {
    char *data;
    size_t len, cap;
    int oom;
} ne_buf;

void ne_buf_init(ne_buf *b);
void ne_buf_reserve(ne_buf *b, size_t extra);
void ne_buf_append(ne_buf *b, const char *s, size_t n);
void ne_buf_puts(ne_buf *b, const char *s);
void ne_buf_putc(ne_buf *b, char c);
void ne_buf_put_codepoint(ne_buf *b, int32_t cp);
/* Appends s as a JSON string literal, quotes included. */
void ne_buf_json_string(ne_buf *b, const char *s, size_t n);
/* Hands the NUL-terminated data to the caller (*out, *out_len) and resets b.
** Returns NEWSEXT_OK or NEWSEXT_NOMEM (then *out is NULL, b is freed). */
int ne_buf_finish(ne_buf *b, char **out, size_t *out_len);
void ne_buf_free(ne_buf *b);

/* ---- UTF-8 ---- */
/* Decodes one code point at s (n > 0 bytes available). Returns the number of
** bytes consumed (1..4) and sets *cp, or -1 as *cp for an invalid sequence
** (then its maximal subpart is consumed: one byte, or a truncated prefix). Rejects overlongs, surrogates, > U+10FFFF. */
int ne_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Encodes cp into out (4 bytes room); returns the byte count. */
int ne_utf8_encode(int32_t cp, char *out);
/* Nonzero when all bytes are < 0x80. */
int ne_is_ascii(const char *s, size_t n);
/* The longest prefix of valid UTF-8 text s[0..n) that has at most max
** bytes and ends on a character boundary: use it to cap a length, since
** cutting inside a character makes invalid UTF-8 (an invalid result, and
** undefined behaviour for pcre2 under PCRE2_NO_UTF_CHECK). */
static inline size_t ne_utf8_prefix(const char *s, size_t n, size_t max) {
    if (n <= max) return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
    return max;
}
/* Length of the UTF-8 sequence starting with lead byte c (1 for invalid). */
static inline int ne_utf8_seqlen(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Counts characters up to increasing byte offsets in one pass: the cursor
** remembers where it stopped, so converting every mention of a text costs
** O(text) in all. Offsets must not decrease between calls. */
typedef struct ne_charpos {
    const char *text;
    size_t byte;
    size_t chars;
} ne_charpos;
void ne_charpos_init(ne_charpos *c, const char *text);
size_t ne_charpos_at(ne_charpos *c, size_t byte_offset); /* 0-based chars */

/* NFC of s; returns a copy unchanged when s is ASCII or already NFC
** (quick check), so the slow path runs only on text that needs it. */
int ne_nfc(const char *s, size_t n, char **out, size_t *out_len);
/* The same for text built in b, which it consumes: b's own memory becomes
** *out when nothing changes (no copy), the usual case. */
int ne_nfc_finish(ne_buf *b, char **out, size_t *out_len);

/* Case-folds and strips diacritics (NFKD, drop marks) into b. */
void ne_fold(ne_buf *b, const char *s, size_t n);

/* ---- pcre2 ----
** Patterns are compiled once at init with UTF | UCP and JIT. Subjects are
** validated once by the caller, so matches pass PCRE2_NO_UTF_CHECK. Every
** match runs under ne_pcre_limits(): match and depth limits, so no input
** can make a match run away. */
pcre2_code *ne_pcre_compile(const char *pattern, uint32_t options);
/* For patterns that match only ASCII bytes (no Unicode classes, no \w or
** case folding beyond ASCII): compiled without UTF/UCP, which makes the
** JIT scan about 1.5 times faster. On valid UTF-8 such a pattern cannot
** match inside a multi-byte character, so offsets stay on boundaries;
** bytes >= 0x80 count as non-word characters for \b. */
pcre2_code *ne_pcre_compile_ascii(const char *pattern, uint32_t options);
pcre2_match_context *ne_pcre_limits(void);
/* pcre2_match with the shared limits and NO_UTF_CHECK; JIT when available. */
int ne_pcre_match(const pcre2_code *re, const char *subject, size_t len, size_t start,
                  uint32_t options, pcre2_match_data *md);

/* 64-bit FNV-1a of n bytes: table keys and content hashes. */
uint64_t ne_hash64(const char *s, size_t n);

/* ---- immutable string table ----
** Open-addressing hash map from byte strings to an int, built at init and
** read-only afterwards. Keys are copied. */
typedef struct ne_strmap ne_strmap;
ne_strmap *ne_strmap_new(size_t expected);
/* Inserts or overwrites; returns 0, or -1 on OOM. */
int ne_strmap_put(ne_strmap *m, const char *key, size_t n, int value);
/* Returns 1 and sets *value when present, else 0. value may be NULL. */
int ne_strmap_get(const ne_strmap *m, const char *key, size_t n, int *value);
size_t ne_strmap_count(const ne_strmap *m);
void ne_strmap_free(ne_strmap *m);

/* Calls fn(line, len, arg) for each line of an embedded data file, skipping
** blank lines and lines starting with '#'. Stops at the first nonzero
** return of fn and returns it. */
int ne_each_line(const char *data, size_t len, int (*fn)(const char *, size_t, void *), void *arg);

/* Registers an object built during initialization; it is freed when
** newsext.so is unloaded (or the program exits), so leak checkers stay quiet
** and a host that unloads the library gets its memory back. Call only from
** a module's init. Returns p. ne_pcre_compile and ne_strmap_new register
** what they build themselves when called during init. */
void *ne_keep(void *p, void (*free_fn)(void *));

/* ---- initialization ----
** newsext_init() runs each module's init exactly once (pthread_once).
** Each returns NEWSEXT_OK or NEWSEXT_INTERNAL. */
int ne_util_init(void);
int ne_decode_init(void);
int ne_clean_init(void);
int ne_persons_init(void);
int ne_dates_init(void);

#endif
