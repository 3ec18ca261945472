/*
** meta.c — article_clean and article_meta: the entry points, and what a
** page says about itself.
**
**   SELECT article_clean(raw) FROM pages;          -- the article body
**   SELECT article_meta(raw) FROM pages;
**     -- {"title":"...","published":"2022-03-11","modified":null,
**     --  "authors":["Jane Doe"],"site":"...","url":"...","lang":"en",
**     --  "description":"..."}
**   SELECT article_title(raw), published_date(raw) FROM pages;
**
** JSON-LD is read by a tolerant, linear walk that also keeps the longest
** articleBody of an article (its line breaks kept) for htmlclean.c.
** The input is sniffed (newsext_sniff_format): HTML goes to htmlclean.c,
** anything else to textclean.c. Both fill an ne_page_meta with what they
** meet on the way; this file picks, for each field, the most trustworthy
** source:
**   title      og:title, JSON-LD headline, itemprop=headline, the first
**              <h1>, <title>; in text the headline line. A " | Site" or
**              " - Site" suffix is removed.
**   published  JSON-LD datePublished, article:published_time (and the other
**              meta names pages use), itemprop=datePublished, the first
**              <time datetime>, a "Published ..." line, the text of an
**              element classed as a date (data/article_date_classes.txt:
**              <div class="entry-date">12.09.2024</div>), the URL's date path.
**   modified   JSON-LD dateModified, article:modified_time, "Updated ...".
**   authors    JSON-LD author names, else meta author / itemprop / byline.
**   site       og:site_name or the JSON-LD publisher, else the short tail of
**              <title> (or og:title) after its last " | ", " - ", " — ".
**   url        <link rel=canonical>, og:url, the JSON-LD url.
**   lang       <html lang>, og:locale, JSON-LD inLanguage, written as a
**              BCP 47 tag: "en_US" and "en-us" become "en-US".
**   description og:description or the meta description.
** Dates keep the precision the page gives: a date, or an ISO 8601 date-time
** with its offset. Written dates are read in the forms pages print them:
** 2022-03-11, 11.03.2022 (day first, as every country writing dots does),
** "11 March 2022", "March 11, 2022", "11 de marzo de 2022", with the month
** names of data/article_months.tsv (ten languages); the words that open a
** publication stamp are data/article_datelines.tsv.
*/
#include "article.h"

#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "newsext_data.h"

static pcre2_code *dateline_re; /* "Published 11 March 2022", "Updated: ..." */
static pcre2_code *date_re;     /* a date in the forms pages write */
static pcre2_code *url_date_re; /* /2022/03/11/ in a URL */
static ne_strmap *month_numbers;  /* lower-case month name -> 1..12 */
enum { MONTH_NAME_MAX = 64 };
static unsigned char stamp_first_byte[256]; /* bytes a stamp phrase can start with */

/* ---- the page-facts record ---- */

void ne_meta_init(ne_page_meta *m) {
    for (int i = 0; i < NE_M_COUNT; i++) ne_buf_init(&m->slot[i]);
    ne_buf_init(&m->ld_body);
    m->authors_from = 0;
    m->oom = 0;
}

void ne_meta_free(ne_page_meta *m) {
    for (int i = 0; i < NE_M_COUNT; i++) ne_buf_free(&m->slot[i]);
    ne_buf_free(&m->ld_body);
}

void ne_meta_set(ne_page_meta *m, int slot, const char *s, size_t n) {
    ne_buf *b = &m->slot[slot];
    if (b->len) return;
    ne_collapse_space(b, s, ne_utf8_prefix(s, n, 4096));
}

void ne_meta_add_author(ne_page_meta *m, int source, const char *s, size_t n) {
    ne_buf *b = &m->slot[NE_M_AUTHORS];
    if (source < m->authors_from) return;
    if (source > m->authors_from) { b->len = 0; m->authors_from = source; }
    ne_buf name;
    ne_buf_init(&name);
    ne_collapse_space(&name, s, ne_utf8_prefix(s, n, 200));
    if (name.oom) b->oom = 1;
    /* one name once, whatever the number of sources that repeat it */
    int known = 0;
    for (size_t i = 0; name.len && i + name.len <= b->len && !known; i++)
        known = (i == 0 || b->data[i - 1] == '\n') && !memcmp(b->data + i, name.data, name.len) &&
                (i + name.len == b->len || b->data[i + name.len] == '\n');
    if (name.len && !known) {
        if (b->len) ne_buf_putc(b, '\n');
        ne_buf_append(b, name.data, name.len);
    }
    ne_buf_free(&name);
}

