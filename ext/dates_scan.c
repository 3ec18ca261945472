/*
** dates_scan.c — finds temporal expressions and normalizes them (TIMEX3).
**
**   "The company said on Tuesday that profits fell 5% in the third quarter,
**    its worst three months since the 1990s."   (reference 1998-10-23)
**   -> Tuesday 1998-10-20 DATE; the third quarter 1998-Q3 DATE;
**      three months P3M DURATION; the 1990s 199 DATE
**
** How it works, in three passes over a stretch of text:
**  1. Prefilter: dates_next_trigger (dates.c), one loop that steps eight
**     bytes at a time from word start to word start, finds the
**     words that can anchor an expression (months, weekdays, units,
**     "today", "daily"...) and runs of digits; a bitmap of the first three
**     letters of trigger words spares the lexicon lookup for most words.
**     Text far from any hit is never looked at again, which is what makes
**     the scan fast.
**  2. Around each match, an island of 48 bytes before (64 before a weekday
**     or month, for the tense of its clause) and 24 after (islands
**     that touch are merged, up to 64 KiB) is split into tokens: words,
**     numbers, punctuation, with their spacing and capitalization; each
**     word is looked up once in the lexicon (data/dates_*.tsv).
**  3. A small grammar tries, at each token that is a number or a lexicon
**     word within a few tokens of a trigger, the rules whose first token
**     fits, and keeps the longest match (then moves past it): ISO and
**     numeric dates; month-day-year in both orders; years, decades,
**     centuries; weekdays; fixed phrases (today, now, recently...);
**     last/this/next + unit; quarters and halves; seasons; holidays (Easter
**     by its computus; "Easter week" is the week of the day); clock
**     times; amounts of a unit (durations, or dates with "ago"/"earlier";
**     "the first hours of the war"); sets (every day, monthly, twice a
**     week). Modifiers (early, mid-, the end of, about, more than, or so)
**     wrap a match and give its TIMEX3 mod. Values come from
**     dates_normalize.c. A compound adjective is tagged without its
**     article, as TimeML does: "the 14-day wait" (14-day), "a day-long
**     meeting" (day-long, P1D), "the third-quarter loss" (third-quarter).
** Each rule reads a bounded number of tokens, so the scan is linear.
**
** Other languages (French, German, Spanish, Italian, Portuguese, Dutch,
** Russian, Ukrainian, Polish): their rules are in dates_intl.c, tried here
** like the others (dates_intl_date: "12 сентября 2024 г.", "5 de mayo";
** dates_intl_relative: "вчера", "am Montag", "il y a trois jours"). In text
** written in them, their trigger words fire too and their tense words
** ("состоится", "wurde") count as the English ones.
** Numeric dates: 11/03/2022 is day/month, as most of the world writes it;
** it is read as month/day only when the second number cannot be a month
** (03/25/2022). Dotted dates (11.03.2022) are always day.month. Two-digit
** years: 00-49 are 20xx, 50-99 are 19xx.
** Tense: a bare weekday is the last one on or before the reference unless
** the nearest tense word (data/dates_tense.tsv) says future; a bare month
** or day-month takes the year dates_year_for gives (dates_normalize.c).
** Plans read in context: "planned to" and "set to/for" look ahead, "the
** record set on" is past, and a plan behind "had" ("had been due to expire
** Friday") is past. A weekday after "until", "till" or "by" (and "by
** year-end") is a deadline ahead unless its clause is in the past; a
** present-tense schedule ("begins Oct. 1") and a date right after "is" or
** "are" ("the vote is Tuesday") look ahead. A season not yet begun at the
** reference, told in the past, is last year's, and so is a quarter or a
** half ("profit rose in the fourth quarter" in March). The period of an
** abbreviation ("5 p.m. on") does not end the clause; the clause after
** "that" keeps its own tense, and "plans" the noun has none. Travel and
** meetings told in the present ("arrives Wednesday", "the tour stops in
** Boston on July 22") look ahead, as does a month date after "until". A
** later year than the reference's written just before a bare month date,
** in its sentence or above a list of dates ("Tour 2020 dates:\nJune 9 --"),
** is that date's year when no tense says otherwise.
** Ranges: the second end of "Monday through Friday" is the first such day
** after the first end; a clock time without its day takes the day of the
** range's other end ("9 a.m. to 5 p.m. on Monday"); a span of years ("the
** 1995-96 season") is its two years; a range of amounts ("two to three
** days", "2-3 years") is one duration valued at its upper end. "The end of
** the month" is the edge of the reference's month; "the week ended Friday"
** is seven days (P1W), as "the year ended June 30" is twelve months.
** Narrative time: "that day", "that night", "during the night", "the same
** day", "later in the month", "earlier that year", "the following year", "the next day", "the day
** before" and "two days later" count from the last date mentioned (the reference when none
** was); "it's the second day of ..." is the reference day; "the previous Friday"
** counts from the last day named, and so does a clock time written without
** its day ("shot on Oct. 23 ... at 10 p.m."); "the week" alone is left open
** (1989-WXX). "A year earlier" takes the granularity of what it compares
** with: the quarter the story reports (a quarter named in passing after it
** does not replace it), the last day written with a month name ("the quarter
** ended Sept. 30 ... a year earlier": 1988-09-30), or the months of the year
** reported ("for the nine months ... a year earlier": 1988; "the
** year-earlier period": P9M).
** Years read aloud ("nineteen ninety-four", "the year two thousand") are
** years. A quarter or half in a sentence of a game report (a word of
** data/dates_sports.tsv: "a foul in the third quarter") is a period of
** play, no date.
** "current" before its noun is the present ("the current slump"), as
** TimeBank tags it.
** Not time: "today's youth" (our times: data/dates_generic.tsv), "Now, ..."
** opening a sentence, rates ("8.5% annually"), the newspaper in "the party
** daily Granma". Four digits before a time zone are a clock ("1400 GMT").
** Numbers that only look like years are skipped: after $, €, £ or #, before
** % or "percent", glued to other digits or punctuation (phone numbers,
** 1,500, 2022-1234, URL paths), or inside a URL or e-mail address.
*/
#include "dates_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct dates_scanner {
    const char *text;
    size_t len;
    newsext_date_ref ref;
    int intl;    /* the text is written in another language (dates_intl_text) */
    size_t pos;  /* where the prefilter continues */
    int done;
    size_t island_end;               /* end of the last island tokenized */
    int pending;                     /* a prefilter match not yet in an island */
    size_t pending_start, pending_end;
    dtok *tok;
    size_t ntok, cap_tok;
    size_t expr_start; /* first token of the expression being matched */
    /* context carried through the text */
    int quarter_year, quarter; /* the last quarter named ("a year earlier" refers to it) */
    int quarter_reported;      /* ... and it is the quarter the story reports */
    /* what "a year earlier" refers to: the last quarter, the last day
    ** written with a month name ("the quarter ended Sept. 30 ... a year
    ** earlier" is 1988-09-30: TimeML anchors it to that date, at its
    ** granularity), or the months of the year reported ("for the nine
    ** months ... a year earlier" is 1988; "the year-earlier period" P9M) */
    int anchor_kind;
    int anchor_y, anchor_m, anchor_d;
    int anchor_months;
    /* the narrative time: the last date mentioned (0 for the parts it did
    ** not give), what "that day" and "the following year" refer to */
    int last_y, last_m, last_d;
    /* the last year written out and where its expression ended: a bare
    ** "June 10" soon after "2020 dates: June 9" is in that year */
    int written_y;
    size_t written_end;
    /* the last whole day mentioned: "the previous Friday" counts from it */
    int day_y, day_m, day_d;
    /* the first end of a range ("from Monday through Friday"): the token
    ** where the second end may start, and the day it must not precede */
    size_t range_tok;
    int range_y, range_m, range_d;
    size_t range_clock; /* 1 + the index of a first end that is a clock time without its day, or 0 */
};

enum anchor_kind { ANCHOR_NONE, ANCHOR_QUARTER, ANCHOR_DAY, ANCHOR_MONTHS };

/* An empty match. The driver starts every rule from a copy of it: copying
** compiles to a few vector moves, where "dmatch m = {0}" compiled to a
** slow rep stos, and rules are tried several times per number of a text. */
static const dmatch no_match;

/* How far (bytes) a written year carries to the bare month dates after it. */
#define WRITTEN_YEAR_REACH 600

/* Bytes looked at before and after a prefilter match: enough for the
** longest lead-in ("at least the past 18 months") and tail ("or so"); a
** weekday or month looks further back for the tense of its clause ("would
** still be held at the NATO Washington summit on April 24"). */
#define ISLAND_BEFORE 48
#define ISLAND_BEFORE_NAME 64
#define ISLAND_AFTER 24
#define CHUNK_BYTES 65536

/* ---- tokenizer ---- */

static int is_space_cp(int32_t cp) {
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
           cp == 0xFEFF;
}

/* ASCII stand-in for a non-ASCII punctuation mark, or 0 for a word char. */
static char punct_of_cp(int32_t cp) {
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) return '\'';
    if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) return '"';
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return '-';
    if (cp == 0x2026 || cp == 0x2022 || cp == 0x00B7 || cp == 0x00A9) return '*';
    if (cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5) return '$';
    return 0;
}

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static int push_tok(dates_scanner *s, const dtok *t) {
    if (s->ntok == s->cap_tok) {
        size_t cap = s->cap_tok ? s->cap_tok * 2 : 256;
        dtok *p = ne_realloc(s->tok, cap * sizeof *p);
        if (!p) return NEWSEXT_NOMEM;
        s->tok = p;
        s->cap_tok = cap;
    }
    s->tok[s->ntok++] = *t;
    return NEWSEXT_OK;
}

static int tokenize(dates_scanner *s, size_t a, size_t b) {
    const unsigned char *t = (const unsigned char *)s->text;
    uint32_t trigger_cls = s->intl ? LX_TRIGGER | LX_INTL_TRIGGER : LX_TRIGGER;
    s->ntok = 0;
    int space = 1, newline = 0;
    size_t i = a;
    while (i < b) {
        unsigned char c = t[i];
        dtok k = {0};
        k.num = -1;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { space = 1; i++; continue; }
        if (c == '\n') { space = newline = 1; i++; continue; }
        int32_t cp = c;
        int n = 1;
        if (c >= 0x80) {
            n = ne_utf8_decode(t + i, b - i, &cp);
            if (n < 1) n = 1;
            if (is_space_cp(cp)) { space = 1; i += (size_t)n; continue; }
        }
        k.start = i;
        k.space_before = (uint8_t)space;
        k.newline_before = (uint8_t)newline;
        char p = c >= 0x80 ? punct_of_cp(cp) : 0;
        if (is_digit(c)) {
            size_t j = i;
            long v = 0;
            while (j < b && is_digit(t[j])) {
                if (j - i < 9) v = v * 10 + (t[j] - '0');
                j++;
            }
            k.kind = TK_NUM;
            k.ndigits = (uint8_t)(j - i > 255 ? 255 : j - i);
            k.num = j - i <= 9 ? (int)v : -1;
            k.end = j;
            k.trigger = 1;
        } else if (is_alpha(c) || (c >= 0x80 && !p)) {
            size_t j = i;
            int ascii = 1;
            while (j < b) {
                if (is_alpha(t[j])) { j++; continue; }
                if (t[j] < 0x80) break;
                int32_t cp2;
                int n2 = ne_utf8_decode(t + j, b - j, &cp2);
                if (n2 < 1 || is_space_cp(cp2) || punct_of_cp(cp2)) break;
                ascii = 0;
                j += (size_t)n2;
            }
            k.kind = TK_WORD;
            k.end = j;
            k.upper = c >= 'A' && c <= 'Z';
            char low[24];
            if (ascii && j - i < sizeof low) {
                for (size_t q = i; q < j; q++) low[q - i] = (char)(t[q] | 0x20);
                k.lex = dates_lookup(low, j - i);
                k.trigger = k.lex && (k.lex->cls & trigger_cls);
            } else if (!ascii) {
                /* month names of other languages: "März", "сентября" */
                char key[48];
                size_t n_key = dates_lowercase_key(t + i, j - i, key, sizeof key);
                if (n_key) k.lex = dates_lookup(key, n_key);
                k.trigger = k.lex && (k.lex->cls & trigger_cls);
            }
        } else {
            k.kind = TK_PUNCT;
            k.punct = c < 0x80 ? (char)c : p;
            k.end = i + (size_t)n;
        }
        i = k.end;
        space = newline = 0;
        if (push_tok(s, &k) != NEWSEXT_OK) return NEWSEXT_NOMEM;
    }
    return NEWSEXT_OK;
}

/* ---- token tests ---- */

#define TK(i) (&s->tok[i])

static int has_tok(const dates_scanner *s, size_t i) { return i < s->ntok; }
/* Token i can be part of the expression being matched: it exists, and it
** is the expression's first token or on the same line as the one before. */
static int cont(const dates_scanner *s, size_t i) {
    return i < s->ntok && (i <= s->expr_start || !s->tok[i].newline_before);
}
/* Token i is glued to the one before it. */
static int glued(const dates_scanner *s, size_t i) { return i < s->ntok && i > 0 && !s->tok[i].space_before; }

/* Token i is the word w (ASCII, any case); called through is_word so the
** length of the literal is known at compile time. */
static int is_word_n(const dates_scanner *s, size_t i, const char *w, size_t n) {
    if (!cont(s, i) || s->tok[i].kind != TK_WORD || s->tok[i].end - s->tok[i].start != n) return 0;
    const char *t = s->text + s->tok[i].start;
    for (size_t k = 0; k < n; k++)
        if ((t[k] | 0x20) != w[k]) return 0;
    return 1;
}
#define is_word(s, i, w) is_word_n((s), (i), (w), sizeof(w) - 1)

static int is_punct(const dates_scanner *s, size_t i, char c) {
    return cont(s, i) && s->tok[i].kind == TK_PUNCT && s->tok[i].punct == c;
}
static const dates_lex *lx(const dates_scanner *s, size_t i) {
    return cont(s, i) && s->tok[i].kind == TK_WORD ? s->tok[i].lex : NULL;
}
static int has(const dates_scanner *s, size_t i, uint32_t cls) {
    const dates_lex *e = lx(s, i);
    return e && (e->cls & cls);
}
static int is_num(const dates_scanner *s, size_t i, int min_digits, int max_digits) {
    return cont(s, i) && s->tok[i].kind == TK_NUM && s->tok[i].ndigits >= min_digits &&
           s->tok[i].ndigits <= max_digits;
}
/* A word looked at backwards (no line check: the caller stays in range). */
static int prev_has(const dates_scanner *s, size_t i, uint32_t cls) {
    if (i == 0 || s->tok[i].newline_before) return 0;
    const dtok *p = &s->tok[i - 1];
    return p->kind == TK_WORD && p->lex && (p->lex->cls & cls);
}

/* Token i joins the two ends of a range: "Monday through Friday", "9 a.m.
** to 5 p.m.", "1990-91". */
static int range_word_at(const dates_scanner *s, size_t i) {
    return is_word(s, i, "to") || is_word(s, i, "through") || is_word(s, i, "thru") || is_word(s, i, "until") ||
           is_word(s, i, "till") || is_punct(s, i, '-');
}

/* Longest lexicon phrase of class cls starting at token i (words, and the
** apostrophes and hyphens inside them). Sets *end. */
static const dates_lex *phrase_at(const dates_scanner *s, size_t i, uint32_t cls, size_t *end) {
    char key[64];
    size_t n = 0;
    const dates_lex *best = NULL;
    for (size_t k = i; k < i + DATES_MAX_PHRASE_TOKENS && cont(s, k); k++) {
        const dtok *t = TK(k);
        if (t->kind == TK_NUM) break;
        if (t->kind == TK_PUNCT && t->punct != '\'' && t->punct != '-') break;
        if (k > i && t->space_before) {
            if (t->kind != TK_WORD) break;
            key[n++] = ' ';
        }
        size_t w = t->end - t->start;
        if (t->kind == TK_PUNCT) w = 1;
        if (n + w >= sizeof key) break;
        if (t->kind == TK_PUNCT) key[n++] = t->punct;
        else
            for (size_t q = 0; q < w; q++) key[n++] = (char)(s->text[t->start + q] | 0x20);
        if (t->kind != TK_WORD) continue;
        const dates_lex *e = k == i ? t->lex : dates_lookup(key, n);
        if (!e) break; /* no phrase starts this way */
        if (e->cls & cls) { best = e; *end = k + 1; }
    }
    return best;
}

