/*
** dates_internal.h — what the date modules share: the lexicon built from
** data/dates_*.tsv (dates.c), calendar arithmetic and TIMEX3 formatting
** (dates_normalize.c), the incremental scanner (dates_scan.c), the rules of
** other languages (dates_intl.c) and the event date chooser (event_date.c).
** No SQLite types here.
*/
#ifndef NEWSEXT_DATES_INTERNAL_H
#define NEWSEXT_DATES_INTERNAL_H

#include "util.h"

/* ---- lexicon (dates.c) ---- */

/* Classes of a lexicon entry; one word may have several ("may" is a month
** and a modal verb; "second" an ordinal and a unit). */
enum {
    LX_MONTH = 1u << 0,
    LX_WEEKDAY = 1u << 1,
    LX_CARDINAL = 1u << 2,
    LX_ORDINAL = 1u << 3,
    LX_UNIT = 1u << 4,
    LX_SEASON = 1u << 5,
    LX_PARTDAY = 1u << 6,
    LX_DECADE = 1u << 7,
    LX_ANCHOR = 1u << 8,
    LX_MODIFIER = 1u << 9,
    LX_RELATIVE = 1u << 10,
    LX_SET = 1u << 11,
    LX_HOLIDAY = 1u << 12,
    LX_TENSE = 1u << 13,
    LX_FURNITURE = 1u << 14,
    LX_FILLER = 1u << 15,
    LX_PREP = 1u << 16,
    LX_GRAMMAR = 1u << 17, /* a word the grammar itself uses ("the", "every", "ago") */
    LX_TRIGGER = 1u << 18, /* a word that anchors an expression (the prefilter's words) */
    LX_PREFIX = 1u << 19,  /* the first words of a longer phrase of dates (not furniture) */
    LX_ZONE = 1u << 20,    /* a time zone after a clock time */
    LX_RATE = 1u << 21,    /* before "a year" makes a rate, not a duration ("$5 million a year") */
    LX_AMOUNT = 1u << 22,  /* after a number makes it an amount ("30 million"), not a date */
    LX_GENERIC = 1u << 23, /* after "today's" makes it generic ("today's youth"), not a date */
    LX_CURRENT_NOUN = 1u << 24, /* after "current" makes it a flow ("current account"), not the present */
    LX_MONTH_INTL = 1u << 25,   /* a month name of another language (data/dates_months_intl.tsv) */
    LX_INTL_WORD = 1u << 26,    /* a word around such a date (data/dates_intl_words.tsv) */
    LX_INTL_REL = 1u << 27,     /* a relative word of another language (data/dates_intl_relative.tsv) */
    LX_INTL_TRIGGER = 1u << 28, /* ... that anchors an expression, in text of those languages */
    LX_INTL_PREFIX = 1u << 29,  /* the first words of a phrase of those (LX_PREFIX of theirs) */
    LX_MEASURE = 1u << 30,      /* a unit of measure after a number ("1920 pixels"): not even a year */
    LX_SPORT = 1u << 31         /* a word of a game report (data/dates_sports.txt) */
};
/* Classes of the words an expression can begin with. */
#define LX_STARTERS                                                                                          \
    (LX_MONTH | LX_WEEKDAY | LX_CARDINAL | LX_ORDINAL | LX_UNIT | LX_SEASON | LX_DECADE | LX_ANCHOR |         \
     LX_MODIFIER | LX_RELATIVE | LX_SET | LX_HOLIDAY | LX_GRAMMAR | LX_PREFIX | LX_MONTH_INTL)
/* ... and in text of other languages (dates_intl.c). */
#define LX_INTL_STARTERS (LX_INTL_REL | LX_INTL_PREFIX)