/* ---- dates ---- */

static int group_int(const char *s, pcre2_match_data *md, int g, int *value) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if ((int)pcre2_get_ovector_count(md) <= g || ov[2 * g] == PCRE2_UNSET) return 0;
    int v = 0;
    for (PCRE2_SIZE i = ov[2 * g]; i < ov[2 * g + 1]; i++) v = v * 10 + (s[i] - '0');
    *value = v;
    return 1;
}

/* Lower-cases a month name into out, code point by code point (no
** allocation: this runs for every date a page prints). 0 when it does not
** fit. The regex matched the name as the data writes it, but for case. */
static size_t lower_name(const char *s, size_t n, char out[MONTH_NAME_MAX]) {
    size_t len = 0;
    utf8proc_ssize_t k;
    utf8proc_int32_t cp;
    for (size_t i = 0; i < n; i += (size_t)k) {
        k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0 || len + 4 > MONTH_NAME_MAX) return 0;
        len += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)out + len);
    }
    return len;
}

static int group_month(const char *s, pcre2_match_data *md, int g, int *month) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[2 * g] == PCRE2_UNSET) return 0;
    char name[MONTH_NAME_MAX];
    size_t n = lower_name(s + ov[2 * g], ov[2 * g + 1] - ov[2 * g], name);
    return n && ne_strmap_get(month_numbers, name, n, month);
}

int ne_meta_iso_date(const char *s, size_t n, char iso[32]) {
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(date_re, NULL);
    if (!md) return 0;
    int ok = 0;
    if (ne_pcre_match(date_re, s, ne_utf8_prefix(s, n, 200), 0, 0, md) > 0) {
        int y = 0, mo = 0, d = 0, h, mi, sec;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        if (group_int(s, md, 1, &y)) { /* ISO or y/m/d */
            group_int(s, md, 2, &mo);
            group_int(s, md, 3, &d);
        } else if (group_int(s, md, 11, &y)) { /* 11 March 2022 */
            group_int(s, md, 9, &d);
            group_month(s, md, 10, &mo);
        } else if (group_int(s, md, 14, &y)) { /* March 11, 2022 */
            group_month(s, md, 12, &mo);
            group_int(s, md, 13, &d);
        } else if (group_int(s, md, 17, &y)) { /* 11.03.2022 */
            group_int(s, md, 15, &d);
            group_int(s, md, 16, &mo);
        }
        if (y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
            ok = 1;
            int len = snprintf(iso, 32, "%04d-%02d-%02d", y, mo, d);
            if (group_int(s, md, 4, &h) && group_int(s, md, 5, &mi) && h < 24 && mi < 60) {
                if (group_int(s, md, 6, &sec) && sec < 61) len += snprintf(iso + len, 32 - (size_t)len, "T%02d:%02d:%02d", h, mi, sec);
                else len += snprintf(iso + len, 32 - (size_t)len, "T%02d:%02d", h, mi);
                if (ov[16] != PCRE2_UNSET) { /* zone: Z or +01:00 / +0100 */
                    const char *z = s + ov[16];
                    if (*z == 'Z' || *z == 'z') snprintf(iso + len, 32 - (size_t)len, "Z");
                    else snprintf(iso + len, 32 - (size_t)len, "%c%c%c:%c%c", z[0], z[1], z[2],
                                  z[3] == ':' ? z[4] : z[3], z[3] == ':' ? z[5] : z[4]);
                }
            }
        }
    }
    pcre2_match_data_free(md);
    return ok;
}