/* ---- tense ---- */

/* The tense a word marks: +1 future, -1 past (a listed preterite, or a word
** ending in -ed), 0 none. */
static int word_tense(const dates_scanner *s, size_t k) {
    const dtok *t = TK(k);
    if (t->kind != TK_WORD) return 0;
    int tense = 0;
    if (t->lex && (t->lex->cls & LX_TENSE)) tense = t->lex->tense;
    /* the tense words of other languages ("состоится", "wird", "abrirá", "был") */
    if (s->intl && !tense && !t->upper) tense = dates_intl_tense(s, k);
    size_t n = t->end - t->start;
    const char *w = s->text + t->start;
    if (!tense && n >= 5 && (w[n - 2] | 0x20) == 'e' && (w[n - 1] | 0x20) == 'd' && !t->upper) tense = -1;
    /* "-eed" is a preterite only after r or t (agreed, freed, guaranteed):
    ** succeed, proceed, exceed, need are present */
    if (tense < 0 && n >= 5 && !(t->lex && (t->lex->cls & LX_TENSE)) && (w[n - 3] | 0x20) == 'e' &&
        (w[n - 4] | 0x20) != 'r' && (w[n - 4] | 0x20) != 't')
        tense = 0;
    /* "(will|to) be held", "would still be held": a passive infinitive
    ** looks ahead; after another modal ("could be located") it stays past */
    if (tense < 0 && k > 1 && is_word(s, k - 1, "be"))
        for (size_t b = k - 1; b > 0 && b + 3 > k; b--)
            if (is_word(s, b - 1, "will") || is_word(s, b - 1, "ll") || is_word(s, b - 1, "to") ||
                is_word(s, b - 1, "would") || is_word(s, b - 1, "shall")) {
                tense = 1;
                break;
            }
    /* "planned to leave", "planned a rally", "did not plan to remove": a
    ** plan looks ahead; "the service planned for Saturday was canceled" is
    ** a participle, past like any -ed */
    if ((w[0] | 0x20) == 'p' && (is_word(s, k, "planned") || is_word(s, k, "plan")) &&
        (is_word(s, k + 1, "to") || is_word(s, k + 1, "a") || is_word(s, k + 1, "an")))
        tense = 1;
    /* "plans" is the verb when a plan follows ("plans to leave", "plans a
    ** rally"); "unveiled its plans at its Monday show" is the noun */
    if (tense > 0 && is_word(s, k, "plans") && !is_word(s, k + 1, "to") && !is_word(s, k + 1, "a") &&
        !is_word(s, k + 1, "an"))
        tense = 0;
    /* "set" looks ahead only as "set to" / "set for"; "the record set on
    ** Aug. 6" is a past participle */
    if (tense > 0 && is_word(s, k, "set") && !is_word(s, k + 1, "to") && !is_word(s, k + 1, "for")) tense = -1;
    /* "had been due to expire", "had been scheduled for": a plan that
    ** was already behind the writer */
    if (tense > 0 && k > 0 && (is_word(s, k - 1, "had") || (k > 1 && is_word(s, k - 1, "been") &&
                                                            is_word(s, k - 2, "had"))))
        tense = -1;
    /* "is to resume": be + to-infinitive is an arrangement ahead */
    if (!tense && k > 0 && n == 2 && is_word(s, k, "to") &&
        (is_word(s, k - 1, "is") || is_word(s, k - 1, "are") || is_word(s, k - 1, "am")))
        tense = 1;
    return tense;
}

/* Token k ends a sentence. The period of an abbreviation does not: one
** after a single letter ("5 p.m. EDT", "U.S."), or one followed by a word
** in lowercase or a number ("at 5 p.m. on Nov. 16"). */
static int sentence_end(const dates_scanner *s, size_t k) {
    const dtok *t = TK(k);
    if (t->kind != TK_PUNCT) return 0;
    if (t->punct != '.') return t->punct == '!' || t->punct == '?' || t->punct == ';';
    if (k > 0 && glued(s, k) && TK(k - 1)->kind == TK_WORD && TK(k - 1)->end - TK(k - 1)->start == 1) return 0;
    if (has_tok(s, k + 1) && !TK(k + 1)->newline_before &&
        (TK(k + 1)->kind == TK_NUM || (TK(k + 1)->kind == TK_WORD && !TK(k + 1)->upper)))
        return 0;
    return 1;
}

/* The tense of the clause around token i: the nearest tense word before it
** in the sentence (10 tokens at most: "who stepped down as chairman,
** president and chief executive in March"), else the nearest after it (5,
** not past "that");
** +1 future, -1 past, 0 unknown. */
static int tense_dir(const dates_scanner *s, size_t i) {
    /* "as early as Tuesday", "as soon as Monday": a limit ahead */
    if (i >= 3 && is_word(s, i - 1, "as") && is_word(s, i - 3, "as") &&
        (is_word(s, i - 2, "early") || is_word(s, i - 2, "soon")))
        return 1;
    /* "back in March", "back on Monday": behind the writer */
    if (i >= 2 && is_word(s, i - 2, "back") && (is_word(s, i - 1, "in") || is_word(s, i - 1, "on"))) return -1;
    size_t lo = i > 10 ? i - 10 : 0;
    for (size_t k = i; k > lo; k--) {
        if (sentence_end(s, k - 1)) break;
        int t = word_tense(s, k - 1);
        if (t) return t;
        if (s->tok[k - 1].newline_before) break;
    }
    for (size_t k = i + 1; k < i + 6 && k < s->ntok && !s->tok[k].newline_before; k++) {
        /* "the president says Wednesday that taxes will rise": the clause
        ** that follows has a tense of its own */
        if (sentence_end(s, k) || is_word(s, k, "that")) break;
        int t = word_tense(s, k);
        if (t) return t;
    }
    return 0;
}

/* The expression starting at token i follows "is" or "are", with "on" or
** "in" between or not: "the vote is Tuesday", "the election is in
** November" name a schedule, ahead when no tense word says otherwise. */
static int after_copula(const dates_scanner *s, size_t i) {
    if (i > 0 && (is_word(s, i - 1, "on") || is_word(s, i - 1, "in"))) i--;
    return i > 0 && (is_word(s, i - 1, "is") || is_word(s, i - 1, "are"));
}

/* ---- number validity ---- */

/* Inside a URL or an e-mail address: the run of non-space text around the
** token holds "://", "www." or "@". */
static int in_url(const dates_scanner *s, size_t i) {
    const char *t = s->text;
    size_t a = TK(i)->start, b = TK(i)->end;
    size_t lo = a > 200 ? a - 200 : 0, hi = b + 200 < s->len ? b + 200 : s->len;
    while (a > lo && t[a - 1] != ' ' && t[a - 1] != '\n' && t[a - 1] != '\t') a--;
    while (b < hi && t[b] != ' ' && t[b] != '\n' && t[b] != '\t') b++;
    for (size_t k = a; k < b; k++) {
        if (t[k] == '@') return 1;
        if (k + 3 <= b && !memcmp(t + k, "://", 3)) return 1;
        if (k + 4 <= b && !strncasecmp(t + k, "www.", 4)) return 1;
    }
    return 0;
}

/* A number that stands alone: not glued to digits, letters or the
** punctuation of phone numbers, amounts and paths; not money or percent. */
static int standalone_number(const dates_scanner *s, size_t i) {
    if (glued(s, i)) {
        const dtok *p = TK(i - 1);
        /* mid-2019, pre-1990: a hyphen after a word */
        int word_hyphen = p->punct == '-' && i >= 2 && TK(i - 2)->kind == TK_WORD;
        if (p->kind != TK_PUNCT || (strchr("(\"'[", p->punct) == NULL && !word_hyphen)) return 0;
        if (p->punct == '\'' && i >= 2 && glued(s, i - 1)) return 0;
    }
    if (i > 0 && TK(i - 1)->kind == TK_PUNCT && strchr("$#", TK(i - 1)->punct)) return 0;
    if (glued(s, i + 1)) {
        const dtok *n = TK(i + 1);
        if (n->kind == TK_WORD) return 0;
        if (n->kind == TK_NUM) return 0;
        if (n->punct == '%') return 0;
        if (strchr("-/.:,", n->punct) && has_tok(s, i + 2) && TK(i + 2)->kind == TK_NUM && glued(s, i + 2))
            return 0;
        if (n->punct == '/' || n->punct == '@') return 0;
    }
    if (is_word(s, i + 1, "percent") || is_word(s, i + 1, "per")) return 0;
    return !in_url(s, i);
}

/* A year: four digits, 1000-2999, standing alone; before 1900 or after 2100
** only after a word that introduces a date ("in 1492"). */
static int year_at(const dates_scanner *s, size_t i, int *year) {
    if (!is_num(s, i, 4, 4)) return 0;
    int y = TK(i)->num;
    if (y < 1000 || y > 2999) return 0;
    /* outside 1900-2100 a number is a year only after a month or a
    ** preposition of time: "in 1500", not "fell to 2600", "from 1200" */
    if ((y < 1900 || y > 2100) &&
        (!prev_has(s, i, LX_PREP | LX_MONTH | LX_MONTH_INTL) || is_word(s, i - 1, "to") ||
         is_word(s, i - 1, "from") || is_word(s, i - 1, "at") || is_word(s, i - 1, "above") ||
         is_word(s, i - 1, "below") || is_word(s, i - 1, "over") || is_word(s, i - 1, "under")))
        return 0;
    if (glued(s, i + 1) && TK(i + 1)->kind == TK_WORD && is_word(s, i + 1, "s")) return 0; /* decade */
    /* far ahead of the reference with no preposition before it: a name
    ** ("Cyberpunk 2077"), not a year; "by 2077" still is */
    if (dates_has_ref(&s->ref) && y > s->ref.year + 40 && !prev_has(s, i, LX_PREP | LX_MONTH | LX_MONTH_INTL)) return 0;
    if (!standalone_number(s, i)) return 0;
    /* a group of a phone number: "212 555 1998" */
    if (i > 0 && TK(i - 1)->kind == TK_NUM && TK(i - 1)->ndigits >= 3 && !TK(i)->newline_before) return 0;
    if (is_num(s, i + 1, 3, 9)) return 0;
    if (has(s, i + 1, LX_ZONE) && TK(i + 1)->upper) return 0; /* "1400 GMT" is a time */
    if (has(s, i + 1, LX_MEASURE)) return 0;                     /* "1920 pixels" */
    *year = y;
    return 1;
}

/* A day of the month, "21" or "21st", not part of a larger number. */
static int day_at(const dates_scanner *s, size_t i, int *day, size_t *end) {
    if (!is_num(s, i, 1, 2)) return 0;
    int d = TK(i)->num;
    if (d < 1 || d > 31) return 0;
    size_t j = i + 1;
    if (glued(s, j) && TK(j)->kind == TK_WORD) {
        if (!(is_word(s, j, "st") || is_word(s, j, "nd") || is_word(s, j, "rd") || is_word(s, j, "th"))) return 0;
        j++;
    }
    if (glued(s, j) && TK(j)->kind == TK_PUNCT && strchr(":/.-,", TK(j)->punct) && has_tok(s, j + 1) &&
        TK(j + 1)->kind == TK_NUM && glued(s, j + 1) &&
        !(TK(j)->punct == '-' && TK(j + 1)->ndigits <= 2 &&
          !(glued(s, j + 2) && (TK(j + 2)->kind != TK_PUNCT || strchr("-/:", TK(j + 2)->punct) ||
                                (TK(j + 2)->punct == '.' && glued(s, j + 3) && TK(j + 3)->kind == TK_NUM)))))
        return 0; /* 3/4, 3:30, 3.5, 555-1234; but a range of days 3-5 is fine, at a sentence's end too */
    if (glued(s, j) && TK(j)->kind == TK_PUNCT && TK(j)->punct == '%') return 0;
    if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
    if (i > 0 && TK(i - 1)->kind == TK_PUNCT && strchr("$#", TK(i - 1)->punct)) return 0;
    *day = d;
    *end = j;
    return 1;
}

/* A day written as an ordinal word after its month, as broadcast
** transcripts do: "March eighth", "May twenty-first". */
static int ordinal_day_at(const dates_scanner *s, size_t i, int *day, size_t *end) {
    const dates_lex *e = lx(s, i);
    if (!e) return 0;
    int d = 0;
    size_t j = i + 1;
    if (e->cls & LX_ORDINAL) d = e->ordinal;
    else if ((e->cls & LX_CARDINAL) && (e->cardinal == 20 || e->cardinal == 30) && is_punct(s, i + 1, '-') &&
             glued(s, i + 1) && has(s, i + 2, LX_ORDINAL) && lx(s, i + 2)->ordinal < 10) {
        d = e->cardinal + lx(s, i + 2)->ordinal;
        j = i + 3;
    }
    if (d < 1 || d > 31) return 0;
    /* "March first-quarter results", "April second half": not days */
    if ((is_punct(s, j, '-') && glued(s, j)) || has(s, j, LX_UNIT)) return 0;
    *day = d;
    *end = j;
    return 1;
}

/* A month name usable at token i; *end after it, and after the period of
** an abbreviation ("Oct."): a full name's period ends a sentence ("on 21
** April.") unless a day follows, which the caller decides ("March. 11"). */
static int month_at(const dates_scanner *s, size_t i, int *month, int *kind, size_t *end) {
    const dates_lex *e = lx(s, i);
    if (!e || !(e->cls & LX_MONTH) || !TK(i)->upper) return 0;
    *month = e->month;
    *kind = e->month_kind;
    *end = i + 1;
    if (e->month_kind == MONTH_ABBR && is_punct(s, i + 1, '.') && glued(s, i + 1)) *end = i + 2;
    return 1;
}

/* An amount: 3, 1,500, three, twenty-four, a hundred, several, a few. *n
** is -1 for an unknown amount. */
static int amount_at(const dates_scanner *s, size_t i, int *n, size_t *end) {
    if (is_num(s, i, 1, 6)) {
        if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
        if (i > 0 && TK(i - 1)->kind == TK_PUNCT && strchr("$#.,/:", TK(i - 1)->punct) && glued(s, i)) return 0;
        size_t j = i + 1;
        long v = TK(i)->num;
        while (is_punct(s, j, ',') && glued(s, j) && is_num(s, j + 1, 3, 3) && glued(s, j + 1) && v < 1000000) {
            v = v * 1000 + TK(j + 1)->num;
            j += 2;
        }
        if (glued(s, j) && TK(j)->kind == TK_PUNCT && strchr("./:", TK(j)->punct) && is_num(s, j + 1, 1, 9) &&
            glued(s, j + 1))
            return 0;
        *n = v > 1000000 ? 1000000 : (int)v;
        *end = j;
        return 1;
    }
    size_t j = i;
    int article = 0;
    if (is_word(s, j, "a") || is_word(s, j, "an")) { article = 1; j++; }
    const dates_lex *e = lx(s, j);
    if (e && (e->cls & LX_CARDINAL)) {
        int v = e->cardinal;
        j++;
        if (v < 0) { *n = -1; *end = j; return 1; }
        if (v == 2 && is_word(s, j - 1, "couple")) {
            /* "a couple of years", "the next couple of years" */
            if (!(article || (i > 0 && has(s, i - 1, LX_ANCHOR))) || !is_word(s, j, "of")) return 0;
            *n = 2;
            *end = j + 1;
            return 1;
        }
        if (v >= 20 && v < 100 && v % 10 == 0) {
            size_t k = j;
            if (is_punct(s, k, '-') && glued(s, k)) k++;
            const dates_lex *u = lx(s, k);
            if (u && (u->cls & LX_CARDINAL) && u->cardinal > 0 && u->cardinal < 10) { v += u->cardinal; j = k + 1; }
        }
        if (has(s, j, LX_CARDINAL) && lx(s, j)->cardinal >= 100 && v < 100) {
            v *= lx(s, j)->cardinal;
            j++;
        }
        if (article && v >= 100 && v != 100 && v != 1000) return 0;
        if (article && v < 100 && v != 12) return 0;
        *n = v;
        *end = j;
        return 1;
    }
    if (article) {
        *n = 1;
        *end = i + 1;
        return 1;
    }
    return 0;
}

