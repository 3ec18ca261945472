/*
** util.c — shared helpers (see util.h) and newsext_init().
*/
#include "util.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- allocation ---- */

static newsext_allocator allocator = {malloc, realloc, free};

void newsext_set_allocator(const newsext_allocator *a) {
    if (a) allocator = *a;
    else allocator = (newsext_allocator){malloc, realloc, free};
}
void *ne_malloc(size_t n) { return allocator.malloc_fn(n ? n : 1); }
void *ne_realloc(void *p, size_t n) { return allocator.realloc_fn(p, n ? n : 1); }
void ne_free(void *p) {
    if (p) allocator.free_fn(p);
}
void newsext_free(void *p) { ne_free(p); }

char *ne_strndup(const char *s, size_t n) {
    char *d = ne_malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

const char *newsext_errmsg(int status) {
    switch (status) {
    case NEWSEXT_OK: return "not an error";
    case NEWSEXT_NOMEM: return "out of memory";
    case NEWSEXT_INVALID: return "invalid input";
    case NEWSEXT_TOOBIG: return "input or result too large";
    case NEWSEXT_CORRUPT: return "damaged compressed data";
    case NEWSEXT_INTERNAL: return "internal initialization failed";
    default: return "unknown error";
    }
}

const char *newsext_version(void) { return NEWSEXT_VERSION; }

/* ---- buffer ---- */

void ne_buf_init(ne_buf *b) { memset(b, 0, sizeof *b); }

void ne_buf_reserve(ne_buf *b, size_t extra) {
    if (b->oom) return;
    if (extra > SIZE_MAX / 2 - b->len) { b->oom = 1; return; }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    char *d = ne_realloc(b->data, cap);
    if (!d) { b->oom = 1; return; }
    b->data = d;
    b->cap = cap;
}

void ne_buf_append(ne_buf *b, const char *s, size_t n) {
    ne_buf_reserve(b, n);
    if (b->oom) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void ne_buf_puts(ne_buf *b, const char *s) { ne_buf_append(b, s, strlen(s)); }
void ne_buf_putc(ne_buf *b, char c) { ne_buf_append(b, &c, 1); }

void ne_buf_put_codepoint(ne_buf *b, int32_t cp) {
    char tmp[4];
    ne_buf_append(b, tmp, (size_t)ne_utf8_encode(cp, tmp));
}

void ne_buf_json_string(ne_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    ne_buf_reserve(b, n + 2);
    ne_buf_putc(b, '"');
    size_t run = 0; /* start of the pending run that needs no escaping */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        ne_buf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': ne_buf_append(b, "\\\"", 2); break;
        case '\\': ne_buf_append(b, "\\\\", 2); break;
        case '\n': ne_buf_append(b, "\\n", 2); break;
        case '\r': ne_buf_append(b, "\\r", 2); break;
        case '\t': ne_buf_append(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            ne_buf_append(b, u, 6);
        }
        }
    }
    ne_buf_append(b, s + run, n - run);
    ne_buf_putc(b, '"');
}

int ne_buf_finish(ne_buf *b, char **out, size_t *out_len) {
    ne_buf_reserve(b, 0);
    if (b->oom) {
        ne_buf_free(b);
        *out = NULL;
        if (out_len) *out_len = 0;
        return NEWSEXT_NOMEM;
    }
    b->data[b->len] = 0;
    *out = b->data;
    if (out_len) *out_len = b->len;
    ne_buf_init(b);
    return NEWSEXT_OK;
}

void ne_buf_free(ne_buf *b) {
    ne_free(b->data);
    ne_buf_init(b);
}

/* ---- UTF-8 ---- */

int ne_utf8_decode(const unsigned char *s, size_t n, int32_t *cp) {
    unsigned char c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int len;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else { *cp = -1; return 1; }
    for (int i = 1; i < len; i++) {
        /* a truncated sequence is one error (its maximal subpart), as in
        ** the WHATWG decoder: "\xE2\x82" becomes one U+FFFD, not two */
        if ((size_t)i >= n || (s[i] & 0xC0) != 0x80) { *cp = -1; return i; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) { *cp = -1; return 1; }
    *cp = v;
    return len;
}

int ne_utf8_encode(int32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Word-at-a-time scan: news text is mostly ASCII, and this check gates both
** validation and NFC, so it runs on every byte of every page. */
int ne_is_ascii(const char *s, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull) return 0;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] & 0x80) return 0;
    return 1;
}

