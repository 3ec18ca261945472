/*
** dates_intl.c — temporal expressions of other languages: French, German,
** Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian and Polish.
**
**   "Заседание состоится 12 сентября 2024 г."   -> 12 сентября 2024 г. 2024-09-12
**   "Вчера мэр открыл мост" (reference 2024-09-18) -> Вчера 2024-09-17
**   "il y a trois jours", "vor drei Tagen"        -> 2024-09-15
**
** Absolute dates (dates_intl_date): the month names of those languages
** (data/dates_months_intl.tsv; Slavic day-months in the genitive) and the
** words around them (data/dates_intl_words.tsv): "12 сентября 2024 г.", "5
** de mayo de 2021", "12. März 2024", "le 1er mars", "septembre 2024", "в
** сентябре 2024 года". Each has a day or a year, so the prefilter's numbers
** find them and English text pays nothing for the names.
** Relative expressions (dates_intl_relative, data/dates_intl_relative.tsv):
** yesterday, today, tomorrow and the days around them ("вчера", "hier",
** "pasado mañana"); weekdays in the forms the grammar gives them after their
** preposition ("в среду", "w środę", "am Montag"; the last one on or before
** the reference unless a future word is near), or the next or last one
** with their modifier before or after them ("в прошлую пятницу", "lundi
** prochain", "el próximo lunes", "letzten Montag"; strictly after or before
** the reference, as in English); a part of the day after
** a day or weekday ("вчера вечером", "hier soir", "gestern Abend":
** 2024-09-17TEV) or in the word ("stamattina", "anoche", "esta mañana");
** last/this/next week, month, year ("в прошлом году", "l'année
** dernière"); "N units ago" with digits or number words, the "ago" word
** after ("три дня назад", "tre giorni fa") or before ("il y a", "vor",
** "hace", "há"), a unit in the singular alone counting one ("год назад"),
** hours and minutes only so ("в два часа" is a clock time), weeks ago as a
** day as in English; plain durations ("drei Tage", P3D); nowadays ("hoy en
** día": PRESENT_REF). Prepositions are left out of the span, as English
** leaves out "on".
** Words that are also common words elsewhere carry conditions in the data:
** written lowercase ("morgen" tomorrow, "Morgen" morning; "Mardi Gras" and
** "Domingo" are names), after a preposition (German and Slavic weekdays;
** "среда" is also the environment, so only "в среду"), not after an article
** ("la mañana" is the morning), or with the nearest frequent function word of
** their language (French "hier" is yesterday, German "hier" is here), or
** not after "of" after a generic noun ("le monde de demain" is the future,
** "la réunion de demain" tomorrow's meeting).
** The relative words are read only in text written in those languages
** (dates_intl_text: an accented Latin or a Cyrillic letter every 500 bytes at
** least, English quoting a name has far fewer; or, for text written without
** accents, "Ieri il governo ha approvato", their function words outnumber
** English's in its first bytes, those before a capital left out: "da Silva",
** "van Gogh"); then the prefilter fires on their triggers too
** (dates_intl_word_fires), and a future word of those languages
** (dates_intl_tense: "состоится", "wird", "si terrà", a Romance future
** ending "abrirá", French "-ra" after its pronoun "il ouvrira", a Russian or
** Ukrainian prefixed verb in the third person plural "откроют",
** "відкриють" or Ukrainian "-тиме"; "был", "wurde", "fue", a Spanish
** preterite "inauguró") counts as the English tense words do. English text
** pays only that check and a vote over its first sentence.
** Words are compared lowercased (dates_lowercase_key): the letters of
** Latin-1, Latin Extended-A (Polish) and Cyrillic are folded, which covers
** the nine languages. The grammar's tokens and helpers come from
** dates_scan.c (dates_internal.h); a month date's value is finished there
** (dates_finish_month_date), as English month dates are.
*/
#include "dates_internal.h"
#include "newsext_data.h"

#include <stdio.h>
#include <string.h>

/* ---- words ---- */