/* A unit word at i; *plural when it ends in s. */
static int unit_at(const dates_scanner *s, size_t i, int *unit, int *plural) {
    const dates_lex *e = lx(s, i);
    if (!e || !(e->cls & LX_UNIT)) return 0;
    *unit = e->unit;
    *plural = s->text[TK(i)->end - 1] == 's' || s->text[TK(i)->end - 1] == 'S';
    return 1;
}

/* ---- values ---- */

static void set_day(dmatch *m, int y, int mo, int d) {
    dates_fmt_day(m->value, y, mo, d);
    m->type = NEWSEXT_TIMEX_DATE;
    m->day = 1;
    m->y = y;
    m->m = mo;
    m->d = d;
}

/* The reference day shifted by n days. */
static void set_ref_day(dmatch *m, const newsext_date_ref *ref, long n) {
    if (!dates_has_ref(ref)) { set_day(m, 0, 0, 0); return; }
    int y = ref->year, mo = ref->month, d = ref->day;
    dates_add_days(&y, &mo, &d, n);
    set_day(m, y, mo, d);
}

static void append_partday(dmatch *m, const char *code) {
    size_t n = strlen(m->value);
    snprintf(m->value + n, sizeof m->value - n, "T%s", code);
    m->type = NEWSEXT_TIMEX_TIME;
    m->day = 0;
}

/* A part of the day after a day: "Friday night", "yesterday morning". */
static size_t partday_after(const dates_scanner *s, size_t j, dmatch *m) {
    const dates_lex *e = lx(s, j);
    if (e && (e->cls & LX_PARTDAY) && m->day) {
        append_partday(m, e->partday_code);
        return j + 1;
    }
    return j;
}

/* ---- rules: each returns the token after its match, or 0 ---- */

static size_t point_rules(dates_scanner *s, size_t i, dmatch *best);

static size_t r_iso(dates_scanner *s, size_t i, dmatch *m) {
    if (!is_num(s, i, 4, 4) || !is_punct(s, i + 1, '-') || !glued(s, i + 1) || !is_num(s, i + 2, 2, 2) ||
        !glued(s, i + 2))
        return 0;
    if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
    int y = TK(i)->num, mo = TK(i + 2)->num;
    if (y < 1000 || mo < 1 || mo > 12) return 0;
    if (!(is_punct(s, i + 3, '-') && glued(s, i + 3) && is_num(s, i + 4, 2, 2) && glued(s, i + 4))) {
        if (glued(s, i + 3) && TK(i + 3)->kind != TK_PUNCT) return 0;
        if (glued(s, i + 3) && strchr("-/.", TK(i + 3)->punct)) return 0;
        if (in_url(s, i)) return 0;
        dates_fmt_month(m->value, y, mo);
        m->type = NEWSEXT_TIMEX_DATE;
        return i + 3;
    }
    int d = TK(i + 4)->num;
    if (d < 1 || d > dates_days_in_month(y, mo) || in_url(s, i)) return 0;
    set_day(m, y, mo, d);
    size_t j = i + 5;
    /* 2022-03-11T14:30[:00][Z] or 2022-03-11 14:30 */
    size_t k = j;
    if (is_word(s, k, "t") && glued(s, k)) k++;
    else if (glued(s, k)) k = 0; /* a time after a space is fine too */
    if (k && is_num(s, k, 2, 2) && is_punct(s, k + 1, ':') && glued(s, k + 1) && is_num(s, k + 2, 2, 2) &&
        glued(s, k + 2)) {
        int hh = TK(k)->num, mm = TK(k + 2)->num;
        if (hh <= 23 && mm <= 59) {
            size_t n = strlen(m->value);
            snprintf(m->value + n, sizeof m->value - n, "T%02d:%02d", hh, mm);
            m->type = NEWSEXT_TIMEX_TIME;
            m->day = 0;
            j = k + 3;
            if (is_punct(s, j, ':') && glued(s, j) && is_num(s, j + 1, 2, 2)) j += 2;
            if (is_word(s, j, "z") && glued(s, j)) j++;
        }
    }
    return j;
}

static size_t r_numeric(dates_scanner *s, size_t i, dmatch *m) {
    if (!is_num(s, i, 1, 2) || !cont(s, i + 1) || TK(i + 1)->kind != TK_PUNCT) return 0;
    char sep = TK(i + 1)->punct;
    if ((sep != '/' && sep != '.') || !glued(s, i + 1) || !is_num(s, i + 2, 1, 2) || !glued(s, i + 2) ||
        !is_punct(s, i + 3, sep) || !glued(s, i + 3) || !glued(s, i + 4))
        return 0;
    int yd = sep == '/' ? 2 : 4;
    if (!is_num(s, i + 4, yd, 4) || TK(i + 4)->ndigits == 3) return 0;
    if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
    if (glued(s, i) && strchr("/.-:", TK(i - 1)->punct)) return 0;
    if (glued(s, i + 5)) {
        const dtok *n = TK(i + 5);
        if (n->kind != TK_PUNCT || strchr("/-:", n->punct) || (n->punct == '.' && glued(s, i + 6) && TK(i + 6)->kind == TK_NUM))
            return 0;
    }
    int a = TK(i)->num, b = TK(i + 2)->num, y = TK(i + 4)->num;
    if (TK(i + 4)->ndigits == 2) y += y < 50 ? 2000 : 1900;
    int d = a, mo = b;
    if (sep == '/' && b > 12 && a <= 12) { d = b; mo = a; }
    if (mo < 1 || mo > 12 || d < 1 || d > dates_days_in_month(y, mo) || in_url(s, i)) return 0;
    set_day(m, y, mo, d);
    return i + 5;
}

/* "Nov 19 20197:05 AM": a page flattened to text glued the year to the
** clock time after it (two HTML elements with no space between). The
** number at token i is that year and an hour (1 or 2 digits) before ":MM". */
static int year_glued_to_clock(const dates_scanner *s, size_t i, int *year) {
    if (!is_num(s, i, 5, 6) || !is_punct(s, i + 1, ':') || !glued(s, i + 1) || !is_num(s, i + 2, 2, 2) ||
        !glued(s, i + 2))
        return 0;
    int digits = TK(i)->ndigits, hour_div = digits == 5 ? 10 : 100;
    int y = TK(i)->num / hour_div, hour = TK(i)->num % hour_div;
    if (y < 1900 || y > 2100 || hour > 23 || TK(i + 2)->num > 59) return 0;
    *year = y;
    return 1;
}

/* No sentence ends between bytes a and b of the text (a line break or a
** full stop before a space ends one). */
static int same_sentence(const char *t, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (t[k] == '\n' || ((t[k] == '.' || t[k] == '!' || t[k] == '?') && k + 1 < b && t[k + 1] == ' ')) return 0;
    return 1;
}

/* The value of a month date matched at token i and ending before token
** end, in any language: a day that fits the month, the year from the text
** or (without one) from the reference and the tense. 0 when the day does
** not fit. */
static size_t finish_month_date(dates_scanner *s, size_t i, size_t end, dmatch *m, int year, int month, int day) {
    if (day && year && day > dates_days_in_month(year, month)) return 0;
    if (day > dates_days_in_month(2000, month)) return 0;
    m->year_written = year > 0;
    if (!year && dates_has_ref(&s->ref)) {
        int tense = tense_dir(s, i);
        if (!tense && after_copula(s, i)) tense = 1;
        /* "runs until Jan. 6": a deadline lies ahead unless told in the past */
        if (!tense && i > 0 && (is_word(s, i - 1, "until") || is_word(s, i - 1, "till"))) tense = 1;
        year = dates_year_for(&s->ref, month, day, tense);
        /* no tense, and a later year than the reference's written just
        ** before ("Tour 2020 dates:\nJune 9 -- ...\nJune 10 -- ..."): a
        ** schedule of that year, carried down the list (a past year
        ** written before is background; news tells its own year) */
        if (!tense && s->written_y > s->ref.year && TK(i)->start >= s->written_end &&
            TK(i)->start - s->written_end < WRITTEN_YEAR_REACH &&
            (TK(i)->newline_before || same_sentence(s->text, s->written_end, TK(i)->start))) {
            year = s->written_y;
            m->year_written = 1;
        }
    }
    if (day) {
        set_day(m, year, month, day);
        m->named_day = year > 0;
    } else {
        dates_fmt_month(m->value, year, month);
        m->type = NEWSEXT_TIMEX_DATE;
    }
    return end;
}

/* Month-day-year in the orders news uses, with an optional weekday before:
** April 21, 2025 / Apr. 21 / March. 11, 2022 / 21 April 2025 / 21st of
** April / August 1988 / March of 2022 / Friday, March 11 / a bare month. */
static size_t r_month_date(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i;
    if (has(s, j, LX_WEEKDAY) && TK(j)->upper) {
        j++;
        if (is_punct(s, j, ',')) j++;
        if (!has(s, j, LX_MONTH) && !is_num(s, j, 1, 2)) return 0;
    }
    int month, kind, day = 0, year = 0;
    size_t k, end = 0;
    if (month_at(s, j, &month, &kind, &k)) {
        size_t after = k;
        if (is_punct(s, after, '.') && glued(s, after) && kind != MONTH_ABBR && is_num(s, after + 1, 1, 2))
            after++; /* "March. 11" */
        if (day_at(s, after, &day, &end) || (kind != MONTH_ABBR && ordinal_day_at(s, after, &day, &end))) {
            size_t y0 = end;
            int d2;
            size_t range_end;
            /* "May 3-5, 2019": the year after a range of days is this day's too */
            if (is_punct(s, y0, '-') && day_at(s, y0 + 1, &d2, &range_end)) {
                y0 = range_end;
                if (is_punct(s, y0, ',')) y0++;
                if (!year_at(s, y0, &year)) year = 0;
            } else {
                if (is_punct(s, y0, ',')) y0++;
                if (year_at(s, y0, &year) || year_glued_to_clock(s, y0, &year)) end = y0 + 1;
            }
        } else {
            size_t y0 = k;
            if (is_punct(s, y0, ',')) y0++;
            if (is_word(s, y0, "of")) y0++;
            if (year_at(s, y0, &year)) end = y0 + 1;
            else {
                /* a bare month: the verb "may" and the noun "march" need a date word before */
                int ctx = prev_has(s, j, LX_PREP | LX_ANCHOR | LX_MODIFIER) ||
                          (j > 0 && TK(j - 1)->kind == TK_PUNCT && TK(j - 1)->punct == '-' && glued(s, j));
                /* "the March accession", "the May elections": the month
                ** names the noun's date; "the March on Washington" is a
                ** march, and so is "the March was" */
                if (kind == MONTH_VERB && !ctx && j > 0 && is_word(s, j - 1, "the") && TK(j)->upper &&
                    cont(s, k) && TK(k)->kind == TK_WORD && !TK(k)->upper &&
                    !has(s, k, LX_PREP | LX_GRAMMAR | LX_TENSE) && !is_word(s, k, "is") && !is_word(s, k, "has"))
                    ctx = 1;
                if (kind == MONTH_VERB && !ctx) return 0;
                if (kind == MONTH_ABBR && !(k > j + 1 && ctx)) return 0;
                if (!ctx && cont(s, k) && TK(k)->kind == TK_WORD && TK(k)->upper && !has(s, k, LX_MONTH)) return 0;
                end = kind == MONTH_ABBR ? k : j + 1;
            }
        }
    } else if (day_at(s, j, &day, &k)) {
        if (is_word(s, k, "of")) k++;
        if (!month_at(s, k, &month, &kind, &end)) return 0;
        size_t y0 = end;
        if (is_punct(s, y0, ',')) y0++;
        if (year_at(s, y0, &year)) end = y0 + 1;
    } else {
        return 0;
    }
    /* "April of last year", "March 3 of next year", "May last year": the
    ** year is in the text as much as a number would be */
    size_t of = is_word(s, end, "of") ? end + 1 : end;
    if (!year && has(s, of, LX_ANCHOR) && is_word(s, of + 1, "year") && cont(s, of) && dates_has_ref(&s->ref)) {
        year = s->ref.year + lx(s, of)->anchor;
        end = of + 2;
    }
    return finish_month_date(s, i, end, m, year, month, day);
}

/* ---- for the rules of other languages (dates_intl.c) ---- */

const dtok *dates_tok(const dates_scanner *s, size_t i) { return i < s->ntok ? TK(i) : NULL; }
const dtok *dates_tok_in(const dates_scanner *s, size_t i) { return cont(s, i) ? TK(i) : NULL; }
const char *dates_scanner_text(const dates_scanner *s) { return s->text; }
const newsext_date_ref *dates_scanner_ref(const dates_scanner *s) { return &s->ref; }
void dates_set_day(dmatch *m, int y, int mo, int d) { set_day(m, y, mo, d); }
int dates_tense_dir(const dates_scanner *s, size_t i) { return tense_dir(s, i); }
void dates_append_partday(dmatch *m, const char *code) { append_partday(m, code); }
int dates_tok_glued(const dates_scanner *s, size_t i) { return glued(s, i); }
const dates_lex *dates_tok_prev_lex(const dates_scanner *s, size_t i) {
    if (i == 0 || i >= s->ntok || s->tok[i].newline_before || TK(i - 1)->kind != TK_WORD) return NULL;
    return TK(i - 1)->lex;
}
int dates_day_at(const dates_scanner *s, size_t i, int *day, size_t *end) { return day_at(s, i, day, end); }
int dates_year_at(const dates_scanner *s, size_t i, int *year) { return year_at(s, i, year); }
size_t dates_finish_month_date(dates_scanner *s, size_t i, size_t end, dmatch *m, int year, int month, int day) {
    return finish_month_date(s, i, end, m, year, month, day);
}

/* last April / next May / this March: relative to the reference month. */
static size_t r_anchor_month(dates_scanner *s, size_t i, dmatch *m) {
    const dates_lex *a = lx(s, i);
    if (!a || !(a->cls & LX_ANCHOR)) return 0;
    int month, kind;
    size_t k;
    if (!month_at(s, i + 1, &month, &kind, &k)) return 0;
    int day = 0;
    size_t end = k;
    if (!day_at(s, k, &day, &end)) end = k;
    int y = 0;
    if (dates_has_ref(&s->ref)) {
        int r = s->ref.month * 32 + s->ref.day, t = month * 32 + day;
        y = s->ref.year;
        if (a->anchor < 0 && t >= r) y--;
        if (a->anchor > 0 && t <= r) y++;
    }
    if (day) set_day(m, y, month, day);
    else {
        dates_fmt_month(m->value, y, month);
        m->type = NEWSEXT_TIMEX_DATE;
    }
    return end;
}

