/*
** dates.c — the date lexicon, the prefilter, reference parsing and
** the public entry point newsext_date_mentions (include/newsext.h).
**
**   newsext_date_ref ref;
**   newsext_parse_ref("2016-04-20", 10, &ref);
**   newsext_date_mentions("in early April", 14, &ref, &m, &n);
**   // m[0]: "early April", DATE, value "2016-04", mod "START"
**
** How it works: every word list is data (data/dates_*.tsv, embedded by the
** build). ne_dates_init reads them into one table from a lowercased word or
** phrase to a dates_lex entry that gathers all its roles (month, unit,
** number, modifier...). The prefilter (dates_next_trigger) finds the words
** that can anchor an expression and the runs of digits that can be part of
** a date (month names of other languages are not triggers: their dates
** always carry a number; their relative words fire only in text written in
** them, dates_intl.c): the scanner (dates_scan.c) runs it first and looks at words only
** around its hits, which keeps the scan fast on text with few dates. Normalization rules are in
** dates_normalize.c, the grammar in dates_scan.c (other languages in
** dates_intl.c), event dates in event_date.c.
*/
#include "dates_internal.h"
#include "newsext_data.h"

#include <stdlib.h>
#include <string.h>

static ne_strmap *lexicon;
static dates_lex *entries;
static size_t n_entries, cap_entries;
/* Bit (a * 26 + b) * 27 + c is set when a trigger word starts with the
** letters a, b, c (0 = 'a'; c = 26: the word has two letters): most words
** of a text fail this test without a lexicon lookup. */
static uint8_t trigger_starts[(26 * 26 * 27 + 7) / 8];
/* Bloom filters over quick_hash of keys (two bits each): most words of a
** text are not in the lexicon, and a miss here costs neither the byte by
** byte hash of the table nor its probe. lexicon_bloom holds every key;
** furniture_tails the last word of each furniture cue, so event_date looks
** cue phrases up only at words that can end one. */
#define LEXICON_BLOOM_BITS (1u << 15)
#define FURNITURE_BLOOM_BITS (1u << 12)
static uint64_t lexicon_bloom[LEXICON_BLOOM_BITS / 64];
static uint64_t furniture_tails[FURNITURE_BLOOM_BITS / 64];

/* A hash of the first and last bytes of a key (up to eight of each) and its
** length, a few instructions for any key: enough for a filter, where a
** collision only costs a lookup. */
static uint64_t quick_hash(const char *k, size_t n) {
    uint64_t a = 0, b = 0;
    if (n >= 8) {
        memcpy(&a, k, 8);
        memcpy(&b, k + n - 8, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, k, 4);
        memcpy(&y, k + n - 4, 4);
        a = x;
        b = y;
    } else if (n > 0) {
        a = (uint64_t)(unsigned char)k[0] | (uint64_t)(unsigned char)k[n / 2] << 8 |
            (uint64_t)(unsigned char)k[n - 1] << 16;
    }
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
    return h ^ h >> 29;
}

static void bloom_add(uint64_t *bits, uint32_t nbits, uint64_t h) {
    uint32_t a = (uint32_t)h & (nbits - 1), b = (uint32_t)(h >> 32) & (nbits - 1);
    bits[a / 64] |= 1ull << a % 64;
    bits[b / 64] |= 1ull << b % 64;
}
static int bloom_has(const uint64_t *bits, uint32_t nbits, uint64_t h) {
    uint32_t a = (uint32_t)h & (nbits - 1), b = (uint32_t)(h >> 32) & (nbits - 1);
    return (bits[a / 64] >> a % 64 & 1) && (bits[b / 64] >> b % 64 & 1);
}

static const char *const mod_names[] = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER",
                                        "ON_OR_BEFORE", "ON_OR_AFTER", "EQUAL_OR_LESS",
                                        "EQUAL_OR_MORE", "LESS_THAN", "MORE_THAN"};
