/*
** person_key.c — the matching key of a person's name.
**
**   SELECT person_key('Volodymyr Zelenskyy') = person_key('Volodymyr Zelenskiy');  -- 1
**   SELECT person_key('Mevlüt Çavuşoğlu');    -- 'mevlut cavusoglu'
**   SELECT person_key('Sergei Lavrov');       -- 'sergey lavrov'
**   SELECT person_key('Joe Biden') = person_key('Hunter Biden');  -- 0
**
** How it works: the name is folded (case, diacritics: ne_fold), letters
** that folding keeps are mapped (ł → l, ß → ss), apostrophes are dropped
** (O'Brien = OBrien) and every other non-letter (space, hyphen, dot)
** separates words, so "al-Assad" = "Al Assad". Each word then goes
** through data/persons_key_rules.tsv: a whole-word table (Sergei → sergey,
** Dmytro → dmitry, Mohammed → muhammad), else the longest matching ending
** (-iy/-yy/-ii → -y, -enka → -enko) and the word table once more. A
** Cyrillic word instead loses its Russian or Ukrainian case ending (the
** "case" rules, again until none applies), so that the cases of a name
** share a key: Путин, Путина, Путиным → путин; Зеленский, Зеленского →
** зеленск (a stem, not a word). Words are joined by one space. The key is deterministic and idempotent
** (person_key(person_key(x)) = person_key(x)); it never reorders words.
*/
#include "persons.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "newsext_data.h"

/* A replacement string inside the embedded rules file (static storage). */
typedef struct key_text {
    const char *s;
    size_t n;
} key_text;

typedef struct key_suffix {
    key_text from, to;
} key_suffix;

#define MAX_KEY_RULES 512
static key_text replacements[MAX_KEY_RULES];
static int n_replacements;
static key_suffix suffixes[64];
static int n_suffixes;
static unsigned char suffix_last_byte[256]; /* quick rejection of most words */
static key_suffix case_endings[64]; /* Cyrillic case endings, longest first */
static int n_case_endings;
static ne_strmap *char_map; /* one letter (UTF-8) -> replacement index */
static ne_strmap *word_map; /* folded word -> replacement index */

/* Splits "kind\tfrom\tto" and files the rule. */
static int add_rule(const char *line, size_t len, void *arg) {
    NE_UNUSED(arg);
    const char *tab1 = memchr(line, '\t', len);
    const char *tab2 = tab1 ? memchr(tab1 + 1, '\t', (size_t)(line + len - tab1 - 1)) : NULL;
    if (!tab2) return NEWSEXT_INTERNAL;
    key_text kind = {line, (size_t)(tab1 - line)};
    key_text from = {tab1 + 1, (size_t)(tab2 - tab1 - 1)};
    key_text to = {tab2 + 1, (size_t)(line + len - tab2 - 1)};
    if (n_replacements == MAX_KEY_RULES) return NEWSEXT_INTERNAL;
    if (kind.n == 6 && !memcmp(kind.s, "suffix", 6)) {
        if (n_suffixes == (int)(sizeof suffixes / sizeof *suffixes)) return NEWSEXT_INTERNAL;
        if (!from.n) return NEWSEXT_INTERNAL;
        suffixes[n_suffixes++] = (key_suffix){from, to};
        suffix_last_byte[(unsigned char)from.s[from.n - 1]] = 1;
        return 0;
    }
    if (kind.n == 4 && !memcmp(kind.s, "case", 4)) {
        /* replaced in place: an ending never grows */
        if (n_case_endings == (int)(sizeof case_endings / sizeof *case_endings)) return NEWSEXT_INTERNAL;
        if (!from.n || to.n > from.n) return NEWSEXT_INTERNAL;
        case_endings[n_case_endings++] = (key_suffix){from, to};
        return 0;
    }
    ne_strmap *map = kind.n == 4 && !memcmp(kind.s, "char", 4)   ? char_map
                     : kind.n == 4 && !memcmp(kind.s, "word", 4) ? word_map
                                                                 : NULL;
    if (!map) return NEWSEXT_INTERNAL;
    replacements[n_replacements] = to;
    return ne_strmap_put(map, from.s, from.n, n_replacements++) ? NEWSEXT_NOMEM : 0;
}

/* Longest ending first, so -skyi wins over -yi. */
static int by_length_desc(const void *a, const void *b) {
    const key_suffix *x = a, *y = b;
    return (int)y->from.n - (int)x->from.n;
}

int ne_person_key_init(void) {
    char_map = ne_strmap_new(16);
    word_map = ne_strmap_new(256);
    if (!char_map || !word_map) return NEWSEXT_INTERNAL;
    if (ne_each_line(ne_data_persons_key_rules, ne_data_persons_key_rules_len, add_rule, NULL))
        return NEWSEXT_INTERNAL;
    qsort(suffixes, (size_t)n_suffixes, sizeof *suffixes, by_length_desc);
    qsort(case_endings, (size_t)n_case_endings, sizeof *case_endings, by_length_desc);
    return NEWSEXT_OK;
}

/* Is the last letter of w[0,n) Cyrillic (U+0400 to U+04FF)? */
static int ends_cyrillic(const char *w, size_t n) {
    return n >= 2 && (unsigned char)w[n - 2] >= 0xD0 && (unsigned char)w[n - 2] <= 0xD3;
}