int ne_meta_dateline(ne_scratch *sc, const char *s, size_t n, char iso[32]) {
    if (n > 120 || n < 8 || !stamp_first_byte[(unsigned char)s[0]]) return 0;
    pcre2_match_data *md = sc->md;
    int slot = 0;
    if (ne_pcre_match(dateline_re, s, n, 0, 0, md) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        int modified = ov[2] == PCRE2_UNSET; /* group 1 holds the "published" words */
        if (ne_meta_iso_date(s + ov[1], n - ov[1], iso))
            slot = modified ? NE_M_TEXT_MODIFIED : NE_M_TEXT_PUBLISHED;
    }
    return slot;
}

/* /2022/03/11/ or /2022-03-11/ in a canonical URL, when nothing better. */
static int url_date(const char *url, size_t n, char iso[32]) {
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(url_date_re, NULL);
    if (!md) return 0;
    int ok = 0, y, mo, d;
    if (ne_pcre_match(url_date_re, url, n, 0, 0, md) > 0 && group_int(url, md, 1, &y) &&
        group_int(url, md, 2, &mo) && mo >= 1 && mo <= 12) {
        if (group_int(url, md, 3, &d) && d >= 1 && d <= 31) snprintf(iso, 32, "%04d-%02d-%02d", y, mo, d);
        else snprintf(iso, 32, "%04d-%02d", y, mo);
        ok = 1;
    }
    pcre2_match_data_free(md);
    return ok;
}

/* ---- JSON-LD ---- */

/* A tolerant reader: it walks tokens, remembers under which key each object
** or array sits (to depth 32), and keeps the string values newsext wants.
** Malformed JSON stops the walk; what was read stays. Every string is
** decoded once, so the walk is linear in the script. */
enum jsonld_type { LD_TYPE_UNSTATED, LD_TYPE_ARTICLE, LD_TYPE_OTHER };

typedef struct jsonld_level {
    char key[24];   /* the current key of this object */
    char owner[24]; /* the key this container is the value of */
    uint8_t is_object;
    uint8_t type;   /* enum jsonld_type: what the object's @type says */
} jsonld_level;