static const char *const season_codes[] = {"SP", "SU", "FA", "WI"};
static const char *const partday_codes[] = {"MO", "AF", "EV", "NI"};

static const char *static_name(const char *const *names, size_t n, const char *s, size_t len) {
    for (size_t i = 0; i < n; i++)
        if (strlen(names[i]) == len && !memcmp(names[i], s, len)) return names[i];
    return NULL;
}

static void free_entries(void *p) {
    free(p);
    entries = NULL;
    n_entries = cap_entries = 0;
}

/* The entry for key, created empty when absent. */
static dates_lex *entry_for(const char *key, size_t n) {
    int idx;
    if (ne_strmap_get(lexicon, key, n, &idx)) return &entries[idx];
    if (n_entries == cap_entries) {
        size_t cap = cap_entries ? cap_entries * 2 : 256;
        /* plain realloc: the table outlives any allocator a host installs */
        dates_lex *p = realloc(entries, cap * sizeof *p);
        if (!p) return NULL;
        entries = p;
        cap_entries = cap;
    }
    if (ne_strmap_put(lexicon, key, n, (int)n_entries) != 0) return NULL;
    bloom_add(lexicon_bloom, LEXICON_BLOOM_BITS, quick_hash(key, n));
    dates_lex *e = &entries[n_entries++];
    memset(e, 0, sizeof *e);
    return e;
}

/* Splits a TSV line into at most 4 fields; returns the count. */
static int split_fields(const char *line, size_t len, const char *f[4], size_t n[4]) {
    int k = 0;
    size_t i = 0;
    while (k < 4) {
        size_t j = i;
        while (j < len && line[j] != '\t') j++;
        f[k] = line + i;
        n[k] = j - i;
        k++;
        if (j >= len) break;
        i = j + 1;
    }
    return k;
}

static int field_int(const char *s, size_t n) {
    char tmp[16];
    if (n >= sizeof tmp) n = sizeof tmp - 1;
    memcpy(tmp, s, n);
    tmp[n] = 0;
    return atoi(tmp);
}

static int field_is(const char *s, size_t n, const char *word) { return strlen(word) == n && !memcmp(s, word, n); }

/* Words that make the prefilter fire: the last word of each phrase (the
** scanner looks back far enough to see the words before it). Only words of
** letters can fire (the prefilter reads runs of letters). */
static void add_trigger(const char *key, size_t n) {
    size_t start = n;
    while (start > 0 && key[start - 1] != ' ') start--;
    const char *w = key + start;
    size_t wn = n - start;
    if (wn < 2) return;
    for (size_t i = 0; i < wn; i++)
        if (!(w[i] >= 'a' && w[i] <= 'z')) return;
    dates_lex *e = entry_for(w, wn);
    if (!e) return;
    e->cls |= LX_TRIGGER;
    size_t bit = ((size_t)(w[0] - 'a') * 26 + (size_t)(w[1] - 'a')) * 27 + (wn > 2 ? (size_t)(w[2] - 'a') : 26);
    trigger_starts[bit / 8] |= (uint8_t)(1u << bit % 8);
}

typedef struct loader {
    uint32_t cls;
    int triggers;
} loader;

