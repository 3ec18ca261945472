/*
** textclean.c — the article in flattened text, and the signals both
** extractors share.
**
**   SELECT article_clean('Skip to content' || char(10) || ... );
**
** Input: text a scraper produced with the furniture left in (one block a
** line, as browsers' "dump" modes and most scrapers write it). Output: the
** article paragraphs, separated by one blank line; list items one a line.
**
** How it works (jusText and BTE ideas, our own weights):
**  1. Each non-empty line is a unit (on a page wrapped at a fixed width,
**     the lines of one paragraph are joined first). Its signals: word
**     count (Chinese and Japanese, written without spaces, count two
**     characters a word),
**     stop-word density (prose is full of "the", "of", "that"; menus are
**     not), sentence punctuation, a bullet in front, furniture phrases
**     (data/article_boilerplate.txt: appeals, "Read more", cookie notices),
**     a date alone on its line, placeholders of pictures ("[image]", or
**     a description in small letters: "a man asleep in a hammock"),
**     caption and credit markers
**     (data/article_credits.txt), and whether the same line occurs twice on
**     the page (a headline or caption printed again, a menu repeated in the
**     footer; not a short line that recurs between paragraphs, the
**     subheading of each item of a review) or is one text twice over
**     ("Garden VisitGarden Visit": a teaser card's link and caption run
**     together).
**  2. Lines become GOOD (prose), NEUTRAL (short: subheadings, list items)
**     or BAD (furniture). Lines wedged between two appeal lines are appeal
**     too: a donation box is a run of paragraphs that mostly look like prose.
**     A comment thread is known by the buttons under each comment ("Reply",
**     data/article_boilerplate.txt): from the first comment with buttons
**     on, prose counts as NEUTRAL, so a long comment cannot outweigh the
**     article above it.
**  3. The article is the stretch of lines with the highest total score
**     (GOOD lines earn their words, others cost: list items of 4+ words
**     little, the one-to-three-word lines of menus and tag rows much),
**     found in one pass (maximum-sum segment), so menus, link lists and
**     footers fall outside. When that stretch holds under 45% of the page's
**     prose (a list article: every item a lone paragraph between its
**     number, name and labels), the stretch at flat, lenient prices is
**     taken instead if it holds twice the prose. Then the stretch grows
**     over gaps (a slideshow, captions, an ad slot, a list) to prose close
**     by, at a flat price per line (a gap with no furniture in it, a table
**     or price list between two parts of the article, is free however
**     long), stopping at comments, the label of a
**     box of other pages ("You may also like"), datelines, date-only lines
**     and bylines of teasers, and not counting lone short prose lines
**     (teaser lists) but counting a sentence that ends in a colon (it
**     announces code, a table or a list, and the article goes on), and,
**     forward, list items written as text (sentences, "Key: value" rows:
**     the features, pros and cons of a review). Date-only lines inside the stretch cut it into
**     items; an item with three times the running prose of any other
**     (the article among dated teasers) is kept alone. A last line ending
**     in a colon brings the list right under it, and up to two short
**     closing sentences follow the body.
**  4. The headline is the title-like line just before the body (or the
**     line printed twice); the body starts after it, at its first prose
**     line or at a sentence right before it that the prose test turned
**     down (a lede crowded with names). Inside the body,
**     NEUTRAL lines stay when prose surrounds them (subheadings), except
**     lines that look like headlines of other articles: Title Case, over
**     nine words and set alone against the prose (no bulleted or table
**     row), or opening with a label ("Related: ...").
**
** Also here: ne_clean_init (the lexicons, built once), block statistics and
** the phrase tests htmlclean.c uses for its blocks.
*/
#include "article.h"

#include <string.h>
#include <utf8proc.h>

#include "newsext_data.h"

static ne_strmap *furniture_start;  /* phrase -> words in phrase */
static pcre2_code *appeal_re;       /* the "~" phrases, matched anywhere */
static pcre2_code *legal_re;        /* data/article_legal.txt */
static ne_strmap *first_words;      /* first word of a label phrase -> 1 */
static ne_strmap *action_first_words; /* first word of a comment button ("reply") -> 1 */
static ne_strmap *class_cues;       /* class/id word -> weight */
static pcre2_code *credit_re;       /* data/article_credits.txt as one alternation */
static size_t longest_phrase_words;
/* Added to the stored weight of a soft class word (see
** data/article_class_cues.tsv). */
enum { SOFT_CUE_OFFSET = 10000 };
/* Value flags in furniture_start: the label heads a comment section; the
** label heads a box of other pages ("You may also like"); the label is a
** button under a reader's comment ("Reply"). */
enum { PHRASE_COMMENTS = 0x100, PHRASE_OTHER_PAGES = 0x200, PHRASE_COMMENT_ACTION = 0x400 };

/* ---- normalization ---- */

static inline int32_t next_code_point(const unsigned char *u, size_t n, size_t *i);

/* Lower-cases s, turns curly apostrophes straight and collapses
** whitespace: the form phrases are stored and looked up in. With
** words_only, sentence punctuation and quotes become space too, so "ask."
** matches the phrase "ask". One pass, no allocation beyond b. */
static void fold_for_lookup(ne_buf *b, const char *s, size_t n, int words_only) {
    /* ASCII characters that separate words in lookups */
    static const uint8_t separator[128] = {['.'] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1,
                                           ['?'] = 1, ['"'] = 1, ['('] = 1, [')'] = 1, ['['] = 1,
                                           [']'] = 1, ['{'] = 1, ['}'] = 1, ['|'] = 1};
    const unsigned char *u = (const unsigned char *)s;
    ne_buf_reserve(b, 4 * n + 4); /* lower-casing may lengthen a character */
    if (b->oom) return;
    char *o = b->data + b->len;
    int space = 1; /* drop leading space */
    for (size_t i = 0; i < n;) {
        int32_t cp = next_code_point(u, n, &i);
        int is_space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
                       (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
        if (words_only && !is_space)
            is_space = (cp < 0x80 && separator[cp]) || cp == 0x201C || cp == 0x201D || cp == 0x2026 ||
                       cp == 0xAB || cp == 0xBB;
        if (is_space) {
            if (!space) *o++ = ' ';
            space = 1;
            continue;
        }
        space = 0;
        if (cp == 0x2018 || cp == 0x2019) cp = '\'';
        if (cp >= 'A' && cp <= 'Z') cp += 32;
        else if (cp >= 0x80) cp = utf8proc_tolower(cp);
        if (cp < 0x80) *o++ = (char)cp;
        else o += ne_utf8_encode(cp, o);
    }
    if (o > b->data + b->len && o[-1] == ' ') o--;
    b->len = (size_t)(o - b->data);
    b->data[b->len] = 0;
}

/* Length of a whitespace character at s (ASCII or Unicode space), else 0. */
static size_t space_len(const unsigned char *s, size_t n) {
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\f' || s[0] == '\v')
        return 1;
    if (s[0] == 0xC2 && n > 1 && s[1] == 0xA0) return 2; /* no-break space */
    if (s[0] == 0xE2 && n > 2 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8B) || s[2] == 0xAF || s[2] == 0xA8 || s[2] == 0xA9))
        return 3; /* U+2000..U+200B, U+202F, line/paragraph separators */
    if (s[0] == 0xE2 && n > 2 && s[1] == 0x81 && s[2] == 0x9F) return 3; /* U+205F */
    if (s[0] == 0xE3 && n > 2 && s[1] == 0x80 && s[2] == 0x80) return 3; /* U+3000 */
    if (s[0] == 0xEF && n > 2 && s[1] == 0xBB && s[2] == 0xBF) return 3; /* stray BOM */
    return 0;
}

/* Bytes that are, or may start, a space of space_len: ASCII controls and
** space, and the lead bytes of the multibyte spaces. */
static const uint8_t may_start_space[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1};

/* Nonzero when s needs no collapsing: no space at either end, and every
** space a single ASCII space between two other characters, as in most
** lines. Branch-free over the bytes: a branch a word would mispredict at
** every word's end. */
static int spaces_already_single(const unsigned char *u, size_t n) {
    if (!n || may_start_space[u[0]] || may_start_space[u[n - 1]]) return 0;
    unsigned bad = 0;
    for (size_t i = 1; i + 1 < n; i++)
        bad |= may_start_space[u[i]] & ((u[i] != ' ') | may_start_space[u[i + 1]]);
    return !bad;
}

void ne_collapse_space(ne_buf *b, const char *s, size_t n) {
    ne_buf_reserve(b, n);
    if (b->oom) return;
    const unsigned char *u = (const unsigned char *)s;
    char *o = b->data + b->len; /* output never outgrows the input */
    if (spaces_already_single(u, n)) {
        memcpy(o, s, n);
        b->len += n;
        b->data[b->len] = 0;
        return;
    }
    int pending = 0, any = 0;
    size_t i = 0;
    while (i < n) {
        size_t k = u[i] == ' ' ? 1 : u[i] > ' ' && u[i] < 0x80 ? 0 : space_len(u + i, n - i);
        if (k) { pending = 1; i += k; continue; }
        if (pending && any) *o++ = ' ';
        pending = 0;
        any = 1;
        /* up to the next byte that is or may start a space: the other
        ** bytes of multibyte characters (letters of every script) go too */
        size_t run = i + 1;
        while (run < n && !may_start_space[u[run]]) run++;
        memcpy(o, s + i, run - i);
        o += run - i;
        i = run;
    }
    b->len = (size_t)(o - b->data);
    b->data[b->len] = 0;
}

