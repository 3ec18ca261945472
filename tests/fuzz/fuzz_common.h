/*
** fuzz_common.h — what every libFuzzer harness in tests/fuzz shares.
**
** The harnesses feed arbitrary bytes to the C API (include/newsext.h) and
** check, beyond what ASan/UBSan catch, the contracts a caller relies on:
** results are valid UTF-8 with the stated length, offsets lie inside the
** input on character boundaries, JSON is well formed, and every status is
** one the header documents. A broken contract aborts, which libFuzzer
** reports as a crash with the input saved.

*/
#ifndef NEWSEXT_FUZZ_COMMON_H
#define NEWSEXT_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsext.h"

#define FUZZ_CHECK(cond, what)                                                                   \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            fprintf(stderr, "fuzz contract broken: %s (%s:%d: %s)\n", what, __FILE__, __LINE__, \
                    #cond);                                                                      \
            abort();                                                                             \
        }                                                                                        \
    } while (0)

/* The input as valid UTF-8 without NUL, as the API requires. */
static inline char *fuzz_text(const uint8_t *data, size_t size, size_t *len) {
    char *text = NULL;
    int rc = newsext_utf8_sanitize((const char *)data, size, &text, len);
    FUZZ_CHECK(rc == NEWSEXT_OK && text, "newsext_utf8_sanitize succeeds");
    FUZZ_CHECK(newsext_utf8_valid(text, *len), "sanitized text is valid UTF-8");
    return text;
}

/* A returned string: NUL-terminated at its length, valid UTF-8. */
static inline void fuzz_check_string(const char *s, size_t len, const char *what) {
    FUZZ_CHECK(s != NULL, what);
    FUZZ_CHECK(strlen(s) == len, what);
    FUZZ_CHECK(newsext_utf8_valid(s, len), what);
}

/* [start, start + length) lies in text and on UTF-8 character boundaries. */
static inline void fuzz_check_span(const char *text, size_t len, size_t start, size_t length,
                                   const char *what) {
    FUZZ_CHECK(start <= len && length <= len - start, what);
    FUZZ_CHECK(start == len || ((unsigned char)text[start] & 0xC0) != 0x80, what);
    FUZZ_CHECK(start + length == len || ((unsigned char)text[start + length] & 0xC0) != 0x80, what);
}

/* A status other than OK must be one the header documents for the call. */
static inline void fuzz_check_error(int rc, const char *what) {
    FUZZ_CHECK(rc == NEWSEXT_NOMEM || rc == NEWSEXT_TOOBIG || rc == NEWSEXT_INVALID ||
                   rc == NEWSEXT_CORRUPT,
               what);
}

/* ---- a strict JSON checker (RFC 8259), iterative so depth costs nothing ---- */

static inline size_t fuzz_json_ws(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    return i;
}

/* Returns the index after a string starting at s[i] == '"', or 0 if bad. */
static inline size_t fuzz_json_string(const char *s, size_t n, size_t i) {
    for (i++; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"') return i + 1;
        if (c < 0x20) return 0;
        if (c != '\\') continue;
        if (++i >= n) return 0;
        if (s[i] == 'u') {
            for (int k = 1; k <= 4; k++)
                if (i + (size_t)k >= n || !strchr("0123456789abcdefABCDEF", s[i + k]) || !s[i + k])
                    return 0;
            i += 4;
        } else if (!strchr("\"\\/bfnrt", s[i]) || !s[i]) {
            return 0;
        }
    }
    return 0;
}

static inline size_t fuzz_json_scalar(const char *s, size_t n, size_t i) {
    static const char *const words[] = {"null", "true", "false"};
    for (size_t w = 0; w < 3; w++) {
        size_t k = strlen(words[w]);
        if (n - i >= k && !memcmp(s + i, words[w], k)) return i + k;
    }
    size_t j = i;
    if (j < n && s[j] == '-') j++;
    if (j >= n || s[j] < '0' || s[j] > '9') return 0;
    if (s[j] == '0') j++;
    else while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    if (j < n && s[j] == '.') {
        if (++j >= n || s[j] < '0' || s[j] > '9') return 0;
        while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    }
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        j++;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j >= n || s[j] < '0' || s[j] > '9') return 0;
        while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    }
    return j;
}

/* Nonzero when s[0..n) is exactly one JSON value. The stack holds '[' or
** '{' for each open container; after a value we expect ',' or a closer. */
static inline int fuzz_json_valid(const char *s, size_t n) {
    char *stack = malloc(n + 1);
    if (!stack) abort();
    size_t depth = 0, i = fuzz_json_ws(s, n, 0);
    int ok = 0;
    for (;;) {
        /* expect a value (or a closer right after an opener) */
        if (i >= n) break;
        if (s[i] == '[' || s[i] == '{') {
            stack[depth++] = s[i];
            i = fuzz_json_ws(s, n, i + 1);
            if (i < n && s[i] == (stack[depth - 1] == '[' ? ']' : '}')) {
                depth--;
                i++;
                goto after_value;
            }
            if (stack[depth - 1] == '{') goto object_key;
            continue;
        }
        if (s[i] == '"') {
            if (!(i = fuzz_json_string(s, n, i))) break;
        } else if (!(i = fuzz_json_scalar(s, n, i))) {
            break;
        }
    after_value:
        i = fuzz_json_ws(s, n, i);
        if (depth == 0) { ok = i == n; break; }
        if (i < n && s[i] == ',') {
            i = fuzz_json_ws(s, n, i + 1);
            if (stack[depth - 1] == '[') continue;
        object_key:
            if (i >= n || s[i] != '"' || !(i = fuzz_json_string(s, n, i))) break;
            i = fuzz_json_ws(s, n, i);
            if (i >= n || s[i] != ':') break;
            i = fuzz_json_ws(s, n, i + 1);
            continue;
        }
        if (i < n && s[i] == (stack[depth - 1] == '[' ? ']' : '}')) {
            depth--;
            i++;
            goto after_value;
        }
        break;
    }
    free(stack);
    return ok;
}

/* article_meta on a page: a JSON object, or a documented error. */
static inline void fuzz_check_article_meta(const char *page, size_t len) {
    char *out = NULL;
    size_t out_len = 0;
    int rc = newsext_article_meta(page, len, &out, &out_len);
    if (rc == NEWSEXT_OK) {
        fuzz_check_string(out, out_len, "article_meta output");
        FUZZ_CHECK(out_len && out[0] == '{' && fuzz_json_valid(out, out_len), "article_meta is a JSON object");
    } else {
        fuzz_check_error(rc, "article_meta status");
    }
    newsext_free(out);
}

#endif