enum month_kind { MONTH_FULL, MONTH_ABBR, MONTH_VERB };
/* Kinds of a month name of another language (see data/dates_months_intl.tsv). */
enum intl_month_kind { INTL_FULL, INTL_DAY, INTL_WORD };
/* Roles of a word around such a date (see data/dates_intl_words.tsv). */
enum intl_role { INTL_OF = 1, INTL_YEAR, INTL_YEAR_ABBR, INTL_PREP };
/* Meanings of a relative word of another language, and the conditions on
** it (see data/dates_intl_relative.tsv). */
enum intl_rel {
    IR_DAY = 1, IR_WEEKDAY, IR_SHIFT, IR_NUMBER, IR_UNIT, IR_AGO, IR_AGO_BEFORE, IR_FUTURE, IR_PAST,
    IR_WEEKDAY_SHIFT, /* "next"/"last"/"this" beside a weekday (intl_value +1 / -1 / 0) */
    IR_PRESENT        /* "hoy en día": nowadays, PRESENT_REF */
};
enum {
    IRF_PREP = 1, IRF_DET = 2, IRF_OF = 32, IRF_GENERIC = 64,             /* what the word is */
    IRF_NEED_LOWER = 4, IRF_NEED_PREP = 8, IRF_NO_DET = 16, IRF_NOT_GENERIC = 128, /* what it needs */
    IRF_ALONE_ONE = 256, /* a unit in the singular: alone before AGO it counts one ("год назад") */
    IRF_NEED_MODIFIER = 512, /* a weekday only with NEXT or LAST ("минулого понеділка") */
    IRF_VERB_PREFIX = 1024,  /* a Russian or Ukrainian verb prefix (dates_intl_tense) */
    IRF_CAPITAL_COMMA = 2048 /* a "lower" word may be capitalized opening a sentence before a comma */
};
/* Parts of the day of other languages' words (intl_part, intl_day_part). */
enum intl_part { IP_NONE, IP_MO, IP_AF, IP_EV, IP_NI };

/* Units, ordered from short to long. */
enum dates_unit { U_NONE, U_SEC, U_MIN, U_HR, U_D, U_WE, U_W, U_FN, U_M, U_Q, U_H, U_Y, U_DE, U_CE, U_ML };

enum furniture_kind { FURN_NONE, FURN_CAPTION, FURN_BANNER, FURN_PUBLISHED, FURN_BACKGROUND };

typedef struct dates_lex {
    uint32_t cls;
    int8_t month, month_kind, weekday, unit, season, season_order, decade, anchor, furniture;
    int8_t mod_point, mod_amount, mod_after; /* modifies dates / durations / what precedes it */
    int8_t rel_type;              /* newsext_timex_type of a fixed phrase */
    int8_t tense;                 /* +1 future, -1 past (LX_TENSE) */
    int8_t hol_month, hol_day, hol_weekday, hol_nth; /* hol_nth -1: last */
    int8_t hol_from;              /* hol_nth counts from this day of the month */
    int8_t hol_easter;            /* 1: the day is hol_day days from Easter Sunday */
    int8_t hol_capitalized;       /* a holiday only with every word capitalized ("Election Day") */
    int8_t intl_kind;             /* intl_month_kind (LX_MONTH_INTL; month holds its number) */
    int8_t intl_role;             /* intl_role (LX_INTL_WORD) */
    int8_t intl_rel, intl_value, intl_unit; /* intl_rel, its number, its unit (LX_INTL_REL) */
    uint16_t intl_flags;          /* IRF_* */
    int8_t intl_part;             /* a part of the day after a day ("вечером" of "вчера вечером") */
    int8_t intl_day_part;         /* a day word that names its part ("stamattina", "anoche") */
    uint8_t intl_cue_langs;       /* a CUE word of these languages (bit per language) */
    uint8_t intl_need_lang;       /* needs a CUE word of this language nearest */
    int cardinal, ordinal;
    const char *mod;              /* static TIMEX3 mod name */
    const char *season_code;      /* "SP", ... static */
    const char *partday_code;     /* "MO", ... static */
    char rel_value[24];           /* fixed phrase value spec (see dates_relative.tsv) */
    char set_value[16];
} dates_lex;

/* Entry for a lowercased word or phrase (words joined by one space, as the
** scanner builds keys), or NULL. */
const dates_lex *dates_lookup(const char *key, size_t n);
/* The lowercased word can be the last word of a furniture cue (a filter:
** false positives possible, no false negatives). */
int dates_furniture_tail(const char *word, size_t n);

/* Longest phrase in the lexicon, in tokens. */
#define DATES_MAX_PHRASE_TOKENS 6