/* Strips the case endings of a Cyrillic word in place; returns its new
** length. Each step shortens the word or stops, and leaves a stem of at
** least three letters (six bytes). */
static size_t strip_case(char *w, size_t n) {
    for (;;) {
        const key_suffix *best = NULL;
        for (int i = 0; i < n_case_endings && !best; i++) {
            const key_suffix *c = &case_endings[i];
            if (n >= c->from.n + 6 && c->from.s[c->from.n - 1] == w[n - 1] &&
                !memcmp(w + n - c->from.n, c->from.s, c->from.n))
                best = c;
        }
        if (!best || (best->to.n == best->from.n && !memcmp(best->to.s, best->from.s, best->to.n))) return n;
        memcpy(w + n - best->from.n, best->to.s, best->to.n);
        n = n - best->from.n + best->to.n;
    }
}

/* Applies the word table, else the endings then the word table. */
static void append_word(ne_buf *b, int separate, char *w, size_t n) {
    int idx;
    if (separate) ne_buf_putc(b, ' ');
    if (ends_cyrillic(w, n)) {
        ne_buf_append(b, w, strip_case(w, n));
        return;
    }
    if (ne_strmap_get(word_map, w, n, &idx)) {
        ne_buf_append(b, replacements[idx].s, replacements[idx].n);
        return;
    }
    for (int i = 0; n && suffix_last_byte[(unsigned char)w[n - 1]] && i < n_suffixes; i++) {
        const key_suffix *s = &suffixes[i];
        if (n < s->from.n + 3 || memcmp(w + n - s->from.n, s->from.s, s->from.n)) continue;
        char tmp[128];
        size_t stem = n - s->from.n;
        if (stem + s->to.n > sizeof tmp) break;
        memcpy(tmp, w, stem);
        memcpy(tmp + stem, s->to.s, s->to.n);
        if (ne_strmap_get(word_map, tmp, stem + s->to.n, &idx))
            ne_buf_append(b, replacements[idx].s, replacements[idx].n);
        else
            ne_buf_append(b, tmp, stem + s->to.n);
        return;
    }
    ne_buf_append(b, w, n);
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2BC || cp == '`' || cp == 0x2018; }

static int is_word_char(int32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* The key of a folded name, word by word (inlined in both callers). */
static inline void append_key_words(ne_buf *b, const char *folded_name, size_t n) {
    const unsigned char *s = (const unsigned char *)folded_name;
    size_t key_start = b->len;
    char word[128];
    size_t wn = 0;
    int too_long = 0;
    size_t word_start = 0;
    for (size_t i = 0; i <= n;) {
        int32_t cp = -1;
        int step = 1;
        if (i < n && s[i] < 0x80) {
            cp = s[i];
            /* the common case: an ASCII letter or digit of a word */
            if (((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9')) {
                if (!wn && !too_long) word_start = i;
                if (wn < sizeof word) word[wn++] = (char)cp;
                else too_long = 1;
                i++;
                continue;
            }
        } else if (i < n) {
            step = ne_utf8_decode(s + i, n - i, &cp);
        }
        if (i < n && is_apostrophe(cp)) {
            i += (size_t)step;
            continue;
        }
        if (i < n && is_word_char(cp)) {
            if (!wn && !too_long) word_start = i;
            int idx;
            const char *piece = (const char *)s + i;
            size_t piece_len = (size_t)step;
            if (cp >= 0x80 && ne_strmap_get(char_map, piece, piece_len, &idx)) {
                piece = replacements[idx].s;
                piece_len = replacements[idx].n;
            }
            if (wn + piece_len <= sizeof word) {
                memcpy(word + wn, piece, piece_len);
                wn += piece_len;
            } else {
                too_long = 1;
            }
        } else if (wn || too_long) {
            if (too_long) { /* no rule applies to such a word: keep it */
                if (b->len > key_start) ne_buf_putc(b, ' ');
                ne_buf_append(b, (const char *)s + word_start, i - word_start);
            } else {
                append_word(b, b->len > key_start, word, wn);
            }
            wn = 0;
            too_long = 0;
        }
        i += (size_t)step;
    }
}

void ne_person_key_append(ne_buf *b, const char *name, size_t len) {
    /* Folding allocates only for non-ASCII names; words are built on the
    ** stack (a word longer than that is kept as it is). */
    ne_buf folded;
    ne_buf_init(&folded);
    const unsigned char *s;
    size_t n;
    char lower[256];
    /* ASCII, and "’" (dropped like every apostrophe) */
    size_t ln = 0, at = 0;
    while (at < len && ln < sizeof lower) {
        unsigned char c = (unsigned char)name[at];
        if (c < 0x80) {
            lower[ln++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
            at++;
        } else if (at + 2 < len && !memcmp(name + at, "\xE2\x80\x99", 3)) {
            at += 3;
        } else {
            break;
        }
    }
    if (at == len) {
        s = (const unsigned char *)lower;
        n = ln;
    } else {
        ne_fold(&folded, name, len);
        if (folded.oom) { b->oom = 1; return; }
        s = (const unsigned char *)(folded.data ? folded.data : "");
        n = folded.len;
    }
    append_key_words(b, (const char *)s, n);
    ne_buf_free(&folded);
}

void ne_person_key_append_folded(ne_buf *b, const char *folded_name, size_t n) {
    append_key_words(b, folded_name, n);
}

int newsext_person_key(const char *name, size_t len, char **key, size_t *key_len) {
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!newsext_utf8_valid(name, len)) return NEWSEXT_INVALID;
    ne_buf b;
    ne_buf_init(&b);
    ne_person_key_append(&b, name, len);
    return ne_buf_finish(&b, key, key_len);
}