/* The value of four hex digits at s[i..i+3], or -1 when they are not. */
static int32_t hex4(const char *s, size_t n, size_t i) {
    if (i + 4 > n) return -1;
    int32_t v = 0;
    for (size_t k = i; k < i + 4; k++) {
        char h = s[k];
        int d = h >= '0' && h <= '9' ? h - '0' : (h | 32) >= 'a' && (h | 32) <= 'f' ? (h | 32) - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Decodes the JSON string whose opening quote is s[i] into b; returns the
** index after the closing quote. With keep_lines, \n and \r stay line
** breaks (an articleBody's paragraphs); otherwise every control character
** becomes a space. A surrogate pair is one character, a lone surrogate is
** U+FFFD, \u0000 and a \u without four hex digits are dropped, and any
** other escaped character stands for itself. The input is valid UTF-8 and
** escapes only ever write whole characters, so the output is too. */
static size_t json_string(const char *s, size_t n, size_t i, ne_buf *b, int keep_lines) {
    i++;
    while (i < n && s[i] != '"') {
        if (s[i] != '\\') {
            size_t run = i;
            while (i < n && s[i] != '"' && s[i] != '\\') i++;
            ne_buf_append(b, s + run, i - run);
            continue;
        }
        if (i + 1 >= n) return n;
        char c = s[i + 1];
        i += 2;
        switch (c) {
        case 'n': case 'r': ne_buf_putc(b, keep_lines ? '\n' : ' '); break;
        case 't': case 'f': case 'b': ne_buf_putc(b, ' '); break;
        case 'u': {
            int32_t cp = hex4(s, n, i);
            if (cp < 0) break;
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
                int32_t lo = hex4(s, n, i + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) { cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00); i += 6; }
            }
            if (cp == '\n' || cp == '\r') ne_buf_putc(b, keep_lines ? '\n' : ' ');
            else if (cp > 0 && cp < 0x20) ne_buf_putc(b, ' ');
            else if (cp) ne_buf_put_codepoint(b, cp); /* lone surrogates come out as U+FFFD */
            break;
        }
        default: ne_buf_putc(b, c);
        }
    }
    return i < n ? i + 1 : n;
}

static void copy_key(char dst[24], const char *s, size_t n) {
    if (n > 23) n = 23;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static int ends_with(const char *s, size_t n, const char *tail) {
    size_t t = strlen(tail);
    return n >= t && !memcmp(s + n - t, tail, t);
}

/* NewsArticle, BlogPosting, ReportageNewsArticle, "schema:Report", ...:
** the schema.org types that carry an articleBody */
static int article_type(const char *v, size_t n) {
    return ends_with(v, n, "Article") || ends_with(v, n, "Posting") || ends_with(v, n, "Report");
}

static void jsonld_value(ne_page_meta *m, const jsonld_level *lv, int depth, const char *v, size_t n) {
    const char *key = lv->key, *owner = lv->owner;
    if (!strcmp(key, "headline")) ne_meta_set(m, NE_M_LD_HEADLINE, v, n);
    else if (!strcmp(key, "datePublished")) ne_meta_set(m, NE_M_LD_PUBLISHED, v, n);
    else if (!strcmp(key, "dateModified")) ne_meta_set(m, NE_M_LD_MODIFIED, v, n);
    else if (!strcmp(key, "inLanguage")) ne_meta_set(m, NE_M_LANG, v, n);
    else if (!strcmp(key, "author") || !strcmp(key, "creator")) ne_meta_add_author(m, 2, v, n);
    else if (!strcmp(key, "name") && (!strcmp(owner, "author") || !strcmp(owner, "creator")))
        ne_meta_add_author(m, 2, v, n);
    else if (!strcmp(key, "name") && !strcmp(owner, "publisher")) ne_meta_set(m, NE_M_LD_SITE, v, n);
    else if (!strcmp(key, "description") && depth <= 2) ne_meta_set(m, NE_M_DESCRIPTION, v, n);
}

/* The articleBody read inside the object at level `at` becomes the page's
** when that object is not typed as something other than an article (the
** type may come before or after the body) and it is the longest so far. */
static void settle_body(ne_page_meta *m, ne_buf *pending, const jsonld_level *at) {
    if (at->type != LD_TYPE_OTHER && pending->len > m->ld_body.len) {
        ne_buf t = m->ld_body;
        m->ld_body = *pending;
        *pending = t;
    }
    pending->len = 0;
}

void ne_meta_jsonld(ne_page_meta *m, const char *s, size_t n) {
    enum { MAX_DEPTH = 32 };
    jsonld_level stack[MAX_DEPTH];
    int depth = 0, expect_key = 0;
    int body_level = -1; /* the object whose articleBody is pending */
    ne_buf str, body;
    ne_buf_init(&str);
    ne_buf_init(&body);
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '{' || c == '[') {
            if (depth < MAX_DEPTH) {
                const char *owner = depth ? (stack[depth - 1].is_object ? stack[depth - 1].key : stack[depth - 1].owner) : "";
                copy_key(stack[depth].owner, owner, strlen(owner));
                stack[depth].key[0] = 0;
                stack[depth].is_object = c == '{';
                stack[depth].type = LD_TYPE_UNSTATED;
            }
            depth++;
            expect_key = c == '{';
            i++;
        } else if (c == '}' || c == ']') {
            if (depth && depth - 1 == body_level) {
                settle_body(m, &body, &stack[body_level]);
                body_level = -1;
            }
            if (depth) depth--;
            expect_key = 0;
            i++;
        } else if (c == ',') {
            expect_key = depth && depth <= MAX_DEPTH && stack[depth - 1].is_object;
            i++;
        } else if (c == '"') {
            int tracked = depth && depth <= MAX_DEPTH;
            jsonld_level *lv = tracked ? &stack[depth - 1] : NULL;
            int is_key = tracked && lv->is_object && expect_key;
            int is_body = tracked && lv->is_object && !is_key && !strcmp(lv->key, "articleBody");
            str.len = 0;
            i = json_string(s, n, i, &str, is_body);
            if (str.oom) { m->oom = 1; break; }
            if (!tracked) continue;
            if (is_key) {
                copy_key(lv->key, str.data ? str.data : "", str.len);
                expect_key = 0;
                continue;
            }
            /* "@type": "NewsArticle", or "@type": ["Article", "WebPage"] */
            jsonld_level *typed = lv->is_object && !strcmp(lv->key, "@type") ? lv
                                  : !lv->is_object && !strcmp(lv->owner, "@type") && depth >= 2 && stack[depth - 2].is_object
                                      ? &stack[depth - 2] : NULL;
            if (typed && str.len) typed->type = article_type(str.data, str.len) ? LD_TYPE_ARTICLE
                                                : typed->type == LD_TYPE_ARTICLE ? LD_TYPE_ARTICLE : LD_TYPE_OTHER;
            if (is_body && str.len > body.len && str.len > m->ld_body.len) {
                ne_buf t = body;
                body = str;
                str = t;
                body_level = depth - 1;
            } else if (str.len) {
                jsonld_value(m, lv, depth, str.data, str.len);
            }
        } else {
            i++;
        }
    }
    /* a script cut short: its open object is judged by what it said */
    if (body_level >= 0 && body_level < depth && body_level < MAX_DEPTH) settle_body(m, &body, &stack[body_level]);
    if (body.oom) m->oom = 1;
    ne_buf_free(&str);
    ne_buf_free(&body);
}