/* The lowercase of a letter of the scripts whose month names
** data/dates_months_intl.tsv holds: Latin-1, Latin Extended-A (Polish),
** Cyrillic. */
static inline int32_t lower_cp(int32_t cp) {
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
static const dtok *tok(const dates_scanner *s, size_t i) { return dates_tok_in(s, i); }

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
** it ("le", "в", "am") are left out, as "on" is in English. Relative words
** ("hier", "вчера") are dates_intl_relative's.
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


/* ---- relative expressions: the lexicon (data/dates_intl_relative.tsv) ---- */

/* The languages of CUE words and of lang: conditions, one bit each. */
#define CUE_LANGUAGES 6
static int lang_bit(const char *f, size_t n) {
    static const char *const langs[CUE_LANGUAGES] = {"fr", "de", "es", "it", "pt", "nl"};
    for (int i = 0; i < CUE_LANGUAGES; i++)
        if (n == 2 && !memcmp(f, langs[i], 2)) return 1 << i;
    return 0;
}

static int field_is(const char *f, size_t n, const char *w) { return strlen(w) == n && !memcmp(f, w, n); }

/* The TIMEX3 codes of enum intl_part. */
static const char *const part_codes[] = {"", "MO", "AF", "EV", "NI"};

static int part_of(const char *f, size_t n) {
    for (int p = IP_MO; p <= IP_NI; p++)
        if (field_is(f, n, part_codes[p])) return p;
    return IP_NONE;
}

/* Reads the meaning (field 2) and conditions or languages (field 3) of a
** line of data/dates_intl_relative.tsv into e; a word on several lines
** (a number and a CUE) gathers them. 0, or -1 for a line it cannot read. */
int dates_intl_load_entry(dates_lex *e, const char *f, size_t n, const char *cond, size_t n_cond) {
    int value = 0, sign = 1;
    size_t k = 0;
    int rel = 0, unit = U_NONE, flags = 0, day_part = IP_NONE;
    if (field_is(f, n, "AGO")) rel = IR_AGO;
    else if (field_is(f, n, "NEXT")) rel = IR_WEEKDAY_SHIFT, value = 1;
    else if (field_is(f, n, "LAST")) rel = IR_WEEKDAY_SHIFT, value = 1, sign = -1;
    else if (field_is(f, n, "THIS")) rel = IR_WEEKDAY_SHIFT;
    else if (field_is(f, n, "PRESENT")) rel = IR_PRESENT;
    else if (field_is(f, n, "OF")) flags = IRF_OF;
    else if (field_is(f, n, "GENERIC")) flags = IRF_GENERIC;
    else if (field_is(f, n, "VPREFIX")) flags = IRF_VERB_PREFIX;
    else if (n == 5 && !memcmp(f, "PD:", 3)) {
        if (!(e->intl_part = (int8_t)part_of(f + 3, 2))) return -1;
    }
    else if (field_is(f, n, "AGOBEFORE")) rel = IR_AGO_BEFORE;
    else if (field_is(f, n, "FUT")) rel = IR_FUTURE;
    else if (field_is(f, n, "PAST")) rel = IR_PAST;
    else if (field_is(f, n, "PREP")) flags = IRF_PREP;
    else if (field_is(f, n, "DET")) flags = IRF_DET;
    else if (field_is(f, n, "CUE")) flags = 0;
    else if (n == 3 && f[0] == 'U' && f[1] == ':') {
        rel = IR_UNIT;
        unit = f[2] == 'D' ? U_D : f[2] == 'W' ? U_W : f[2] == 'M' ? U_M : f[2] == 'Y' ? U_Y
             : f[2] == 'H' ? U_HR : f[2] == 'N' ? U_MIN : U_NONE;
        if (unit == U_NONE) return -1;
    } else {
        if (n >= 2 && f[0] == 'W' && f[1] == 'D') { rel = IR_WEEKDAY; k = 2; }
        else if (n >= 1 && f[0] == 'N') { rel = IR_NUMBER; k = 1; }
        else if (n >= 2 && strchr("DWMY", f[0]) && (f[1] == '-' || f[1] == '+')) {
            rel = f[0] == 'D' ? IR_DAY : IR_SHIFT;
            unit = f[0] == 'D' ? U_D : f[0] == 'W' ? U_W : f[0] == 'M' ? U_M : U_Y;
            sign = f[1] == '-' ? -1 : 1;
            k = 2;
        } else return -1;
        if (k >= n) return -1;
        for (; k < n; k++) {
            /* "D+0TMO": a day word that names its part ("stamattina") */
            if (f[k] == 'T' && n - k == 3 && (rel == IR_DAY || rel == IR_WEEKDAY) &&
                (day_part = part_of(f + k + 1, 2)) != IP_NONE)
                break;
            if (f[k] < '0' || f[k] > '9') return -1;
            value = value * 10 + (f[k] - '0');
        }
    }
    if (rel) {
        e->intl_rel = (int8_t)rel;
        e->intl_value = (int8_t)(sign * value);
        e->intl_unit = (int8_t)unit;
        e->intl_day_part = (int8_t)day_part;
    }
    e->intl_flags |= (uint16_t)flags;
    /* the third field: conditions, or the languages of a CUE */
    for (size_t a = 0; a < n_cond;) {
        size_t b = a;
        while (b < n_cond && cond[b] != ' ') b++;
        const char *w = cond + a;
        size_t wn = b - a;
        if (field_is(f, n, "CUE")) {
            if (!lang_bit(w, wn)) return -1;
            e->intl_cue_langs |= (uint8_t)lang_bit(w, wn);
        } else if (field_is(w, wn, "lower")) e->intl_flags |= IRF_NEED_LOWER;
        else if (field_is(w, wn, "prep")) e->intl_flags |= IRF_NEED_PREP;
        else if (field_is(w, wn, "nodet")) e->intl_flags |= IRF_NO_DET;
        else if (field_is(w, wn, "nogeneric")) e->intl_flags |= IRF_NOT_GENERIC;
        else if (field_is(w, wn, "one")) e->intl_flags |= IRF_ALONE_ONE;
        else if (field_is(w, wn, "modonly")) e->intl_flags |= IRF_NEED_MODIFIER;
        else if (field_is(w, wn, "capcomma")) e->intl_flags |= IRF_CAPITAL_COMMA;
        else if (wn > 5 && !memcmp(w, "lang:", 5) && lang_bit(w + 5, wn - 5)) e->intl_need_lang = (uint8_t)lang_bit(w + 5, wn - 5);
        else return -1;
        a = b + 1;
    }
    return 0;
}

/* ---- relative expressions: the prefilter ---- */

/* Bit h of trigger_starts is set when a trigger word's first three letters
** (two for a word of two), lowercased, and its length in bytes (the same in
** either case in these scripts) hash to h: most words of a text fail this
** test without a lexicon lookup. */
static uint8_t trigger_starts[65536 / 8];

static unsigned start_hash(const int32_t c[3], size_t n) {
    return (((uint32_t)c[0] * 0x9E3779B1u) ^ ((uint32_t)c[1] * 0x85EBCA77u) ^ ((uint32_t)c[2] * 0xC2B2AE3Du) ^
            ((uint32_t)n * 0x27D4EB2Fu)) >>
           16;
}

/* A letter of the nine languages that is not ASCII, at t[i]: Latin-1 and
** Latin Extended-A (C3-C5), Cyrillic (D0-D2), and the Ukrainian apostrophe
** ʼ (CA BC); all take two bytes. Its code point, or 0. */
static inline int32_t intl_letter_at(const unsigned char *t, size_t len, size_t i) {
    unsigned char c = t[i];
    if (i + 1 >= len || (t[i + 1] & 0xC0) != 0x80) return 0;
    int32_t cp = ((int32_t)(c & 0x1F) << 6) | (t[i + 1] & 0x3F);
    if (c == 0xC3) return cp != 0xD7 && cp != 0xF7 ? cp : 0; /* not × ÷ */
    return c == 0xC4 || c == 0xC5 || (c >= 0xD0 && c <= 0xD2) || cp == 0x2BC ? cp : 0;
}

/* The end of the word of ASCII and such letters at text[a]; its first
** three letters, lowercased, in c (0 for those it lacks). */
static size_t word_letters(const unsigned char *t, size_t len, size_t a, int32_t c[3]) {
    size_t b = a;
    int k = 0;
    c[0] = c[1] = c[2] = 0;
    while (b < len && k < 3) {
        int32_t cp;
        if ((unsigned char)((t[b] | 0x20) - 'a') < 26) cp = t[b] | 0x20, b++;
        else if (t[b] >= 0x80 && (cp = intl_letter_at(t, len, b)) != 0) b += 2;
        else return b;
        c[k++] = lower_cp(cp);
    }
    /* the rest of a long word: only its end matters, and the first byte of
    ** a letter tells it (a stray continuation byte is checked by the
    ** lookup, which fails) */
    while (b < len) {
        unsigned char x = t[b];
        if ((unsigned char)((x | 0x20) - 'a') < 26) b++;
        else if ((x >= 0xD0 && x <= 0xD2) || (x >= 0xC4 && x <= 0xC5)) b += 2;
        else if (x >= 0x80 && intl_letter_at(t, len, b)) b += 2;
        else break;
    }
    return b < len ? b : len;
}

void dates_intl_note_trigger(const char *key, size_t n) {
    int32_t c[3];
    if (word_letters((const unsigned char *)key, n, 0, c) != n || !c[1]) return; /* "п'ятницю": "ятницю" fires */
    unsigned h = start_hash(c, n);
    trigger_starts[h / 8] |= (uint8_t)(1u << h % 8);
}

int dates_intl_word_fires(const char *text, size_t len, size_t a, size_t *end) {
    const unsigned char *t = (const unsigned char *)text;
    int32_t c[3];
    size_t b = word_letters(t, len, a, c);
    *end = b > a ? b : a + 1;
    if (!c[1] || b - a > 40) return 0;
    unsigned h = start_hash(c, b - a);
    if (!(trigger_starts[h / 8] >> h % 8 & 1)) return 0;
    char key[48];
    size_t n = dates_lowercase_key(t + a, b - a, key, sizeof key);
    const dates_lex *e = n ? dates_lookup(key, n) : NULL;
    return e && (e->cls & LX_INTL_TRIGGER);
}

/* Text of those languages has such a letter every few words; an English
** text that quotes a name ("Plácido", "Gdańsk") has a few in thousands of
** bytes, and reads no other language's words. */
#define INTL_BYTES_PER_LETTER 500

/* Counts the letters of those languages among the bytes of the eight at
** t + i whose bit is set in high (a little-endian word: the lowest set bit
** is the first byte); 1 once they reach the share of
** INTL_BYTES_PER_LETTER. */
static int count_letters(const unsigned char *t, size_t len, size_t i, uint64_t high, size_t *letters) {
    for (; high; high &= high - 1) {
        size_t k = i + (size_t)(__builtin_ctzll(high) >> 3);
        if (t[k] != 0xCA && intl_letter_at(t, len, k) && ++*letters * INTL_BYTES_PER_LETTER >= len) return 1;
    }
    return 0;
}

/* Text of those languages written without accents ("Ieri il governo ha
** approvato", "Gisteren heeft de minister") is told by its function words:
** the CUE words of data/dates_intl_relative.tsv, each language's against
** those of data/dates_english_function_words.txt. Only the first
** FUNCTION_WORD_SAMPLE bytes are read, and the vote stops early: English
** once it leads by ENGLISH_LEAD words (within its first sentence or two, so
** English pays little), another language once it leads by FOREIGN_LEAD (a
** quoted phrase is shorter). Otherwise a language wins with more than twice
** the English words. A language counts only once FOREIGN_DISTINCT different
** words of it are seen: one word repeated is no language (Indonesian "dan",
** English "per cent", "the van"). */
#define FUNCTION_WORD_SAMPLE 4096
#define ENGLISH_LEAD 4
#define FOREIGN_LEAD 8
#define FOREIGN_DISTINCT 2
/* the different foreign words remembered: enough for FOREIGN_DISTINCT of
** several languages at once */
#define FOREIGN_SEEN_MAX 24

/* The vote's words in a table of their own, so that the English ones are no
** entries of the lexicon the scanner looks every word up in: a word of
** lowercase ASCII letters, seven at most, is its bytes in one integer
** (little-endian, zero above), the key; langs holds the CUE bits of its
** languages, or ENGLISH. */
#define ENGLISH (1u << CUE_LANGUAGES)
#define FUNCTION_WORD_SLOTS 1024 /* a power of two, well above the words */
static struct {
    uint64_t key;
    unsigned langs;
} function_words[FUNCTION_WORD_SLOTS];

static size_t function_word_slot(uint64_t key) {
    size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 54) % FUNCTION_WORD_SLOTS;
    while (function_words[h].key && function_words[h].key != key) h = (h + 1) % FUNCTION_WORD_SLOTS;
    return h;
}