/* The prefilter: the first word at or after byte pos of text that can
** anchor a temporal expression (a run of letters, or Q1..Q4), or run of
** digits that is not an amount; sets [*start, *end) and returns 1, or
** returns 0 at the end. Only over-firing is allowed: the scanner checks
** every hit again on whole tokens. With intl (dates_intl_text), the words of
** other languages fire too (dates_intl_word_fires). */
int dates_next_trigger(const char *text, size_t len, size_t pos, size_t *start, size_t *end, int intl);

/* ---- calendar and TIMEX3 values (dates_normalize.c) ---- */

/* A reference date is usable when year > 0. */
static inline int dates_has_ref(const newsext_date_ref *r) { return r && r->year > 0; }

long dates_days_from_civil(int y, int m, int d);
void dates_civil_from_days(long z, int *y, int *m, int *d);
int dates_days_in_month(int y, int m);
int dates_weekday(int y, int m, int d); /* ISO: Monday 1 .. Sunday 7 */
void dates_iso_week(int y, int m, int d, int *week_year, int *week);
void dates_add_days(int *y, int *m, int *d, long n);
void dates_easter(int y, int *m, int *d); /* Easter Sunday (Gregorian) */
void dates_add_months(int *y, int *m, int n);

/* The day of weekday wd relative to the reference: dir -1 the last one on or
** before it, -2 strictly before, +1 the next one on or after, +2 strictly
** after. */
void dates_resolve_weekday(const newsext_date_ref *ref, int wd, int dir, int *y, int *m, int *d);

/* Year of a month (and day, 0 for none) mentioned without one: the
** reference year, unless the tense (dir -1 past, +1 future) points more than
** two months away, then the year before or after. */
int dates_year_for(const newsext_date_ref *ref, int month, int day, int dir);

/* The last quarter that ended before the reference date minus six weeks:
** what "the quarter" means in an earnings report. */
void dates_reported_quarter(const newsext_date_ref *ref, int *y, int *q);

/* Writers of TIMEX3 values into out (48 bytes); 0 for an unknown part
** writes X. */
void dates_fmt_day(char *out, int y, int m, int d);
void dates_fmt_month(char *out, int y, int m);
void dates_fmt_year(char *out, int y);
void dates_fmt_week(char *out, int y, int w);
void dates_fmt_quarter(char *out, int y, int q);
void dates_fmt_half(char *out, int y, int h);
void dates_fmt_season(char *out, int y, const char *code);
/* A duration of n units (n < 0: X; half adds .5): P3Y, PT20M, P1DE. */
void dates_fmt_duration(char *out, int n, int half, int unit);
/* The value of the period n units away from the reference at that unit's
** precision: year -3 -> 1995, month -1 -> 1998-03, day -2 -> 1998-04-20. */
void dates_fmt_shift(char *out, const newsext_date_ref *ref, int n, int unit);

/* ---- scanning (dates_scan.c) ---- */

typedef struct dates_scanner dates_scanner;

/* A scanner over text (valid UTF-8, no NUL, borrowed until freed). */
int dates_scanner_new(const char *text, size_t len, const newsext_date_ref *ref, dates_scanner **out);
/* Appends the mentions of the next stretch of text (up to about 64 KiB) to
** the array (*mentions, *count, *cap). Returns NEWSEXT_OK; *done is set at the end. */
int dates_scanner_next(dates_scanner *s, newsext_date_mention **mentions, size_t *count, size_t *cap,
                       int *done);
void dates_scanner_free(dates_scanner *s);

/* ---- tokens and matches, shared by the grammar (dates_scan.c) and the
** other-language rules (dates_intl.c) ---- */

enum tok_kind { TK_WORD, TK_NUM, TK_PUNCT };

typedef struct dtok {
    size_t start, end;
    const dates_lex *lex; /* lexicon entry of the lowercased word, or NULL */
    int num;              /* value of a number of at most 9 digits, else -1 */
    uint8_t kind, ndigits, space_before, newline_before, upper;
    uint8_t trigger; /* a number, or a word that anchors an expression */
    char punct; /* ASCII punctuation; ’ and ‘ as ', dashes as - */
} dtok;

typedef struct dmatch {
    size_t end; /* token after the expression */
    int type;
    char value[48];
    const char *mod;
    int the_ok; /* a "the" before it belongs to the expression */
    int day;    /* value is one day: y, m, d hold it (to combine with a time) */
    int named_day; /* a day written with its month name (an anchor for "a year earlier") */
    int year_to;   /* the second year of a span ("the 1995-96 season"), or 0 */
    int own_day;   /* a clock time with its day written after it ("5 p.m. on Monday") */
    int year_written; /* the year is in the text ("June 9, 2020", "2020"), not from the reference */
    int y, m, d;
} dmatch;

