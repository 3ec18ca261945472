/*
** event_date.c — the date of the event an article reports
** (newsext_event_date in include/newsext.h).
**
**   event_date('Published 11 March 2022\n\nDuring a meeting on Friday, ...')
**     -> '2022-03-11'
**   event_date('On 21 April, Putin said ...', '2025-04-22') -> '2025-04-21'
**   event_date('On 21 April, Putin said ...') -> NULL (no year anywhere)
**
** How it works: the dates of the text are found by the scanner
** (dates_scan.c), against ref or, without one, against a publication stamp
** in the text ("Published 11 March 2022", "Updated: ...", "Опубликовано 18
** сентября 2024", "Veröffentlicht am ...", "Publié le ...", or a full date
** alone on its line, as pages print it above the article). Each date that
** names a day, a month or a year is a candidate, scored by precision (day >
** month > year) and by where it stands. Scraped pages carry dates that are
** not the event, so candidates are dropped when their line is furniture:
** a photo caption or credit, an appeal or site notice (cue words in
** data/dates_furniture.tsv, in English and the languages of dates_intl.c:
** "Photo :", "Foto:", "Фото:"; a word with letters beyond ASCII is looked
** up lowercased by dates_lowercase_key, English words by a bit; in a
** paragraph of more than 40 words only the cue's own sentence, since "people
** who upload photos" is no caption), a line repeated elsewhere on the page (captions
** and headlines are), a line of fewer than six words (unless it is the
** whole text) or a question; or when
** the date opens a period ("since July 1", "с 1 июля", "seit dem 1. Juli",
** "depuis le 1er juillet") or is the stamp itself (a publication cue on a
** short line, or opening its line a few words before the date: "Apple
** updated its app on Tuesday" is news). Dates
** well before the reference (background), after it (plans; a holiday
** ahead, "the countdown to Christmas", is no event at all), and "last
** February 24, when ..." lose points. The best candidate wins, the earliest
** on a tie; when the winner has no known year the answer is NULL rather
** than a worse date. Only the first 256 KiB are read: the event of an
** article is stated near its top.
*/
#include "dates_internal.h"

#include <string.h>
#include <strings.h>

#define EVENT_WINDOW (256 * 1024)
#define MAX_CANDIDATES 200

typedef struct line_span {
    size_t start, end;
} line_span;

/* A text without line breaks is read in windows this wide around a date,
** so scoring stays linear. */
#define LINE_REACH 2000

static line_span line_of(const char *t, size_t len, size_t pos) {
    line_span l = {pos, pos};
    size_t lo = pos > LINE_REACH ? pos - LINE_REACH : 0, hi = pos + LINE_REACH < len ? pos + LINE_REACH : len;
    while (l.start > lo && t[l.start - 1] != '\n') l.start--;
    while (l.end < hi && t[l.end] != '\n') l.end++;
    return l;
}

/* What the words of a line say about it. */
#define MAX_CUE_SPOTS 8

typedef struct word_cues {
    int furniture[5];       /* cue phrases found, per furniture kind */
    int words;              /* words in the line */
    size_t first_published; /* start of the last word of the first publication cue, or SIZE_MAX */
    /* where the first caption and banner cues stand, to tell a caption
    ** from a paragraph that mentions photos in another sentence */
    size_t spots[MAX_CUE_SPOTS];
    int nspots;
} word_cues;

/* A longer line is a paragraph: a caption or banner cue rules out only
** the dates of its own sentence, and a publication cue only a date a few
** words after it ("Apple updated its app on Tuesday" is news). */
#define PARAGRAPH_WORDS 40
#define STAMP_WORDS 12
#define STAMP_REACH_WORDS 4
#define STAMP_LEAD_WORDS 2

static int word_char(unsigned char c) {
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '\'';
}

/* The word t[a, b) lowercased into key, as the cues of
** data/dates_furniture.tsv are written: ASCII by a bit, a word with letters
** beyond ASCII ("Фото", "Publié") by dates_lowercase_key. Its length, or 0
** when it does not fit in cap bytes. */
static size_t cue_key(const char *t, size_t a, size_t b, char *key, size_t cap) {
    if (b - a > cap) return 0;
    for (size_t q = a; q < b; q++) {
        if ((unsigned char)t[q] >= 0x80) return dates_lowercase_key((const unsigned char *)t + a, b - a, key, cap);
        key[q - a] = (char)(t[q] | 0x20);
    }
    return b - a;
}