/* The key of word w (n bytes), or 0 when it cannot be a function word. */
static uint64_t function_word_key(const char *w, size_t n) {
    uint64_t key = 0;
    if (n == 0 || n > 7) return 0;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)(w[i] - 'a') >= 26) return 0;
        key |= (uint64_t)(unsigned char)w[i] << (8 * i);
    }
    return key;
}

static int add_function_word(const char *w, size_t n, unsigned langs) {
    static size_t count;
    uint64_t key = function_word_key(w, n);
    if (!key) return 0; /* an accented one: its letters tell the text already */
    size_t h = function_word_slot(key);
    if (!function_words[h].key) {
        if (++count > FUNCTION_WORD_SLOTS / 2) return -1;
        function_words[h].key = key;
    }
    function_words[h].langs |= langs;
    return 0;
}

/* A CUE line of data/dates_intl_relative.tsv: word, CUE, its languages. */
static int add_cue_line(const char *line, size_t len, void *arg) {
    (void)arg;
    const char *tab = memchr(line, '\t', len);
    if (!tab || (size_t)(line + len - tab) < 5 || memcmp(tab, "\tCUE\t", 5)) return 0;
    unsigned langs = 0;
    for (const char *w = tab + 5, *end = line + len; w < end;) {
        const char *b = memchr(w, ' ', (size_t)(end - w));
        if (!b) b = end;
        langs |= (unsigned)lang_bit(w, (size_t)(b - w));
        w = b + 1;
    }
    return add_function_word(line, (size_t)(tab - line), langs);
}