/* ---- choosing and printing ---- */

static const ne_buf *first_of(const ne_page_meta *m, const int *slots, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (m->slot[slots[i]].len) return &m->slot[slots[i]];
    return NULL;
}

/* The last " | ", " - ", " — " (and friends) separator of a title: its
** offset in *cut and the offset of the tail after it in *tail; 0 when the
** title has none. */
static int last_title_separator(const char *t, size_t n, size_t *cut, size_t *tail) {
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " // "};
    *cut = *tail = 0;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sl = strlen(seps[k]);
        for (size_t i = 0; i + sl <= n; i++)
            if (!memcmp(t + i, seps[k], sl) && i > *cut) { *cut = i; *tail = i + sl; }
    }
    return *cut != 0;
}

static size_t count_words(const char *s, size_t n) {
    size_t words = 1;
    for (size_t i = 0; i < n; i++) words += s[i] == ' ';
    return words;
}

/* A title tail that names the site rather than the story: at most four
** words after a headline of three or more. */
static int site_like_tail(const char *t, size_t cut, size_t tail, size_t n) {
    return count_words(t + tail, n - tail) <= 4 && count_words(t, cut) >= 3;
}

/* Length of a title without its " | Site name" tail: the part after the
** last separator goes when it names the site or is much shorter. */
static size_t title_without_site(const char *t, size_t n, const ne_buf *site) {
    size_t cut, tail;
    if (!last_title_separator(t, n, &cut, &tail)) return n;
    size_t tail_len = n - tail;
    int names_site = site && site->len && tail_len == site->len && !strncasecmp(t + tail, site->data, tail_len);
    if (names_site || site_like_tail(t, cut, tail, n)) return title_without_site(t, cut, site);
    return n;
}

/* The site name a title ends with ("Bronzes go home | City Museum"), for
** pages without og:site_name: *start and the length, or 0. */
static size_t site_from_title(const ne_buf *title, size_t *start) {
    size_t cut, tail;
    if (!title->len || !last_title_separator(title->data, title->len, &cut, &tail)) return 0;
    if (!site_like_tail(title->data, cut, tail, title->len)) return 0;
    *start = tail;
    return title->len - tail;
}

/* A value as a JSON string, its control characters (never meant in a
** title or a name) spaces: the escape of one (\u001e, \n) ends in a letter
** that the final NFC would compose with a combining mark after it,
** breaking the escape. */
static void put_json_text(ne_buf *b, const char *s, size_t n) {
    ne_buf plain;
    ne_buf_init(&plain);
    ne_buf_append(&plain, s, n);
    for (size_t i = 0; i < plain.len; i++)
        if ((unsigned char)plain.data[i] < 0x20 || plain.data[i] == 0x7f) plain.data[i] = ' ';
    if (plain.oom) b->oom = 1;
    else ne_buf_json_string(b, plain.data ? plain.data : "", plain.len);
    ne_buf_free(&plain);
}