/* A span of years glued by a hyphen, "1990-91", "1995-1996" (a season, a
** fiscal year, a recession): the first year, and the second in *to. The
** second follows within ten years, so "2022-1234" is no span. */
static int year_span_at(const dates_scanner *s, size_t i, int *year, int *to) {
    if (!is_num(s, i, 4, 4) || !is_punct(s, i + 1, '-') || !glued(s, i + 1) || !glued(s, i + 2) ||
        !(is_num(s, i + 2, 2, 2) || is_num(s, i + 2, 4, 4)))
        return 0;
    if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
    if (glued(s, i + 3) && TK(i + 3)->kind != TK_PUNCT) return 0;
    if (glued(s, i + 3) && strchr("-/.:", TK(i + 3)->punct) && glued(s, i + 4)) return 0;
    int y = TK(i)->num, y2 = TK(i + 2)->num;
    if (y < 1900 || y > 2100) return 0;
    if (TK(i + 2)->ndigits == 2) y2 += y / 100 * 100 + (y2 < y % 100 ? 100 : 0);
    if (y2 <= y || y2 > y + 10 || in_url(s, i)) return 0;
    *year = y;
    *to = y2;
    return 1;
}

static size_t r_year(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i;
    if (is_word(s, j, "fiscal")) {
        j++;
        if (is_word(s, j, "year")) j++;
    } else if (is_word(s, j, "year") && is_num(s, j + 1, 4, 4)) {
        j++; /* "by the year 2000" */
    }
    int y;
    if (!year_at(s, j, &y) && !(is_num(s, j, 4, 4) && year_span_at(s, j, &y, &m->year_to))) return 0;
    dates_fmt_year(m->value, y);
    m->type = NEWSEXT_TIMEX_DATE;
    m->the_ok = j > i;
    m->year_written = 1;
    return j + 1;
}

/* the 1990s, the '90s, the nineties, mid-1990s */
static size_t r_decade(dates_scanner *s, size_t i, dmatch *m) {
    m->type = NEWSEXT_TIMEX_DATE;
    m->the_ok = 1;
    if (is_num(s, i, 4, 4) && is_word(s, i + 1, "s") && glued(s, i + 1) && TK(i)->num % 10 == 0 &&
        TK(i)->num >= 1000) {
        if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
        snprintf(m->value, sizeof m->value, "%03d", TK(i)->num / 10);
        return i + 2;
    }
    int digit = -1;
    size_t end = 0;
    if (is_punct(s, i, '\'') && is_num(s, i + 1, 2, 2) && glued(s, i + 1) && is_word(s, i + 2, "s") &&
        glued(s, i + 2) && TK(i + 1)->num % 10 == 0) {
        digit = TK(i + 1)->num / 10;
        end = i + 3;
    } else if (has(s, i, LX_DECADE)) {
        digit = lx(s, i)->decade;
        end = i + 1;
        /* "polls in the high forties": a number, not a decade */
        if (i > 0 && (is_word(s, i - 1, "high") || is_word(s, i - 1, "low") || is_word(s, i - 1, "upper") ||
                      is_word(s, i - 1, "lower")))
            return 0;
    }
    if (digit < 0) return 0;
    if (!dates_has_ref(&s->ref)) snprintf(m->value, sizeof m->value, "XX%d", digit);
    else {
        int century = s->ref.year / 100;
        /* a decade that begins within ten years is the coming one ("the
        ** nineties" in 1989), a later one the last century's */
        if (digit * 10 > s->ref.year % 100 + 10) century--;
        snprintf(m->value, sizeof m->value, "%02d%d", century, digit);
    }
    return end;
}

/* the 20th century, the twentieth century */
static size_t r_century(dates_scanner *s, size_t i, dmatch *m) {
    int n = 0;
    size_t j = i;
    if (is_num(s, j, 1, 2) && glued(s, j + 1) && (is_word(s, j + 1, "th") || is_word(s, j + 1, "st") ||
                                                  is_word(s, j + 1, "nd") || is_word(s, j + 1, "rd"))) {
        n = TK(j)->num;
        j += 2;
    } else if (has(s, j, LX_ORDINAL)) {
        n = lx(s, j)->ordinal;
        j++;
    } else return 0;
    if (is_punct(s, j, '-') && glued(s, j)) j++;
    if (!is_word(s, j, "century") || n < 1 || n > 30) return 0;
    snprintf(m->value, sizeof m->value, "%02d", n - 1);
    m->type = NEWSEXT_TIMEX_DATE;
    m->the_ok = 1;
    return j + 1;
}

static size_t r_weekday(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i;
    int dir = 0;
    const dates_lex *a = lx(s, j);
    if (a && (a->cls & LX_ANCHOR)) {
        /* "this coming Sunday", "this past Monday" */
        if (is_word(s, j, "this") && has(s, j + 1, LX_ANCHOR) && lx(s, j + 1)->anchor && has(s, j + 2, LX_WEEKDAY))
            a = lx(s, ++j);
        if (!has(s, j + 1, LX_WEEKDAY)) return 0;
        dir = a->anchor < 0 ? -2 : a->anchor > 0 ? 2 : 1;
        j++;
    }
    const dates_lex *e = lx(s, j);
    if (!e || !(e->cls & LX_WEEKDAY) || !TK(j)->upper) return 0;
    if (!dir) {
        int tense = tense_dir(s, i);
        /* "has given them until 9 a.m. Tuesday", "a decision by Friday": a
        ** deadline lies ahead unless the clause is told in the past */
        size_t lead = s->expr_start;
        if (!tense && lead > 0 &&
            (is_word(s, lead - 1, "until") || is_word(s, lead - 1, "till") || is_word(s, lead - 1, "by")))
            tense = 1;
        if (!tense && after_copula(s, lead)) tense = 1;
        dir = tense > 0 ? 1 : -1; /* news narrates the past */
    }
    /* "the previous Friday", "the following Monday" count from the day the
    ** story is at, like "the previous day" */
    newsext_date_ref story = {s->day_y, s->day_m, s->day_d, -1, -1};
    const newsext_date_ref *from = &s->ref;
    if ((is_word(s, i, "previous") || is_word(s, i, "preceding") || is_word(s, i, "following")) && s->day_y)
        from = &story;
    /* "from Monday through Friday": the second end of a range is the first
    ** such weekday after the first end, whatever the tense */
    newsext_date_ref range_start = {s->range_y, s->range_m, s->range_d, -1, -1};
    if (i == j && s->range_tok == i && s->range_y > 0) {
        from = &range_start;
        dir = 2;
    }
    if (dates_has_ref(from)) {
        int y, mo, d;
        dates_resolve_weekday(from, e->weekday, dir, &y, &mo, &d);
        set_day(m, y, mo, d);
    } else {
        snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", e->weekday);
        m->type = NEWSEXT_TIMEX_DATE;
        m->day = 1;
        m->y = m->m = m->d = 0;
    }
    m->the_ok = from != &s->ref; /* "the previous Friday" */
    j++;
    /* "this coming Sunday, March eighth": the date written out wins */
    if (is_punct(s, j, ',')) {
        dmatch md = {0};
        size_t e2 = r_month_date(s, j + 1, &md);
        if (e2 && md.day) {
            md.the_ok = m->the_ok;
            *m = md;
            return e2;
        }
    }
    /* "Friday evening" is 2000-01-07TEV; "Friday night" mostly just the
    ** day in TimeBank (a night straddles two dates) */
    if (has(s, j, LX_PARTDAY)) {
        if (strcmp(lx(s, j)->partday_code, "NI")) append_partday(m, lx(s, j)->partday_code);
        return j + 1;
    }
    return j;
}

/* today, yesterday morning, now, recently, the future, noon */
static size_t r_relative(dates_scanner *s, size_t i, dmatch *m) {
    size_t end;
    const dates_lex *e = phrase_at(s, i, LX_RELATIVE, &end);
    if (!e) return 0;
    /* "today's youth", "today's personal computers": our times, not a day */
    if (is_word(s, i, "today") && end == i + 1 && is_punct(s, end, '\'') && is_word(s, end + 1, "s") &&
        (has(s, end + 2, LX_GENERIC) ||
         (has_tok(s, end + 2) && TK(end + 2)->kind == TK_WORD && has(s, end + 3, LX_GENERIC))))
        return 0;
    /* "the people of tomorrow": an age, not a day */
    if ((is_word(s, i, "tomorrow") || is_word(s, i, "today")) && end == i + 1 && i > 0 && is_word(s, i - 1, "of") &&
        (!has_tok(s, end) || (TK(end)->kind == TK_PUNCT && TK(end)->punct != '\'')))
        return 0;
    const char *v = e->rel_value;
    m->type = e->rel_type;
    if (v[0] == 'D' && (v[1] == '+' || v[1] == '-')) {
        int sign = v[1] == '-' ? -1 : 1, n = 0;
        const char *p = v + 2;
        while (*p >= '0' && *p <= '9') n = n * 10 + (*p++ - '0');
        set_ref_day(m, &s->ref, sign * n);
        if (*p == 'T') {
            /* "noon Thursday": the day that follows */
            dmatch day = {0};
            size_t k = end;
            if (is_word(s, k, "on")) k++;
            size_t e2 = point_rules(s, k, &day);
            if (e2 && day.day) { *m = day; end = e2; }
            size_t vlen = strlen(m->value);
            snprintf(m->value + vlen, sizeof m->value - vlen, "%s", p);
            m->type = NEWSEXT_TIMEX_TIME;
            m->day = 0;
        } else if (*p) {
            append_partday(m, p);
        } else {
            m->type = NEWSEXT_TIMEX_DATE;
            end = partday_after(s, end, m);
        }
        return end;
    }
    /* "the past three summers": the start of an amount this grammar cannot
    ** read, not the past at large */
    if ((!strcmp(v, "PAST_REF") || !strcmp(v, "FUTURE_REF")) && end == i + 2 &&
        (is_num(s, end, 1, 4) || has(s, end, LX_CARDINAL)))
        return 0;
    /* "current" is the present only before its noun ("the current
    ** weakness"); "the current of the river" is water, "the current
    ** account" a balance (data/dates_current_nouns.tsv) */
    if (is_word(s, i, "current") && end == i + 1 &&
        !(has_tok(s, end) && TK(end)->kind == TK_WORD && !has(s, end, LX_PREP | LX_GRAMMAR | LX_CURRENT_NOUN)))
        return 0;
    /* "the future of our peoples" is a fate, not a time */
    if (v[0] == 'F' && is_word(s, end, "of") && is_word(s, end - 1, "future")) return 0;
    /* "Now, ..." opening a sentence and "for now" are discourse, not time;
    ** "back to 80% of its schedule now, the airline..." is time */
    if (is_word(s, i, "now") && end == i + 1 &&
        ((is_punct(s, end, ',') && (i == 0 || TK(i)->newline_before || TK(i - 1)->kind == TK_PUNCT)) ||
         (i > 0 && (is_word(s, i - 1, "for") || is_word(s, i - 1, "from")))))
        return 0;
    snprintf(m->value, sizeof m->value, "%s", v);
    m->the_ok = 0;
    return end;
}

/* The narrative time as a reference, when the last date mentioned was
** precise enough for a shift by unit; else 0. */
static int narrative_ref(const dates_scanner *s, int unit, newsext_date_ref *out) {
    if (!s->last_y) return 0;
    if (unit <= U_W && !s->last_d) return 0;
    if (unit <= U_Q && !s->last_m) return 0;
    out->year = s->last_y;
    out->month = s->last_m ? s->last_m : 1;
    out->day = s->last_d ? s->last_d : 1;
    out->hour = out->minute = -1;
    return 1;
}

/* A day, week, month or year shifted by n from the narrative time (the
** last date mentioned) when it is precise enough, else from the reference. */
static void narrative_shift(dates_scanner *s, dmatch *m, int n, int unit) {
    newsext_date_ref nr;
    const newsext_date_ref *r = narrative_ref(s, unit, &nr) ? &nr : &s->ref;
    if (unit == U_D) {
        if (!dates_has_ref(r)) { set_day(m, 0, 0, 0); return; }
        int y = r->year, mo = r->month, d = r->day;
        dates_add_days(&y, &mo, &d, n);
        set_day(m, y, mo, d);
        return;
    }
    dates_fmt_shift(m->value, r, n, unit);
    m->type = NEWSEXT_TIMEX_DATE;
}

/* that day, that year, (earlier) that month, the same day, that night:
** anaphora to the narrative time */
static size_t r_that(dates_scanner *s, size_t i, dmatch *m) {
    int unit, plural;
    size_t j = i + 1;
    /* "fled during the night": a part of the day the story is at ("in the
    ** morning" is as often a habit, "jogs in the morning", and is left out) */
    if (has(s, j, LX_PARTDAY) && i > 0 && is_word(s, i, "the") && is_word(s, i - 1, "during") && !TK(j)->upper && !is_word(s, j + 1, "of") && !is_punct(s, j + 1, '\'') &&
        !(is_punct(s, j + 1, '-') && glued(s, j + 1))) {
        narrative_shift(s, m, 0, U_D);
        append_partday(m, lx(s, j)->partday_code);
        m->the_ok = 1;
        return j + 1;
    }
    if (is_word(s, i, "the") && is_word(s, i + 1, "same")) j = i + 2;
    else if (!is_word(s, i, "that")) return 0;
    const dates_lex *p = lx(s, j);
    if (p && (p->cls & LX_PARTDAY) && !TK(j)->upper) {
        narrative_shift(s, m, 0, U_D);
        append_partday(m, p->partday_code);
        return j + 1;
    }
    if (!unit_at(s, j, &unit, &plural) || plural) return 0;
    if (unit != U_D && unit != U_W && unit != U_M && unit != U_Y) return 0;
    narrative_shift(s, m, 0, unit);
    return j + 1;
}

/* "It's the second day of the offensive", "today is the eighth day of":
** the reference day, counted in the story's own days */
static size_t r_nth_day(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i;
    if (is_word(s, j, "the")) j++;
    const dates_lex *o = lx(s, j);
    if (!o || !(o->cls & LX_ORDINAL) || !is_word(s, j + 1, "day") || !is_word(s, j + 2, "of")) return 0;
    if (!(i > 0 && (is_word(s, i - 1, "is") ||
                    (i > 2 && is_word(s, i - 1, "s") && is_punct(s, i - 2, '\'') && is_word(s, i - 3, "it")))))
        return 0;
    if (!dates_has_ref(&s->ref)) return 0;
    set_ref_day(m, &s->ref, 0);
    m->the_ok = 1;
    return j + 2;
}

/* "the day before", "the year before." closing a clause: one unit before
** the narrative time ("the day before the vote" anchors to an event, left
** alone) */
static size_t r_unit_before(dates_scanner *s, size_t i, dmatch *m) {
    int unit, plural;
    if (!is_word(s, i, "the") || !unit_at(s, i + 1, &unit, &plural) || plural || !is_word(s, i + 2, "before"))
        return 0;
    if (unit != U_D && unit != U_W && unit != U_M && unit != U_Y) return 0;
    if (has_tok(s, i + 3) && TK(i + 3)->kind != TK_PUNCT) return 0;
    narrative_shift(s, m, -1, unit);
    return i + 3;
}