/* Counts the words of [a, b) and looks up every phrase of one to three
** words in the furniture cues. Only at words that can end a cue
** (dates_furniture_tail): most words of a line cannot, and each lookup
** builds up to three keys. */
static void scan_cues(const char *t, size_t a, size_t b, word_cues *c) {
    enum { MAX_WORDS = 3 };
    memset(c->furniture, 0, sizeof c->furniture);
    c->words = 0;
    c->first_published = SIZE_MAX;
    c->nspots = 0;
    size_t ws[MAX_WORDS], we[MAX_WORDS]; /* the last words seen, a ring */
    size_t i = a;
    while (i < b) {
        if (!word_char((unsigned char)t[i]) || t[i] == '-' || t[i] == '\'') { i++; continue; }
        size_t e = i;
        while (e < b && word_char((unsigned char)t[e])) e++;
        ws[c->words % MAX_WORDS] = i;
        we[c->words % MAX_WORDS] = e;
        c->words++;
        char tail[64];
        size_t tail_n = cue_key(t, i, e, tail, sizeof tail);
        if (!tail_n || !dates_furniture_tail(tail, tail_n)) { i = e; continue; } /* no key can hold it, or none ends so */
        /* phrases ending with this word */
        for (int k = 1; k <= MAX_WORDS && k <= c->words; k++) {
            char key[64];
            size_t n = 0;
            int ok = 1;
            for (int w = c->words - k; w < c->words && ok; w++) {
                if (n + 2 >= sizeof key) { ok = 0; break; }
                if (n) key[n++] = ' ';
                size_t wn = cue_key(t, ws[w % MAX_WORDS], we[w % MAX_WORDS], key + n, sizeof key - n - 1);
                if (!wn) { ok = 0; break; }
                n += wn;
            }
            const dates_lex *lx = ok ? dates_lookup(key, n) : NULL;
            if (lx && (lx->cls & LX_FURNITURE)) {
                c->furniture[lx->furniture]++;
                if (lx->furniture == FURN_PUBLISHED && c->first_published == SIZE_MAX) c->first_published = i;
                if ((lx->furniture == FURN_CAPTION || lx->furniture == FURN_BANNER) && c->nspots < MAX_CUE_SPOTS)
                    c->spots[c->nspots++] = i;
            }
        }
        i = e;
    }
}

/* Words in t[a, b). */
static int words_in(const char *t, size_t a, size_t b) {
    int n = 0;
    for (size_t i = a; i < b; i++)
        if (word_char((unsigned char)t[i]) && (i == a || !word_char((unsigned char)t[i - 1]))) n++;
    return n;
}

/* No sentence ends in t[a, b): no full stop, '!' or '?' before a space. */
static int one_sentence(const char *t, size_t a, size_t b) {
    for (size_t i = a; i + 1 < b; i++)
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ') return 0;
    return 1;
}

/* The line's cues make it furniture for the date at pos: a short line
** with a caption or banner cue, or one in the date's own sentence. */
static int furniture_for(const char *t, const word_cues *c, size_t pos) {
    if (!c->furniture[FURN_CAPTION] && !c->furniture[FURN_BANNER]) return 0;
    if (c->words <= PARAGRAPH_WORDS || c->nspots == MAX_CUE_SPOTS) return 1;
    for (int k = 0; k < c->nspots; k++)
        if (c->spots[k] < pos ? one_sentence(t, c->spots[k], pos) : one_sentence(t, pos, c->spots[k])) return 1;
    return 0;
}

/* A publication cue stands before the date at pos, and the line is a
** stamp: short, or opening with the cue and the date a few words after it
** ("Updated: 14:05 GMT, 11 March 2022 | By ..."); "the study, published
** online today in Nature" is news. */
static int stamp_for(const char *t, size_t line_start, const word_cues *c, size_t pos) {
    return c->first_published < pos &&
           (c->words <= STAMP_WORDS || (words_in(t, line_start, c->first_published) <= STAMP_LEAD_WORDS &&
                                        words_in(t, c->first_published, pos) <= STAMP_REACH_WORDS + 1));
}