/* ---- block statistics ---- */

#define W1(c) [c] = 1
#define W10(c) W1(c), W1(c + 1), W1(c + 2), W1(c + 3), W1(c + 4), W1(c + 5), W1(c + 6), W1(c + 7), W1(c + 8), W1(c + 9)
static const uint8_t ascii_word_char[128] = {
    W10('0'), W10('A'), W10('A' + 10), W1('U'), W1('V'), W1('W'), W1('X'), W1('Y'), W1('Z'),
    W10('a'), W10('a' + 10), W1('u'), W1('v'), W1('w'), W1('x'), W1('y'), W1('z'),
};
#undef W10
#undef W1

/* Letters and digits make words; ASCII punctuation, spaces and the general
** punctuation block (quotes, dashes, ellipsis) separate them. */
static inline int is_word_char(int32_t cp) {
    if (cp < 0x80) return ascii_word_char[cp];
    if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xFFFD) return 0;
    if (cp >= 0x2000 && cp <= 0x206F) return 0;
    if (cp >= 0x3000 && cp <= 0x303F) return 0;
    if (cp >= 0x2190 && cp <= 0x2BFF) return 0; /* arrows, symbols, bullets */
    return 1;
}

static int is_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Han ideographs and kana (half-width too): letters of scripts that put
** no spaces between words. */
static inline int is_cjk(int32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F);
}

/* The code point at u[*i], advancing *i; ASCII without a call. A span
** cut inside a character reads as U+FFFD, never as a negative index. */
static inline int32_t next_code_point(const unsigned char *u, size_t n, size_t *i) {
    if (u[*i] < 0x80) return u[(*i)++];
    int32_t cp;
    *i += (size_t)ne_utf8_decode(u + *i, n - *i, &cp);
    return cp < 0 ? 0xFFFD : cp;
}

/* The word table holds stop words and the key word of each appeal phrase
** (its longest word), so one lookup per word serves both. It is looked up
** for every word of every page, hence its own small open-addressing table
** whose hash is computed while the word is read. */
enum { LONGEST_STOP_WORD = 12, WORD_STOP = 1, WORD_ANCHOR = 2, WORD_CREDIT = 4, WORD_SLOTS = 1024 };

static struct word_slot {
    uint8_t len, kind; /* len 0: empty */
    char word[LONGEST_STOP_WORD];
} word_table[WORD_SLOTS];
static size_t n_table_words;

#define WORD_HASH_INIT 2166136261u
#define WORD_HASH_STEP(h, c) (((h) ^ (uint8_t)(c)) * 16777619u)

static int word_kind(const char *w, size_t n, uint32_t hash) {
    for (size_t i = hash & (WORD_SLOTS - 1);; i = (i + 1) & (WORD_SLOTS - 1)) {
        const struct word_slot *slot = &word_table[i];
        if (!slot->len) return 0;
        if (slot->len == n && !memcmp(slot->word, w, n)) return slot->kind;
    }
}

void ne_block_stats_of(const char *s, size_t n, ne_block_stats *st) {
    memset(st, 0, sizeof *st);
    const unsigned char *u = (const unsigned char *)s;
    char word[LONGEST_STOP_WORD];
    size_t i = 0;
    int32_t last_visible = 0, before_closer = 0;
    size_t cjk = 0; /* characters of scripts written without spaces */
    while (i < n) {
        if (u[i] == ' ') { i++; continue; }
        size_t start = i;
        int32_t cp = next_code_point(u, n, &i);
        if (cp >= 0x3040 && is_cjk(cp)) {
            cjk++;
            last_visible = before_closer = 'a';
            continue;
        }
        if (!is_word_char(cp)) {
            if (cp == ',' || cp == 0x3001 || cp == 0xFF0C) st->commas++;
            if (cp > ' ' && cp != 0xA0) {
                int closer = cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
                             cp == 0x2019 || cp == 0xBB || cp == '*';
                if (!closer || !last_visible) before_closer = cp;
                last_visible = cp;
            }
            continue;
        }
        size_t letters = 1, wlen = 0;
        int ascii = cp < 0x80;
        int first_upper = is_upper(cp);
        char lower = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        uint32_t hash = WORD_HASH_STEP(WORD_HASH_INIT, lower);
        word[wlen++] = lower;
        while (i < n) {
            if (u[i] < 0x80) { /* the common case, without a call */
                unsigned char c = u[i];
                if (!ascii_word_char[c]) break;
                i++;
                lower = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                if (wlen < sizeof word) word[wlen] = lower;
                hash = WORD_HASH_STEP(hash, lower);
                wlen++;
                letters++;
                continue;
            }
            size_t at = i;
            cp = next_code_point(u, n, &i);
            if (!is_word_char(cp) || is_cjk(cp)) { i = at; break; }
            ascii = 0;
            wlen++;
            letters++;
        }
        st->words++;
        if (first_upper) st->capitalized++;
        if (letters >= 4 && !(u[start] >= '0' && u[start] <= '9')) {
            st->long_words++;
            if (first_upper) st->long_capitalized++;
        }
        int kind = ascii && wlen <= sizeof word ? word_kind(word, wlen, hash) : 0;
        if (kind) {
            if (kind & WORD_STOP) st->stop_words++;
            if (kind & WORD_ANCHOR) st->appeal_anchor = 1;
            if (kind & WORD_CREDIT) st->credit_anchor = 1;
        }
        last_visible = before_closer = 'a';
    }
    /* Chinese and Japanese write words without spaces, two characters a
    ** word on average */
    st->words += (cjk + 1) / 2;
    int32_t end = before_closer;
    st->ends_sentence = end == '.' || end == '!' || end == '?' || end == 0x2026 || end == 0x3002 ||
                        end == 0xFF01 || end == 0xFF1F;
}

/* ---- phrase tests ---- */

/* Word starts of a folded block (at most max_words). */
static size_t word_starts(const char *f, size_t n, size_t *starts, size_t max_words) {
    size_t count = 0;
    for (size_t i = 0; i < n && count < max_words; i++)
        if (f[i] != ' ' && (i == 0 || f[i - 1] == ' ')) starts[count++] = i;
    return count;
}

/* Trailing punctuation a furniture label may carry: "Read more:", "Share »". */
static size_t trim_label_end(const char *f, size_t n) {
    while (n) {
        unsigned char c = (unsigned char)f[n - 1];
        if (c == ':' || c == '.' || c == '!' || c == ' ' || c == '>' || c == '|' || c == '-') n--;
        else if (n >= 2 && (unsigned char)f[n - 2] == 0xC2 && c == 0xBB) n -= 2; /* » */
        else if (n >= 3 && (unsigned char)f[n - 3] == 0xE2 && (unsigned char)f[n - 2] == 0x80 &&
                 (c == 0xBA || c == 0xA6)) n -= 3; /* › … */
        else if (n >= 3 && (unsigned char)f[n - 3] == 0xE2 && (unsigned char)f[n - 2] == 0x86 &&
                 c == 0x92) n -= 3; /* → */
        else break;
    }
    return n;
}

int ne_scratch_init(ne_scratch *sc) {
    ne_buf_init(&sc->fold);
    sc->md = pcre2_match_data_create(20, NULL);
    return sc->md ? NEWSEXT_OK : NEWSEXT_NOMEM;
}

void ne_scratch_free(ne_scratch *sc) {
    pcre2_match_data_free(sc->md);
    sc->md = NULL;
    ne_buf_free(&sc->fold);
}

/* A quick test before folding a block: zero when its first word (after a
** count, as in "167 comments") is plain ASCII and starts no label of
** labels (first words of the phrases), so the block cannot be or open with
** one. Most blocks end here. */
static int may_open_with_label(const char *s, size_t n, const ne_strmap *labels) {
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i && i < n && s[i] == ' ') i++;
    else i = 0;
    char word[32];
    size_t len = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c == '\'') return 1; /* folding would change it: let the full test decide */
        if (c <= ' ' || strchr(".,;:!?\"()[]{}|", c)) break;
        if (len == sizeof word) return 1;
        word[len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return len == 0 || ne_strmap_get(labels, word, len, NULL);
}