static int load_line(const char *line, size_t len, void *arg) {
    const loader *ld = arg;
    const char *f[4];
    size_t n[4];
    int k = split_fields(line, len, f, n);
    if (k < 2) return NEWSEXT_INTERNAL;
    dates_lex *e = entry_for(f[0], n[0]);
    if (!e) return NEWSEXT_INTERNAL;
    e->cls |= ld->cls;
    switch (ld->cls) {
    case LX_MONTH:
        e->month = (int8_t)field_int(f[1], n[1]);
        e->month_kind = k > 2 && field_is(f[2], n[2], "abbr")   ? MONTH_ABBR
                        : k > 2 && field_is(f[2], n[2], "verb") ? MONTH_VERB
                                                                : MONTH_FULL;
        break;
    case LX_MONTH_INTL: /* a name shared with English ("april") has the same number in both */
        e->month = (int8_t)field_int(f[1], n[1]);
        e->intl_kind = k > 2 && field_is(f[2], n[2], "day")    ? INTL_DAY
                       : k > 2 && field_is(f[2], n[2], "word") ? INTL_WORD
                                                               : INTL_FULL;
        break;
    case LX_INTL_WORD:
        e->intl_role = field_is(f[1], n[1], "of")     ? INTL_OF
                       : field_is(f[1], n[1], "year")  ? INTL_YEAR
                       : field_is(f[1], n[1], "yabbr") ? INTL_YEAR_ABBR
                                                       : INTL_PREP;
        break;
    case LX_INTL_REL:
        if (dates_intl_load_entry(e, f[1], n[1], k > 2 ? f[2] : "", k > 2 ? n[2] : 0) != 0) return NEWSEXT_INTERNAL;
        /* a preposition, determiner or CUE word only helps the rule: it
        ** starts nothing */
        if (!e->intl_rel) e->cls &= ~(uint32_t)LX_INTL_REL;
        /* its last run of letters fires the prefilter in text of those
        ** languages ("hier", "dernière" of "l'année dernière") */
        if (e->intl_rel != IR_NUMBER && e->intl_rel != IR_FUTURE && e->intl_rel != IR_PAST &&
            e->intl_rel != IR_AGO_BEFORE && e->intl_rel) {
            size_t a = n[0];
            while (a > 0 && f[0][a - 1] != ' ' && f[0][a - 1] != '\'' && f[0][a - 1] != '-') a--;
            dates_lex *t = entry_for(f[0] + a, n[0] - a);
            if (!t) return NEWSEXT_INTERNAL;
            t->cls |= LX_INTL_TRIGGER;
            dates_intl_note_trigger(f[0] + a, n[0] - a);
        }
        break;
    case LX_WEEKDAY: e->weekday = (int8_t)field_int(f[1], n[1]); break;
    case LX_CARDINAL: /* the numbers file holds cardinals, ordinals and fillers */
        if (k > 2 && field_is(f[2], n[2], "ordinal")) {
            e->cls = (e->cls & ~(uint32_t)LX_CARDINAL) | LX_ORDINAL;
            e->ordinal = field_int(f[1], n[1]);
        } else if (k > 2 && field_is(f[2], n[2], "filler")) {
            e->cls = (e->cls & ~(uint32_t)LX_CARDINAL) | LX_FILLER;
        } else {
            e->cardinal = field_int(f[1], n[1]);
            /* "nineteen" begins a year read aloud ("nineteen ninety-four"):
            ** the prefilter must see it */
            if (k > 2 && field_is(f[2], n[2], "century")) add_trigger(f[0], n[0]);
        }
        break;
    case LX_UNIT: {
        static const char *const codes[] = {"", "SEC", "MIN", "HR", "D", "WE", "W", "FN",
                                            "M", "Q", "H", "Y", "DE", "CE", "ML"};
        const char *c = static_name(codes, sizeof codes / sizeof *codes, f[1], n[1]);
        if (!c) return NEWSEXT_INTERNAL;
        for (int u = 0; u < (int)(sizeof codes / sizeof *codes); u++)
            if (codes[u] == c) e->unit = (int8_t)u;
        break;
    }
    case LX_SEASON:
        e->season_code = static_name(season_codes, 4, f[1], n[1]);
        if (!e->season_code || k < 3) return NEWSEXT_INTERNAL;
        e->season_order = (int8_t)field_int(f[2], n[2]);
        break;
    case LX_PARTDAY:
        e->partday_code = static_name(partday_codes, 4, f[1], n[1]);
        if (!e->partday_code) return NEWSEXT_INTERNAL;
        break;
    case LX_RATE:
        if (k > 1 && field_is(f[1], n[1], "amount")) e->cls |= LX_AMOUNT;
        if (k > 1 && field_is(f[1], n[1], "measure")) e->cls |= LX_AMOUNT | LX_MEASURE;
        break;
    case LX_DECADE: e->decade = (int8_t)field_int(f[1], n[1]); break;
    case LX_TENSE: e->tense = k > 1 && field_is(f[1], n[1], "past") ? -1 : 1; break;
    case LX_ANCHOR: e->anchor = (int8_t)field_int(f[1], n[1]); break;
    case LX_MODIFIER:
        e->mod = static_name(mod_names, sizeof mod_names / sizeof *mod_names, f[1], n[1]);
        if (!e->mod || k < 3) return NEWSEXT_INTERNAL;
        e->mod_point = field_is(f[2], n[2], "point") || field_is(f[2], n[2], "both");
        e->mod_amount = field_is(f[2], n[2], "amount") || field_is(f[2], n[2], "both");
        e->mod_after = field_is(f[2], n[2], "after");
        break;
    case LX_RELATIVE:
        if (k < 3 || n[2] >= sizeof e->rel_value) return NEWSEXT_INTERNAL;
        e->rel_type = field_is(f[1], n[1], "TIME")       ? NEWSEXT_TIMEX_TIME
                      : field_is(f[1], n[1], "DURATION") ? NEWSEXT_TIMEX_DURATION
                                                         : NEWSEXT_TIMEX_DATE;
        memcpy(e->rel_value, f[2], n[2]);
        e->rel_value[n[2]] = 0;
        break;
    case LX_SET:
        if (n[1] >= sizeof e->set_value) return NEWSEXT_INTERNAL;
        memcpy(e->set_value, f[1], n[1]);
        e->set_value[n[1]] = 0;
        break;
    case LX_HOLIDAY: {
        /* MM-DD, or MM-W-N: the Nth weekday W of the month (N = L: the last),
        ** or MM-W-N-F: the Nth weekday W on or after day F, or E+N / E-N:
        ** N days from Easter Sunday; a third field "capitalized" */
        e->hol_capitalized = k > 2 && field_is(f[2], n[2], "capitalized");
        if (n[1] >= 2 && f[1][0] == 'E') {
            int v = 0;
            for (size_t i = 2; i < n[1] && f[1][i] >= '0' && f[1][i] <= '9'; i++) v = v * 10 + (f[1][i] - '0');
            e->hol_easter = 1;
            e->hol_day = (int8_t)(f[1][1] == '-' ? -v : v);
            break;
        }
        int parts[4] = {0, 0, 0, 1}, np = 0, last = 0;
        size_t i = 0;
        while (i < n[1] && np < 4) {
            if (f[1][i] == 'L') { last = 1; np++; i++; continue; }
            int v = 0;
            while (i < n[1] && f[1][i] >= '0' && f[1][i] <= '9') v = v * 10 + (f[1][i++] - '0');
            parts[np++] = v;
            if (i < n[1] && f[1][i] == '-') i++;
        }
        e->hol_month = (int8_t)parts[0];
        if (np == 2) e->hol_day = (int8_t)parts[1];
        else {
            e->hol_weekday = (int8_t)parts[1];
            e->hol_nth = (int8_t)(last ? -1 : parts[2]);
            e->hol_from = (int8_t)(parts[3] >= 1 && parts[3] <= 28 ? parts[3] : 1);
        }
        break;
    }
    case LX_FURNITURE: {
        size_t tail = n[0];
        while (tail > 0 && f[0][tail - 1] != ' ') tail--;
        bloom_add(furniture_tails, FURNITURE_BLOOM_BITS, quick_hash(f[0] + tail, n[0] - tail));
        e->furniture = field_is(f[1], n[1], "caption")     ? FURN_CAPTION
                       : field_is(f[1], n[1], "banner")    ? FURN_BANNER
                       : field_is(f[1], n[1], "published") ? FURN_PUBLISHED
                                                           : FURN_BACKGROUND;
        break;
    }
    default: break;
    }
    if (ld->triggers) add_trigger(f[0], n[0]);
    /* every proper prefix of a phrase that ends a word, so the scanner stops
    ** extending a phrase as soon as no entry starts that way ("new year"
    ** before the apostrophe of "new year's day" is one) */
    for (size_t i = 1; i < n[0] && ld->cls != LX_FURNITURE; i++) {
        if (f[0][i] != ' ' && !((f[0][i] == '\'' || f[0][i] == '-') && f[0][i - 1] != ' ')) continue;
        dates_lex *p = entry_for(f[0], i);
        if (!p) return NEWSEXT_INTERNAL;
        /* the phrases of other languages have their own, which start
        ** nothing in English text ("la" of "la semaine dernière") */
        p->cls |= ld->cls == LX_INTL_REL ? LX_INTL_PREFIX : LX_PREFIX;
    }
    return 0;
}