/* The line's text appears elsewhere in the window (repeated captions,
** headlines, related-story teasers). */
static int repeated_line(const char *t, size_t len, line_span l) {
    size_t a = l.start, b = l.end;
    while (a < b && (t[a] == ' ' || t[a] == '\t' || (unsigned char)t[a] >= 0x80 || t[a] == '*' || t[a] == '-')) {
        if ((unsigned char)t[a] >= 0x80) { /* a bullet or a no-break space */
            a++;
            while (a < b && ((unsigned char)t[a] & 0xC0) == 0x80) a++;
        } else a++;
    }
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r')) b--;
    if (b - a < 16) return 0;
    /* Looks for the line's first 16 bytes and compares the rest where they
    ** are: memmem of a whole paragraph prepares a shift table for it at
    ** every call, which costs more than the search. After a few places
    ** where the start matches (repetitive text), memmem of the whole line
    ** takes over, so the search stays linear. */
    enum { PREFIX = 16, MAX_COMPARES = 8 };
    size_t n = b - a, from = 0;
    int compares = 0;
    while (len - from >= n) {
        int by_prefix = compares < MAX_COMPARES;
        const char *hit = memmem(t + from, len - from, t + a, by_prefix ? PREFIX : n);
        if (!hit) return 0;
        size_t off = (size_t)(hit - t);
        if (len - off < n) return 0; /* no room for the line from here on */
        if (by_prefix) compares++;
        int whole = !by_prefix || !memcmp(hit + PREFIX, t + a + PREFIX, n - PREFIX);
        if (whole && (off < l.start || off >= l.end)) return 1;
        from = off + 1;
    }
    return 0;
}

/* Year, month and day of a value ("2022-03-11T14:00" -> 2022, 3, 11). Day
** or month 0 when absent; year 0 when unknown (X); returns 0 when the value
** is not a calendar date (a week, quarter, season, PRESENT_REF). */
static int value_date(const char *v, int *y, int *m, int *d) {
    *y = *m = *d = 0;
    size_t n = strlen(v);
    if (n < 4) return 0;
    int unknown = !memcmp(v, "XXXX", 4);
    if (!unknown) {
        for (int i = 0; i < 4; i++)
            if (v[i] < '0' || v[i] > '9') return 0;
        *y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    }
    if (n == 4) return 1;
    if (v[4] != '-') return 0;
    if (v[5] == 'W' && unknown) { *m = -1; *d = -1; return 1; } /* a weekday without reference */
    if (v[5] == 'X') { *m = -1; return 1; }
    if (n < 7 || v[5] < '0' || v[5] > '1' || v[6] < '0' || v[6] > '9') return 0;
    *m = (v[5] - '0') * 10 + (v[6] - '0');
    if (n == 7 || v[7] != '-') return n == 7;
    if (v[8] == 'X') return 1;
    if (n < 10 || v[8] < '0' || v[8] > '3') return 0;
    *d = (v[8] - '0') * 10 + (v[9] - '0');
    return n == 10 || v[10] == 'T';
}

/* The line holds nothing but this date (after a list bullet maybe, and
** with a clock time after it maybe): a dateline or stamp above the article. */
static int date_alone_on_line(const char *t, line_span l, const newsext_date_mention *m) {
    size_t a = l.start, b = l.end;
    /* spaces and a list bullet ("  • September 4, 2025") */
    while (a < m->start) {
        int32_t cp;
        int n = ne_utf8_decode((const unsigned char *)t + a, m->start - a, &cp);
        if (n < 1) break;
        int decoration = cp == ' ' || cp == '\t' || cp == '*' || cp == '-' || cp == '|' || cp == 0xB7 ||
                         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x25A0 && cp <= 0x25FF);
        if (!decoration) break;
        a += (size_t)n;
    }
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r' || t[b - 1] == '\t')) b--;
    return a == m->start && b >= m->start + m->length && b - (m->start + m->length) <= 12;
}

static int find_published_ref(const char *t, size_t len, const newsext_date_mention *ms, size_t n,
                              newsext_date_ref *ref) {
    for (size_t i = 0; i < n; i++) {
        int y, m, d;
        if (!value_date(ms[i].value, &y, &m, &d) || y <= 0 || m <= 0 || d <= 0) continue;
        line_span l = line_of(t, len, ms[i].start);
        word_cues c;
        scan_cues(t, l.start, ms[i].start, &c);
        if (stamp_for(t, l.start, &c, ms[i].start) || date_alone_on_line(t, l, &ms[i])) {
            *ref = (newsext_date_ref){y, m, d, -1, -1};
            return 1;
        }
    }
    return 0;
}