int ne_is_boilerplate(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st) {
    size_t words = st->words;
    if (words > 250 || n == 0) return 0;
    int hit = 0;
    if (words <= 15 && may_open_with_label(s, n, first_words)) {
        ne_buf *f = &sc->fold;
        f->len = 0;
        fold_for_lookup(f, s, n < 400 ? n : 400, 1);
        const char *t = f->data && !f->oom ? f->data : "";
        if (f->oom) f->len = 0;
        size_t tn = trim_label_end(t, f->len);
        int phrase_words = 0;
        /* a count in front of a label: "167 comments" */
        size_t skip = 0;
        while (skip < tn && t[skip] >= '0' && t[skip] <= '9') skip++;
        if (skip && skip < tn && t[skip] == ' ') { t += skip + 1; tn -= skip + 1; }
        else skip = 0;
        /* the whole block is a label */
        if (ne_strmap_get(furniture_start, t, tn, &phrase_words)) hit = phrase_words & PHRASE_COMMENTS ? 3 : 1;
        /* a count after a comment label: "Comments 115", "Comments (115)" */
        size_t count_from = tn;
        while (count_from && t[count_from - 1] >= '0' && t[count_from - 1] <= '9') count_from--;
        if (!hit && !skip && count_from < tn && count_from > 1 && t[count_from - 1] == ' ' &&
            ne_strmap_get(furniture_start, t, count_from - 1, &phrase_words) && (phrase_words & PHRASE_COMMENTS))
            hit = 3;
        size_t starts[16];
        size_t nw = word_starts(t, tn, starts, 16);
        if (hit) nw = 0;
        /* the block opens with a label: "Read more: ...", "Sign up for ..." */
        if (!hit && nw > 1 && ne_strmap_get(first_words, t, starts[1] - 1, NULL)) {
            for (size_t w = 1; !hit && w <= longest_phrase_words && w < nw; w++) {
                size_t e = trim_label_end(t, starts[w] - 1);
                if (ne_strmap_get(furniture_start, t, e, &phrase_words))
                    /* a count and a comment label open the heading of a
                    ** comment section, however long: "12 Comments on ..." */
                    hit = skip && (phrase_words & PHRASE_COMMENTS)   ? 3
                          : (phrase_words & 0xFF) == 1 ? words <= 3 : 1;
            }
        }
    }
    /* the regex runs only when the phrase's key word is there */
    if (!hit && st->appeal_anchor && ne_pcre_match(appeal_re, s, n, 0, 0, sc->md) > 0) hit = 2;
    return hit;
}

/* A line that is nothing but the label of a box of other pages ("You may
** also like", "Related"): in flattened text the article ends there, unless
** its prose goes on after the box. Labels are short: a longer line is not
** one (and is never folded). */
static int other_pages_label(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st) {
    if (st->words > 6 || n > 100) return 0;
    ne_buf *f = &sc->fold;
    f->len = 0;
    fold_for_lookup(f, s, n, 1);
    if (f->oom || !f->data) return 0;
    int value = 0;
    return ne_strmap_get(furniture_start, f->data, trim_label_end(f->data, f->len), &value) &&
           (value & PHRASE_OTHER_PAGES);
}

/* A line that is a button under a reader's comment, or opens with one
** ("Reply", "Reply to Ann Lee"). Such lines are short. */
enum { COMMENT_ACTION_WORDS = 6 };

static int comment_action(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st) {
    if (st->words == 0 || st->words > COMMENT_ACTION_WORDS || n > 100) return 0;
    /* short lines are many: the first word decides most of them, read in
    ** place when it is ASCII, folded alone when it is not */
    ne_buf *f = &sc->fold;
    unsigned char first = (unsigned char)s[0];
    if (first < 0x80) {
        if (!((first | 32) >= 'a' && (first | 32) <= 'z') || !may_open_with_label(s, n, action_first_words)) return 0;
    } else {
        size_t first_end = 0;
        while (first_end < n && s[first_end] != ' ') first_end++;
        f->len = 0;
        fold_for_lookup(f, s, first_end, 1);
        if (f->oom || !f->data || !ne_strmap_get(action_first_words, f->data, f->len, NULL)) return 0;
    }
    f->len = 0;
    fold_for_lookup(f, s, n, 1);
    if (f->oom || !f->data) return 0;
    size_t starts[COMMENT_ACTION_WORDS + 1];
    size_t nw = word_starts(f->data, f->len, starts, COMMENT_ACTION_WORDS);
    starts[nw] = f->len + 1;
    for (size_t w = 1; w <= nw; w++) {
        int value = 0;
        if (ne_strmap_get(furniture_start, f->data, trim_label_end(f->data, starts[w] - 1), &value) &&
            (value & PHRASE_COMMENT_ACTION))
            return 1;
    }
    return 0;
}

/* A line that opens with a furniture label and a colon: "Related: How the
** Bridge Was Built", "Read more: ...". The label is short. */
enum { LABEL_BEFORE_COLON_BYTES = 30 };

static int label_before_colon(ne_scratch *sc, const char *s, size_t n) {
    const char *colon = memchr(s, ':', n < LABEL_BEFORE_COLON_BYTES ? n : LABEL_BEFORE_COLON_BYTES);
    if (!colon || colon == s) return 0;
    ne_buf *f = &sc->fold;
    f->len = 0;
    fold_for_lookup(f, s, (size_t)(colon - s), 1);
    return !f->oom && f->data && f->len && ne_strmap_get(furniture_start, f->data, f->len, NULL);
}

int ne_is_credit(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st) {
    return st->credit_anchor && ne_pcre_match(credit_re, s, n, 0, 0, sc->md) > 0;
}

/* Records one cue word's weight (value as stored in class_cues). */
static void add_cue_weight(int value, int *total, int *strongest, int *strongest_hard) {
    int soft = value > SOFT_CUE_OFFSET / 2;
    int w = soft ? value - SOFT_CUE_OFFSET : value;
    *total += w;
    if (w < *strongest) *strongest = w;
    if (!soft && w < *strongest_hard) *strongest_hard = w;
}

int ne_class_cue(const char *value, size_t n, int *strongest, int *strongest_hard) {
    int total = 0;
    *strongest = *strongest_hard = 0;
    size_t i = 0;
    char tok[40];
    while (i < n) {
        while (i < n && !((value[i] | 32) >= 'a' && (value[i] | 32) <= 'z')) i++;
        size_t start = i;
        while (i < n && ((value[i] | 32) >= 'a' && (value[i] | 32) <= 'z')) i++;
        size_t len = i - start;
        if (!len || len >= sizeof tok) continue;
        for (size_t k = 0; k < len; k++) tok[k] = (char)(value[start + k] | 32);
        int w;
        if (ne_strmap_get(class_cues, tok, len, &w)) {
            add_cue_weight(w, &total, strongest, strongest_hard);
            continue;
        }
        /* camelCase parts: "shareBar" -> share, bar */
        size_t p = 0;
        for (size_t k = 1; k <= len; k++) {
            if (k == len || (value[start + k] >= 'A' && value[start + k] <= 'Z')) {
                if (ne_strmap_get(class_cues, tok + p, k - p, &w)) add_cue_weight(w, &total, strongest, strongest_hard);
                p = k;
            }
        }
    }
    return total;
}

/* ---- initialization ---- */

static int add_word_kind(const char *w, size_t n, int kind) {
    if (n == 0 || n > LONGEST_STOP_WORD || n_table_words * 2 >= WORD_SLOTS) return 1;
    uint32_t hash = WORD_HASH_INIT;
    for (size_t k = 0; k < n; k++) hash = WORD_HASH_STEP(hash, w[k]);
    for (size_t i = hash & (WORD_SLOTS - 1);; i = (i + 1) & (WORD_SLOTS - 1)) {
        struct word_slot *slot = &word_table[i];
        if (slot->len == n && !memcmp(slot->word, w, n)) { slot->kind |= (uint8_t)kind; return 0; }
        if (slot->len) continue;
        slot->len = (uint8_t)n;
        slot->kind = (uint8_t)kind;
        memcpy(slot->word, w, n);
        n_table_words++;
        return 0;
    }
}

static int add_stop_word(const char *line, size_t n, void *arg) { return add_word_kind(line, n, WORD_STOP); }

/* The longest word of an appeal phrase or credit marker (at most
** LONGEST_STOP_WORD letters) becomes its anchor: the pattern runs only on
** blocks that hold one. */
static int add_anchor(const char *phrase, size_t n, int kind) {
    size_t best = 0, best_len = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && !((phrase[i] | 32) >= 'a' && (phrase[i] | 32) <= 'z')) i++;
        size_t start = i;
        while (i < n && ((phrase[i] | 32) >= 'a' && (phrase[i] | 32) <= 'z')) i++;
        if (i - start > best_len && i - start <= LONGEST_STOP_WORD) { best = start; best_len = i - start; }
    }
    if (!best_len) return 1;
    char w[LONGEST_STOP_WORD];
    for (size_t k = 0; k < best_len; k++) w[k] = (char)(phrase[best + k] | 32);
    return add_word_kind(w, best_len, kind);
}

/* Appends a phrase to a regex alternation: literal characters, any run
** of spaces for a space, either apostrophe for one. */
static void append_phrase_pattern(ne_buf *re, const char *line, size_t n) {
    if (re->len) ne_buf_putc(re, '|');
    for (size_t i = 0; i < n; i++) {
        char c = line[i];
        if (c == ' ') ne_buf_puts(re, "[\\s\\x{a0}]+");
        else if (c == '\'') ne_buf_puts(re, "['\\x{2019}]");
        else if ((unsigned char)c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z') && !(c >= '0' && c <= '9')) {
            ne_buf_putc(re, '\\');
            ne_buf_putc(re, c);
        } else {
            ne_buf_putc(re, c);
        }
    }
}