static int load(const char *data, size_t len, uint32_t cls, int triggers) {
    loader ld = {cls, triggers};
    return ne_each_line(data, len, load_line, &ld) ? NEWSEXT_INTERNAL : NEWSEXT_OK;
}

int ne_dates_init(void) {
    lexicon = ne_strmap_new(1024);
    if (!lexicon) return NEWSEXT_INTERNAL;
    int rc = NEWSEXT_OK;
    struct {
        const char *data;
        size_t len;
        uint32_t cls;
        int triggers;
    } files[] = {
        {ne_data_dates_months, ne_data_dates_months_len, LX_MONTH, 1},
        {ne_data_dates_weekdays, ne_data_dates_weekdays_len, LX_WEEKDAY, 1},
        {ne_data_dates_numbers, ne_data_dates_numbers_len, LX_CARDINAL, 0},
        {ne_data_dates_units, ne_data_dates_units_len, LX_UNIT, 1},
        {ne_data_dates_seasons, ne_data_dates_seasons_len, LX_SEASON, 1},
        {ne_data_dates_partsofday, ne_data_dates_partsofday_len, LX_PARTDAY, 0},
        {ne_data_dates_decades, ne_data_dates_decades_len, LX_DECADE, 1},
        {ne_data_dates_anchors, ne_data_dates_anchors_len, LX_ANCHOR, 0},
        {ne_data_dates_modifiers, ne_data_dates_modifiers_len, LX_MODIFIER, 0},
        {ne_data_dates_relative, ne_data_dates_relative_len, LX_RELATIVE, 1},
        {ne_data_dates_sets, ne_data_dates_sets_len, LX_SET, 1},
        {ne_data_dates_holidays, ne_data_dates_holidays_len, LX_HOLIDAY, 1},
        {ne_data_dates_tense, ne_data_dates_tense_len, LX_TENSE, 0},
        {ne_data_dates_furniture, ne_data_dates_furniture_len, LX_FURNITURE, 0},
        {ne_data_dates_prepositions, ne_data_dates_prepositions_len, LX_PREP, 0},
        {ne_data_dates_grammar, ne_data_dates_grammar_len, LX_GRAMMAR, 0},
        {ne_data_dates_zones, ne_data_dates_zones_len, LX_ZONE, 0},
        {ne_data_dates_rates, ne_data_dates_rates_len, LX_RATE, 0},
        {ne_data_dates_generic, ne_data_dates_generic_len, LX_GENERIC, 0},
        {ne_data_dates_current_nouns, ne_data_dates_current_nouns_len, LX_CURRENT_NOUN, 0},
        {ne_data_dates_sports, ne_data_dates_sports_len, LX_SPORT, 0},
        /* no triggers: every date these read has a day or a year, and the
        ** prefilter fires on numbers */
        {ne_data_dates_months_intl, ne_data_dates_months_intl_len, LX_MONTH_INTL, 0},
        {ne_data_dates_intl_words, ne_data_dates_intl_words_len, LX_INTL_WORD, 0},
        /* their own triggers (LX_INTL_TRIGGER), for text written in them */
        {ne_data_dates_intl_relative, ne_data_dates_intl_relative_len, LX_INTL_REL, 0},
    };
    for (size_t i = 0; i < sizeof files / sizeof *files && rc == NEWSEXT_OK; i++)
        rc = load(files[i].data, files[i].len, files[i].cls, files[i].triggers);
    if (rc == NEWSEXT_OK) rc = dates_intl_init();
    ne_keep(entries, free_entries);
    return rc;
}