static int add_english_line(const char *line, size_t len, void *arg) {
    (void)arg;
    return function_word_key(line, len) ? add_function_word(line, len, ENGLISH) : -1;
}

int dates_intl_init(void) {
    if (ne_each_line(ne_data_dates_intl_relative, ne_data_dates_intl_relative_len, add_cue_line, NULL) ||
        ne_each_line(ne_data_dates_english_function_words, ne_data_dates_english_function_words_len,
                     add_english_line, NULL))
        return NEWSEXT_INTERNAL;
    return NEWSEXT_OK;
}

/* Bytes of words: ASCII letters and digits, and those beyond ASCII (the
** letters of those languages). */
static int is_word_byte(unsigned char c) {
    return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10 || c >= 0x80;
}

/* The word at t[b] after spaces starts lowercase, or with a letter beyond
** ASCII: a function word before it is one of its sentence ("il governo");
** before a capital it may be part of a name ("da Silva", "van Gogh", "Rio
** de Janeiro"), which English text quotes. */
static int next_word_lower(const unsigned char *t, size_t len, size_t b) {
    while (b < len && t[b] == ' ') b++;
    return b < len && ((unsigned char)(t[b] - 'a') < 26 || t[b] >= 0x80);
}

/* The tally of the vote. */
typedef struct function_word_votes {
    unsigned english;
    unsigned words[CUE_LANGUAGES];    /* CUE words of each language */
    unsigned distinct[CUE_LANGUAGES]; /* ... different ones */
    uint64_t seen[FOREIGN_SEEN_MAX];
    size_t n_seen;
    unsigned best; /* the most words of a language with FOREIGN_DISTINCT */
} function_word_votes;

static void vote_foreign(function_word_votes *v, uint64_t key, unsigned langs) {
    size_t k = 0;
    while (k < v->n_seen && v->seen[k] != key) k++;
    int first = k == v->n_seen && v->n_seen < FOREIGN_SEEN_MAX;
    if (first) v->seen[v->n_seen++] = key;
    for (int l = 0; l < CUE_LANGUAGES; l++) {
        if (!(langs & 1u << l)) continue;
        v->words[l]++;
        v->distinct[l] += (unsigned)first;
        if (v->distinct[l] >= FOREIGN_DISTINCT && v->words[l] > v->best) v->best = v->words[l];
    }
}

/* Bit 7 of each byte of w (little-endian) set where that byte is an ASCII
** lowercase letter: the eight are tested at once, each sum staying inside
** its byte. */
static uint64_t lowercase_bytes(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t x = w & ~high;
    return (x + ones * (0x80 - 'a')) & ~(x + ones * (0x80 - 'z' - 1)) & ~w & high;
}

/* The key of a function word (its bytes, little-endian), as
** function_words_foreign builds it. */
static uint64_t word_key(const char *w) {
    uint64_t key = 0;
    for (size_t i = 0; w[i] && i < 8; i++) key |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return key;
}

/* German capitalizes its nouns: its function words count before a
** capital too ("hat die Regierung"), but not those shared with the
** Romance languages, whose particles stand in names ("da Silva", "Des
** Moines"), nor "von" and "zu" ("von Braun"), nor a word after such a
** particle ("von der Leyen", "van den Berg"): the word before w in t is
** read. */
static int german_before_noun(uint64_t key, unsigned langs, const unsigned char *t, const unsigned char *w) {
    unsigned romance = (unsigned)(lang_bit("fr", 2) | lang_bit("es", 2) | lang_bit("it", 2) | lang_bit("pt", 2));
    if (!(langs & (unsigned)lang_bit("de", 2)) || (langs & romance) || key == word_key("von") || key == word_key("zu"))
        return 0;
    const unsigned char *e = w - 1, *b = e; /* w - 1 is the space before w */
    while (b > t && (unsigned char)(b[-1] - 'a') < 26) b--;
    uint64_t before = function_word_key((const char *)b, (size_t)(e - b));
    return before != word_key("von") && before != word_key("van") && before != word_key("zu");
}