static int add_phrase(const char *line, size_t n, void *arg) {
    int comments = line[0] == '!', other_pages = line[0] == '^', comment_action = line[0] == '@';
    if (comments || other_pages || comment_action) { line++; n--; }
    if (line[0] == '~') {
        append_phrase_pattern(arg, line + 1, n - 1);
        return ((ne_buf *)arg)->oom || add_anchor(line + 1, n - 1, WORD_ANCHOR);
    }
    ne_buf f;
    ne_buf_init(&f);
    fold_for_lookup(&f, line, n, 1);
    const char *t = f.data ? f.data : "";
    size_t starts[32];
    size_t nw = word_starts(t, f.len, starts, 32);
    if (nw > longest_phrase_words) longest_phrase_words = nw;
    size_t len = trim_label_end(t, f.len);
    size_t first_len = nw > 1 ? starts[1] - 1 : len;
    int rc = f.oom || !len || ne_strmap_put(furniture_start, t, len, (int)nw | (comments ? PHRASE_COMMENTS : 0) |
                                                                           (other_pages ? PHRASE_OTHER_PAGES : 0) |
                                                                           (comment_action ? PHRASE_COMMENT_ACTION : 0)) ||
             ne_strmap_put(first_words, t, first_len, 1) ||
             (comment_action && ne_strmap_put(action_first_words, t, first_len, 1));
    ne_buf_free(&f);
    return rc ? 1 : 0;
}

static int add_legal_phrase(const char *line, size_t n, void *arg) {
    append_phrase_pattern(arg, line, n);
    return ((ne_buf *)arg)->oom;
}

/* Compiles "\b(?:alternation)(?!\w)", caseless (not \b at the end: a
** phrase may end in a colon); NULL when out of memory. */
static pcre2_code *compile_words(const ne_buf *alternation) {
    ne_buf pattern;
    ne_buf_init(&pattern);
    ne_buf_puts(&pattern, "\\b(?:");
    ne_buf_append(&pattern, alternation->data ? alternation->data : "(*FAIL)", alternation->len ? alternation->len : 7);
    ne_buf_puts(&pattern, ")(?!\\w)");
    pcre2_code *re = pattern.oom ? NULL : ne_pcre_compile(pattern.data, PCRE2_CASELESS);
    ne_buf_free(&pattern);
    return re;
}

int ne_is_legal_note(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st) {
    return st->words <= LEGAL_NOTE_WORDS && ne_pcre_match(legal_re, s, n, 0, 0, sc->md) > 0;
}

static int add_cue(const char *line, size_t n, void *arg) {
    const char *tab = memchr(line, '\t', n);
    if (!tab) return 1;
    int weight = 0, sign = 1, soft = 0;
    for (const char *p = tab + 1; p < line + n; p++) {
        if (*p == '-') sign = -1;
        else if (*p >= '0' && *p <= '9') weight = weight * 10 + (*p - '0');
        else if (*p == 's') soft = 1; /* "soft" */
    }
    weight = weight * sign + (soft ? SOFT_CUE_OFFSET : 0);
    return ne_strmap_put(class_cues, line, (size_t)(tab - line), weight) ? 1 : 0;
}

/* Appends a credit marker to the alternation, quoted (\Q...\E). */
static int add_credit(const char *line, size_t n, void *arg) {
    ne_buf *alternation = arg;
    if (alternation->len) ne_buf_putc(alternation, '|');
    ne_buf_puts(alternation, "\\Q");
    ne_buf_append(alternation, line, n);
    ne_buf_puts(alternation, "\\E");
    return alternation->oom || add_anchor(line, n, WORD_CREDIT);
}

int ne_clean_init(void) {
    furniture_start = ne_strmap_new(256);
    class_cues = ne_strmap_new(128);
    first_words = ne_strmap_new(256);
    action_first_words = ne_strmap_new(16);
    if (!furniture_start || !class_cues || !first_words || !action_first_words) return NEWSEXT_INTERNAL;
    ne_buf credits, appeals, legal;
    ne_buf_init(&credits);
    ne_buf_init(&appeals);
    ne_buf_init(&legal);
    int failed = ne_each_line(ne_data_article_stopwords, ne_data_article_stopwords_len, add_stop_word, NULL) ||
                 ne_each_line(ne_data_article_boilerplate, ne_data_article_boilerplate_len, add_phrase, &appeals) ||
                 ne_each_line(ne_data_article_class_cues, ne_data_article_class_cues_len, add_cue, NULL) ||
                 ne_each_line(ne_data_article_credits, ne_data_article_credits_len, add_credit, &credits) ||
                 ne_each_line(ne_data_article_legal, ne_data_article_legal_len, add_legal_phrase, &legal);
    if (!failed) {
        credit_re = ne_pcre_compile(credits.data ? credits.data : "(*FAIL)", PCRE2_CASELESS);
        ne_buf_puts(&appeals, ")\\b");
        ne_buf pattern;
        ne_buf_init(&pattern);
        ne_buf_puts(&pattern, "\\b(?:");
        ne_buf_append(&pattern, appeals.data, appeals.len);
        appeal_re = pattern.oom ? NULL : ne_pcre_compile(pattern.data, PCRE2_CASELESS);
        ne_buf_free(&pattern);
        legal_re = compile_words(&legal);
    }
    ne_buf_free(&credits);
    ne_buf_free(&appeals);
    ne_buf_free(&legal);
    if (failed || !credit_re || !appeal_re || !legal_re) return NEWSEXT_INTERNAL;
    int rc = ne_meta_init_patterns();
    return rc == NEWSEXT_OK ? ne_html_init() : rc;
}

int ne_is_byline(const char *s, size_t n, const ne_block_stats *st, const char **name, size_t *name_len) {
    if (n < 5 || st->words < 2 || st->words > 12) return 0;
    if (!((s[0] == 'B' && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' '))) return 0;
    /* all but "By" and joining words start upper case */
    if (st->capitalized + st->stop_words < st->words) return 0;
    if (st->capitalized < 2) return 0;
    *name = s + 3;
    *name_len = n - 3;
    return 1;
}

/* ---- the flattened-text extractor ---- */

enum line_kind { LINE_GOOD, LINE_NEUTRAL, LINE_BAD };
/* What a line that is not prose costs the stretch that holds it (prose
** earns its words). A list item of a few words is cheap (lists of tips,
** of products, inside articles); a line of one to three words is the stuff
** of menus, tag rows and share bars. */
enum {
    LIST_ITEM_WORDS = 4,  /* a non-prose line of this many words is a list item */
    LIST_ITEM_COST = 1,
    SHORT_LINE_COST = 9,
    LAYOUT_COST = 4,      /* rules, "[image]" placeholders */
};
/* The lenient prices (see choose_stretch). */
enum { LENIENT_LINE_COST = 3, LENIENT_BAD_COST = 10, LENIENT_SHARE = 45 };

typedef struct line_info {
    size_t start, len;   /* text without indentation and bullet */
    ne_block_stats st;
    int kind;
    unsigned bullet : 1, furniture : 2, other_pages : 1, repeated : 1, dateline : 1, byline : 1, credit : 1, widget : 1;
    unsigned comment_action : 1; /* a button under a reader's comment ("Reply") */
    unsigned announces : 1;      /* a sentence ending in a colon: the article goes on below */
    unsigned bare_date : 1;   /* nothing but a date (and a weekday, a time) */
    unsigned after_blank : 1; /* an empty line precedes it: a new paragraph, not the next list row */
    unsigned text_row : 1;    /* a list item that reads as the article's text (see text_row) */
    unsigned announced : 1;   /* a row of the list a paragraph ending in a colon announces */
    unsigned twice_over : 1;  /* one text twice over (see doubled) */
    unsigned recurring : 1;   /* on a repeated line's first copy: every copy sits between prose */
    size_t first_copy;        /* a repeated line: the index of its first copy */
    size_t prose_before_copy; /* on a first copy: prose lines above the latest copy seen */
} line_info;

/* Bullets scrapers and text browsers put before list items. */
static size_t bullet_len(const unsigned char *s, size_t n) {
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xC2\xB7",
                                          "\xE2\x96\xA1", "\xE2\x98\x86", "\xE2\x97\x8B", "\xE2\x96\xA0",
                                          "\xE2\x96\xBA", "\xE2\x80\xA3", "\xE2\x97\x8F", "*", "-", "+"};
    if (!n || !(s[0] == 0xE2 || s[0] == 0xC2 || s[0] == '*' || s[0] == '-' || s[0] == '+')) return 0;
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
        size_t k = strlen(bullets[i]);
        if (n > k && !memcmp(s, bullets[i], k) && (s[k] == ' ' || s[k] == '\t')) return k + 1;
    }
    return 0;
}

static size_t skip_spaces(const unsigned char *s, size_t i, size_t end) {
    while (i < end) {
        size_t k = space_len(s + i, end - i);
        if (!k) break;
        i += k;
    }
    return i;
}

static size_t trim_end(const unsigned char *s, size_t start, size_t end) {
    while (end > start) {
        size_t k = 0;
        for (size_t back = 1; back <= 3 && back <= end - start && !k; back++)
            if (space_len(s + end - back, back) == back) k = back;
        if (!k) break;
        end -= k;
    }
    return end;
}

static int title_case(const ne_block_stats *st) {
    return st->long_words >= 2 && st->long_capitalized * 10 >= st->long_words * 7;
}

/* A line in Title Case of six words or more: a subheading ("How to Choose
** the Right Boots") or a headline of some other article. Stretches pay for
** it as a short line. In the body it stays as a subheading unless it is a
** teaser headline (see teaser_headline). */
enum { SUBHEADING_MAX_WORDS = 9 };