static void put_field(ne_buf *b, const char *name, const char *s, size_t n, int comma) {
    if (comma) ne_buf_putc(b, ',');
    ne_buf_json_string(b, name, strlen(name));
    ne_buf_putc(b, ':');
    if (s && n) put_json_text(b, s, n);
    else ne_buf_puts(b, "null");
}

/* A language tag in BCP 47 form: "en_US" and "EN-us" become "en-US"
** (language lower case, a two-letter region upper case, other subtags as
** given). Writes into b. */
static void put_lang(ne_buf *b, const ne_buf *lang) {
    ne_buf tag;
    ne_buf_init(&tag);
    size_t subtag = 0, subtag_start = 0;
    for (size_t i = 0; i <= lang->len; i++) {
        if (i < lang->len && lang->data[i] != '-' && lang->data[i] != '_') continue;
        size_t n = i - subtag_start;
        if (n) {
            const char *p = lang->data + subtag_start; /* data is NULL when lang is empty */
            if (tag.len) ne_buf_putc(&tag, '-');
            for (size_t k = 0; k < n; k++) {
                char c = p[k];
                if (subtag == 0 && c >= 'A' && c <= 'Z') c = (char)(c + 32);
                if (subtag > 0 && n == 2 && c >= 'a' && c <= 'z') c = (char)(c - 32);
                ne_buf_putc(&tag, c);
            }
            subtag++;
        }
        subtag_start = i + 1;
    }
    put_field(b, "lang", tag.data, tag.len, 1);
    if (tag.oom) b->oom = 1;
    ne_buf_free(&tag);
}

/* A date field: the first slot that holds a date, normalized. */
static void put_date(ne_buf *b, const char *name, const ne_page_meta *m, const int *slots, size_t n,
                     const ne_buf *url) {
    char iso[32];
    for (size_t i = 0; i < n; i++) {
        const ne_buf *v = &m->slot[slots[i]];
        if (v->len && ne_meta_iso_date(v->data, v->len, iso)) { put_field(b, name, iso, strlen(iso), 1); return; }
    }
    if (url && url->len && url_date(url->data, url->len, iso)) { put_field(b, name, iso, strlen(iso), 1); return; }
    put_field(b, name, NULL, 0, 1);
}

static int gather(const char *raw, size_t len, ne_buf *body, ne_page_meta *m) {
    if (newsext_sniff_format(raw, len) == NEWSEXT_FORMAT_HTML) return ne_html_article(raw, len, body, m);
    return ne_text_article(raw, len, body, m);
}

static int check_input(const char *raw, size_t len) {
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!raw && len) return NEWSEXT_INVALID;
    if (len && !newsext_utf8_valid(raw, len)) return NEWSEXT_INVALID;
    return NEWSEXT_OK;
}

int newsext_article_clean(const char *raw, size_t len, char **out, size_t *out_len) {
    *out = NULL;
    if (out_len) *out_len = 0;
    int rc = check_input(raw, len);
    if (rc != NEWSEXT_OK) return rc;
    return ne_article_clean_utf8(raw ? raw : "", len, out, out_len);
}

int ne_article_clean_utf8(const char *raw, size_t len, char **out, size_t *out_len) {
    *out = NULL;
    if (out_len) *out_len = 0;
    ne_buf body;
    ne_buf_init(&body);
    int rc = gather(raw, len, &body, NULL);
    if (rc == NEWSEXT_OK && body.oom) rc = NEWSEXT_NOMEM;
    if (rc != NEWSEXT_OK) { ne_buf_free(&body); return rc; }
    return ne_nfc_finish(&body, out, out_len);
}

int newsext_article_meta(const char *raw, size_t len, char **json, size_t *json_len) {
    *json = NULL;
    if (json_len) *json_len = 0;
    int rc = check_input(raw, len);
    if (rc != NEWSEXT_OK) return rc;
    return ne_article_meta_utf8(raw ? raw : "", len, json, json_len);
}