/* Text t (len bytes) is written in one of those languages by that vote.
** Function words are short and, inside a sentence, lowercase after a space:
** the words read are those, found from space to space, their letters
** tested eight at a time. */
static int function_words_foreign(const unsigned char *t, size_t len) {
    const unsigned char *end = t + (len < FUNCTION_WORD_SAMPLE ? len : FUNCTION_WORD_SAMPLE);
    function_word_votes v = {0};
    for (const unsigned char *p = t; (p = memchr(p, ' ', (size_t)(end - p))) != NULL;) {
        const unsigned char *w = ++p;
        /* eight bytes: a word of seven letters at most and the byte after
        ** it, zero-padded at the end */
        unsigned char padded[8] = {0};
        const unsigned char *bytes = w;
        if (end - w < 8) bytes = memcpy(padded, w, (size_t)(end - w));
        uint64_t x;
        memcpy(&x, bytes, 8);
        uint64_t not_lower = ~lowercase_bytes(x) & 0x8080808080808080ull;
        size_t n = not_lower ? (size_t)__builtin_ctzll(not_lower) >> 3 : 8;
        if (n == 0 || n == 8 || is_word_byte(bytes[n])) continue;
        uint64_t key = x & ((1ull << (8 * n)) - 1);
        unsigned langs = function_words[function_word_slot(key)].langs;
        if (!langs) continue;
        if (langs & ENGLISH) v.english++;
        else if (german_before_noun(key, langs, t, w) || next_word_lower(t, (size_t)(end - t), (size_t)(w + n - t)))
            vote_foreign(&v, key, langs);
        if (v.english >= v.best + ENGLISH_LEAD) return 0;
        if (v.best >= v.english + FOREIGN_LEAD) return 1;
    }
    return v.best > 2 * v.english;
}

int dates_intl_text(const char *text, size_t len) {
    const unsigned char *t = (const unsigned char *)text;
    const uint64_t high_bits = 0x8080808080808080ull;
    size_t letters = 0, i = 0;
    /* 64 bytes at a time, looking closer only where some are beyond ASCII:
    ** English text pays little */
    for (; i + 64 <= len; i += 64) {
        uint64_t w[8], any = 0;
        memcpy(w, t + i, 64);
        for (int k = 0; k < 8; k++) any |= w[k];
        if (!(any & high_bits)) continue;
        /* only the first bytes of two-byte characters (110xxxxx): not the
        ** bytes of curly quotes and dashes (three bytes) */
        for (int k = 0; k < 8; k++)
            if (count_letters(t, len, i + 8 * (size_t)k, w[k] & (w[k] << 1) & ~(w[k] << 2) & high_bits, &letters))
                return 1;
    }
    for (; i < len; i++)
        if (t[i] >= 0x80 && t[i] != 0xCA && intl_letter_at(t, len, i) && ++letters * INTL_BYTES_PER_LETTER >= len)
            return 1;
    return function_words_foreign(t, len);
}

/* ---- relative expressions: the rule ---- */

/* What phrase_at looks for. */
enum phrase_kind { PHRASE_MEANING, PHRASE_PART_OF_DAY };

/* The longest entry of data/dates_intl_relative.tsv of that kind (with a
** meaning, or a part of the day) that starts at token i (words with their
** apostrophes and hyphens: "l'année dernière", "segunda-feira", "por la
** tarde"); *end after it. */
static const dates_lex *phrase_at(const dates_scanner *s, size_t i, size_t *end, enum phrase_kind kind) {
    const char *text = dates_scanner_text(s);
    char key[96];
    size_t n = 0;
    const dates_lex *best = NULL;
    for (size_t k = i; k < i + DATES_MAX_PHRASE_TOKENS; k++) {
        const dtok *t = tok(s, k);
        if (!t || t->kind == TK_NUM || (k == i && t->kind != TK_WORD)) break;
        if (t->kind == TK_PUNCT && t->punct != '\'' && t->punct != '-') break;
        if (k > i && t->space_before) {
            if (t->kind != TK_WORD) break;
            key[n++] = ' ';
        }
        if (t->kind == TK_PUNCT) {
            if (n + 2 >= sizeof key) break;
            key[n++] = t->punct;
            continue;
        }
        size_t w = dates_lowercase_key((const unsigned char *)text + t->start, t->end - t->start, key + n,
                                       sizeof key - n - 1);
        if (!w) break;
        n += w;
        const dates_lex *e = k == i ? t->lex : dates_lookup(key, n);
        if (!e) break; /* no phrase starts this way */
        if (kind == PHRASE_PART_OF_DAY ? e->intl_part != IP_NONE : (e->cls & LX_INTL_REL) && e->intl_rel) {
            best = e;
            *end = k + 1;
        }
    }
    /* "ce soir-là", "cette année-là": that evening, that year, of the story */
    if (best && is_punct(s, *end, '-') && dates_tok_glued(s, *end) && is_exact(s, *end + 1, "l\xc3\xa0")) return NULL;
    return best;
}