static int headline_like(const line_info *l) {
    return l->st.words >= 6 && !l->st.ends_sentence && title_case(&l->st);
}

/* A line of the body [from, to) that is the headline of another article
** (an inline "read this too" link), dropped from the body: headline_like
** and either opening with a label and a colon ("Related: ..."), or longer
** than SUBHEADING_MAX_WORDS and set alone against the prose (a paragraph
** right above or below it). The rows of a list of long names (courses,
** products: bulleted, or next to other rows) and the cells of a table are
** the article's and stay. */
static int teaser_headline(ne_scratch *sc, const char *text, const line_info *lines, size_t from, size_t to,
                           size_t i) {
    const line_info *l = &lines[i];
    if (l->kind != LINE_NEUTRAL || !headline_like(l)) return 0;
    if (label_before_colon(sc, text + l->start, l->len)) return 1;
    int against_prose = (i > from && lines[i - 1].kind == LINE_GOOD) || (i + 1 < to && lines[i + 1].kind == LINE_GOOD);
    return l->st.words > SUBHEADING_MAX_WORDS && !l->bullet && against_prose;
}

/* A sentence ending in a colon ("Install it with the following command:")
** announces what comes next, so the article goes on below it: teasers and
** menus never end so. The growth counts it as prose. */
enum { ANNOUNCING_MIN_WORDS = 6 };

/* A line that is a date and little else: "Tuesday March 4, 2025",
** "March 4, 2025 at 9:45 am". It opens with the date or its weekday (at
** most two words before the first number), is no field ("Date: ...") and
** no signature ("-- A Writer (@writer) March 4, 2025"), has at most
** DATE_ONLY_WORDS words, of which at most DATE_ONLY_NAMES start with a
** letter, and holds a date the page-date parser reads. */
enum { DATE_ONLY_WORDS = 8, DATE_ONLY_NAMES = 4 };

/* Whether s holds four digits in a row: every date the page-date parser
** reads has a four-digit year, and most short lines have no digit at all,
** so this tight loop turns them away. */
static int has_year(const char *s, size_t n) {
    size_t digits = 0;
    for (size_t i = 0; i < n; i++) {
        digits = (unsigned char)(s[i] - '0') < 10 ? digits + 1 : 0;
        if (digits == 4) return 1;
    }
    return 0;
}

static int date_only(const char *s, size_t n, const ne_block_stats *st) {
    /* the day and the year are short words (not starting with a letter,
    ** or of under four letters): a quick test before reading the line */
    if (st->words > DATE_ONLY_WORDS || st->words < st->long_words + 2 || st->ends_sentence || !has_year(s, n))
        return 0;
    size_t names = 0, numbers = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i], before = i ? (unsigned char)s[i - 1] : ' ';
        int letter = ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80, digit = c >= '0' && c <= '9';
        if (i == 0 && !letter && !digit) return 0;
        if (c == ':' && !(before >= '0' && before <= '9')) return 0;
        if (!(before == ' ' || before == ',' || i == 0)) continue;
        if (digit) numbers++;
        else if (letter && ++names > 2 && !numbers) return 0;
    }
    char iso[32];
    return numbers >= 2 && names <= DATE_ONLY_NAMES && ne_meta_iso_date(s, n, iso);
}

/* A line that is one text twice over, "Garden VisitGarden Visit": a card's
** link and its picture's caption run together, or a teaser's excerpt
** printed twice, in boxes of other pages. Such lines, of DOUBLED_MIN_WORDS
** words up to a paragraph's DOUBLED_MAX_WORDS (a whole page repeating one
** sentence is no card), are furniture. */
enum { DOUBLED_MIN_WORDS = 3, DOUBLED_MAX_WORDS = 250 };

static int doubled(const char *s, size_t n) {
    size_t half = n / 2;
    return n >= 2 && (!memcmp(s, s + n - half, half) && (n % 2 == 0 || s[half] == ' '));
}

/* A bulleted list item that reads as the article's own text: a sentence
** ("Complete the course in as few as four months.") or a row with a key
** in front ("Network: 10 Gbps uplink with 30TB traffic included") of
** TEXT_ROW_MIN_WORDS words or more, with a stop word and not in Title
** Case. The lists of a review, a guide or a ranking (features, pros and
** cons, steps) are so written; menus, tag rows and lists of other pages'
** headlines are not (their items are names, or headlines, which do not
** end in a full stop). A key is one to TEXT_ROW_KEY_WORDS words before a
** colon within the first TEXT_ROW_KEY_BYTES bytes. */
enum { TEXT_ROW_MIN_WORDS = 6, TEXT_ROW_KEY_WORDS = 3, TEXT_ROW_KEY_BYTES = 30 };

static int text_row(const char *s, size_t n, const line_info *l) {
    const ne_block_stats *st = &l->st;
    if (!l->bullet || l->kind != LINE_NEUTRAL || st->words < TEXT_ROW_MIN_WORDS || !st->stop_words || title_case(st))
        return 0;
    if (s[n - 1] == '.') return 1;
    const char *colon = memchr(s, ':', n < TEXT_ROW_KEY_BYTES ? n : TEXT_ROW_KEY_BYTES);
    if (!colon || colon == s) return 0;
    size_t spaces = 0;
    for (const char *c = s; c < colon; c++) spaces += *c == ' ';
    return spaces < TEXT_ROW_KEY_WORDS;
}

/* GOOD, NEUTRAL or BAD from the flags classify_lines set; english: the
** page's prose has stop words, so the stop-word test applies. */
static int kind_of(const line_info *l, int english) {
    const ne_block_stats *st = &l->st;
    if (l->furniture || l->repeated || l->twice_over || l->dateline || l->bare_date || l->byline || l->credit ||
        st->words == 0)
        return LINE_BAD;
    int prose = st->words >= 8 && (!english || st->stop_words * 5 >= st->words) &&
                (st->ends_sentence || st->words >= 25) && (!l->bullet || st->words >= 15);
    return prose ? LINE_GOOD : LINE_NEUTRAL;
}

/* A short line printed again and again, each time between the text of
** one item and the text of the next, is the recurring subheading of the
** items of an article ("Who it is for", "What We Like" under each product
** of a review), or an entry of a table of contents that repeats a
** subheading below; not furniture printed twice: menus, tag rows and the
** headline repeat at the top and the foot of the page among other short
** lines. So a repeated line of a subheading's length (up to
** SUBHEADING_MAX_WORDS words) loses its mark when every copy has prose or
** a list row right above it and right below it, with at least
** RECURRING_MIN_PROSE prose lines since the copy before (a teaser card
** prints its title twice around one caption). Prose lines keep the mark
** (a teaser's excerpt printed twice). */
enum { RECURRING_MIN_PROSE = 2 };

static void free_recurring_subheadings(const char *text, line_info *lines, size_t n_lines, int english) {
    size_t prose_lines = 0;
    for (size_t i = 0; i < n_lines; i++) {
        line_info *l = &lines[i];
        prose_lines += l->kind == LINE_GOOD;
        if (!l->repeated) continue;
        line_info *first = &lines[l->first_copy];
        int between_text = l->st.words <= SUBHEADING_MAX_WORDS && i > 0 &&
                           (lines[i - 1].kind == LINE_GOOD || lines[i - 1].bullet) && i + 1 < n_lines &&
                           (lines[i + 1].kind == LINE_GOOD || lines[i + 1].bullet);
        if (l->first_copy == i) first->recurring = (unsigned)between_text;
        else first->recurring &= (unsigned)(between_text && prose_lines >= first->prose_before_copy + RECURRING_MIN_PROSE);
        first->prose_before_copy = prose_lines;
    }
    for (size_t i = 0; i < n_lines; i++) {
        line_info *l = &lines[i];
        if (!l->repeated || !lines[l->first_copy].recurring) continue;
        l->repeated = 0;
        int kind = kind_of(l, english);
        if (kind == LINE_GOOD) l->repeated = 1; /* prose printed twice stays marked */
        else {
            l->kind = kind;
            l->text_row = text_row(text + l->start, l->len, l);
        }
    }
}

/* The description of a picture that a dumper writes where the picture was
** (its alt text): "a family of bears asleep on the river bank", "slicing
** up the loaf". A paragraph of its own (empty lines around it, no bullet)
** of IMAGE_TEXT_MIN_WORDS to IMAGE_TEXT_MAX_WORDS words, not in Title
** Case, that opens with a small letter and a word of letters only and
** ends in no punctuation. Subheadings and sentences start with a capital;
** list rows open with a number or a letter and a bracket; addresses, paths and
** commands hold a slash, an equals sign or an underscore. It counts as
** a placeholder ("[image]"): cheap inside the article, left out of it. */
enum { IMAGE_TEXT_MIN_WORDS = 3, IMAGE_TEXT_MAX_WORDS = 15 };