/* last week, this month, next year, the current quarter, this past spring,
** the past year (a duration), last fall, the weekend. */
static size_t r_anchor_unit(dates_scanner *s, size_t i, dmatch *m) {
    const dates_lex *a = lx(s, i);
    size_t j = i + 1;
    int dir;
    /* "the (fiscal) year": the reference year, "the latest fiscal year"
    ** the last one completed; "the year ended June 30" is the twelve months
    ** before that date */
    int the = is_word(s, i, "the");
    if (the) {
        int latest = is_word(s, j, "latest");
        size_t y = j + (size_t)latest;
        if (is_word(s, y, "fiscal")) y++;
        if (is_word(s, y, "year") && !(is_punct(s, y + 1, '-') && glued(s, y + 1))) {
            if (is_word(s, y + 1, "ended") || is_word(s, y + 1, "ending")) {
                dates_fmt_duration(m->value, 1, 0, U_Y);
                m->type = NEWSEXT_TIMEX_DURATION;
            } else {
                dates_fmt_year(m->value, s->ref.year > 0 ? s->ref.year - latest : 0);
                m->type = NEWSEXT_TIMEX_DATE;
            }
            return y + 1;
        }
    }
    /* "the week's most active session", "during the week": which week
    ** only the story knows; TimeBank leaves it open (1989-WXX) */
    int the_unit = the && has(s, i + 1, LX_UNIT);
    /* "the week-long fighting" is a compound, read as a duration */
    if (the_unit && is_word(s, i + 1, "week") && !(is_punct(s, i + 2, '-') && glued(s, i + 2))) {
        /* "the week ended Friday": seven days up to that day, as "the year
        ** ended June 30" is twelve months */
        if (is_word(s, i + 2, "ended") || is_word(s, i + 2, "ending")) {
            dates_fmt_duration(m->value, 1, 0, U_W);
            m->type = NEWSEXT_TIMEX_DURATION;
        } else {
            dates_fmt_week(m->value, s->ref.year > 0 ? s->ref.year : 0, 0);
            m->type = NEWSEXT_TIMEX_DATE;
        }
        m->the_ok = 1;
        return i + 2;
    }
    /* "earlier in the month", "during the month": the month the story is in */
    if (the_unit && is_word(s, i + 1, "month") && i > 0 &&
        (is_word(s, i - 1, "in") || is_word(s, i - 1, "during")) && !is_word(s, i + 2, "of") &&
        !is_punct(s, i + 2, '\'') && !(is_punct(s, i + 2, '-') && glued(s, i + 2))) {
        narrative_shift(s, m, 0, U_M);
        m->the_ok = 1;
        return i + 2;
    }
    if (the_unit && is_word(s, i + 1, "weekend")) {
        a = NULL;
        dir = tense_dir(s, i) <= 0 ? -1 : 0;
        j = i + 1;
    } else {
        if (!a || !(a->cls & LX_ANCHOR)) return 0;
        dir = a->anchor;
        if (is_word(s, i, "this") && is_word(s, j, "past")) {
            dir = -1;
            j++;
            /* "this past week" written on a weekend is the week now ending */
            if (is_word(s, j, "week") && dates_has_ref(&s->ref) &&
                dates_weekday(s->ref.year, s->ref.month, s->ref.day) >= 6)
                dir = 0;
        }
    }
    if (is_word(s, j, "fiscal") && is_word(s, j + 1, "year")) j++; /* "last fiscal year" */
    const dates_lex *u = lx(s, j);
    if (!u) return 0;
    if (u->cls & LX_SEASON) {
        int y = 0;
        if (dates_has_ref(&s->ref)) {
            int cur = s->ref.month == 12 ? 4 : (s->ref.month - 3 + 12) % 12 / 3 + 1; /* spring 1 .. winter 4 */
            y = s->ref.year;
            /* January and February belong to the winter that began the year
            ** before: "last fall" in February is the previous year's fall */
            if (s->ref.month <= 2) { cur = 4; y--; }
            if (dir < 0 && u->season_order >= cur) y--;
            if (dir > 0 && u->season_order <= cur) y++;
            /* "this spring" in February is the one ahead, in this year */
            if (dir == 0 && s->ref.month <= 2 && u->season_order < 4) y = s->ref.year;
        }
        dates_fmt_season(m->value, y, u->season_code);
        m->type = NEWSEXT_TIMEX_DATE;
        m->the_ok = 1;
        return j + 1;
    }
    if (!(u->cls & LX_UNIT)) return 0;
    /* "the last week of August", "the last weekend of the festival": the
    ** edge of what follows, not a week counted from the reference */
    if (i > 0 && is_word(s, i - 1, "the") && (is_word(s, i, "last") || is_word(s, i, "next")) &&
        is_word(s, j + 1, "of"))
        return 0;
    int unit = u->unit;
    char last = s->text[TK(j)->end - 1];
    if (last == 's' || last == 'S') return 0; /* "last years" is not a date */
    /* "the following year", "the previous day", "the next day" count from
    ** the narrative time (TimeML anchors them to the story, not the
    ** publication date; "next week" alone stays with the publication) */
    int anaphoric = is_word(s, i, "following") || is_word(s, i, "previous") || is_word(s, i, "preceding") ||
                    is_word(s, i, "prior") || (unit == U_D && is_word(s, i, "next") && i > 0 && is_word(s, i - 1, "the"));
    if (anaphoric && (unit == U_D || unit == U_W || unit == U_M || unit == U_Y)) {
        narrative_shift(s, m, dir, unit);
        m->the_ok = 1;
        return j + 1;
    }
    if (unit == U_SEC || unit == U_MIN || unit == U_HR || unit == U_D) return 0;
    m->the_ok = 1;
    m->type = NEWSEXT_TIMEX_DATE;
    /* "the past year", and "for the last year": a stretch up to now
    ** ("for the last week" TimeBank reads as this week) */
    if (a && i > 0 && is_word(s, i - 1, "the") &&
        (is_word(s, i, "past") || (is_word(s, i, "last") && unit >= U_Y && i > 1 &&
                                   (is_word(s, i - 2, "for") || is_word(s, i - 2, "over"))))) {
        dates_fmt_duration(m->value, 1, 0, unit);
        m->type = NEWSEXT_TIMEX_DURATION;
        return j + 1;
    }
    if (unit == U_Q) {
        int y, q;
        if (!dates_has_ref(&s->ref)) { dates_fmt_quarter(m->value, 0, 0); return j + 1; }
        y = s->ref.year;
        q = (s->ref.month - 1) / 3 + 1;
        long t = (long)y * 4 + (q - 1) + dir;
        s->quarter_year = (int)(t / 4);
        s->quarter = (int)(t % 4) + 1;
        dates_fmt_quarter(m->value, s->quarter_year, s->quarter);
        return j + 1;
    }
    if (unit == U_WE && dir == 0 && dates_has_ref(&s->ref) && dates_weekday(s->ref.year, s->ref.month, s->ref.day) < 6 &&
        tense_dir(s, i) <= 0)
        dir = -1;
    dates_fmt_shift(m->value, &s->ref, dir, unit);
    return j + 1;
}

/* How far (bytes) the sentence around a quarter or half is read for words
** of a game report. */
#define GAME_REACH 240