const dates_lex *dates_lookup(const char *key, size_t n) {
    int idx;
    if (!lexicon || n == 0 || !bloom_has(lexicon_bloom, LEXICON_BLOOM_BITS, quick_hash(key, n)) ||
        !ne_strmap_get(lexicon, key, n, &idx))
        return NULL;
    return &entries[idx];
}

int dates_furniture_tail(const char *word, size_t n) {
    return bloom_has(furniture_tails, FURNITURE_BLOOM_BITS, quick_hash(word, n));
}

/* ---- prefilter ---- */

static int is_letter(unsigned char c) { return (unsigned char)((c | 0x20) - 'a') < 26; }
static int is_digit(unsigned char c) { return (unsigned char)(c - '0') < 10; }
static int is_alnum(unsigned char c) { return is_letter(c) || is_digit(c); }

/* The run of letters at w, of at least two letters (w[0] and w[1] are),
** starts like a trigger word: its first three letters, or its two when
** w[2] (if more_than_two) is no letter. Needs no scan to the word's end. */
static int starts_trigger(const char *w, int more_than_two) {
    size_t bit = ((size_t)((w[0] | 0x20) - 'a') * 26 + (size_t)((w[1] | 0x20) - 'a')) * 27 +
                 (more_than_two ? (size_t)((w[2] | 0x20) - 'a') : 26);
    return trigger_starts[bit / 8] >> bit % 8 & 1;
}