int ne_article_meta_utf8(const char *raw, size_t len, char **json, size_t *json_len) {
    *json = NULL;
    if (json_len) *json_len = 0;
    ne_buf body, b;
    ne_buf_init(&body);
    ne_buf_init(&b);
    ne_page_meta m;
    ne_meta_init(&m);
    int rc = gather(raw, len, &body, &m);
    ne_buf_free(&body);
    /* a value lost to a failed allocation must not read as "not stated" */
    for (int i = 0; i < NE_M_COUNT && rc == NEWSEXT_OK; i++)
        if (m.slot[i].oom || m.oom) rc = NEWSEXT_NOMEM;
    if (rc != NEWSEXT_OK) { ne_meta_free(&m); return rc; }

    static const int title_slots[] = {NE_M_OG_TITLE, NE_M_LD_HEADLINE, NE_M_ITEM_HEADLINE, NE_M_H1,
                                      NE_M_TITLE_TAG, NE_M_TEXT_TITLE};
    static const int site_slots[] = {NE_M_SITE, NE_M_LD_SITE};
    static const int url_slots[] = {NE_M_CANONICAL, NE_M_OG_URL, NE_M_LD_URL};
    static const int published_slots[] = {NE_M_LD_PUBLISHED, NE_M_META_PUBLISHED, NE_M_ITEM_PUBLISHED,
                                          NE_M_TIME, NE_M_TEXT_PUBLISHED, NE_M_DATE_ELEMENT};
    static const int modified_slots[] = {NE_M_LD_MODIFIED, NE_M_META_MODIFIED, NE_M_TEXT_MODIFIED};
    const ne_buf *title = first_of(&m, title_slots, 6);
    const ne_buf *site = first_of(&m, site_slots, 2);
    const ne_buf *url = first_of(&m, url_slots, 3);
    const ne_buf *lang = &m.slot[NE_M_LANG];
    const ne_buf *description = &m.slot[NE_M_DESCRIPTION];

    ne_buf_putc(&b, '{');
    put_field(&b, "title", title ? title->data : NULL, title ? title_without_site(title->data, title->len, site) : 0, 0);
    put_date(&b, "published", &m, published_slots, 6, url);
    put_date(&b, "modified", &m, modified_slots, 3, NULL);
    ne_buf_puts(&b, ",\"authors\":");
    const ne_buf *authors = &m.slot[NE_M_AUTHORS];
    if (!authors->len) ne_buf_puts(&b, "null");
    else {
        ne_buf_putc(&b, '[');
        size_t start = 0;
        for (size_t i = 0; i <= authors->len; i++) {
            if (i < authors->len && authors->data[i] != '\n') continue;
            if (start) ne_buf_putc(&b, ',');
            put_json_text(&b, authors->data + start, i - start);
            start = i + 1;
        }
        ne_buf_putc(&b, ']');
    }
    size_t site_start = 0, site_len = site ? site->len : 0;
    if (!site) {
        static const int titled_slots[] = {NE_M_TITLE_TAG, NE_M_OG_TITLE};
        const ne_buf *titled = first_of(&m, titled_slots, 2);
        if (titled) site_len = site_from_title(titled, &site_start);
        if (site_len) site = titled;
    }
    put_field(&b, "site", site ? site->data + site_start : NULL, site_len, 1);
    put_field(&b, "url", url ? url->data : NULL, url ? url->len : 0, 1);
    put_lang(&b, lang);
    put_field(&b, "description", description->data, description->len, 1);
    ne_buf_putc(&b, '}');
    ne_meta_free(&m);
    return ne_nfc_finish(&b, json, json_len);
}

/* ---- initialization ---- */

static int add_month(const char *line, size_t n, void *arg) {
    const char *tab = memchr(line, '\t', n);
    if (!tab) return 1;
    int month = 0;
    for (const char *p = tab + 1; p < line + n && *p >= '0' && *p <= '9'; p++) month = month * 10 + (*p - '0');
    ne_buf *alternation = arg;
    if (alternation->len) ne_buf_putc(alternation, '|');
    ne_buf_append(alternation, line, (size_t)(tab - line));
    char name[MONTH_NAME_MAX];
    size_t len = lower_name(line, (size_t)(tab - line), name);
    return !len || ne_strmap_put(month_numbers, name, len, month) ? 1 : 0;
}