/* The sentence around byte pos holds a word of a game report
** (data/dates_sports.txt): "Kuzma left the court in the second quarter
** with an eye abrasion after a foul". */
static int in_game_sentence(const dates_scanner *s, size_t pos) {
    const char *t = s->text;
    size_t a = pos > GAME_REACH ? pos - GAME_REACH : 0, b = pos + GAME_REACH < s->len ? pos + GAME_REACH : s->len;
    for (size_t k = pos; k > a; k--)
        if (t[k - 1] == '\n' || ((t[k - 1] == '.' || t[k - 1] == '!' || t[k - 1] == '?') && t[k] == ' ')) {
            a = k;
            break;
        }
    for (size_t k = pos; k < b; k++)
        if (t[k] == '\n' || ((t[k] == '.' || t[k] == '!' || t[k] == '?') && (k + 1 == s->len || t[k + 1] == ' '))) {
            b = k;
            break;
        }
    for (size_t k = a; k < b;) {
        if (!((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z')) { k++; continue; }
        size_t e = k;
        while (e < b && (t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z') e++;
        if (e - k >= 4 && e - k <= 16) {
            char key[16];
            for (size_t q = k; q < e; q++) key[q - k] = (char)(t[q] | 0x20);
            const dates_lex *x = dates_lookup(key, e - k);
            if (x && (x->cls & LX_SPORT)) return 1;
        }
        k = e;
    }
    return 0;
}

/* Quarters and halves: the third quarter, third-quarter, Q3 2022, the
** fourth quarter of 2021, the first half, the quarter (the one reported),
** the year-earlier quarter. */
static size_t r_quarter(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i;
    int year = 0, q = 0, half = 0, back = 0, explicit_year = 0;
    int compound = 0; /* "third-quarter", an adjective */
    if (is_word(s, j, "q") && is_num(s, j + 1, 1, 1) && glued(s, j + 1) && TK(j + 1)->num >= 1 &&
        TK(j + 1)->num <= 4) {
        q = TK(j + 1)->num;
        j += 2;
        /* "Q1. Is coffee healthy?": a numbered question opening its line */
        if ((j - 2 == 0 || TK(j - 2)->newline_before) && !year_at(s, j, &year) &&
            (is_punct(s, j, '.') || is_punct(s, j, ':') || is_punct(s, j, ')')))
            return 0;
        if (year_at(s, j, &year)) { j++; explicit_year = 1; }
    } else {
        /* words before the ordinal: this year's, the 1988, fiscal, year-earlier, latest */
        for (int guard = 0; guard < 4; guard++) {
            int y;
            if (year_at(s, j, &y)) {
                year = y;
                explicit_year = 1;
                j++;
                if (is_punct(s, j, '\'') && is_word(s, j + 1, "s")) j += 2; /* "fiscal 1990's" */
                continue;
            }
            if (is_word(s, j, "fiscal") || is_word(s, j, "latest") || is_word(s, j, "recent") ||
                is_word(s, j, "comparable") || is_word(s, j, "flat") || is_word(s, j, "same")) { j++; continue; }
            if (is_word(s, j, "year") && is_punct(s, j + 1, '-') && glued(s, j + 1) &&
                (is_word(s, j + 2, "earlier") || is_word(s, j + 2, "ago"))) {
                back = 1;
                j += 3;
                continue;
            }
            /* "this year's", "last year's", "next year's" */
            if (has(s, j, LX_ANCHOR) && is_word(s, j + 1, "year") && is_punct(s, j + 2, '\'') && is_word(s, j + 3, "s")) {
                if (dates_has_ref(&s->ref)) {
                    year = s->ref.year + lx(s, j)->anchor;
                    explicit_year = 1;
                }
                j += 4;
                continue;
            }
            break;
        }
        const dates_lex *o = lx(s, j);
        size_t k = j;
        int ord = 0;
        if (o && (o->cls & LX_ORDINAL)) { ord = o->ordinal; k = j + 1; }
        else if (is_num(s, j, 1, 1) && glued(s, j + 1) && TK(j + 1)->kind == TK_WORD) { ord = TK(j)->num; k = j + 2; }
        else if (is_word(s, j, "last") && (is_word(s, j + 1, "half"))) { ord = 2; k = j + 1; }
        if (is_punct(s, k, '-') && glued(s, k)) { compound = 1; k++; }
        if (is_word(s, k, "quarter") && ord >= 1 && ord <= 4) q = ord;
        else if (is_word(s, k, "half") && ord >= 1 && ord <= 2) half = ord;
        else if (back && !is_word(s, j, "quarter") && !is_word(s, j, "period")) {
            int n, unit, plural;
            size_t u;
            /* "the year-earlier nine months" is the nine months, a duration */
            if (amount_at(s, j, &n, &u) && unit_at(s, u, &unit, &plural)) return 0;
            k = j - 1; /* "year-earlier profit": the year before the quarter in question */
            q = -1;
        } else if (is_word(s, j, "quarter") || (back && is_word(s, j, "period"))) {
            if (j == i || (!back && !is_word(s, i, "latest") && !is_word(s, i, "recent") && !is_word(s, i, "fiscal") &&
                           !is_word(s, i, "comparable") && !is_word(s, i, "same")))
                if (!(i > 0 && is_word(s, i - 1, "the"))) return 0;
            /* "for the nine months ... in the year-earlier period": those months */
            if (back && is_word(s, j, "period") && s->anchor_kind == ANCHOR_MONTHS) {
                dates_fmt_duration(m->value, s->anchor_months, 0, U_M);
                m->type = NEWSEXT_TIMEX_DURATION;
                m->the_ok = 1;
                return j + 1;
            }
            k = j;
            q = -1;
        } else return 0;
        j = k + 1;
        if (is_punct(s, j, '-') && glued(s, j) && is_word(s, j + 1, "to")) return 0; /* quarter-to-quarter */
        /* "the last half of the '80s" is part of a decade, left to the decade */
        dmatch decade = {0};
        if (half && is_word(s, j, "of") &&
            (r_decade(s, j + 1, &decade) || (is_word(s, j + 1, "the") && r_decade(s, j + 2, &decade))))
            return 0;
        if (is_word(s, j, "of") || is_word(s, j, "in")) {
            int y;
            if (year_at(s, j + 1, &y)) { year = y; explicit_year = 1; j += 2; }
            else if (is_word(s, j + 1, "the") && is_word(s, j + 2, "year") && !is_word(s, j + 3, "ended") &&
                     !is_word(s, j + 3, "ending") && dates_has_ref(&s->ref)) {
                /* "the first half of the year": the reference year */
                year = s->ref.year;
                explicit_year = 1;
                j += 3;
            } else if ((is_word(s, j + 1, "this") || is_word(s, j + 1, "last") || is_word(s, j + 1, "next")) &&
                       is_word(s, j + 2, "year")) {
                if (dates_has_ref(&s->ref)) {
                    year = s->ref.year + lx(s, j + 1)->anchor;
                    explicit_year = 1;
                }
                j += 3;
            }
        }
    }
    /* a period of play in a game report, not of the calendar */
    if (!explicit_year && !back && (q > 0 || half) && in_game_sentence(s, TK(i)->start)) return 0;
    if (!explicit_year && dates_has_ref(&s->ref)) {
        if (q < 0 || back) {
            if (s->quarter && (q < 0 || back)) { year = s->quarter_year; q = q < 0 ? s->quarter : q; }
            else {
                int ry, rq;
                dates_reported_quarter(&s->ref, &ry, &rq);
                year = ry;
                if (q < 0) q = rq;
            }
        } else {
            year = s->ref.year;
            /* "net rose in the fourth quarter" in March: a quarter (or
            ** half) not yet begun, told in the past, is last year's */
            int not_begun = half ? half > (s->ref.month - 1) / 6 + 1 : q > (s->ref.month - 1) / 3 + 1;
            if (not_begun && tense_dir(s, i) < 0) year--;
        }
        if (back) year--;
    } else if (q < 0 && s->quarter) {
        q = s->quarter; /* "the 1988 quarter": the quarter in question, in that year */
    }
    if (q < 0) q = 0;
    m->type = NEWSEXT_TIMEX_DATE;
    /* "the third-quarter earnings": the article is the noun's */
    m->the_ok = !compound;
    if (half) dates_fmt_half(m->value, year, half);
    else {
        dates_fmt_quarter(m->value, year, q);
        /* the quarter an earnings story reports (the last one ended before
        ** the reference) stays what "a year earlier" compares with; a
        ** quarter named in passing after it ("after a flat second
        ** quarter", "since the third quarter of 1984") does not replace it */
        int ry = 0, rq = 0;
        if (dates_has_ref(&s->ref)) dates_reported_quarter(&s->ref, &ry, &rq);
        int reported = year == ry && q == rq;
        if (q > 0 && year > 0 && !back && (reported || !s->quarter_reported)) {
            s->quarter = q;
            s->quarter_year = year;
            s->quarter_reported = reported;
        }
    }
    return j;
}

/* summer 2019, the summer, spring of 2020 (anchored seasons: r_anchor_unit) */
/* A year read aloud, as broadcast transcripts write it: nineteen
** seventy-nine, nineteen ninety-four ("the year two thousand" too when
** the_year); sets *end after it. */
static int year_words_at(const dates_scanner *s, size_t j, int the_year, int *year, size_t *end) {
    const dates_lex *c = lx(s, j), *t = lx(s, j + 1);
    *end = j + 2;
    if (c && (c->cls & LX_CARDINAL) && (c->cls & LX_TRIGGER) && c->cardinal >= 10 && c->cardinal < 20 && t &&
        (t->cls & LX_CARDINAL) && t->cardinal >= 10 && t->cardinal < 100) {
        *year = c->cardinal * 100 + t->cardinal;
        const dates_lex *u = lx(s, *end + 1);
        if (t->cardinal % 10 == 0 && t->cardinal >= 20 && is_punct(s, *end, '-') && glued(s, *end) && u &&
            (u->cls & LX_CARDINAL) && u->cardinal >= 1 && u->cardinal <= 9) {
            *year += u->cardinal;
            *end += 2;
        }
        return 1;
    }
    if (the_year && is_word(s, j, "two") && is_word(s, j + 1, "thousand")) {
        *year = 2000;
        return 1;
    }
    return 0;
}

/* year-end, year end: the last day of the reference year, or of the year
** before when the clause is in the past ("since year-end") */
static size_t r_year_end(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i + 1;
    if (!is_word(s, i, "year")) return 0;
    if (is_punct(s, j, '-') && glued(s, j) && glued(s, j + 1)) j++;
    if (!is_word(s, j, "end")) return 0;
    /* "by year-end" with no tense is a deadline ahead, as for weekdays */
    int tense = tense_dir(s, i);
    size_t lead = s->expr_start;
    if (!tense && lead > 0 && (is_word(s, lead - 1, "by") || is_word(s, lead - 1, "until"))) tense = 1;
    int y = dates_has_ref(&s->ref) ? dates_year_for(&s->ref, 12, 31, tense) : 0;
    set_day(m, y, 12, 31);
    m->the_ok = 1;
    return j + 1;
}

/* nineteen seventy-nine, the year two thousand */
static size_t r_year_words(dates_scanner *s, size_t i, dmatch *m) {
    int the_year = is_word(s, i, "the") && is_word(s, i + 1, "year");
    int year;
    size_t end;
    if (!year_words_at(s, the_year ? i + 2 : i, the_year, &year, &end)) return 0;
    dates_fmt_year(m->value, year);
    m->type = NEWSEXT_TIMEX_DATE;
    m->the_ok = 1;
    return end;
}

static size_t r_season(dates_scanner *s, size_t i, dmatch *m) {
    const dates_lex *e = lx(s, i);
    if (!e || !(e->cls & LX_SEASON)) return 0;
    size_t j = i + 1;
    if (is_word(s, j, "of")) j++;
    int y = 0;
    size_t words_end;
    if (year_at(s, j, &y)) j++;
    else if (is_word(s, j - 1, "of") && year_words_at(s, j, 0, &y, &words_end)) j = words_end;
    else if (is_word(s, j - 1, "of") && has(s, j, LX_ANCHOR) && is_word(s, j + 1, "year") && dates_has_ref(&s->ref)) {
        y = s->ref.year + lx(s, j)->anchor; /* "the spring of next year" */
        j += 2;
    } else {
        if (!(i > 0 && is_word(s, i - 1, "the") && (i < 2 || prev_has(s, i - 1, LX_PREP)))) return 0;
        j = i + 1;
        if (dates_has_ref(&s->ref)) {
            y = s->ref.year;
            /* "prices rose in the summer" in March: a season not yet begun,
            ** told in the past, is last year's, as a quarter is */
            int cur = s->ref.month == 12 ? 4 : (s->ref.month - 3 + 12) % 12 / 3 + 1; /* spring 1 .. winter 4 */
            if (s->ref.month > 2 && e->season_order > cur && tense_dir(s, i) < 0) y--;
        }
    }
    dates_fmt_season(m->value, y, e->season_code);
    m->type = NEWSEXT_TIMEX_DATE;
    m->the_ok = 1;
    return j;
}

static size_t r_holiday(dates_scanner *s, size_t i, dmatch *m) {
    size_t end;
    if (!has_tok(s, i) || !TK(i)->upper) return 0;
    const dates_lex *e = phrase_at(s, i, LX_HOLIDAY, &end);
    if (!e) return 0;
    /* "Election Day" is the US holiday; "election day" any election's */
    if (e->hol_capitalized)
        for (size_t k = i; k < end; k++)
            if (!TK(k)->upper) return 0;
    /* a name: "the Easter Bunny", "Easter Island", "Christmas Carol" */
    if (has_tok(s, end) && TK(end)->kind == TK_WORD && TK(end)->upper && !TK(end)->newline_before &&
        !has(s, end, LX_UNIT | LX_WEEKDAY | LX_MONTH))
        return 0;
    int y = 0, mo = e->hol_month, d = e->hol_day;
    if (e->hol_easter) {
        /* around Easter of the reference year: early April */
        mo = 4;
        d = 10;
    }
    if (year_at(s, end, &y)) end++;
    else if (dates_has_ref(&s->ref)) y = dates_year_for(&s->ref, mo, d ? d : 15, tense_dir(s, i));
    if (e->hol_easter) {
        int offset = e->hol_day;
        d = 0;
        if (y) {
            dates_easter(y, &mo, &d);
            dates_add_days(&y, &mo, &d, offset);
        }
    } else if (!d && y) {
        if (e->hol_nth > 0) {
            int first = dates_weekday(y, e->hol_month, e->hol_from);
            d = e->hol_from + (e->hol_weekday - first + 7) % 7 + 7 * (e->hol_nth - 1);
        } else {
            int n = dates_days_in_month(y, e->hol_month);
            int lastwd = dates_weekday(y, e->hol_month, n);
            d = n - (lastwd - e->hol_weekday + 7) % 7;
        }
    }
    set_day(m, y, mo, d);
    /* "Easter week", "Christmas week": the week of the holiday */
    if (is_word(s, end, "week") && y) {
        int wy, w;
        dates_iso_week(y, mo, d, &wy, &w);
        dates_fmt_week(m->value, wy, w);
        m->day = 0;
        end++;
    }
    return end;
}

/* 10 p.m., 10:30 a.m., 14:30, 5 o'clock, then an optional day ("10 p.m.
** Wednesday", "9 a.m. yesterday"). */
static size_t r_time(dates_scanner *s, size_t i, dmatch *m) {
    /* "at 1400 GMT", "0800 UTC": four digits of a 24-hour clock before a zone */
    int military = is_num(s, i, 4, 4) && TK(i)->num / 100 < 24 && TK(i)->num % 100 < 60 && has(s, i + 1, LX_ZONE) &&
                   TK(i + 1)->upper;
    if (!military && !is_num(s, i, 1, 2)) return 0;
    if (glued(s, i) && TK(i - 1)->kind != TK_PUNCT) return 0;
    if (glued(s, i) && strchr(":./-,", TK(i - 1)->punct)) return 0;
    int hh = TK(i)->num, mm = 0, colon = 0;
    size_t j = i + 1;
    if (military) {
        hh = TK(i)->num / 100;
        mm = TK(i)->num % 100;
        colon = 1;
    } else if (is_punct(s, j, ':') && glued(s, j) && is_num(s, j + 1, 2, 2) && glued(s, j + 1)) {
        mm = TK(j + 1)->num;
        colon = 1;
        j += 2;
    }
    if (mm > 59) return 0;
    int pm = -1;
    if ((is_word(s, j, "a") || is_word(s, j, "p")) && is_punct(s, j + 1, '.') && glued(s, j + 1) &&
        is_word(s, j + 2, "m") && glued(s, j + 2)) {
        pm = is_word(s, j, "p");
        j += 3;
        if (is_punct(s, j, '.') && glued(s, j)) j++;
    } else if (is_word(s, j, "am") || is_word(s, j, "pm")) {
        pm = is_word(s, j, "pm");
        j++;
    } else if (is_word(s, j, "o") && is_punct(s, j + 1, '\'') && is_word(s, j + 2, "clock")) {
        j += 3;
    } else if (!colon) return 0;
    /* "with 3:08 to play", "1:24 left": a game clock, not a time of day */
    if (pm < 0 && !military && (is_word(s, j, "left") || is_word(s, j, "remaining") ||
                                (is_word(s, j, "to") && (is_word(s, j + 1, "play") || is_word(s, j + 1, "go")))))
        return 0;
    if (has(s, j, LX_ZONE) && TK(j)->upper) j++; /* "5 p.m. EST" */
    else if (glued(s, j) && cont(s, j) && (TK(j)->kind != TK_PUNCT || strchr(":/.-", TK(j)->punct))) {
        if (!(TK(j)->kind == TK_PUNCT && TK(j)->punct == '.' && !(has_tok(s, j + 1) && glued(s, j + 1)))) return 0;
    }
    if (pm >= 0) {
        if (hh < 1 || hh > 12) return 0;
        if (pm && hh < 12) hh += 12;
        if (!pm && hh == 12) hh = 0;
    } else if (hh > 24) return 0;
    /* an optional day after: "on Wednesday", "Wednesday", "yesterday", "Nov. 9",
    ** "local time Sunday"; without one, the day the story is at (the last day
    ** named), else the reference */
    dmatch day = {0};
    size_t k = j;
    if (is_word(s, k, "local") && is_word(s, k + 1, "time")) k += 2;
    if (is_word(s, k, "on")) k++;
    size_t e2 = point_rules(s, k, &day);
    /* "10:30 Tuesday morning": the day of the part of the day */
    char *part = e2 && !day.day && day.type == NEWSEXT_TIMEX_TIME ? strchr(day.value, 'T') : NULL;
    if (part && !strchr(part, ':')) {
        *part = 0;
        day.day = 1;
    }
    if (e2 && day.day) {
        j = e2;
        m->own_day = 1;
    } else if (s->day_y) set_day(&day, s->day_y, s->day_m, s->day_d);
    else if (dates_has_ref(&s->ref)) set_ref_day(&day, &s->ref, 0);
    else set_day(&day, 0, 0, 0);
    if (!day.day) set_day(&day, 0, 0, 0);
    day.value[32] = 0; /* a day value is at most "XXXX-WXX-7" long */
    snprintf(m->value, sizeof m->value, "%.32sT%02d:%02d", day.value, hh % 100, mm % 100);
    m->type = NEWSEXT_TIMEX_TIME;
    return j;
}

/* Units a duration can be written in together, one after the other
** (P3Y2M, P1DT2H, PT2H30M). */
static int composable_unit(int unit) {
    return unit == U_Y || unit == U_M || unit == U_D || unit == U_HR || unit == U_MIN || unit == U_SEC;
}

/* "2 hours and 30 minutes", "three years, two months", "a two hour 51
** minute struggle": a smaller amount right after a duration (value, of
** unit) joins it in one value. The token after the joined expression, or
** 0 when none follows (or a date follows: "3 years and 2 months ago"). */
static size_t duration_tail(dates_scanner *s, size_t k, int unit, char value[48]) {
    if (!composable_unit(unit)) return 0;
    /* a comma joins only clock units ("3 hours, 12 minutes"): "for two
    ** days, 10 hours were lost" is two things */
    if (is_word(s, k, "and") || (is_punct(s, k, ',') && unit <= U_HR)) k++;
    else if (is_punct(s, k, ',')) return 0;
    int n2, unit2, plural2;
    size_t u;
    if (!amount_at(s, k, &n2, &u) || u == k || n2 < 0 || !unit_at(s, u, &unit2, &plural2) || unit2 >= unit ||
        !composable_unit(unit2))
        return 0;
    if (is_punct(s, u + 1, '-') || is_word(s, u + 1, "ago") || is_word(s, u + 1, "earlier") ||
        is_word(s, u + 1, "later"))
        return 0;
    char second[48];
    dates_fmt_duration(second, n2, 0, unit2);
    const char *rest = second + 1; /* without its P */
    if (rest[0] == 'T' && strchr(value, 'T')) rest++;
    if (strlen(value) + strlen(rest) >= 48) return 0;
    strcat(value, rest);
    return u + 1;
}

/* Half of one unit, in the next smaller unit where it divides evenly. */
static void fmt_half_unit(dmatch *m, int unit) {
    m->type = NEWSEXT_TIMEX_DURATION;
    if (unit == U_HR) dates_fmt_duration(m->value, 30, 0, U_MIN);
    else if (unit == U_MIN) dates_fmt_duration(m->value, 30, 0, U_SEC);
    else if (unit == U_D) dates_fmt_duration(m->value, 12, 0, U_HR);
    else if (unit == U_Y) dates_fmt_duration(m->value, 6, 0, U_M);
    else dates_fmt_duration(m->value, 0, 1, unit);
}

/* An amount of a unit: a duration (three years, 30-hour, the past two
** months, the first nine months), or a date with ago/earlier/later/from now. */
static size_t r_amount(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i;
    int anchored = 0;
    int unit, plural;
    /* "the first hours of the war", "the last days of the regime": an
    ** unknown number of units at the edge of a stretch of time */
    if (is_word(s, i, "the") &&
        (is_word(s, i + 1, "first") || is_word(s, i + 1, "last") || is_word(s, i + 1, "final") ||
         is_word(s, i + 1, "early") || is_word(s, i + 1, "opening") || is_word(s, i + 1, "closing")) &&
        unit_at(s, i + 2, &unit, &plural) && plural && is_word(s, i + 3, "of") && unit >= U_MIN && unit != U_WE) {
        m->type = NEWSEXT_TIMEX_DURATION;
        dates_fmt_duration(m->value, -1, 0, unit);
        return i + 3;
    }
    const dates_lex *a = lx(s, j);
    if (a && ((a->cls & LX_ANCHOR) || (a->cls & LX_ORDINAL && a->ordinal == 1)) && a->anchor != 0) {
        anchored = 1;
        j++;
    } else if (is_word(s, j, "first")) {
        anchored = 1;
        j++;
    }
    int n;
    size_t k;
    /* "half an hour" is PT30M, "half a day" PT12H: half of one unit, in
    ** the next smaller unit where it divides evenly; "a half-hour" too */
    if (!anchored && is_word(s, j, "half") && (is_word(s, j + 1, "a") || is_word(s, j + 1, "an")) &&
        unit_at(s, j + 2, &unit, &plural) && !plural) {
        fmt_half_unit(m, unit);
        return j + 3;
    }
    size_t h = is_word(s, j, "a") ? j + 1 : j;
    if (!anchored && is_word(s, h, "half") && is_punct(s, h + 1, '-') && glued(s, h + 1) && glued(s, h + 2) &&
        unit_at(s, h + 2, &unit, &plural) && !plural && unit != U_WE && unit != U_Q) {
        fmt_half_unit(m, unit);
        return h + 3;
    }
    /* "a day-long meeting", "their third day-long meeting": one unit, the
    ** article left out like the number-less compound's other words */
    if (!anchored && unit_at(s, j, &unit, &plural) && !plural && is_punct(s, j + 1, '-') && glued(s, j + 1) &&
        is_word(s, j + 2, "long") && glued(s, j + 2)) {
        m->type = NEWSEXT_TIMEX_DURATION;
        dates_fmt_duration(m->value, 1, 0, unit);
        return j + 3;
    }
    if (!amount_at(s, j, &n, &k)) {
        /* years, decades, centuries after a preposition: "for years" */
        /* "months ago": some time back (TimeML PAST_REF) */
        if (!anchored && unit_at(s, j, &unit, &plural) && plural && is_word(s, j + 1, "ago") && unit >= U_D) {
            snprintf(m->value, sizeof m->value, "PAST_REF");
            m->type = NEWSEXT_TIMEX_DATE;
            return j + 2;
        }
        if (anchored || !unit_at(s, j, &unit, &plural) || !plural || !prev_has(s, j, LX_PREP) ||
            is_word(s, j - 1, "of") || is_word(s, j - 1, "to") || is_word(s, j - 1, "and") ||
            unit == U_WE || unit == U_Q || unit == U_SEC)
            return 0;
        dates_fmt_duration(m->value, -1, 0, unit);
        m->type = NEWSEXT_TIMEX_DURATION;
        return j + 1;
    }
    if (j == k) return 0;
    /* "two to three days", "10 to 15 years", "2-3 years", "one or two
    ** weeks": a range of amounts is one duration, valued at its upper end */
    int upper;
    size_t upper_end;
    if (n >= 0 && has_tok(s, k + 2) && (has(s, k + 2, LX_UNIT) || has(s, k + 3, LX_UNIT)) &&
        (is_word(s, k, "to") || is_word(s, k, "or") ||
         (is_punct(s, k, '-') && glued(s, k) && glued(s, k + 1) && TK(k + 1)->kind == TK_NUM)) &&
        amount_at(s, k + 1, &upper, &upper_end) && upper_end > k + 1 && upper > n && has(s, upper_end, LX_UNIT)) {
        n = upper;
        k = upper_end;
    }
    int hyphen = 0;
    if (is_punct(s, k, '-') && glued(s, k) && glued(s, k + 1)) { hyphen = 1; k++; }
    int half = 0;
    /* "two and a half years" */
    if (!hyphen && n >= 0 && is_word(s, k, "and") && is_word(s, k + 1, "a") && is_word(s, k + 2, "half")) {
        half = 1;
        k += 3;
    }
    while (!hyphen && has(s, k, LX_FILLER)) k++;
    if (!unit_at(s, k, &unit, &plural)) return 0;
    if (hyphen && plural) return 0;
    int article = is_word(s, j, "a") || is_word(s, j, "an");
    /* a compound adjective leaves its article out ("a several-year
    ** tenure": several-year); "a day-long" is read from "day" */
    int day_long = is_punct(s, k + 1, '-') && glued(s, k + 1) && is_word(s, k + 2, "long");
    if (article && (k > j + 1 ? hyphen : day_long)) return 0;
    if (n == 1 && plural && !hyphen && TK(j)->kind == TK_NUM) plural = 0;
    /* "a quarter-century": 25 years */
    if (unit == U_Q && !plural && is_punct(s, k + 1, '-') && glued(s, k + 1) && glued(s, k + 2) &&
        is_word(s, k + 2, "century") && (article || n == 1)) {
        m->type = NEWSEXT_TIMEX_DURATION;
        dates_fmt_duration(m->value, 25, 0, U_Y);
        return k + 3;
    }
    /* not durations: "a second term", "a quarter of", "$1.76 a year" (a rate),
    ** "52 years old" (an age) */
    if (article && (unit == U_SEC || (unit == U_Q && is_word(s, k + 1, "of")))) return 0;
    /* "they called it a day": an idiom */
    if (article && unit == U_D && !plural && j >= 2 && is_word(s, j - 1, "it") &&
        (is_word(s, j - 2, "call") || is_word(s, j - 2, "called") || is_word(s, j - 2, "calls") ||
         is_word(s, j - 2, "calling")))
        return 0;
    /* "300 cars a day", "four cups a day": a counted plural noun before */
    int counted = j > 1 && TK(j - 1)->kind == TK_WORD && !TK(j - 1)->upper && !TK(j - 1)->lex &&
                  TK(j - 1)->end - TK(j - 1)->start > 2 && (s->text[TK(j - 1)->end - 1] | 0x20) == 's' &&
                  (TK(j - 2)->kind == TK_NUM || has(s, j - 2, LX_CARDINAL));
    if (article && j > 0 && !TK(j)->newline_before &&
        (TK(j - 1)->kind == TK_NUM || prev_has(s, j, LX_RATE) || counted) &&
        !(is_word(s, k + 1, "ago") || is_word(s, k + 1, "earlier")))
        return 0;
    if (is_word(s, k + 1, "old") && !hyphen) return 0;
    /* "24 hours a day", "seven days a week": a rate of work, neither a
    ** duration nor a set in TimeBank */
    int u2, p2;
    if (!hyphen && n >= 0 && (is_word(s, k + 1, "a") || is_word(s, k + 1, "per")) && unit_at(s, k + 2, &u2, &p2) &&
        !p2 && u2 > unit)
        return 0;
    if (article && i > 0 && j > 0 && unit_at(s, j - 1, &u2, &p2) && p2 && u2 < unit && j > 1 &&
        (TK(j - 2)->kind == TK_NUM || has(s, j - 2, LX_CARDINAL)))
        return 0;
    size_t end = k + 1;
    /* an age ("a 6-year-old") is not a temporal expression in TimeML */
    if (hyphen && is_punct(s, end, '-') && glued(s, end) && is_word(s, end + 1, "old")) return 0;
    if (hyphen && is_punct(s, end, '-') && glued(s, end) && is_word(s, end + 1, "long")) end += 2;
    m->type = NEWSEXT_TIMEX_DURATION;
    /* "the 14-day waiting period": TimeML tags the compound adjective
    ** alone, its article belongs to the noun */
    m->the_ok = !hyphen && (anchored || TK(j)->kind == TK_NUM || has(s, j, LX_CARDINAL));
    /* "a year and a half" */
    if (!half && !hyphen && n >= 0 && is_word(s, k + 1, "and") && is_word(s, k + 2, "a") && is_word(s, k + 3, "half")) {
        half = 1;
        end = k + 4;
    }
    dates_fmt_duration(m->value, n, half, unit);
    if (anchored || hyphen) return end;
    if (!half && n >= 0) {
        size_t tail_end = duration_tail(s, end, unit, m->value);
        if (tail_end) return tail_end;
    }
    /* "One day, we may wear...", "one day, he walked in": some day, told
    ** before its clause, not a length of time */
    if (unit == U_D && n == 1 && !plural && is_word(s, j, "one") && is_punct(s, end, ',') &&
        (j == 0 || TK(j)->newline_before || sentence_end(s, j - 1) ||
         (TK(j - 1)->kind == TK_PUNCT && TK(j - 1)->punct == ','))) {
        int ahead = tense_dir(s, j) > 0;
        for (size_t k2 = end + 1; !ahead && k2 < end + 8 && cont(s, k2) && !sentence_end(s, k2); k2++)
            ahead = is_word(s, k2, "may") || is_word(s, k2, "might") || is_word(s, k2, "could");
        snprintf(m->value, sizeof m->value, "%s", ahead ? "FUTURE_REF" : "PAST_REF");
        m->type = NEWSEXT_TIMEX_DATE;
        return end;
    }
    /* a date n units away */
    int dir = 0;
    size_t after = end;
    if (is_word(s, after, "or") && is_word(s, after + 1, "so") &&
        (is_word(s, after + 2, "ago") || is_word(s, after + 2, "earlier"))) {
        after += 2; /* "a week or so ago" */
        m->mod = "APPROX";
    }
    if (is_word(s, after, "ago") || is_word(s, after, "earlier")) dir = -1;
    else if (is_word(s, after, "later") || is_word(s, after, "hence")) dir = 1;
    else if (is_word(s, after, "from") && is_word(s, after + 1, "now")) { dir = 1; after++; }
    if (!dir) return end;
    after++;
    m->type = NEWSEXT_TIMEX_DATE;
    m->the_ok = 0;
    if (n < 0) {
        snprintf(m->value, sizeof m->value, "%s", dir < 0 ? "PAST_REF" : "FUTURE_REF");
        return after;
    }
    if (unit == U_Y && n == 1 && dir < 0 && s->anchor_kind == ANCHOR_DAY) {
        int d = s->anchor_m == 2 && s->anchor_d == 29 ? 28 : s->anchor_d;
        set_day(m, s->anchor_y - 1, s->anchor_m, d);
        return after;
    }
    if (unit == U_Y && n == 1 && dir < 0 && s->anchor_kind == ANCHOR_MONTHS && dates_has_ref(&s->ref)) {
        dates_fmt_year(m->value, s->ref.year - 1);
        return after;
    }
    if (unit == U_Y && n == 1 && s->quarter && dates_has_ref(&s->ref)) {
        dates_fmt_quarter(m->value, s->quarter_year - 1, s->quarter);
        return after;
    }
    /* "two days later", "three weeks earlier": from the narrative time */
    newsext_date_ref nr;
    if ((is_word(s, after - 1, "later") || is_word(s, after - 1, "earlier")) && narrative_ref(s, U_D, &nr) &&
        (unit == U_D || unit == U_W || unit == U_FN || unit == U_M || unit == U_Y)) {
        if (unit == U_W || unit == U_FN) narrative_shift(s, m, dir * n * (unit == U_FN ? 14 : 7), U_D);
        else narrative_shift(s, m, dir * n, unit);
        return after;
    }
    if (unit == U_W || unit == U_FN) {
        set_ref_day(m, &s->ref, (long)dir * n * (unit == U_FN ? 14 : 7));
        return after;
    }
    if (unit == U_SEC || unit == U_MIN || unit == U_HR) {
        set_ref_day(m, &s->ref, 0);
        return after;
    }
    dates_fmt_shift(m->value, &s->ref, dir * n, unit);
    m->day = unit == U_D;
    return after;
}

/* every day, each month, every Monday, daily, per year */
static size_t r_set(dates_scanner *s, size_t i, dmatch *m) {
    const dates_lex *e = lx(s, i);
    m->type = NEWSEXT_TIMEX_SET;
    if (e && (e->cls & LX_SET)) {
        /* rates are not recurrences: "rise 8.5% annually", "10,000 units
        ** annually"; nor is a newspaper: "the party daily Granma" */
        if (i > 0 && (is_punct(s, i - 1, '%') || TK(i - 1)->kind == TK_NUM ||
                      (i > 1 && TK(i - 2)->kind == TK_NUM && TK(i - 1)->kind == TK_WORD)))
            return 0;
        if (has_tok(s, i + 1) && TK(i + 1)->kind == TK_WORD && TK(i + 1)->upper && !TK(i + 1)->newline_before)
            return 0;
        snprintf(m->value, sizeof m->value, "%s", e->set_value);
        return i + 1;
    }
    /* "twice a week", "three times a year", "once a month" (digits, "4
    ** times a year", are left out: every number would try this rule): the period,
    ** as TimeML writes it (P1W; how often in it is the SET's freq) */
    /* this rule is tried at every "the": the first letter and the length
    ** spare most word comparisons */
    char first = (char)(s->text[TK(i)->start] | 0x20);
    size_t len = TK(i)->end - TK(i)->start;
    size_t k0 = i;
    if (e && (e->cls & LX_CARDINAL)) {
        if (is_word(s, i + 1, "times")) k0 = i + 2;
    } else if ((first == 'o' && is_word(s, i, "once")) ||
               (first == 't' && len > 4 && (is_word(s, i, "twice") || is_word(s, i, "thrice")))) {
        k0 = i + 1;
    }
    if (k0 > i) {
        int u, pl;
        if (!(is_word(s, k0, "a") || is_word(s, k0, "an") || is_word(s, k0, "per") || is_word(s, k0, "each") ||
              is_word(s, k0, "every")) ||
            !unit_at(s, k0 + 1, &u, &pl) || pl || u == U_WE)
            return 0;
        dates_fmt_duration(m->value, 1, 0, u);
        return k0 + 2;
    }
    if (!((first == 'e' && (is_word(s, i, "every") || is_word(s, i, "each"))) || (first == 'p' && is_word(s, i, "per"))))
        return 0;
    size_t j = i + 1;
    int n = 1, unit, plural;
    if (is_word(s, j, "other")) { n = 2; j++; }
    size_t k;
    if (is_word(s, i, "per") && has(s, j, LX_UNIT) && lx(s, j)->unit <= U_MIN) return 0; /* speeds */
    int u0, p0;
    if (is_word(s, i, "per") && i > 0 && unit_at(s, i - 1, &u0, &p0) && p0) return 0; /* "five days per week" */
    if (!is_word(s, i, "per") && amount_at(s, j, &n, &k) && k > j) j = k;
    const dates_lex *w = lx(s, j);
    if (w && (w->cls & LX_WEEKDAY) && TK(j)->upper) {
        snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", w->weekday);
        return j + 1;
    }
    /* every summer */
    if (w && (w->cls & LX_SEASON) && !is_word(s, i, "per")) {
        snprintf(m->value, sizeof m->value, "XXXX-%s", w->season_code);
        return j + 1;
    }
    /* every July */
    if (w && (w->cls & LX_MONTH) && w->month_kind == MONTH_FULL && TK(j)->upper && !is_word(s, i, "per")) {
        snprintf(m->value, sizeof m->value, "XXXX-%02d", w->month);
        return j + 1;
    }
    if (!unit_at(s, j, &unit, &plural)) return 0;
    if (unit == U_WE) {
        snprintf(m->value, sizeof m->value, "XXXX-WXX-WE");
        return j + 1;
    }
    dates_fmt_duration(m->value, n, 0, unit); /* "every few months": PXM */
    return j + 1;
}

/* ---- driver ---- */

typedef size_t (*rule_fn)(dates_scanner *, size_t, dmatch *);

/* A rule and what its first token can be: lexicon classes, or a number, or
** an apostrophe ('90s). Rules whose first token cannot match are skipped. */
#define FIRST_NUM (1u << 30)
#define FIRST_APOS (1u << 31)
typedef struct rule {
    rule_fn fn;
    uint32_t first;
} rule;

static const rule point_rule_list[] = {
    {r_iso, FIRST_NUM},
    {r_numeric, FIRST_NUM},
    {r_month_date, FIRST_NUM | LX_MONTH | LX_WEEKDAY},
    {dates_intl_date, FIRST_NUM | LX_MONTH_INTL},
    {r_anchor_month, LX_ANCHOR},
    {r_decade, FIRST_NUM | FIRST_APOS | LX_DECADE},
    {r_century, FIRST_NUM | LX_ORDINAL},
    {r_year, FIRST_NUM | LX_GRAMMAR | LX_UNIT},
    {r_weekday, LX_ANCHOR | LX_WEEKDAY},
    {r_quarter, FIRST_NUM | LX_GRAMMAR | LX_ORDINAL | LX_ANCHOR | LX_UNIT},
    {r_season, LX_SEASON},
    {r_holiday, LX_HOLIDAY | LX_PREFIX},
    {r_anchor_unit, LX_ANCHOR | LX_GRAMMAR},
    {r_that, LX_GRAMMAR},
    {r_unit_before, LX_GRAMMAR},
    {r_nth_day, LX_GRAMMAR | LX_ORDINAL},
    {r_year_end, LX_UNIT},
    {r_year_words, LX_GRAMMAR | LX_CARDINAL},
    {r_relative, LX_RELATIVE | LX_PREFIX},
};
/* Tried only in text of other languages (dates_intl_text). */
static const rule intl_rule_list[] = {
    {dates_intl_relative, FIRST_NUM | LX_INTL_STARTERS},
};
static const rule other_rule_list[] = {
    {r_time, FIRST_NUM},
    {r_amount, FIRST_NUM | LX_ANCHOR | LX_ORDINAL | LX_GRAMMAR | LX_CARDINAL | LX_UNIT},
    {r_set, LX_SET | LX_GRAMMAR | LX_CARDINAL},
};

static uint32_t first_classes(const dates_scanner *s, size_t i) {
    const dtok *t = TK(i);
    if (t->kind == TK_NUM) return FIRST_NUM;
    if (t->kind == TK_PUNCT) return t->punct == '\'' ? FIRST_APOS : 0;
    return t->lex ? t->lex->cls : 0;
}

static size_t run_rules(dates_scanner *s, size_t i, const rule *rules, size_t n, dmatch *best, size_t best_end) {
    uint32_t first = first_classes(s, i);
    for (size_t r = 0; r < n; r++) {
        if (!(rules[r].first & first)) continue;
        dmatch m = no_match;
        size_t e = rules[r].fn(s, i, &m);
        if (e > best_end) { best_end = e; m.end = e; *best = m; }
    }
    return best_end;
}

/* The longest point (a date or time) at token i. */
static size_t point_rules(dates_scanner *s, size_t i, dmatch *best) {
    if (i >= s->ntok) return 0;
    size_t end = run_rules(s, i, point_rule_list, sizeof point_rule_list / sizeof *point_rule_list, best, 0);
    if (s->intl) end = run_rules(s, i, intl_rule_list, sizeof intl_rule_list / sizeof *intl_rule_list, best, end);
    return end;
}

/* The longest expression of any kind at token i. */
static size_t any_rules(dates_scanner *s, size_t i, dmatch *best) {
    size_t best_end = point_rules(s, i, best);
    if (i >= s->ntok) return 0;
    return run_rules(s, i, other_rule_list, sizeof other_rule_list / sizeof *other_rule_list, best, best_end);
}

/* Tries the expression at token i; returns the first token after it (0:
** none) and where it starts in *first (a "the" or a modifier before). */
/* An expression with a modifier before it at token i (early April,
** mid-2019, the end of 1990, more than four hours, at least the past 18
** months): its end, or 0. */
static size_t modified_at(dates_scanner *s, size_t i, dmatch *m) {
    size_t mend;
    const dates_lex *mod = phrase_at(s, i, LX_MODIFIER, &mend);
    /* "Earlier Friday" is "earlier on Friday": TimeBank leaves the adverb
    ** out of the expression (and gives no mod) */
    if (mod && (is_word(s, i, "earlier") || is_word(s, i, "later")) && has(s, mend, LX_WEEKDAY)) return 0;
    if (!mod || mod->mod_after) return 0;
    size_t j = mend;
    if (is_punct(s, j, '-') && glued(s, j)) j++;
    dmatch inner = no_match;
    size_t e = 0;
    /* "the end of the month", "the beginning of the week": the edge of the
    ** reference's own week or month ("the week" alone stays open, but its
    ** edge is the one the writer is in) */
    int unit, plural;
    if (mod->mod_point && is_word(s, j, "the") && unit_at(s, j + 1, &unit, &plural) && !plural &&
        unit == U_M && !is_word(s, j + 2, "of") && !is_punct(s, j + 2, '\'') &&
        !(is_punct(s, j + 2, '-') && glued(s, j + 2)) && dates_has_ref(&s->ref)) {
        dates_fmt_shift(m->value, &s->ref, 0, unit);
        m->type = NEWSEXT_TIMEX_DATE;
        m->mod = mod->mod;
        return j + 2;
    }
    if (is_word(s, j, "the")) {
        e = any_rules(s, j + 1, &inner);
        if (e && !inner.the_ok) e = 0;
    }
    if (!e) e = any_rules(s, j, &inner);
    int is_amount = inner.type == NEWSEXT_TIMEX_DURATION;
    /* "over the past year" is no more than a year; "at least the past 18
    ** months" is at least that */
    int amount_ok = mod->mod_amount && (!is_word(s, j, "the") || mend > i + 1);
    if (!e || !((is_amount && amount_ok) || (!is_amount && mod->mod_point))) return 0;
    if (strstr(inner.value, "_REF")) return 0; /* "worried about the future" */
    inner.mod = mod->mod;
    *m = inner;
    return e;
}

static size_t match_at(dates_scanner *s, size_t i, dmatch *out, size_t *first) {
    size_t best_end = 0;
    s->expr_start = i;
    dmatch m = no_match;
    best_end = modified_at(s, i, &m);
    /* "the mid-1990s", "the early 1980s": the article of the decade */
    if (is_word(s, i, "the")) {
        dmatch t = no_match;
        size_t e3 = modified_at(s, i + 1, &t);
        if (e3 > best_end && t.the_ok && t.type == NEWSEXT_TIMEX_DATE && !strchr(t.value, '-')) {
            best_end = e3;
            m = t;
        }
    }
    dmatch plain = no_match;
    size_t e = any_rules(s, i, &plain);
    if (e > best_end) { best_end = e; m = plain; }
    if (is_word(s, i, "the") && has_tok(s, i + 1)) {
        dmatch t = no_match;
        size_t e2 = any_rules(s, i + 1, &t);
        if (e2 > best_end && t.the_ok) { best_end = e2; m = t; }
    }
    if (!best_end) return 0;
    /* a title in quotes, "60 Minutes", "This Week With David Brinkley": a
    ** capitalized unit inside the expression names a show, not a time */
    if (i > 0 && glued(s, i) && (is_punct(s, i - 1, '"') || is_punct(s, i - 1, '\'')))
        for (size_t k = i + 1; k < best_end; k++)
            if (TK(k)->kind == TK_WORD && TK(k)->upper && has(s, k, LX_UNIT)) return 0;
    /* a modifier after: "a week or so", "1994 or later" */
    size_t aend;
    const dates_lex *after = phrase_at(s, best_end, LX_MODIFIER, &aend);
    if (after && after->mod_after && !m.mod) {
        m.mod = after->mod;
        best_end = aend;
    }
    *first = i;
    *out = m;
    return best_end;
}

static int digits_at(const char *v, int n) {
    int x = 0;
    for (int k = 0; k < n; k++) {
        if (v[k] < '0' || v[k] > '9') return -1;
        x = x * 10 + (v[k] - '0');
    }
    return x;
}

/* A date or time with a known year moves the narrative time to it. */
static void remember_narrative(dates_scanner *s, const dmatch *m) {
    if (m->type != NEWSEXT_TIMEX_DATE && m->type != NEWSEXT_TIMEX_TIME) return;
    const char *v = m->value;
    int y = digits_at(v, 4);
    if (y <= 0) return;
    int mo = v[4] == '-' ? digits_at(v + 5, 2) : -1;
    int d = mo > 0 && v[7] == '-' ? digits_at(v + 8, 2) : -1;
    s->last_y = y;
    s->last_m = mo > 0 ? mo : 0;
    s->last_d = d > 0 ? d : 0;
    if (d > 0 && (m->day || m->named_day)) {
        s->day_y = y;
        s->day_m = mo;
        s->day_d = d;
    }
}

static int emit(dates_scanner *s, size_t first, size_t end, const dmatch *m, newsext_date_mention **ms,
                size_t *count, size_t *cap) {
    if (*count == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        newsext_date_mention *p = ne_realloc(*ms, c * sizeof *p);
        if (!p) return NEWSEXT_NOMEM;
        *ms = p;
        *cap = c;
    }
    newsext_date_mention *o = &(*ms)[(*count)++];
    o->start = TK(first)->start;
    o->length = TK(end - 1)->end - o->start;
    o->type = (newsext_timex_type)m->type;
    size_t vn = strnlen(m->value, sizeof o->value - 1); /* as snprintf "%s" would, without parsing a format */
    memcpy(o->value, m->value, vn);
    o->value[vn] = 0;
    o->mod = m->mod;
    remember_narrative(s, m);
    if (m->year_written) {
        s->written_y = atoi(m->value);
        s->written_end = TK(end - 1)->end;
    }
    if (m->named_day && m->type == NEWSEXT_TIMEX_DATE) {
        s->anchor_kind = ANCHOR_DAY;
        s->anchor_y = m->y;
        s->anchor_m = m->m;
        s->anchor_d = m->d;
    } else if (s->quarter && m->type == NEWSEXT_TIMEX_DATE && m->value[4] == '-' && m->value[5] == 'Q' &&
               atoi(m->value) == s->quarter_year && m->value[6] - '0' == s->quarter) {
        s->anchor_kind = ANCHOR_QUARTER;
    } else if (m->type == NEWSEXT_TIMEX_DURATION && first + 1 < end && is_word(s, first, "the") &&
               (is_word(s, first + 1, "first") || TK(first + 1)->kind == TK_NUM || has(s, first + 1, LX_CARDINAL))) {
        /* "the nine months", "the first six months": the part of the year
        ** an earnings report covers (not "the past six months") */
        int n = atoi(m->value + 1);
        char months[48];
        dates_fmt_duration(months, n, 0, U_M);
        if (n >= 2 && n <= 11 && !strcmp(months, m->value)) {
            s->anchor_kind = ANCHOR_MONTHS;
            s->anchor_months = n;
        }
    }
    return NEWSEXT_OK;
}

/* An expression ends at most this many tokens after its first one reaches
** a trigger word ("at least the past 18 months": 5). */
#define TRIGGER_REACH 7

/* Token i can start an expression: a number, a word that begins a rule, or the
** apostrophe of '90s; and a trigger follows within TRIGGER_REACH tokens. */
static int may_start(const dates_scanner *s, size_t i, size_t next_trigger) {
    const dtok *t = TK(i);
    if (next_trigger >= s->ntok || next_trigger - i > TRIGGER_REACH) return 0;
    if (t->kind == TK_PUNCT) return t->punct == '\'';
    return t->kind == TK_NUM || (t->lex && (t->lex->cls & (s->intl ? LX_STARTERS | LX_INTL_STARTERS : LX_STARTERS)));
}

/* Replaces the day of the clock time o ("1998-03-11T09:00") with the day
** of the clock time value ("1998-03-09T17:00"). */
static void give_day_of(newsext_date_mention *o, const char *value) {
    const char *t = strchr(value, 'T');
    char clock[16];
    const char *c = strchr(o->value, 'T');
    if (!t || !c) return;
    snprintf(clock, sizeof clock, "%s", c);
    snprintf(o->value, sizeof o->value, "%.*s%s", (int)(t - value), value, clock);
}

/* After the mention m (tokens first to end, the last of the count in ms):
** completes a range it ends, and remembers whether it begins one. */
static void note_range(dates_scanner *s, size_t first, size_t end, const dmatch *m, newsext_date_mention *ms,
                       size_t count) {
    /* "9 a.m. to 5 p.m. on Monday": the first clock takes the second's day */
    if (s->range_clock && first == s->range_tok && m->type == NEWSEXT_TIMEX_TIME && m->own_day)
        give_day_of(&ms[s->range_clock - 1], m->value);
    /* "Monday through Friday" is a range forward; "moved from Tuesday to
    ** Monday" is not, so "to" and "until" do not count */
    s->range_tok = 0;
    s->range_y = 0;
    s->range_clock = 0;
    if (m->day && m->y > 0 && (is_word(s, end, "through") || is_word(s, end, "thru"))) {
        s->range_tok = end + 1;
        s->range_y = m->y;
        s->range_m = m->m;
        s->range_d = m->d;
    } else if (m->type == NEWSEXT_TIMEX_TIME && !m->own_day && range_word_at(s, end)) {
        s->range_tok = end + 1;
        s->range_clock = count;
    }
}

static int parse_island(dates_scanner *s, newsext_date_mention **ms, size_t *count, size_t *cap) {
    size_t i = 0, next_trigger = 0;
    s->range_tok = 0;
    s->range_clock = 0;
    while (i < s->ntok) {
        if (next_trigger < i) next_trigger = i;
        while (next_trigger < s->ntok && !s->tok[next_trigger].trigger) next_trigger++;
        if (!may_start(s, i, next_trigger)) {
            /* nothing can start before the trigger's reach */
            if (next_trigger >= s->ntok) break;
            i = next_trigger - i > TRIGGER_REACH ? next_trigger - TRIGGER_REACH : i + 1;
            continue;
        }
        dmatch m;
        size_t first;
        size_t end = match_at(s, i, &m, &first);
        if (!end) { i++; continue; }
        int rc = emit(s, first, end, &m, ms, count, cap);
        if (rc != NEWSEXT_OK) return rc;
        i = end;
        note_range(s, first, end, &m, *ms, *count);
        /* the second year of "the 1995-96 season" */
        if (m.year_to) {
            dmatch second = m;
            dates_fmt_year(second.value, m.year_to);
            second.year_to = 0;
            rc = emit(s, end + 1, end + 2, &second, ms, count, cap);
            if (rc != NEWSEXT_OK) return rc;
            i = end + 2;
            continue;
        }
        /* the second day of "April 24 and 25", "May 3-5" */
        int d2;
        size_t e2;
        if (m.day && m.m > 0 && (is_word(s, end, "and") || is_word(s, end, "to") || is_punct(s, end, '-')) &&
            day_at(s, end + 1, &d2, &e2) && !has(s, e2, LX_MONTH) && d2 > m.d &&
            d2 <= dates_days_in_month(m.y > 0 ? m.y : 2000, m.m)) {
            dmatch second = m;
            set_day(&second, m.y, m.m, d2);
            rc = emit(s, end + 1, e2, &second, ms, count, cap);
            if (rc != NEWSEXT_OK) return rc;
            i = e2;
        }
    }
    return NEWSEXT_OK;
}

int dates_scanner_new(const char *text, size_t len, const newsext_date_ref *ref, dates_scanner **out) {
    *out = NULL;
    dates_scanner *s = ne_malloc(sizeof *s);
    if (!s) return NEWSEXT_NOMEM;
    memset(s, 0, sizeof *s);
    s->text = text ? text : "";
    s->len = text ? len : 0;
    if (ref && ref->year > 0) s->ref = *ref;
    s->intl = dates_intl_text(s->text, s->len);
    *out = s;
    return NEWSEXT_OK;
}

void dates_scanner_free(dates_scanner *s) {
    if (!s) return;
    ne_free(s->tok);
    ne_free(s);
}

/* Moves a byte offset back to the start of its UTF-8 character. */
static size_t char_start(const char *t, size_t i) {
    while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80) i--;
    return i;
}

/* Island bounds around a prefilter match: at most ISLAND_BEFORE bytes
** before and ISLAND_AFTER after, shrunk to whole words (a word cut by the
** margin cannot belong to an expression that far away). */
static size_t island_start(const dates_scanner *s, size_t hit) {
    /* a capitalized hit, a weekday or a month, takes its year or week from
    ** tense words that may stand further back */
    unsigned char c = (unsigned char)s->text[hit];
    /* ... and so does a word of another language: its letters take two
    ** bytes ("будет открыт в понедельник") */
    size_t before = (c >= 'A' && c <= 'Z') || c >= 0x80 ? ISLAND_BEFORE_NAME : ISLAND_BEFORE;
    size_t a = hit > before ? hit - before : 0;
    if (a == 0) return 0;
    while (a < hit && s->text[a - 1] != ' ' && s->text[a - 1] != '\n') a++;
    return char_start(s->text, a);
}
static size_t island_end(const dates_scanner *s, size_t hit_end) {
    size_t b = hit_end + ISLAND_AFTER < s->len ? hit_end + ISLAND_AFTER : s->len;
    if (b == s->len) return b;
    while (b > hit_end && s->text[b] != ' ' && s->text[b] != '\n') b--;
    return char_start(s->text, b);
}

/* The next prefilter match at or after s->pos: [*start, *end) is the
** trigger itself (the matched character before it is skipped). */
static int next_hit(dates_scanner *s, size_t *start, size_t *end) {
    if (s->pending) {
        s->pending = 0;
        *start = s->pending_start;
        *end = s->pending_end;
        return 1;
    }
    if (!dates_next_trigger(s->text, s->len, s->pos, start, end, s->intl)) return 0;
    s->pos = *end;
    return 1;
}

int dates_scanner_next(dates_scanner *s, newsext_date_mention **ms, size_t *count, size_t *cap, int *done) {
    *done = 0;
    size_t budget_end = s->island_end + CHUNK_BYTES;
    size_t hs, he;
    while (!s->done && s->island_end < budget_end) {
        if (!next_hit(s, &hs, &he)) { s->done = 1; break; }
        size_t a = island_start(s, hs);
        size_t b = island_end(s, he);
        /* merge the islands of the following matches while they touch */
        while (b - a < CHUNK_BYTES && next_hit(s, &hs, &he)) {
            if (island_start(s, hs) > b) {
                s->pending = 1;
                s->pending_start = hs;
                s->pending_end = he;
                break;
            }
            if (island_end(s, he) > b) b = island_end(s, he);
        }
        /* a previous island may have ended inside this one's margin */
        if (a < s->island_end) a = s->island_end;
        if (b <= a) continue;
        int rc = tokenize(s, a, b);
        if (rc == NEWSEXT_OK) rc = parse_island(s, ms, count, cap);
        if (rc != NEWSEXT_OK) return rc;
        s->island_end = b;
    }
    *done = s->done;
    return NEWSEXT_OK;
}

int dates_scan_all(const char *text, size_t len, const newsext_date_ref *ref, newsext_date_mention **mentions,
                   size_t *count) {
    dates_scanner *s;
    *mentions = NULL;
    *count = 0;
    int rc = dates_scanner_new(text, len, ref, &s);
    if (rc != NEWSEXT_OK) return rc;
    size_t cap = 0;
    int done = 0;
    while (!done && rc == NEWSEXT_OK) rc = dates_scanner_next(s, mentions, count, &cap, &done);
    dates_scanner_free(s);
    if (rc != NEWSEXT_OK) {
        ne_free(*mentions);
        *mentions = NULL;
        *count = 0;
        return rc;
    }
    if (!*count) { ne_free(*mentions); *mentions = NULL; }
    return NEWSEXT_OK;
}