/* Bit 7 of each byte of w set where that byte is an ASCII letter or digit.
** Each sum stays inside its byte (the high bits are cleared first and no
** sum passes 0xFF), so the eight bytes are tested at once. */
static uint64_t alnum_bytes(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t x = w & ~high, lower = x | ones * 0x20;
    uint64_t letter = (lower + ones * (0x80 - 'a')) & ~(lower + ones * (0x80 - 'z' - 1));
    uint64_t digit = (x + ones * (0x80 - '0')) & ~(x + ones * (0x80 - '9' - 1));
    return (letter | digit) & ~w & high;
}

/* The run of letters at w (n letters) is a trigger word; the caller has
** checked starts_trigger. */
static int letters_fire(const char *w, size_t n) {
    if (n > 16) return 0;
    char key[16];
    for (size_t i = 0; i < n; i++) key[i] = (char)(w[i] | 0x20);
    const dates_lex *e = dates_lookup(key, n);
    return e && (e->cls & LX_TRIGGER);
}

/* A run of digits text[a, b) that can be part of a date: not an amount
** ($5, 1,500, 2.5, 5%, 30 million; a dotted date 11.03.2022 still fires). */
static int digits_fire(const char *t, size_t len, size_t a, size_t b) {
    if (a > 0 && (t[a - 1] == '$' || t[a - 1] == ',' || t[a - 1] == '.')) return 0;
    if (b >= len) return 1;
    unsigned char c = (unsigned char)t[b];
    if (c == '%') return 0;
    if (c == ',' && b + 3 < len && is_digit((unsigned char)t[b + 1]) && is_digit((unsigned char)t[b + 2]) &&
        is_digit((unsigned char)t[b + 3]))
        return 0;
    if (c == '.' && b + 1 < len && is_digit((unsigned char)t[b + 1])) {
        /* 2.5 is a decimal; 11.03.2022 and 1.3.2022 are dates */
        size_t k = b + 2;
        if (k < len && is_digit((unsigned char)t[k])) k++;
        return k + 1 < len && t[k] == '.' && is_digit((unsigned char)t[k + 1]);
    }
    if (c == ' ') {
        size_t k = b + 1, e = k;
        while (e < len && e - k <= 16 && is_letter((unsigned char)t[e])) e++;
        if (e > k && e - k <= 16) {
            char key[16];
            for (size_t i = k; i < e; i++) key[i - k] = (char)(t[i] | 0x20);
            const dates_lex *x = dates_lookup(key, e - k);
            if (x && (x->cls & LX_AMOUNT)) return 0;
        }
    }
    return 1;
}

