/*
** dates_intl.c — temporal expressions of other languages: French, German,
** Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian and Polish.
**
**   "Заседание состоится 12 сентября 2024 г."   -> 12 сентября 2024 г. 2024-09-12
**   "le 1er mars"  (reference 2023-02-20)         -> 1er mars 2023-03-01
**
** Absolute dates with the month names of those languages
** (data/dates_months_intl.tsv; Slavic day-months in the genitive) and the
** words around them (data/dates_intl_words.tsv): "12 сентября 2024 г.", "5
** de mayo de 2021", "12. März 2024", "le 1er mars", "septembre 2024", "в
** сентябре 2024 года" (dates_intl_date). Each has a day or a year, so the
** prefilter's numbers find them and English text pays nothing for the
** names. Relative expressions of other languages ("hier", "вчера",
** weekdays) are not read.
** Words are compared lowercased (dates_lowercase_key): the letters of
** Latin-1, Latin Extended-A (Polish) and Cyrillic are folded, which covers
** the nine languages. The grammar's tokens and helpers come from
** dates_scan.c (dates_internal.h); a date's value is finished there
** (dates_finish_month_date), as English month dates are.
*/
#include "dates_internal.h"

#include <string.h>

/* ---- words ---- */

/* The lowercase of a letter of the scripts whose month names
** data/dates_months_intl.tsv holds: Latin-1, Latin Extended-A (Polish),
** Cyrillic. */
static int32_t lower_cp(int32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F)) return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
    /* Latin Extended-A pairs upper/lower letters: even/odd, or odd/even in
    ** two stretches (Ĺ..ň, Ź..ž) */
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) || cp == 0x490) return cp | 1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp + (cp & 1);
    return cp;
}

size_t dates_lowercase_key(const unsigned char *w, size_t n, char *key, size_t cap) {
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = w[i];
        int len = 1;
        if (cp >= 0x80) {
            len = ne_utf8_decode(w + i, n - i, &cp);
            if (len < 1 || cp < 0) return 0;
        }
        char buf[4];
        int m = ne_utf8_encode(lower_cp(cp), buf);
        if (m < 1 || out + (size_t)m > cap) return 0;
        memcpy(key + out, buf, (size_t)m);
        out += (size_t)m;
        i += (size_t)len;
    }
    return out;
}

/* ---- token tests ---- */

/* Token i when it can be part of the expression being matched. */
static const dtok *tok(const dates_scanner *s, size_t i) { return dates_tok_cont(s, i) ? dates_tok(s, i) : NULL; }

static const dates_lex *lx(const dates_scanner *s, size_t i) {
    const dtok *t = tok(s, i);
    return t && t->kind == TK_WORD ? t->lex : NULL;
}
static int has(const dates_scanner *s, size_t i, uint32_t cls) {
    const dates_lex *e = lx(s, i);
    return e && (e->cls & cls);
}
static int is_punct(const dates_scanner *s, size_t i, char c) {
    const dtok *t = tok(s, i);
    return t && t->kind == TK_PUNCT && t->punct == c;
}
/* Token i is the ASCII word w, in any case. */
static int is_word(const dates_scanner *s, size_t i, const char *w) {
    const dtok *t = tok(s, i);
    size_t n = strlen(w);
    if (!t || t->kind != TK_WORD || t->end - t->start != n) return 0;
    const char *text = dates_scanner_text(s) + t->start;
    for (size_t k = 0; k < n; k++)
        if ((text[k] | 0x20) != w[k]) return 0;
    return 1;
}
/* Token i is a word of exactly the bytes w (º, ° after a 1). */
static int is_exact(const dates_scanner *s, size_t i, const char *w) {
    const dtok *t = tok(s, i);
    size_t n = strlen(w);
    return t && t->kind == TK_WORD && t->end - t->start == n && !memcmp(dates_scanner_text(s) + t->start, w, n);
}