/* The key is a background cue of data/dates_furniture.tsv ("since"). */
static int background_cue(const char *key, size_t n) {
    const dates_lex *e = dates_lookup(key, n);
    return e && (e->cls & LX_FURNITURE) && e->furniture == FURN_BACKGROUND;
}

/* The start of the word of letters (ASCII, or any beyond it) that ends
** where spaces and commas before *e end; *e is moved there. */
static size_t word_start_before(const char *t, size_t line_start, size_t *e) {
    while (*e > line_start && (t[*e - 1] == ' ' || t[*e - 1] == ',')) (*e)--;
    size_t b = *e;
    while (b > line_start && (((t[b - 1] | 0x20) >= 'a' && (t[b - 1] | 0x20) <= 'z') || (unsigned char)t[b - 1] >= 0x80))
        b--;
    return b;
}

/* The words before the mention at pos open a period in another language:
** the last word ("с 1 июля", "sinds 1 juli", "dal 1° luglio") or the last
** two ("seit dem 1. Juli", "depuis le 1er juillet", "desde el 1 de julio"),
** words beyond ASCII lowercased as the cues are written. */
static int background_words_before(const char *t, size_t line_start, size_t pos) {
    char last[32], key[64];
    size_t e1 = pos, b1 = word_start_before(t, line_start, &e1);
    size_t n1 = b1 < e1 ? cue_key(t, b1, e1, last, sizeof last) : 0;
    /* most words end no cue (the filter of dates_furniture_tail) */
    if (!n1 || !dates_furniture_tail(last, n1)) return 0;
    if (background_cue(last, n1)) return 1;
    size_t e0 = b1, b0 = word_start_before(t, line_start, &e0);
    if (b0 == e0 || e0 == b1) return 0; /* no word, or no space between */
    size_t n0 = cue_key(t, b0, e0, key, sizeof key);
    if (!n0 || n0 + 1 + n1 > sizeof key) return 0;
    key[n0] = ' ';
    memcpy(key + n0 + 1, last, n1);
    return background_cue(key, n0 + 1 + n1);
}

/* Word before the mention, lowercased into buf; "" at line start. */
static void word_before(const char *t, size_t line_start, size_t pos, char *buf, size_t cap) {
    size_t e = pos;
    while (e > line_start && (t[e - 1] == ' ' || t[e - 1] == ',')) e--;
    size_t b = e;
    while (b > line_start && ((t[b - 1] | 0x20) >= 'a' && (t[b - 1] | 0x20) <= 'z')) b--;
    size_t n = e - b < cap - 1 ? e - b : cap - 1;
    for (size_t i = 0; i < n; i++) buf[i] = (char)(t[b + i] | 0x20);
    buf[n] = 0;
}

/* What scoring learns from a candidate's line. Dates cluster in
** paragraphs, so the candidates share lines: the facts of the last line are
** kept and reused while the span is the same. */
typedef struct line_facts {
    line_span l;
    int known;    /* the fields below describe l */
    word_cues c;
    int question; /* the line ends with '?' */
    int repeated; /* repeated_line: -1 not computed yet */
} line_facts;

/* The mention is a holiday's name ("Christmas", "New Year's Eve"). */
static int holiday_mention(const char *t, const newsext_date_mention *mt) {
    char key[48];
    size_t n = cue_key(t, mt->start, mt->start + mt->length, key, sizeof key);
    const dates_lex *e = n ? dates_lookup(key, n) : NULL;
    return e && (e->cls & LX_HOLIDAY);
}