static int image_description(const char *s, size_t n, const line_info *l, int blank_after) {
    const ne_block_stats *st = &l->st;
    if (!l->after_blank || !blank_after || l->bullet || st->words < IMAGE_TEXT_MIN_WORDS ||
        st->words > IMAGE_TEXT_MAX_WORDS || st->ends_sentence || title_case(st))
        return 0;
    unsigned char last = (unsigned char)s[n - 1];
    if (last == ':' || last == ';' || last == ',' || last == ')') return 0;
    if (memchr(s, '/', n) || memchr(s, '=', n) || memchr(s, '_', n)) return 0;
    for (size_t k = 0; k < n && s[k] != ' '; k++)
        if ((unsigned char)s[k] < 0x80 && !((s[k] | 32) >= 'a' && (s[k] | 32) <= 'z') && s[k] != '\'' && s[k] != '-')
            return 0;
    size_t i = 0;
    int32_t first = next_code_point((const unsigned char *)s, n, &i);
    return first < 0x80 ? first >= 'a' && first <= 'z' : utf8proc_category(first) == UTF8PROC_CATEGORY_LL;
}

static void classify_lines(ne_scratch *sc, const char *text, line_info *lines, size_t n_lines, ne_page_meta *meta) {
    /* English prose has a stop word in every 3-4 words; a page in another
    ** language has almost none, and then the test says nothing. */
    size_t words = 0, stops = 0;
    for (size_t i = 0; i < n_lines; i++)
        if (lines[i].st.words >= 10) { words += lines[i].st.words; stops += lines[i].st.stop_words; }
    int english = stops * 10 >= words;
    for (size_t i = 0; i < n_lines; i++) {
        line_info *l = &lines[i];
        const char *s = text + l->start;
        const ne_block_stats *st = &l->st;
        char iso[32];
        const char *name;
        size_t name_len;
        int slot = ne_meta_dateline(sc, s, l->len, iso);
        if (slot) {
            l->dateline = 1;
            if (meta) ne_meta_set(meta, slot, iso, strlen(iso));
        }
        l->bare_date = date_only(s, l->len, st);
        if (ne_is_byline(s, l->len, st, &name, &name_len)) {
            l->byline = 1;
            if (meta) ne_meta_add_author(meta, 1, name, name_len);
        }
        l->furniture = ne_is_boilerplate(sc, s, l->len, st);
        l->other_pages = l->furniture == 1 && other_pages_label(sc, s, l->len, st);
        l->comment_action = comment_action(sc, s, l->len, st);
        l->announces = st->words >= ANNOUNCING_MIN_WORDS && st->stop_words >= 1 && s[l->len - 1] == ':' && !l->bullet;
        l->credit = st->words <= 40 && ne_is_credit(sc, s, l->len, st);
        /* "[image-name]", "[ 167 comments ]": what text browsers write for
        ** images, buttons and form fields; and a picture's description */
        l->widget = (l->len >= 2 && s[0] == '[' && s[l->len - 1] == ']') ||
                    image_description(s, l->len, l, i + 1 == n_lines || lines[i + 1].after_blank);
        l->twice_over = st->words >= DOUBLED_MIN_WORDS && st->words <= DOUBLED_MAX_WORDS && doubled(s, l->len);
        l->kind = kind_of(l, english);
        l->text_row = text_row(s, l->len, l);
    }
    free_recurring_subheadings(text, lines, n_lines, english);
    /* a donation box: lines between two furniture lines close together,
    ** one of them an appeal */
    size_t last_furniture = SIZE_MAX;
    for (size_t i = 0; i < n_lines; i++) {
        if (!lines[i].furniture) continue;
        if (last_furniture != SIZE_MAX && i - last_furniture <= 4 &&
            (lines[i].furniture == 2 || lines[last_furniture].furniture == 2))
            for (size_t k = last_furniture + 1; k < i; k++) lines[k].kind = LINE_BAD;
        last_furniture = i;
    }
}

/* A comment thread: every reader's comment ends with its buttons
** ("Reply"), and long comments are prose as good as the article's. From
** the first comment with buttons on (the prose right before the first
** button line), prose counts as list text, so the article is found above
** the thread. A page needs THREAD_MIN_ACTIONS button lines and
** THREAD_MIN_ARTICLE_WORDS words of prose above the thread: a lone "Reply"
** or a page that is all comments is left alone. */
enum { THREAD_MIN_ACTIONS = 2, THREAD_MIN_ARTICLE_WORDS = 50 };

static void demote_comment_thread(line_info *lines, size_t n_lines) {
    size_t first = SIZE_MAX, actions = 0;
    for (size_t i = 0; i < n_lines; i++)
        if (lines[i].comment_action && actions++ == 0) first = i;
    if (actions < THREAD_MIN_ACTIONS) return;
    size_t start = first;
    while (start > 0 && lines[start - 1].kind != LINE_GOOD) start--;
    while (start > 0 && lines[start - 1].kind == LINE_GOOD) start--;
    size_t above = 0;
    for (size_t i = 0; i < start; i++) above += lines[i].kind == LINE_GOOD ? lines[i].st.words : 0;
    if (above < THREAD_MIN_ARTICLE_WORDS) return;
    for (size_t i = start; i < n_lines; i++)
        if (lines[i].kind == LINE_GOOD) lines[i].kind = LINE_NEUTRAL;
}

/* The stretch of lines with the highest total score: GOOD lines earn their
** words, the rest cost. [*from, *to) is empty when no line is GOOD.
** Lenient prices are flat: LENIENT_LINE_COST a line that is not prose,
** LENIENT_BAD_COST a BAD line (furniture, repeated, a date, a credit) that
** is no placeholder, and a comment section label ends the stretch. */
static void best_stretch(const line_info *lines, size_t n_lines, int lenient, size_t *from, size_t *to) {
    long best = 0, run = 0;
    size_t run_from = 0;
    *from = *to = 0;
    for (size_t i = 0; i < n_lines; i++) {
        const line_info *l = &lines[i];
        /* rules, image and button placeholders are layout: they sit
        ** inside articles as often as around them */
        int layout = (l->st.words == 0 || l->widget) && !l->furniture;
        long score;
        if (l->kind == LINE_GOOD) score = (long)l->st.words;
        else if (lenient) score = l->kind == LINE_BAD && !layout ? -LENIENT_BAD_COST : -LENIENT_LINE_COST;
        else if (layout) score = -LAYOUT_COST;
        else if (l->kind == LINE_NEUTRAL)
            score = -(long)(l->st.words >= LIST_ITEM_WORDS && !headline_like(l) ? LIST_ITEM_COST : SHORT_LINE_COST);
        else score = -(long)(10 + l->st.words);
        if (lenient && l->furniture == 3) { run = 0; continue; }
        if (run <= 0) { run = 0; run_from = i; }
        run += score;
        if (run > best) { best = run; *from = run_from; *to = i + 1; }
    }
}

static size_t prose_words(const line_info *lines, size_t from, size_t to) {
    size_t words = 0;
    for (size_t i = from; i < to; i++) words += lines[i].kind == LINE_GOOD ? lines[i].st.words : 0;
    return words;
}

/* The stretch the body grows from. The strict prices keep menus and share
** bars out, but they also break up an article whose paragraphs each stand
** alone between labels, pictures and list rows (a list of products, of
** plants, of places), and then the best stretch is some other block of
** prose: a cookie notice, a teaser, one item. The sign is that the stretch
** holds under LENIENT_SHARE percent of the page's prose; then the stretch
** at lenient prices is taken when it holds at least twice the prose. */
static void choose_stretch(const line_info *lines, size_t n_lines, size_t *from, size_t *to) {
    best_stretch(lines, n_lines, 0, from, to);
    size_t strict_prose = prose_words(lines, *from, *to);
    if (strict_prose * 100 >= prose_words(lines, 0, n_lines) * LENIENT_SHARE) return;
    size_t lenient_from, lenient_to;
    best_stretch(lines, n_lines, 1, &lenient_from, &lenient_to);
    if (prose_words(lines, lenient_from, lenient_to) >= 2 * strict_prose) {
        *from = lenient_from;
        *to = lenient_to;
    }
}

/* Growing the stretch over gaps. The stretch's own costs are steep, so
** that menus stay out; but an article is often broken by a slideshow, a
** block of captions, an ad slot or a run of list items, and the prose after
** such a gap is still the article. So from each end of the stretch, lines
** are added while the account stays within a deficit, at a flat price per
** line that is not prose; the stretch ends at the furthest point where the
** account is ahead by GAP_MIN_GAIN words. It never crosses a comment
** section, a dateline or byline (teasers of other articles carry them), or
** more than GAP_MAX_LINES lines without prose. But a plain gap, one with no
** furniture in it (no label, appeal, credit or date, no form field; a line
** printed twice is allowed: table cells repeat; see spoils_plain_gap), is
** free when prose follows it, however long: a table, a price list, a
** directory set between two parts of the article is the article's. Unless
** over PLAIN_GAP_MAX_MENU_SHARE percent of its lines are menu entries
** (under four words, every word capitalized: "Garden Ideas", "Home"): a
** menu leads to the page's other texts, a cookie notice, a site blurb.
** A lone prose line of under TEASER_WORDS words among non-prose lines
** counts as non-prose: it is how teaser lists and related-article boxes
** look. A sentence ending in a
** colon counts as prose, however short: it announces the code, table or
** list that follows, and the article after them. Forward, a list item that
** reads as text (text_row: features, pros and cons, steps) counts as
** prose too: a review or a ranking goes on through such lists between
** short paragraphs. Not backward: above the body they are the summary of
** the page's contents. */
enum {
    GAP_LINE_COST = 3,     /* short, furniture or lone lines */
    GAP_LIST_ITEM_COST = 1,/* list items and layout */
    GAP_MAX_DEFICIT = 80,
    GAP_MAX_LINES = 40,
    GAP_MIN_GAIN = 30,
    TEASER_WORDS = 50,
    PLAIN_GAP_MAX_MENU_SHARE = 50,
};