/* What the other-language rules use of the scanner (dates_scan.c): token i
** (NULL past the last), whether it can be part of the expression being
** matched (it is on the line of the expression's first token), the text,
** and the grammar's own helpers. */
const dtok *dates_tok(const dates_scanner *s, size_t i);
const dtok *dates_tok_in(const dates_scanner *s, size_t i); /* NULL when it cannot be part */
const char *dates_scanner_text(const dates_scanner *s);
const newsext_date_ref *dates_scanner_ref(const dates_scanner *s);
int dates_tok_glued(const dates_scanner *s, size_t i);            /* glued to the token before */
const dates_lex *dates_tok_prev_lex(const dates_scanner *s, size_t i); /* of the word before, same line */
int dates_day_at(const dates_scanner *s, size_t i, int *day, size_t *end);
int dates_year_at(const dates_scanner *s, size_t i, int *year);
/* The value of a month date in any language (day checked against the
** month; the year from the reference and the tense when 0); its end, or 0. */
size_t dates_finish_month_date(dates_scanner *s, size_t i, size_t end, dmatch *m, int year, int month, int day);
void dates_set_day(dmatch *m, int y, int mo, int d);
/* Appends a part of the day ("MO", "EV") to a day's value: a TIME. */
void dates_append_partday(dmatch *m, const char *code);
/* The tense of the clause around token i: +1 future, -1 past, 0 unknown. */
int dates_tense_dir(const dates_scanner *s, size_t i);

/* ---- other languages (dates_intl.c) ---- */

/* The lowercase UTF-8 of the word w (n bytes) into key; its length, or 0
** when it does not fit (no lexicon word is that long). */
size_t dates_lowercase_key(const unsigned char *w, size_t n, char *key, size_t cap);
/* A date with a month name of another language at token i: its end, or 0. */
size_t dates_intl_date(dates_scanner *s, size_t i, dmatch *m);
/* A relative expression of another language at token i ("вчера", "am
** Montag", "l'année dernière", "hace tres días"): its end, or 0. The
** scanner tries it only in text of those languages (dates_intl_text). */
size_t dates_intl_relative(dates_scanner *s, size_t i, dmatch *m);
/* The tense word k marks in those languages: +1 future (a FUT word of
** data/dates_intl_relative.tsv, a Romance future ending: "abrirá",
** "aprirà", "ouvriront", "il ouvrira", or a Russian or Ukrainian non-past
** verb form: "откроют", "відкриють", "працюватиме"), -1 past (a PAST word),
** 0 none. */
int dates_intl_tense(const dates_scanner *s, size_t k);
/* Text is written in those languages: their letters beyond ASCII
** (accented Latin, Cyrillic) are frequent enough. Their relative words are
** read in it. */
int dates_intl_text(const char *text, size_t len);
/* Reads the function words dates_intl_text weighs (data/dates_intl_relative.tsv,
** data/dates_english_function_words.txt); after the lexicon. */
int dates_intl_init(void);
/* For the prefilter in such text: the word at text[a] (ASCII and those
** letters) is a trigger of data/dates_intl_relative.tsv; *end is set after
** it either way. */
int dates_intl_word_fires(const char *text, size_t len, size_t a, size_t *end);
/* For the lexicon loader (dates.c): a line of
** data/dates_intl_relative.tsv, and a trigger word of it. */
int dates_intl_load_entry(dates_lex *e, const char *meaning, size_t n, const char *cond, size_t n_cond);
void dates_intl_note_trigger(const char *key, size_t n);

/* Every mention of text (no UTF-8 check), as newsext_date_mentions. */
int dates_scan_all(const char *text, size_t len, const newsext_date_ref *ref, newsext_date_mention **mentions,
                   size_t *count);

/* newsext_event_date on a text already checked (not NULL, valid UTF-8, the
** library initialized): the SQL glue has validated it once already. */
int dates_event_date(const char *text, size_t len, const newsext_date_ref *ref, char out[11]);

#endif