/* Sixteen bytes that are all ASCII and none zero. */
static int ascii16(const unsigned char *s) {
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t w0, w1;
    memcpy(&w0, s, 8);
    memcpy(&w1, s + 8, 8);
    uint64_t zero = ((w0 - ones) & ~w0) | ((w1 - ones) & ~w1);
    return !((w0 | w1 | zero) & high);
}

int newsext_utf8_valid(const char *bytes, size_t len) {
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0;
    while (i < len) {
        if (i + 16 <= len && ascii16(s + i)) { i += 16; continue; }
        /* a block with a zero or non-ASCII byte: check its characters one
        ** by one, the sequences inline (the same rules as ne_utf8_decode:
        ** no overlong form, surrogate or code point over U+10FFFF) */
        size_t stop = i + 16 < len ? i + 16 : len;
        while (i < stop) {
            unsigned char c = s[i];
            if (c < 0x80) {
                if (!c) return 0;
                i++;
                continue;
            }
            size_t more;
            unsigned char lo = 0x80, hi = 0xBF; /* the range of the second byte */
            if (c >= 0xC2 && c <= 0xDF) more = 1;
            else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                if (c == 0xE0) lo = 0xA0;      /* overlong */
                else if (c == 0xED) hi = 0x9F; /* surrogates */
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                if (c == 0xF0) lo = 0x90;      /* overlong */
                else if (c == 0xF4) hi = 0x8F; /* over U+10FFFF */
            } else return 0;
            if (len - i <= more || s[i + 1] < lo || s[i + 1] > hi) return 0;
            for (size_t k = 2; k <= more; k++)
                if ((s[i + k] & 0xC0) != 0x80) return 0;
            i += more + 1;
        }
    }
    return 1;
}

int newsext_utf8_sanitize(const char *bytes, size_t len, char **out, size_t *out_len) {
    ne_buf b;
    ne_buf_init(&b);
    ne_buf_reserve(&b, len);
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0, run = 0;
    while (i < len) {
        if (s[i] && s[i] < 0x80) { i++; continue; }
        int32_t cp;
        int k = s[i] ? ne_utf8_decode(s + i, len - i, &cp) : 1;
        if (s[i] && cp >= 0) { i += (size_t)k; continue; }
        ne_buf_append(&b, bytes + run, i - run);
        if (s[i]) ne_buf_append(&b, "\xEF\xBF\xBD", 3);
        i += (size_t)k;
        run = i;
    }
    ne_buf_append(&b, bytes + run, len - run);
    return ne_buf_finish(&b, out, out_len);
}

/* ---- character positions ---- */

void ne_charpos_init(ne_charpos *c, const char *text) {
    c->text = text;
    c->byte = 0;
    c->chars = 0;
}

size_t ne_charpos_at(ne_charpos *c, size_t byte_offset) {
    /* Count lead bytes: this matches SQLite's own character counting for
    ** valid UTF-8, so substr(text, start, length) returns the mention. */
    const unsigned char *s = (const unsigned char *)c->text;
    size_t i = c->byte;
    /* eight bytes a step: a continuation byte is 10xxxxxx, so bit 7 set
    ** and bit 6 clear marks it; every other byte starts a character */
    for (; i + 8 <= byte_offset; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t continuation = (w >> 7) & ~(w >> 6) & 0x0101010101010101ull;
        /* each byte of continuation is 0 or 1: the multiply sums them into
        ** the top byte (__builtin_popcountll is a libgcc call without -mpopcnt) */
        c->chars += 8 - (size_t)((continuation * 0x0101010101010101ull) >> 56);
    }
    for (; i < byte_offset; i++)
        if ((s[i] & 0xC0) != 0x80) c->chars++;
    if (byte_offset > c->byte) c->byte = byte_offset;
    return c->chars;
}

/* ---- Unicode normalization ---- */