/* The last of two prose paragraphs in a row in [from, to), or SIZE_MAX.
** A box of other pages set inside the article has such a pair after it
** (the article goes on); teasers come one paragraph at a time between
** their titles, links and pictures, or as the rows of one list ("1. A
** worker at the plant.Three stocks to buy now", no empty line between).
** So on a page whose paragraphs are set apart by empty lines
** (blank_lines), the second line of a pair must follow one. */
static size_t last_prose_pair(const line_info *lines, size_t from, size_t to, int blank_lines) {
    for (size_t k = to; k > from + 1; k--)
        if (lines[k - 1].kind == LINE_GOOD && lines[k - 2].kind == LINE_GOOD && (lines[k - 1].after_blank || !blank_lines))
            return k - 1;
    return SIZE_MAX;
}

static int lone_prose(const line_info *lines, size_t n_lines, size_t i) {
    return lines[i].kind == LINE_GOOD && lines[i].st.words < TEASER_WORDS &&
           (i == 0 || lines[i - 1].kind != LINE_GOOD) && (i + 1 == n_lines || lines[i + 1].kind != LINE_GOOD);
}

/* Whether line i keeps a gap from being plain: furniture, a box label, a
** form field ("[ ]": an image's placeholder, "[harbour-view]", is the
** article's), or a BAD line that is not merely printed twice. A label word
** among the rows of a bulleted list ("Watch" in a packing list, rows
** above and below it) is a row like the others. */
static int spoils_plain_gap(const line_info *lines, size_t n_lines, size_t i) {
    const line_info *l = &lines[i];
    int row_among_rows = l->furniture == 1 && l->bullet && !l->after_blank && i > 0 && !lines[i - 1].furniture &&
                         i + 1 < n_lines && lines[i + 1].bullet && !lines[i + 1].after_blank &&
                         !lines[i + 1].furniture;
    if (row_among_rows) return 0;
    return l->furniture || (l->widget && l->st.words == 0) || l->other_pages || (l->kind == LINE_BAD && !l->repeated);
}

static void extend_stretch(const line_info *lines, size_t n_lines, size_t *from, size_t *to) {
    for (int backwards = 0; backwards < 2; backwards++) {
        long account = 0, best = GAP_MIN_GAIN - 1;
        long gap = 0;      /* what the lines since the last prose cost */
        int gap_plain = 1; /* no furniture in them (see the comment above) */
        int gap_free = 1;  /* plain, and mostly no menu entries */
        size_t gap_lines = 0, gap_menu_lines = 0; /* menu entries: under four words, all capitalized */
        size_t edge = backwards ? *from : *to, without_prose = 0;
        for (size_t k = 0; backwards ? k < *from : *to + k < n_lines; k++) {
            size_t i = backwards ? *from - 1 - k : *to + k;
            const line_info *l = &lines[i];
            if (l->furniture == 3 || l->dateline || l->bare_date || l->byline || (!backwards && l->other_pages)) break;
            int prose = (l->kind == LINE_GOOD && !lone_prose(lines, n_lines, i)) || (l->announces && l->kind != LINE_BAD) ||
                        (!backwards && l->text_row);
            int cheap = (l->st.words == 0 || l->widget ||
                         (l->kind == LINE_NEUTRAL && l->st.words >= LIST_ITEM_WORDS && !headline_like(l))) &&
                        !l->furniture;
            /* rows of one block (no empty line between): a table or list
            ** counts as one gap, however long */
            size_t later = backwards ? i + 1 : i;
            int same_block = !prose && later < n_lines && later > 0 && !lines[later].after_blank &&
                             k > 0 && lines[backwards ? i + 1 : i - 1].kind != LINE_GOOD;
            if (prose) {
                account += (long)l->st.words + (gap_free ? gap : 0);
                gap_lines = gap_menu_lines = 0;
                gap = 0;
                gap_plain = 1;
            } else {
                long cost = cheap ? GAP_LIST_ITEM_COST : GAP_LINE_COST;
                account -= cost;
                gap += cost;
                gap_lines++;
                gap_menu_lines += l->st.words < LIST_ITEM_WORDS && l->st.capitalized == l->st.words;
                if (spoils_plain_gap(lines, n_lines, i)) gap_plain = 0;
            }
            without_prose = prose ? 0 : without_prose + !same_block;
            gap_free = gap_plain && gap_menu_lines * 100 <= gap_lines * PLAIN_GAP_MAX_MENU_SHARE;
            if (!gap_free && (without_prose > GAP_MAX_LINES || account < -GAP_MAX_DEFICIT)) break;
            if (account > best) { best = account; edge = backwards ? i : i + 1; }
        }
        if (backwards) *from = edge;
        else *to = edge;
    }
}

/* Each item of a list of other articles carries its own date line, and the
** article has one, above its body: a date-only line after prose in the
** stretch starts another item. Teasers come one paragraph at a time; the
** article's prose runs on, paragraph after paragraph. So the stretch is
** cut into items at such lines, and when one item holds ITEM_DOMINANCE
** times the running prose (prose lines next to prose lines) of any other,
** it alone is kept, to its last prose line. A listing of equal items
** (events, each with its date) stays whole. */
enum { ITEM_DOMINANCE = 3 };

static void keep_dominant_item(const line_info *lines, size_t *from, size_t *to) {
    size_t best_from = *from, best_to = *to, best = 0, second = 0, item_from = *from, running = 0, last_prose = *from;
    int any_prose = 0, cut = 0;
    for (size_t i = *from; i <= *to; i++) {
        if (i == *to || (lines[i].bare_date && any_prose)) {
            if (running > best) {
                second = best;
                best = running;
                best_from = item_from;
                best_to = last_prose + 1;
            } else if (running > second) {
                second = running;
            }
            cut |= i < *to;
            item_from = i + 1;
            running = 0;
            continue;
        }
        if (lines[i].kind != LINE_GOOD) continue;
        any_prose = 1;
        last_prose = i;
        if ((i > item_from && lines[i - 1].kind == LINE_GOOD) || (i + 1 < *to && lines[i + 1].kind == LINE_GOOD))
            running += lines[i].st.words;
    }
    if (cut && best && best >= ITEM_DOMINANCE * second) { *from = best_from; *to = best_to; }
}

/* A last paragraph ending in a colon announces what follows ("The tour
** dates:"; the last line the body keeps): the rows right under it, with no empty line between them, are
** a list of the article (dates and venues look like headlines, a row may
** repeat), up to the first empty line. Returns the new end of the body. */
enum { ANNOUNCED_MAX_ROWS = 100 };

static size_t take_announced_list(const char *text, line_info *lines, size_t n_lines, size_t from, size_t to) {
    size_t last = to;
    while (last > from && (lines[last - 1].kind == LINE_BAD || lines[last - 1].widget)) last--;
    if (last == from) return to;
    /* the announcing line may also be the one right after the body (a
    ** line that short is not prose) */
    if (last == to && to < n_lines && lines[to].kind != LINE_BAD && !lines[to].widget &&
        text[lines[to].start + lines[to].len - 1] == ':')
        last = to + 1;
    const line_info *colon = &lines[last - 1];
    if (text[colon->start + colon->len - 1] != ':') return to;
    size_t end = last;
    while (end < n_lines && end - last < ANNOUNCED_MAX_ROWS && !lines[end].after_blank && !lines[end].furniture &&
           lines[end].st.words > 0) {
        lines[end].announced = 1;
        end++;
    }
    return end > to ? end : to;
}

/* A line that may be the headline: 2 when title-like (Title Case, or
** printed twice), 1 when merely short and unpunctuated, 0 when not. */
static int headline_candidate(const line_info *l) {
    if (l->furniture || l->dateline || l->bare_date || l->byline || l->credit || l->bullet) return 0;
    if (l->st.words < 4 || l->st.words > 30 || l->st.ends_sentence) return 0;
    return l->repeated || title_case(&l->st) ? 2 : 1;
}

/* The headline: the title-like line (or the line printed twice) nearest
** before the body; failing that, one early in the body when only teasers
** precede it. Returns its index or SIZE_MAX. */
static size_t find_headline(const line_info *lines, size_t n_lines, size_t from, size_t to) {
    size_t lowest = from > 60 ? from - 60 : 0, plain = SIZE_MAX;
    for (size_t i = from; i-- > lowest;) {
        int kind = headline_candidate(&lines[i]);
        if (kind == 2) return i;
        if (kind == 1 && plain == SIZE_MAX) plain = i;
    }
    if (plain != SIZE_MAX) return plain;
    size_t body_words = 0, seen = 0;
    for (size_t i = from; i < to; i++) body_words += lines[i].kind == LINE_GOOD ? lines[i].st.words : 0;
    for (size_t i = from; i < to; i++) {
        if (headline_candidate(&lines[i]) == 2) return i;
        if (lines[i].kind == LINE_GOOD) seen += lines[i].st.words;
        if (seen * 4 > body_words) break;
    }
    return SIZE_MAX;
}