/* Token i, a word, begins with a lowercase letter (any script). */
static int starts_lower(const dates_scanner *s, size_t i) {
    const dtok *t = dates_tok(s, i);
    const unsigned char *w = (const unsigned char *)dates_scanner_text(s) + t->start;
    int32_t cp = w[0];
    if (cp >= 0x80 && (ne_utf8_decode(w, t->end - t->start, &cp) < 1 || cp < 0)) return 0;
    return lower_cp(cp) == cp;
}

/* ---- absolute dates ---- */

/* The role of token i among the words around a date of another language
** (intl_role), or 0. */
static int intl_role_at(const dates_scanner *s, size_t i) {
    const dates_lex *e = lx(s, i);
    return e && (e->cls & LX_INTL_WORD) ? e->intl_role : 0;
}

/* A date with a month name of another language (data/dates_months_intl.tsv,
** and its words around: data/dates_intl_words.tsv): day-month-year "12
** сентября 2024 г.", "5 de mayo de 2021", "12. März 2024", "1er mars 2023";
** day-month "12 septembre" (the year as for "12 September"); month-year
** "septembre 2024", "сентябре 2024 года". Articles and prepositions before
** it ("le", "в", "am") are left out, as "on" is in English. Only absolute
** dates: relative words of other languages ("hier", "вчера") are not read.
** A capitalized English month name is r_month_date's, except after a German
** day ("12. August"). */
size_t dates_intl_date(dates_scanner *s, size_t i, dmatch *m) {
    int day = 0, year = 0, german_dot = 0;
    size_t j = i, end;
    if (dates_tok(s, i)->kind == TK_NUM) {
        /* most numbers have no such month within three tokens ("1º de
        ** mayo"): leave at once */
        if (!has(s, i + 1, LX_MONTH_INTL) && !has(s, i + 2, LX_MONTH_INTL) && !has(s, i + 3, LX_MONTH_INTL))
            return 0;
        if (dates_day_at(s, i, &day, &j)) {
            if (is_punct(s, j, '.') && dates_tok_glued(s, j)) { j++; german_dot = 1; }
        } else if (dates_tok(s, i)->num == 1 && dates_tok_glued(s, i + 1) &&
                   (is_word(s, i + 1, "er") || is_exact(s, i + 1, "\xc2\xba") || is_exact(s, i + 1, "\xc2\xb0")) &&
                   !(dates_tok_glued(s, i) && dates_tok(s, i - 1)->kind != TK_PUNCT)) {
            day = 1; /* 1er mars, 1º de mayo */
            j = i + 2;
        } else {
            return 0;
        }
        if (!german_dot && intl_role_at(s, j) == INTL_OF) j++;
    }
    const dates_lex *e = lx(s, j);
    if (!e || !(e->cls & LX_MONTH_INTL)) return 0;
    if ((e->cls & LX_MONTH) && dates_tok(s, j)->upper && !german_dot) return 0;
    int month = e->month;
    end = j + 1;
    size_t y0 = end;
    if (intl_role_at(s, y0) == INTL_OF) y0++;
    if (dates_year_at(s, y0, &year)) {
        end = y0 + 1;
        int role = intl_role_at(s, end);
        if (role == INTL_YEAR) end++;
        if (role == INTL_YEAR_ABBR) end += 1 + (is_punct(s, end + 1, '.') && dates_tok_glued(s, end + 1)); /* "2024 г." */
    }
    if (!day && !year) return 0;
    if (e->intl_kind == INTL_DAY && !day) return 0;
    if (e->intl_kind == INTL_WORD) {
        const dates_lex *before = dates_tok_prev_lex(s, j);
        int after_prep = before && (before->cls & LX_INTL_WORD) && before->intl_role == INTL_PREP;
        if (day && !(starts_lower(s, j) || german_dot || year)) return 0; /* "3 Mars rovers" */
        if (!day && !(starts_lower(s, j) || after_prep)) return 0;        /* "Mars 2020" */
    }
    return dates_finish_month_date(s, i, end, m, year, month, day);
}