/* Nonzero when s (valid UTF-8) may change under NFC. */
static int may_need_nfc(const char *s, size_t n) {
    if (ne_is_ascii(s, n)) return 0;
    /* Quick check (utf8proc has none): text is already NFC unless it
    ** holds a combining mark (NFC_QC Maybe), a character excluded from
    ** composition (NFC_QC No: singletons, non-starter decompositions,
    ** script-specific exclusions) or a conjoining Hangul jamo. Precomposed
    ** letters such as é or й pass, so most accented text skips utf8proc. */
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += (size_t)ne_utf8_decode(u + i, n - i, &cp);
        if (cp < 0x300) continue;
        const utf8proc_property_t *p = utf8proc_get_property(cp);
        if (p->combining_class || p->comp_exclusion || (cp >= 0x1100 && cp <= 0x11FF)) return 1;
    }
    return 0;
}

int ne_nfc(const char *s, size_t n, char **out, size_t *out_len) {
    if (!may_need_nfc(s, n)) {
        *out = ne_strndup(s, n);
        if (out_len) *out_len = n;
        return *out ? NEWSEXT_OK : NEWSEXT_NOMEM;
    }
    utf8proc_uint8_t *r = NULL;
    utf8proc_ssize_t rn = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
                                       UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (rn < 0) {
        free(r);
        return rn == UTF8PROC_ERROR_NOMEM ? NEWSEXT_NOMEM : NEWSEXT_INVALID;
    }
    *out = ne_strndup((const char *)r, (size_t)rn);
    free(r); /* utf8proc allocates with malloc */
    if (out_len) *out_len = (size_t)rn;
    return *out ? NEWSEXT_OK : NEWSEXT_NOMEM;
}

int ne_nfc_finish(ne_buf *b, char **out, size_t *out_len) {
    if (b->oom || !b->data || !may_need_nfc(b->data, b->len)) return ne_buf_finish(b, out, out_len);
    int rc = ne_nfc(b->data, b->len, out, out_len);
    ne_buf_free(b);
    return rc;
}

void ne_fold(ne_buf *b, const char *s, size_t n) {
    if (ne_is_ascii(s, n)) {
        ne_buf_reserve(b, n);
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            ne_buf_putc(b, (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
        }
        return;
    }
    utf8proc_uint8_t *r = NULL;
    utf8proc_ssize_t rn = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
                                       UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                           UTF8PROC_STRIPMARK | UTF8PROC_COMPAT);
    if (rn < 0) {
        free(r);
        if (rn == UTF8PROC_ERROR_NOMEM) b->oom = 1;
        else ne_buf_append(b, s, n);
        return;
    }
    ne_buf_append(b, (const char *)r, (size_t)rn);
    free(r);
}

/* ---- objects kept for the library's lifetime ---- */

static struct kept {
    void *p;
    void (*free_fn)(void *);
} kept[512];
static size_t n_kept;
static int initializing; /* set by init_all only, under pthread_once */

void *ne_keep(void *p, void (*free_fn)(void *)) {
    if (p && n_kept < sizeof kept / sizeof *kept) kept[n_kept++] = (struct kept){p, free_fn};
    return p;
}

__attribute__((destructor)) static void release_kept(void) {
    while (n_kept) {
        n_kept--;
        kept[n_kept].free_fn(kept[n_kept].p);
    }
}

/* ---- pcre2 ---- */

static pcre2_match_context *match_limits;

static void free_code(void *p) { pcre2_code_free(p); }
static void free_match_context(void *p) { pcre2_match_context_free(p); }
static void free_strmap(void *p) { ne_strmap_free(p); }

static pcre2_code *compile(const char *pattern, uint32_t options) {
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, options, &err, &off, NULL);
    if (!re) return NULL;
    /* JIT is an optimization: when unavailable pcre2_match interprets. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return initializing ? ne_keep(re, free_code) : re;
}

pcre2_code *ne_pcre_compile(const char *pattern, uint32_t options) {
    return compile(pattern, options | PCRE2_UTF | PCRE2_UCP);
}

pcre2_code *ne_pcre_compile_ascii(const char *pattern, uint32_t options) {
    return compile(pattern, options & ~(uint32_t)(PCRE2_UTF | PCRE2_UCP));
}

pcre2_match_context *ne_pcre_limits(void) { return match_limits; }

int ne_pcre_match(const pcre2_code *re, const char *subject, size_t len, size_t start,
                  uint32_t options, pcre2_match_data *md) {
    return pcre2_match(re, (PCRE2_SPTR)subject, len, start, options | PCRE2_NO_UTF_CHECK, md,
                       match_limits);
}

/* ---- string map ---- */