/* Text some dumpers wrap at a fixed width (lynx and w3m at 79 columns):
** no line is longer than WRAP_MAX_WIDTH bytes, and one paragraph reads as
** many short lines that are not prose. A line continues the one before it
** when there is no empty line between, it has no bullet, and its first
** word would not have fitted on the line before (the width being the
** page's longest line). A page with WRAP_MIN_LINES such breaks is wrapped,
** and its continued lines are joined. Returns the new number of lines. */
enum { WRAP_MAX_WIDTH = 100, WRAP_MIN_LINES = 10 };

/* Whether line i continues line i - 1 cut at width; previous_len is the
** length of the last text line of line i - 1. */
static int continues_wrapped(const char *text, const line_info *l, size_t previous_len, size_t width) {
    if (l->after_blank || l->bullet) return 0;
    size_t first_word = 0;
    while (first_word < l->len && text[l->start + first_word] != ' ') first_word++;
    return previous_len + 1 + first_word > width;
}

static size_t join_wrapped_lines(const char *text, line_info *lines, size_t n_lines) {
    size_t width = 0, breaks = 0;
    for (size_t i = 0; i < n_lines; i++)
        if (lines[i].len > width) width = lines[i].len;
    if (width > WRAP_MAX_WIDTH) return n_lines;
    for (size_t i = 1; i < n_lines; i++) breaks += continues_wrapped(text, &lines[i], lines[i - 1].len, width);
    if (breaks < WRAP_MIN_LINES) return n_lines;
    size_t kept = 0, last_len = 0;
    int joined = 0; /* the last kept line has grown: its statistics are stale */
    for (size_t i = 0; i < n_lines; i++) {
        line_info *l = &lines[i];
        if (kept && continues_wrapped(text, l, last_len, width)) {
            lines[kept - 1].len = l->start + l->len - lines[kept - 1].start;
            joined = 1;
        } else {
            if (joined) ne_block_stats_of(text + lines[kept - 1].start, lines[kept - 1].len, &lines[kept - 1].st);
            joined = 0;
            lines[kept++] = *l;
        }
        last_len = l->len;
    }
    if (joined) ne_block_stats_of(text + lines[kept - 1].start, lines[kept - 1].len, &lines[kept - 1].st);
    return kept;
}

/* A hash of a line, eight bytes a step (a multiply-xorshift mix). */
static uint64_t line_hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    memcpy(&tail, s + i, n - i);
    h = (h ^ tail) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

/* Marks lines of 3+ words that occur more than once, with an open-addressing
** table of line indices (no copies of the text). Returns 0 on OOM. */
static int mark_repeated(const char *text, line_info *lines, size_t n_lines) {
    size_t cap = 16;
    while (cap < n_lines * 2) cap *= 2;
    size_t *slots = ne_malloc(cap * sizeof *slots);
    uint64_t *hashes = ne_malloc((n_lines ? n_lines : 1) * sizeof *hashes);
    if (!slots || !hashes) { ne_free(slots); ne_free(hashes); return 0; }
    for (size_t i = 0; i < cap; i++) slots[i] = SIZE_MAX;
    for (size_t i = 0; i < n_lines; i++) {
        line_info *l = &lines[i];
        l->first_copy = i;
        if (l->st.words < 3) continue; /* short lines repeat by nature (menus, "Share") */
        hashes[i] = line_hash(text + l->start, l->len);
        size_t k = (size_t)hashes[i] & (cap - 1);
        while (slots[k] != SIZE_MAX) {
            line_info *o = &lines[slots[k]];
            if (hashes[slots[k]] == hashes[i] && o->len == l->len && !memcmp(text + o->start, text + l->start, l->len)) {
                o->repeated = l->repeated = 1;
                l->first_copy = o->first_copy;
                break;
            }
            k = (k + 1) & (cap - 1);
        }
        if (slots[k] == SIZE_MAX) slots[k] = i;
    }
    ne_free(slots);
    ne_free(hashes);
    return 1;
}

/* A short closing sentence: no list item, furniture or placeholder, ends
** in a full stop and has a stop word (or ends in the ideographic full stop:
** Chinese and Japanese have no stop words in our list). Questions and
** exclamations after an article are the page's ("Was this useful?"). */
enum { CLOSING_MAX_LINES = 2, LEDE_WORDS = 8 };

static int closing_sentence(const char *text, const line_info *l) {
    const char *end = text + l->start + l->len;
    int full_stop = end[-1] == '.' && l->st.stop_words > 0;
    int ideographic_stop = l->len >= 3 && !memcmp(end - 3, "\xE3\x80\x82", 3);
    return l->kind == LINE_NEUTRAL && l->st.words >= 3 && !l->bullet && !l->widget && (full_stop || ideographic_stop);
}

/* A sentence right before the body's first paragraph that the prose test
** turned down, as a lede crowded with names is: "PORT ELLEN, Islay
** (Reuters) -- Harbour Board Chairman Angus MacLeod named ...". It opens
** the body. */
static int lede_sentence(const line_info *lines, size_t to, size_t i) {
    const line_info *l = &lines[i];
    return l->kind == LINE_NEUTRAL && l->st.ends_sentence && l->st.words >= LEDE_WORDS && !l->bullet && !l->widget &&
           !headline_like(l) && i + 1 < to && lines[i + 1].kind == LINE_GOOD;
}

int ne_text_article(const char *text, size_t len, ne_buf *out, ne_page_meta *meta) {
    const unsigned char *u = (const unsigned char *)text;
    size_t cap = 64, n_lines = 0;
    int blank = 0, blank_lines = 0; /* an empty line before this line; anywhere on the page */
    line_info *lines = ne_malloc(cap * sizeof *lines);
    ne_scratch sc;
    int rc = ne_scratch_init(&sc);
    if (!lines || rc != NEWSEXT_OK) { ne_free(lines); ne_scratch_free(&sc); return NEWSEXT_NOMEM; }
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len;
        size_t s = skip_spaces(u, i, e);
        size_t b = bullet_len(u + s, e - s);
        size_t start = skip_spaces(u, s + b, e);
        size_t end = trim_end(u, start, e);
        i = e + 1;
        if (end == start) { blank = 1; continue; }
        if (n_lines == cap) {
            line_info *grown = ne_realloc(lines, 2 * cap * sizeof *lines);
            if (!grown) { rc = NEWSEXT_NOMEM; break; }
            lines = grown;
            cap *= 2;
        }
        line_info *l = &lines[n_lines++];
        memset(l, 0, sizeof *l);
        l->start = start;
        l->len = end - start;
        l->bullet = b > 0;
        l->after_blank = (unsigned)blank;
        blank_lines |= blank;
        blank = 0;
        ne_block_stats_of(text + start, l->len, &l->st);
    }
    if (rc == NEWSEXT_OK) n_lines = join_wrapped_lines(text, lines, n_lines);
    if (rc == NEWSEXT_OK && !mark_repeated(text, lines, n_lines)) rc = NEWSEXT_NOMEM;
    if (rc == NEWSEXT_OK) {
        classify_lines(&sc, text, lines, n_lines, meta);
        demote_comment_thread(lines, n_lines);
        size_t from, to;
        choose_stretch(lines, n_lines, &from, &to);
        if (from < to) extend_stretch(lines, n_lines, &from, &to);
        /* a comment section or a box of other pages ends the article */
        size_t last_pair = last_prose_pair(lines, from, to, blank_lines);
        for (size_t i = from + 1; i < to; i++)
            if (lines[i].furniture == 3 || (lines[i].other_pages && (last_pair == SIZE_MAX || last_pair < i))) {
                to = i;
                break;
            }
        keep_dominant_item(lines, &from, &to);
        to = take_announced_list(text, lines, n_lines, from, to);
        /* short closing sentences ("He was 84.") are not prose by length
        ** but end the article all the same */
        for (size_t taken = 0; taken < CLOSING_MAX_LINES && to > from && to < n_lines && closing_sentence(text, &lines[to]);
             taken++)
            to++;
        size_t headline = find_headline(lines, n_lines, from, to);
        if (headline != SIZE_MAX) {
            if (meta) ne_meta_set(meta, NE_M_TEXT_TITLE, text + lines[headline].start, lines[headline].len);
            if (headline >= from && headline < to) from = headline + 1;
        }
        while (from < to && lines[from].kind != LINE_GOOD && !lede_sentence(lines, to, from)) from++;
        if (from < to && from > 0 && from - 1 != headline && lede_sentence(lines, to, from - 1)) from--;
        if (from == to) {
            /* no prose at all (a single short line, a list): keep what is
            ** not furniture, minus the headline */
            from = 0;
            to = n_lines;
        }
        int any = 0, prev_row = 0; /* list rows (bulleted or announced) go one a line */
        for (size_t i = from; i < to; i++) {
            line_info *l = &lines[i];
            if (!l->announced && (l->kind == LINE_BAD || l->widget || i == headline)) continue;
            if (!l->announced && teaser_headline(&sc, text, lines, from, to, i)) continue;
            int row = l->bullet || l->announced;
            if (any) ne_buf_append(out, row && prev_row ? "\n" : "\n\n", row && prev_row ? 1 : 2);
            ne_collapse_space(out, text + l->start, l->len);
            any = 1;
            prev_row = row;
        }
    }
    ne_free(lines);
    ne_scratch_free(&sc);
    if (rc == NEWSEXT_OK && out->oom) rc = NEWSEXT_NOMEM;
    return rc;
}