/* An amount of a unit at token i: "3 дня", "trois jours", "einem Jahr";
** sets *n, *unit and *end (after the unit). */
static int amount_unit_at(const dates_scanner *s, size_t i, int *n, int *unit, size_t *end) {
    const dtok *t = tok(s, i);
    if (!t) return 0;
    if (t->kind == TK_NUM) {
        if (t->ndigits > 3 || t->num < 1) return 0;
        const dtok *p = dates_tok(s, i - 1);
        if (dates_tok_glued(s, i) && p->kind != TK_PUNCT) return 0; /* "A3" */
        if (dates_tok_glued(s, i) && strchr(".,/:$", p->punct)) return 0;  /* "2,5", "$3" */
        *n = t->num;
    } else {
        const dates_lex *e = lx(s, i);
        /* "год назад", "godzinę temu": a unit in the singular counts one */
        if (e && e->intl_rel == IR_UNIT && (e->intl_flags & IRF_ALONE_ONE) && lx(s, i + 1) &&
            lx(s, i + 1)->intl_rel == IR_AGO) {
            *n = 1;
            *unit = e->intl_unit;
            *end = i + 1;
            return 1;
        }
        if (!e || e->intl_rel != IR_NUMBER) return 0;
        *n = e->intl_value;
    }
    const dates_lex *u = lx(s, i + 1);
    if (!u || u->intl_rel != IR_UNIT || dates_tok_glued(s, i + 1)) return 0;
    *unit = u->intl_unit;
    *end = i + 2;
    return 1;
}

/* The nearest CUE word around token i (8 tokens each way) belongs to the
** language of bit lang. */
static int language_is(const dates_scanner *s, size_t i, int lang) {
    for (size_t d = 1; d <= 8; d++) {
        for (int side = 0; side < 2; side++) {
            if (side == 0 && d > i) continue;
            const dtok *t = dates_tok(s, side == 0 ? i - d : i + d);
            if (t && t->kind == TK_WORD && t->lex && t->lex->intl_cue_langs) return (t->lex->intl_cue_langs & lang) != 0;
        }
    }
    return 0;
}

/* Token i opens its sentence and a comma or a lowercase word follows it:
** "Mardi, le maire a inauguré", "Domani il governo approverà" are dates;
** "Mardi Gras" is not so followed. */
static int opens_sentence(const dates_scanner *s, size_t i) {
    const dtok *t = dates_tok(s, i);
    const dtok *next = dates_tok_in(s, i + 1);
    int lower_next = next && next->kind == TK_WORD && starts_lower(s, i + 1);
    if (!lower_next && (!is_punct(s, i + 1, ',') || !dates_tok_glued(s, i + 1))) return 0;
    if (i == 0 || t->newline_before) return 1;
    return is_punct(s, i - 1, '.') || is_punct(s, i - 1, '!') || is_punct(s, i - 1, '?');
}

/* The conditions of entry e (data/dates_intl_relative.tsv) hold at token
** i, the words before it being those before token from ("в эту пятницу":
** the preposition before "эту" counts for "пятницу"). */
static int conditions_hold(const dates_scanner *s, size_t i, size_t from, const dates_lex *e) {
    const dates_lex *before = dates_tok_prev_lex(s, from);
    int flags = e->intl_flags;
    if (flags & IRF_NEED_MODIFIER) return 0; /* without its NEXT or LAST */
    if ((flags & IRF_NEED_LOWER) && !starts_lower(s, i) && !((flags & IRF_CAPITAL_COMMA) && opens_sentence(s, i)))
        return 0;
    if ((flags & IRF_NEED_PREP) && !(before && (before->intl_flags & IRF_PREP))) return 0;
    if ((flags & IRF_NO_DET) && before && (before->intl_flags & IRF_DET)) return 0;
    if (e->intl_need_lang && !language_is(s, i, e->intl_need_lang)) return 0;
    /* "le monde de demain", "il mondo di domani": a generic noun's future */
    if ((flags & IRF_NOT_GENERIC) && before && (before->intl_flags & IRF_OF)) {
        const dates_lex *noun = dates_tok_prev_lex(s, from - 1);
        if (noun && (noun->intl_flags & IRF_GENERIC)) return 0;
    }
    return 1;
}

/* The period n units away from the reference: a day keeps its parts (an
** anchor for the narrative), the rest is formatted at its unit. */
static void set_shift(dates_scanner *s, dmatch *m, int n, int unit) {
    const newsext_date_ref *ref = dates_scanner_ref(s);
    if (unit == U_D) {
        int y = 0, mo = 0, d = 0;
        if (dates_has_ref(ref)) {
            y = ref->year, mo = ref->month, d = ref->day;
            dates_add_days(&y, &mo, &d, n);
        }
        dates_set_day(m, y, mo, d);
        return;
    }
    dates_fmt_shift(m->value, ref, n, unit);
    m->type = NEWSEXT_TIMEX_DATE;
}

/* A part of the day at token j after a day of m ("вчера вечером", "hier
** soir", "lunes por la noche"): appended to m's value; the token after it,
** or j. */
static size_t part_after(const dates_scanner *s, size_t j, dmatch *m) {
    size_t end;
    const dates_lex *p = phrase_at(s, j, &end, PHRASE_PART_OF_DAY);
    if (!p || !m->day) return j;
    dates_append_partday(m, part_codes[p->intl_part]);
    return end;
}

/* The date n units ago: weeks count as days, as English "two weeks ago"
** is a day. */
static void set_ago(dates_scanner *s, dmatch *m, int n, int unit) {
    if (unit == U_W) set_shift(s, m, -7 * n, U_D);
    else set_shift(s, m, -n, unit);
}