/* The two alternations of stamp phrases, spaces written as \s+. */
typedef struct stamp_phrases {
    ne_buf published, modified;
} stamp_phrases;

static void allow_first_byte(const char *phrase, size_t n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)phrase, (utf8proc_ssize_t)n, &cp);
    if (k <= 0) return;
    utf8proc_uint8_t enc[4];
    const utf8proc_int32_t cases[3] = {cp, utf8proc_toupper(cp), utf8proc_tolower(cp)};
    for (int i = 0; i < 3; i++)
        if (utf8proc_encode_char(cases[i], enc) > 0) stamp_first_byte[enc[0]] = 1;
}

static int add_stamp_phrase(const char *line, size_t n, void *arg) {
    const char *tab = memchr(line, '\t', n);
    if (!tab || tab == line) return 1;
    stamp_phrases *ph = arg;
    size_t kind_len = (size_t)(line + n - tab - 1);
    ne_buf *b = kind_len == 8 && !memcmp(tab + 1, "modified", 8) ? &ph->modified : &ph->published;
    if (b->len) ne_buf_putc(b, '|');
    for (const char *p = line; p < tab; p++) {
        if (*p == ' ') ne_buf_puts(b, "\\s+");
        else ne_buf_putc(b, *p);
    }
    allow_first_byte(line, (size_t)(tab - line));
    return 0;
}

int ne_meta_init_patterns(void) {
    month_numbers = ne_strmap_new(256);
    if (!month_numbers) return NEWSEXT_INTERNAL;
    ne_buf months, pattern;
    ne_buf_init(&months);
    ne_buf_init(&pattern);
    if (ne_each_line(ne_data_article_months, ne_data_article_months_len, add_month, &months) || months.oom) {
        ne_buf_free(&months);
        return NEWSEXT_INTERNAL;
    }
    /* Groups: 1-3 y-m-d, 4-6 time, 7 (unused), 8 zone; 9-11 "11 March 2022"
    ** (and "11 de marzo de 2022"); 12-14 "March 11, 2022"; 15-17
    ** "11.03.2022". Offsets of group 8 are ovector[16..17]. */
    ne_buf_puts(&pattern,
                "(?i)(?:\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
                "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?"
                "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(");
    ne_buf_append(&pattern, months.data, months.len);
    ne_buf_puts(&pattern, ")\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b|\\b(");
    ne_buf_append(&pattern, months.data, months.len);
    ne_buf_puts(&pattern, ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})\\b"
                          "|\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b)");
    ne_buf_free(&months);
    if (pattern.oom) { ne_buf_free(&pattern); return NEWSEXT_INTERNAL; }
    date_re = ne_pcre_compile(pattern.data, 0);
    ne_buf_free(&pattern);

    stamp_phrases ph;
    ne_buf_init(&ph.published);
    ne_buf_init(&ph.modified);
    ne_buf_init(&pattern);
    if (!ne_each_line(ne_data_article_datelines, ne_data_article_datelines_len, add_stamp_phrase, &ph)) {
        /* group 1: a publication stamp; otherwise a modification stamp */
        ne_buf_puts(&pattern, "^(?i)(?:(");
        ne_buf_append(&pattern, ph.published.data, ph.published.len);
        ne_buf_puts(&pattern, ")|(?:");
        ne_buf_append(&pattern, ph.modified.data, ph.modified.len);
        ne_buf_puts(&pattern, "))\\s*:?\\s*");
    }
    int oom = ph.published.oom || ph.modified.oom || pattern.oom || !pattern.len;
    ne_buf_free(&ph.published);
    ne_buf_free(&ph.modified);
    if (!oom) dateline_re = ne_pcre_compile(pattern.data, 0);
    ne_buf_free(&pattern);
    url_date_re = ne_pcre_compile("/((?:19|20)\\d{2})[/-](\\d{1,2})(?:[/-](\\d{1,2}))?(?:/|-|$)", 0);
    return date_re && dateline_re && url_date_re ? NEWSEXT_OK : NEWSEXT_INTERNAL;
}