/* The word of letters or digits starting at t[a] fires; sets *end to the
** end of the trigger. Only the first run of letters or digits of a word
** counts: "5May" and "A320" do not fire. */
static int word_fires(const char *t, size_t len, size_t a, size_t *end) {
    unsigned char c = (unsigned char)t[a];
    size_t b = a + 1;
    if (is_letter(c)) {
        unsigned char c2 = a + 1 < len ? (unsigned char)t[a + 1] : 0;
        if (is_letter(c2)) {
            /* most words fail on their first letters: no need to read them to their end */
            if (!starts_trigger(t + a, a + 2 < len && is_letter((unsigned char)t[a + 2]))) return 0;
            b = a + 2;
            while (b < len && is_letter((unsigned char)t[b])) b++;
            if (!letters_fire(t + a, b - a)) return 0;
            *end = b;
            return 1;
        }
        if ((c | 0x20) == 'q' && c2 >= '1' && c2 <= '4' && (b + 1 >= len || !is_letter((unsigned char)t[b + 1]))) {
            *end = b + 1; /* Q1..Q4 */
            return 1;
        }
        return 0;
    }
    while (b < len && is_digit((unsigned char)t[b])) b++;
    if (!digits_fire(t, len, a, b)) return 0;
    *end = b;
    return 1;
}

/* Text written in another language (dates_intl_text): a word may start
** with a letter outside ASCII ("вчера") or hold one further on ("mañana"),
** so words are visited one by one, and one that is no English trigger is
** tried as a trigger of those languages (dates_intl_word_fires). */
static int next_trigger_intl(const char *t, size_t len, size_t i, size_t *start, size_t *end) {
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        int word_start = i == 0 || !is_alnum((unsigned char)t[i - 1]);
        if ((!is_alnum(c) && c < 0x80) || !word_start) { i++; continue; }
        if (is_alnum(c) && word_fires(t, len, i, end)) { *start = i; return 1; }
        if (!is_digit(c)) {
            if (dates_intl_word_fires(t, len, i, end)) { *start = i; return 1; }
            i = *end;
        }
        while (i < len && is_alnum((unsigned char)t[i])) i++;
    }
    return 0;
}

int dates_next_trigger(const char *t, size_t len, size_t pos, size_t *start, size_t *end, int intl) {
    size_t i = pos;
    /* starting inside a word: its rest cannot fire */
    if (i > 0)
        while (i < len && is_alnum((unsigned char)t[i - 1]) && is_alnum((unsigned char)t[i])) i++;
    if (intl) return next_trigger_intl(t, len, i, start, end);
    /* The words start where a letter or digit follows a byte that is
    ** neither. Eight bytes a step give a mask of their starts, which the
    ** inner loop visits: testing bytes one by one costs a mispredicted
    ** branch at every word edge. before carries the previous step's last
    ** byte (bit 7 set: it was a letter or digit). */
    uint64_t before = i > 0 && is_alnum((unsigned char)t[i - 1]) ? 0x80 : 0;
    for (; i < len; i += 8) {
        uint64_t alnum = 0;
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, t + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            w = __builtin_bswap64(w); /* byte i in the low bits */
#endif
            alnum = alnum_bytes(w);
        } else {
            for (size_t k = 0; k < len - i; k++)
                if (is_alnum((unsigned char)t[i + k])) alnum |= 0x80ull << 8 * k;
        }
        uint64_t starts = alnum & ~(alnum << 8 | before);
        before = alnum >> 56;
        for (; starts; starts &= starts - 1) {
            size_t a = i + (size_t)__builtin_ctzll(starts) / 8;
            if (word_fires(t, len, a, end)) {
                *start = a;
                return 1;
            }
        }
    }
    return 0;
}