size_t dates_intl_relative(dates_scanner *s, size_t i, dmatch *m) {
    size_t j = i, end;
    int n, unit;
    const dates_lex *e = phrase_at(s, i, &j, PHRASE_MEANING);
    /* "il y a trois jours", "vor drei Tagen", "hace un año", "há dois dias" */
    if (e && e->intl_rel == IR_AGO_BEFORE) {
        if (!amount_unit_at(s, j, &n, &unit, &end)) return 0;
        set_ago(s, m, n, unit);
        return end;
    }
    /* "три дня назад", "tre giorni fa", "drie dagen geleden"; else a
    ** duration: "drei Tage", "два года" */
    if (amount_unit_at(s, i, &n, &unit, &end)) {
        const dates_lex *after = lx(s, end);
        if (after && after->intl_rel == IR_AGO) {
            set_ago(s, m, n, unit);
            return end + 1;
        }
        /* "в два часа", "à deux heures": hours without "ago" tell a clock time */
        if (unit == U_HR || unit == U_MIN) return 0;
        dates_fmt_duration(m->value, n, 0, unit);
        m->type = NEWSEXT_TIMEX_DURATION;
        return end;
    }
    if (!e) return 0;
    /* "next" or "last" beside a weekday: before it ("el próximo lunes", "в
    ** прошлую пятницу", "letzten Montag") or after it ("lundi prochain",
    ** "el viernes pasado"). The weekday's own conditions guard it alone:
    ** with its modifier it is a weekday ("Lundi dernier", "letzten Montag"). */
    int dir = 0;
    size_t at = i; /* the weekday's token */
    if (e->intl_rel == IR_WEEKDAY_SHIFT) {
        size_t k;
        const dates_lex *weekday = phrase_at(s, j, &k, PHRASE_MEANING);
        if (!weekday || weekday->intl_rel != IR_WEEKDAY) return 0;
        /* "el último lunes de septiembre", "w ostatni piątek miesiąca": an
        ** ordinal of the month, not the last one */
        if (has(s, k, LX_MONTH_INTL) || (lx(s, k) && (lx(s, k)->intl_flags & IRF_OF))) return 0;
        /* strictly before or after the reference, as English "last
        ** Wednesday" said on a Wednesday; 0 for "this": the tense tells */
        dir = 2 * e->intl_value;
        e = weekday;
        at = j;
        j = k;
    } else if (e->intl_rel == IR_WEEKDAY) {
        size_t k;
        const dates_lex *after = phrase_at(s, j, &k, PHRASE_MEANING);
        if (after && after->intl_rel == IR_WEEKDAY_SHIFT) {
            dir = 2 * after->intl_value;
            j = k;
        }
    }
    if (!dir && !conditions_hold(s, at, i, e)) return 0;
    const newsext_date_ref *ref = dates_scanner_ref(s);
    switch (e->intl_rel) {
    case IR_DAY:
        set_shift(s, m, e->intl_value, U_D);
        if (e->intl_day_part) {
            dates_append_partday(m, part_codes[e->intl_day_part]);
            return j;
        }
        return part_after(s, j, m);
    case IR_PRESENT:
        snprintf(m->value, sizeof m->value, "PRESENT_REF");
        m->type = NEWSEXT_TIMEX_DATE;
        return j;
    case IR_SHIFT: set_shift(s, m, e->intl_value, e->intl_unit); return j;
    case IR_WEEKDAY: {
        /* "mardi 17 septembre", "во вторник, 17 сентября": one date, its
        ** day the date's, as English "Tuesday, September 17" */
        size_t k = j + (is_punct(s, j, ',') && dates_tok_glued(s, j));
        dmatch date = *m;
        size_t date_end = dir ? 0 : dates_intl_date(s, k, &date);
        if (date_end && date.day) {
            *m = date;
            return date_end;
        }
        /* the last one, as news narrates the past, unless a future word
        ** is near ("будет открыт в понедельник") */
        if (dates_has_ref(ref)) {
            int y, mo, d;
            if (!dir) dir = dates_tense_dir(s, i) > 0 ? 1 : -1;
            dates_resolve_weekday(ref, e->intl_value, dir, &y, &mo, &d);
            dates_set_day(m, y, mo, d);
        } else {
            dates_set_day(m, 0, 0, 0);
            snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", e->intl_value);
        }
        if (e->intl_day_part) { /* "am Montagabend" */
            dates_append_partday(m, part_codes[e->intl_day_part]);
            return j;
        }
        return part_after(s, j, m);
    }
    default: return 0;
    }
}

/* The endings of the future tense in Spanish, Portuguese, Italian and
** French that no common word of those languages shares (French "-ra" is
** left out: "opera", "cultura", "guerra" end so; french_future_ra reads it
** after its pronoun), and of the Spanish
** preterite ("inauguró"; Italian "-ò" is left out: "può", "però"). */
static const char *const future_endings[] = {"r\xc3\xa1", "r\xc3\xa1n", "r\xc3\xa0", "ranno", "r\xc3\xa3o",
                                             "eront", "iront", "uront", "rront"};
static const char *const past_endings[] = {"\xc3\xb3"};

static int ends_with_any(const char *w, size_t n, const char *const *endings, size_t count) {
    for (size_t k = 0; k < count; k++) {
        size_t m = strlen(endings[k]);
        if (n > m + 2 && !memcmp(w + n - m, endings[k], m)) return 1;
    }
    return 0;
}