struct ne_strmap {
    size_t cap, count; /* cap is a power of two */
    struct slot {
        char *key;
        size_t len;
        uint64_t hash;
        int value;
    } *slots;
};

uint64_t ne_hash64(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

ne_strmap *ne_strmap_new(size_t expected) {
    ne_strmap *m = ne_malloc(sizeof *m);
    if (!m) return NULL;
    m->cap = 16;
    while (m->cap < expected * 2) m->cap *= 2;
    m->count = 0;
    m->slots = ne_malloc(m->cap * sizeof *m->slots);
    if (!m->slots) { ne_free(m); return NULL; }
    memset(m->slots, 0, m->cap * sizeof *m->slots);
    return initializing ? ne_keep(m, free_strmap) : m;
}

static struct slot *find_slot(struct slot *slots, size_t cap, const char *key, size_t n, uint64_t h) {
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].key && !(slots[i].hash == h && slots[i].len == n && !memcmp(slots[i].key, key, n)))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

int ne_strmap_put(ne_strmap *m, const char *key, size_t n, int value) {
    if ((m->count + 1) * 2 > m->cap) {
        size_t cap = m->cap * 2;
        struct slot *s = ne_malloc(cap * sizeof *s);
        if (!s) return -1;
        memset(s, 0, cap * sizeof *s);
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key) *find_slot(s, cap, m->slots[i].key, m->slots[i].len, m->slots[i].hash) = m->slots[i];
        ne_free(m->slots);
        m->slots = s;
        m->cap = cap;
    }
    uint64_t h = ne_hash64(key, n);
    struct slot *s = find_slot(m->slots, m->cap, key, n, h);
    if (!s->key) {
        s->key = ne_strndup(key, n);
        if (!s->key) return -1;
        s->len = n;
        s->hash = h;
        m->count++;
    }
    s->value = value;
    return 0;
}

int ne_strmap_get(const ne_strmap *m, const char *key, size_t n, int *value) {
    if (!m) return 0;
    struct slot *s = find_slot(m->slots, m->cap, key, n, ne_hash64(key, n));
    if (!s->key) return 0;
    if (value) *value = s->value;
    return 1;
}

size_t ne_strmap_count(const ne_strmap *m) { return m ? m->count : 0; }

void ne_strmap_free(ne_strmap *m) {
    if (!m) return;
    for (size_t i = 0; i < m->cap; i++) ne_free(m->slots[i].key);
    ne_free(m->slots);
    ne_free(m);
}

int ne_each_line(const char *data, size_t len, int (*fn)(const char *, size_t, void *), void *arg) {
    size_t i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && data[e] != '\n') e++;
        size_t n = e - i;
        if (n && data[i + n - 1] == '\r') n--;
        if (n && data[i] != '#') {
            int rc = fn(data + i, n, arg);
            if (rc) return rc;
        }
        i = e + 1;
    }
    return 0;
}

/* ---- initialization ---- */

int ne_util_init(void) {
    /* Bounds every match: a pathological pattern/subject pair fails with
    ** PCRE2_ERROR_MATCHLIMIT instead of running for hours. */
    match_limits = ne_keep(pcre2_match_context_create(NULL), free_match_context);
    if (!match_limits) return NEWSEXT_INTERNAL;
    pcre2_set_match_limit(match_limits, 10000000);
    pcre2_set_depth_limit(match_limits, 10000);
    return NEWSEXT_OK;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static int init_status = NEWSEXT_INTERNAL;

static void init_all(void) {
    int (*const steps[])(void) = {ne_util_init, ne_decode_init, ne_clean_init, ne_persons_init,
                                  ne_dates_init};
    initializing = 1;
    size_t i = 0;
    while (i < sizeof steps / sizeof *steps && steps[i]() == NEWSEXT_OK) i++;
    initializing = 0;
    if (i == sizeof steps / sizeof *steps) init_status = NEWSEXT_OK;
}

int newsext_init(void) {
    pthread_once(&init_once, init_all);
    return init_status;
}