static int score_candidate(const char *t, size_t len, const newsext_date_mention *mt, const newsext_date_ref *ref,
                           int y, int m, int d, line_facts *f) {
    line_span l = line_of(t, len, mt->start);
    if (!f->known || f->l.start != l.start || f->l.end != l.end) {
        f->l = l;
        f->known = 1;
        scan_cues(t, l.start, l.end, &f->c);
        size_t e = l.end;
        while (e > l.start && (t[e - 1] == ' ' || t[e - 1] == '\r')) e--;
        f->question = e > l.start && t[e - 1] == '?';
        f->repeated = -1;
    }
    const word_cues *c = &f->c;
    if (furniture_for(t, c, mt->start) || stamp_for(t, l.start, c, mt->start) || date_alone_on_line(t, l, mt))
        return -1;
    /* a short line among others is a stamp, caption or headline; a text
    ** that is one short sentence is just that sentence */
    int whole_text = l.start == 0 && l.end == len;
    if (c->words < 6 && !whole_text) return -1;
    if (f->question) return -1;
    char prev[16];
    word_before(t, l.start, mt->start, prev, sizeof prev);
    const dates_lex *pl = dates_lookup(prev, strlen(prev));
    if (pl && (pl->cls & LX_FURNITURE) && pl->furniture == FURN_BACKGROUND) return -1;
    if (background_words_before(t, l.start, mt->start)) return -1;
    if (f->repeated < 0) f->repeated = repeated_line(t, len, l);
    if (f->repeated) return -1;
    int score = d > 0 ? 30 : m > 0 ? 20 : 10;
    if (d < 0) score = 30; /* a weekday: day precision, year unknown */
    /* "last February 24, when ..." introduces background */
    if (mt->length > 5 && !strncasecmp(t + mt->start, "last ", 5) && m > 0) score -= 15;
    size_t after = mt->start + mt->length;
    while (after < l.end && (t[after] == ',' || t[after] == ' ')) after++;
    if (l.end - after >= 4 && !strncasecmp(t + after, "when", 4)) score -= 10;
    if (dates_has_ref(ref) && y > 0) {
        int mm = m > 0 ? m : 12, dd = d > 0 ? d : dates_days_in_month(y, mm);
        long diff = dates_days_from_civil(ref->year, ref->month, ref->day) - dates_days_from_civil(y, mm, dd);
        int m0 = m > 0 ? m : 1, d0 = d > 0 ? d : 1;
        long diff_start = dates_days_from_civil(ref->year, ref->month, ref->day) - dates_days_from_civil(y, m0, d0);
        /* a holiday ahead ("the countdown to Christmas") is the season
        ** the story is written in, not its event */
        if (diff_start < -1 && holiday_mention(t, mt)) return -1;
        if (diff_start < -1) score -= 25;            /* after the reference: a plan */
        else if (diff_start == -1) score -= 5;       /* the day after: a plan, or a time zone ahead */
        else if (diff > 366) score -= 20;            /* background */
        else if (diff > 31) score -= 10;
    }
    return score;
}

int newsext_event_date(const char *text, size_t len, const newsext_date_ref *ref, char out[11]) {
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!out) return NEWSEXT_INVALID;
    out[0] = 0;
    if (!text) return len ? NEWSEXT_INVALID : NEWSEXT_OK;
    if (!newsext_utf8_valid(text, len)) return NEWSEXT_INVALID;
    return dates_event_date(text, len, ref, out);
}

int dates_event_date(const char *text, size_t len, const newsext_date_ref *ref, char out[11]) {
    int rc;
    out[0] = 0;
    if (len > EVENT_WINDOW) {
        len = EVENT_WINDOW;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80) len--;
    }
    newsext_date_ref r = {0, 0, 0, -1, -1};
    if (dates_has_ref(ref)) r = *ref;
    newsext_date_mention *ms = NULL;
    size_t n = 0;
    if (!dates_has_ref(&r)) {
        rc = dates_scan_all(text, len, NULL, &ms, &n);
        if (rc != NEWSEXT_OK) return rc;
        int found = find_published_ref(text, len, ms, n, &r);
        if (found) {
            ne_free(ms);
            ms = NULL;
            rc = dates_scan_all(text, len, &r, &ms, &n);
            if (rc != NEWSEXT_OK) return rc;
        }
    } else {
        rc = dates_scan_all(text, len, &r, &ms, &n);
        if (rc != NEWSEXT_OK) return rc;
    }
    int best = -1, best_score = 0;
    size_t considered = 0;
    line_facts facts = {0};
    for (size_t i = 0; i < n && considered < MAX_CANDIDATES; i++) {
        if (ms[i].type != NEWSEXT_TIMEX_DATE && ms[i].type != NEWSEXT_TIMEX_TIME) continue;
        int y, m, d;
        if (!value_date(ms[i].value, &y, &m, &d)) continue;
        considered++;
        int sc = score_candidate(text, len, &ms[i], &r, y, m, d, &facts);
        if (sc > best_score) { best_score = sc; best = (int)i; }
    }
    if (best >= 0) {
        int y, m, d;
        value_date(ms[best].value, &y, &m, &d);
        if (y > 0) {
            size_t k = d > 0 ? 10 : m > 0 ? 7 : 4;
            memcpy(out, ms[best].value, k);
            out[k] = 0;
        }
    }
    ne_free(ms);
    return NEWSEXT_OK;
}