/* A French future in -ra after its pronoun subject ("il ouvrira", "on
** verra", "elle se tiendra", "s'ouvrira"): the ending alone is shared with
** "opera", "cultura", "guerra", the pronoun is not. */
static int french_future_ra(const dates_scanner *s, size_t k, const char *w, size_t n) {
    if (n < 4 || w[n - 2] != 'r' || w[n - 1] != 'a' || k < 1) return 0;
    if (k >= 2 && is_punct(s, k - 1, '\'') && dates_tok_glued(s, k) && (is_word(s, k - 2, "s") || is_word(s, k - 2, "n")))
        return language_is(s, k, lang_bit("fr", 2));
    if (is_word(s, k - 1, "il") || is_word(s, k - 1, "elle") || is_word(s, k - 1, "on")) return 1;
    return (is_word(s, k - 1, "se") || is_word(s, k - 1, "ils") || is_word(s, k - 1, "elles")) &&
           language_is(s, k, lang_bit("fr", 2));
}

static const char *const ukrainian_future_endings[] = {"\xd1\x82\xd0\xb8\xd0\xbc\xd0\xb5", "\xd1\x82\xd0\xb8\xd0\xbc\xd1\x83\xd1\x82\xd1\x8c"}; /* -тиме, -тимуть */

/* A Russian or Ukrainian verb in the non-past: the Ukrainian synthetic
** future ("працюватиме", "триватимуть"), or the third person of a prefixed
** verb, which in news is mostly a perfective future (plural "откроют",
** "проведут", "представят", "завершат", "відкриють", "підпишуть"; Russian
** singular "посетит", "приедет", "откроет"; and so their reflexives
** "продолжатся", "откроется", "відкриються"). Left out: the present of
** imperfectives that report a source ("сообщают", "отмечают",
** "отмечается", "повідомляють": -ают, -яют, -ает) or tell motion or place
** ("проводят", "находится": -дят, -дит, -зят, -сят); nouns in -вет, -тет,
** -чет ("расцвет", "приоритет", "пересчет"); Russian infinitives in -нуть,
** which Ukrainian -нуть plurals share; words of fewer than seven letters
** (the participles "принят", "занят", the nouns "приют", "выплат"). Nouns
** of these endings ("институт", "салют", "результат") have no verb prefix
** (VPREFIX in data/dates_intl_relative.tsv). */
static int slavic_non_past(const char *w, size_t n) {
    if (n < 14 || n > 64 || (unsigned char)w[0] < 0xD0 || (unsigned char)w[0] > 0xD1) return 0;
    char key[64];
    size_t kn = dates_lowercase_key((const unsigned char *)w, n, key, sizeof key);
    int32_t c[32];
    size_t L = 0;
    for (size_t i = 0; i < kn && L < 32;) {
        int len = ne_utf8_decode((const unsigned char *)key + i, kn - i, &c[L]);
        if (len < 1 || c[L] < 0x400 || c[L] > 0x4FF) return 0; /* Cyrillic letters only */
        L++;
        i += (size_t)len;
    }
    if (L < 7 || L >= 32) return 0;
    /* a reflexive ("продолжатся", "відкриються") ends as its verb, then -ся */
    if (L >= 9 && c[L - 2] == 0x441 && c[L - 1] == 0x44F) L -= 2;
    /* the Ukrainian future -тиме, -тимуть */
    if (ends_with_any(key, kn, ukrainian_future_endings,
                      sizeof ukrainian_future_endings / sizeof *ukrainian_future_endings))
        return 1;
    size_t e = L;
    int soft = c[e - 1] == 0x44C; /* Ukrainian -ють, -уть */
    if (soft) e--;
    if (c[e - 1] != 0x442) return 0; /* т */
    int32_t v = c[e - 2], before = c[e - 3];
    int ending = v == 0x44E   ? before != 0x430 && before != 0x44F  /* -ют after no а, я */
                 : v == 0x443 ? !(soft && before == 0x43D)          /* -ут; -нуть is a Russian infinitive */
                 : soft       ? 0
                 : v == 0x44F ? before != 0x434 && before != 0x437 && before != 0x441 /* -ят after no д з с */
                 : v == 0x430 ? before == 0x436 || before == 0x448 || before == 0x447 || before == 0x449 /* -жат -шат -чат -щат */
                 : v == 0x438 ? before != 0x434 && before != 0x437 && before != 0x441 /* -ит after no д з с */
                 : v == 0x435 || v == 0x451 /* -ет, -ёт after no а я (-ает), в т ч (nouns: "расцвет", "приоритет", "пересчет") */
                     ? before != 0x430 && before != 0x44F && before != 0x432 && before != 0x442 && before != 0x447
                     : 0;
    if (!ending) return 0;
    /* a verb prefix of data/dates_intl_relative.tsv (VPREFIX), of one to
    ** four letters (two bytes each) */
    for (size_t bytes = 2; bytes <= 8 && bytes < kn; bytes += 2) {
        const dates_lex *p = dates_lookup(key, bytes);
        if (p && (p->intl_flags & IRF_VERB_PREFIX)) return 1;
    }
    return 0;
}

int dates_intl_tense(const dates_scanner *s, size_t k) {
    const dtok *t = dates_tok(s, k);
    const dates_lex *e = t->lex;
    const char *w = dates_scanner_text(s) + t->start;
    size_t n = t->end - t->start;
    if (e && e->intl_rel == IR_FUTURE) return 1;
    if (e && e->intl_rel == IR_PAST) return -1;
    if (ends_with_any(w, n, future_endings, sizeof future_endings / sizeof *future_endings)) return 1;
    if (ends_with_any(w, n, past_endings, sizeof past_endings / sizeof *past_endings)) return -1;
    if (french_future_ra(s, k, w, n) || slavic_non_past(w, n)) return 1;
    return 0;
}