/* ---- public API ---- */

static int digits(const char *s, size_t len, size_t *i, size_t n, int *out) {
    if (*i + n > len) return 0;
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[*i + k];
        if (c < '0' || c > '9') return 0;
        v = v * 10 + (c - '0');
    }
    *i += n;
    *out = v;
    return 1;
}

int newsext_parse_ref(const char *s, size_t len, newsext_date_ref *ref) {
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!s || !ref) return NEWSEXT_INVALID;
    newsext_date_ref r = {0, 0, 0, -1, -1};
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    while (len > i && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
    if (!digits(s, len, &i, 4, &r.year) || i >= len || s[i++] != '-' || !digits(s, len, &i, 2, &r.month) ||
        i >= len || s[i++] != '-' || !digits(s, len, &i, 2, &r.day))
        return NEWSEXT_INVALID;
    if (r.year < 1 || r.month < 1 || r.month > 12 || r.day < 1 || r.day > dates_days_in_month(r.year, r.month))
        return NEWSEXT_INVALID;
    if (i < len) {
        if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return NEWSEXT_INVALID;
        i++;
        if (!digits(s, len, &i, 2, &r.hour) || i >= len || s[i++] != ':' || !digits(s, len, &i, 2, &r.minute))
            return NEWSEXT_INVALID;
        if (r.hour > 23 || r.minute > 59) return NEWSEXT_INVALID;
        int sec;
        if (i < len && s[i] == ':') {
            i++;
            if (!digits(s, len, &i, 2, &sec) || sec > 60) return NEWSEXT_INVALID;
            if (i < len && s[i] == '.') {
                i++;
                size_t f = i;
                while (i < len && s[i] >= '0' && s[i] <= '9') i++;
                if (i == f) return NEWSEXT_INVALID;
            }
        }
        /* a zone: Z, +hh:mm, +hhmm, -hh */
        if (i < len && (s[i] == 'Z' || s[i] == 'z')) i++;
        else if (i < len && (s[i] == '+' || s[i] == '-')) {
            int zh, zm;
            i++;
            if (!digits(s, len, &i, 2, &zh)) return NEWSEXT_INVALID;
            if (i < len && s[i] == ':') i++;
            if (i < len && !digits(s, len, &i, 2, &zm)) return NEWSEXT_INVALID;
        }
        if (i != len) return NEWSEXT_INVALID;
    }
    *ref = r;
    return NEWSEXT_OK;
}

const char *newsext_timex_type_name(newsext_timex_type type) {
    switch (type) {
    case NEWSEXT_TIMEX_TIME: return "TIME";
    case NEWSEXT_TIMEX_DURATION: return "DURATION";
    case NEWSEXT_TIMEX_SET: return "SET";
    default: return "DATE";
    }
}

int newsext_date_mentions(const char *text, size_t len, const newsext_date_ref *ref,
                          newsext_date_mention **mentions, size_t *count) {
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!mentions || !count) return NEWSEXT_INVALID;
    *mentions = NULL;
    *count = 0;
    if (!text && len) return NEWSEXT_INVALID;
    if (!text) return NEWSEXT_OK;
    if (!newsext_utf8_valid(text, len)) return NEWSEXT_INVALID;
    return dates_scan_all(text, len, ref, mentions, count);
}
