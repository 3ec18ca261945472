/*
** persons.c — the persons a text names: person_mentions, extract_persons.
**
**   SELECT name, mention, start, length, role
**     FROM person_mentions('Russian President Vladimir Putin met Ukraine''s '
**                          'Volodymyr Zelenskiy. Putin said ...');
**   -- Vladimir Putin | Vladimir Putin     | 19 | 14 | Russian President
**   -- Volodymyr Zelenskiy | Volodymyr Zelenskiy | ... | NULL
**   -- Vladimir Putin | Putin | ... | NULL
**   SELECT extract_persons(text);   -- '["Vladimir Putin","Volodymyr Zelenskiy"]'
**
** How it works. No model: word classes from data files, the shape of the
** text, and what the text itself says elsewhere.
**  - Word classes (one hash lookup per capitalised word, on its folded
**    form): given names and surnames (persons_given.txt,
**    persons_surnames.txt), Chinese and Korean surnames, which come first
**    (persons_surname_first.txt), common English words (persons_english.txt,
**    from SCOWL), all derived from openly licensed lists; titles,
**    honorifics, role nouns and particles (persons_context.tsv); and the
**    hand-written classes of persons_words.tsv: stop words, months and
**    days, places, nationalities, organisations and media, head words of
**    place and organisation names ("Ministry", "Place", "Zeitung"), of
**    events ("Summit"), verbs of saying, scorecard words, surname endings
**    (-ov, -enko, -sky, -oglu ...). An unknown word takes classes from its
**    parts: "Lieutenant-Colonel" is a title, "Indians" a nationality,
**    "Außenministerin" (German compound) a title, "Jean-Yves" a given name,
**    "Sugar-Free" a common word.
**  - Other languages (persons_intl.tsv): Cyrillic given names, titles and
**    role nouns of Russian, Ukrainian, German, French, Spanish, Italian and
**    Polish news, places and organisations in the cases they stand in
**    before names ("Президент России", "Rzecznik Kremla"), Cyrillic stop
**    words, verbs of saying and surname endings (-ов, -ский, -енко, and
**    their cases). A Cyrillic word the tables lack is looked up again by its
**    case stem (person_key's case endings: "России" as "Россия",
**    "Владимира" as "Владимир").
**  - The scanner cuts the text into lines (a paragraph, or at most 1024
**    tokens) and each line into runs of capitalised words, initials and
**    particles ("Mohammed bin Salman"); while it reads a line it counts its
**    words and notes its sentence starts and capitalised words. A line that
**    is Title Case or ALL CAPS is a headline: only strong evidence counts.
**  - In a run, leading words that cannot start a name (stop words, titles,
**    nationalities, places) are skipped, and so are a capitalised word of
**    no name class before a given name and another name word (German
**    nouns: "Präsidenten Emmanuel Macron"; genitives: "Defensa Margarita
**    Robles") and a Cyrillic word of no class at a sentence start; those right before the name that
**    are titles, role nouns or their qualifiers become its role ("Russian
**    President", "Kremlin spokesman"), else an appositive after it does
**    (", the Kremlin spokesman,"). The name then extends over name-like
**    words (and a regnal number: "Henry VIII") and ends at a possessive
**    ("Putin's") or a word of another class. Words next to the head word
**    of a place or organisation ("Place Bellecour") are no name.
**  - A name is accepted on a given name plus a surname, initials plus a
**    surname, a title or role before it, a surname ending, a country in
**    brackets after it ("Alekna (Lithuania)"), a scorecard's "c"/"b"
**    before it, a surname that speaks ("Dole said") or has an appositive
**    role, a list whose other items are persons ("Given, Breen, Staunton"),
**    or because the text names the person elsewhere. That last test needs
**    the whole text: the first pass notes, once per word, the capitalised
**    words no rule took and the lines they are in; once the text is read,
**    the lines where such a word turned out to be a person named elsewhere
**    ("Putin" in a headline before "Vladimir Putin" in the body, both
**    halves of "Putin-Zelenskiy") are scanned again and their mentions
**    replace those of the first pass.
**  - Two capitalised words that no table knows, in running text and not
**    at a sentence start, are taken for a foreign name ("Muthiah
**    Muralitharan") unless one is a common English word ("Gold Fields") or
**    ends like one (-ing, -tion), or an article stands before them ("the",
**    "im": a noun phrase; German capitalises nouns).
**  - Web pages name products and sections more than persons: a word with a
**    digit or a capital inside ("GitHub", "Buds2"; not "McDonald") or glued
**    to kana or ideographs is an organisation's; a given name that is also
**    a common word before a common word that is no name ("Eve Door"), a
**    common word that is no name before a last word that is no surname or
**    in a heading ("Software Development Free"), two common words that are
**    no given names ("Child Tax Credit"), the words between two titles
**    ("Chief AI Officer") and a sentence-initial word that ends like an
**    English word or is a lower-case compound, or a common word opening
**    a line of a few words, before a surname named earlier ("Hosting
**    Cook", "Day-by-day Schiff", "Measured Weight") are no names, and neither is
**    a name with a registered or trade mark sign ("Victor®"), nor one
**    that ends in a single letter without a dot ("Gen Z", "Corbin U") or
**    that begins and ends with the same word (a heading glued to its
**    text: "Linkerd Linkerd"), nor a possessive before the head word
**    of an organisation ("Rosa Delmar's Kitchen"), nor one with a common
**    word that is no name part inside it or before a capitalised word
**    ("Kessler Makes Coffee", "Hollis Simply Brew"). Once the text is
**    read, a word that is no given name and opens the full names of two
**    persons none of whom has a title is a brand before its products
**    ("Vorlex Kallisto", "Vorlex Andara"): their mentions go. A given name
**    that is also a month is a name before a word no table knows ("Jan
**    Liphardt"), unless a determiner or preposition stands before it
**    ("said Jan Liphardt" is a name).
**  - Mentions are grouped into persons with person_key (so "Zelenskiy" and
**    "Zelenskyy" agree): a full name opens a person, and one whose given
**    name begins another's ("Josh", "Joshua") or is its initial joins
**    that person of the same surname; a bare surname (also "Van der
**    Berg" after "Peter van der Berg", "Van Der Beek" after "James Van
**    Der Beek", and "Wang" after "Wang Donghai") joins the person with
**    that surname, and a given name alone ("Steve") the one person whose
**    full name began with it; a fuller form of the
**    same person ("Putin" then "Vladimir Putin") becomes its name, and of
**    forms as full, one in the nominative (Russian and Ukrainian names
**    decline: "Владимира Путина" gives way to "Владимир Путин"). When
**    several persons share the surname ("Joe Biden", "Hunter Biden"), a
**    bare one goes to the person whose full name its paragraph gave last,
**    if only one of them was named there, else to the first.
** Cost: linear in the text; hash lookups only for capitalised words and the
** few lowercase words next to them. Memory: the tokens of one line, the
** mentions, the persons, and per distinct capitalised word a slot and
** 8 bytes per line it is doubtful in.
*/
#include "persons.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "newsext_data.h"

/* ---- word classes ------------------------------------------------------ */

enum {
    W_GIVEN = 1 << 0,
    W_SURNAME = 1 << 1,
    W_HONORIFIC = 1 << 2,
    W_TITLE = 1 << 3,
    W_ROLE = 1 << 4,
    W_MOD = 1 << 5,
    W_PARTICLE = 1 << 6,
    W_SUFFIX = 1 << 7,
    W_STOP = 1 << 8,
    W_TIME = 1 << 9,
    W_PLACE = 1 << 10,
    W_DEMONYM = 1 << 11,
    W_ORG = 1 << 12,
    W_ORGWORD = 1 << 13,
    W_SAY = 1 << 14,
    W_EVENT = 1 << 17,
    W_COMMON = 1 << 18, /* a common English word when written in lower case */
    W_FIELDER = 1 << 19,
    W_SURNAME_FIRST = 1 << 20, /* a Chinese or Korean surname, written first */
    W_ARTICLE = 1 << 21,       /* an article ("the", "der", "la"): a noun phrase follows */
    W_CAPITAL_PREFIX = 1 << 22, /* a name may go on with a capital after it ("Mc", "De": "McDonald") */
    W_ENDING = 1 << 15,  /* not stored: computed from the surname endings */
    W_ENGLISH = 1 << 16, /* not stored: ends like an English word */
};

/* Words that are never part of a name when capitalised. */
#define W_NEVER_NAME (W_STOP | W_TIME | W_ORG | W_ORGWORD | W_EVENT | W_SAY)
/* Words that stand before names: titles and their qualifiers. */
#define W_ROLE_WORD (W_TITLE | W_HONORIFIC | W_ROLE | W_MOD | W_DEMONYM)
/* Words that make a run something other than a person. */
#define W_NOT_PERSON (W_NEVER_NAME | W_PLACE | W_DEMONYM)

static ne_strmap *lexicon; /* folded word without a final '.' -> W_* flags */
/* Word endings (surnames: -ov, -enko; English words: -ing, -tion),
** chained by their last byte so that most words are rejected at once. */
#define MAX_ENDINGS 96
typedef struct ending_set {
    struct {
        char s[14];
        unsigned char n, next; /* next: 1 + the next ending with the same last byte */
    } e[MAX_ENDINGS];
    int count;
    unsigned char by_last[256]; /* 1 + the first ending with that last byte */
} ending_set;
/* Cyrillic surname endings are apart: their stem must have three
** letters, six bytes ("Вдова" has none) */
static ending_set surname_endings, cyrillic_surname_endings, english_endings, title_endings;
/* Cyrillic words of the lexicon by their person_key (their case stem), so
** that "России" is found as "Россия" and "министром" as "министр". */
static ne_strmap *cyrillic_stems;
static void init_ascii_classes(void);
static unsigned char particle_first_byte[256]; /* quick rejection of lowercase words */

typedef struct class_name {
    const char *name;
    int flag;
} class_name;

static const class_name classes[] = {
    {"honorific", W_HONORIFIC}, {"title_political", W_TITLE}, {"title_business", W_TITLE},
    {"title_military", W_TITLE}, {"title_religious", W_TITLE}, {"title_royal", W_TITLE},
    {"title_academic", W_TITLE}, {"title", W_TITLE}, {"role_sport", W_ROLE},
    {"role_other", W_ROLE}, {"particle", W_PARTICLE}, {"suffix", W_SUFFIX},
    {"stop", W_STOP}, {"time", W_TIME}, {"place", W_PLACE}, {"demonym", W_DEMONYM},
    {"modifier", W_MOD}, {"org", W_ORG}, {"orgword", W_ORGWORD}, {"event", W_EVENT}, {"say", W_SAY}, {"fielder", W_FIELDER},
    {"given", W_GIVEN}, {"article", W_ARTICLE}, {"capital_prefix", W_CAPITAL_PREFIX},
};

/* Does the folded word end in a Cyrillic letter (U+0400 to U+04FF)? */
static int ends_cyrillic(const char *w, size_t n) {
    return n >= 2 && (unsigned char)w[n - 2] >= 0xD0 && (unsigned char)w[n - 2] <= 0xD3;
}

/* Lower-cases an ASCII word, or folds a non-ASCII one (through scratch),
** and drops one final '.'. Returns the key, or NULL when it is too long to
** be a word of the lexicon. */
static const char *fold_key(const char *s, size_t n, char *small, size_t small_cap, ne_buf *scratch,
                            size_t *key_len) {
    const char *key;
    /* ASCII, with "’" read as "'" ("I’m", "O’Neill"): no need for ne_fold */
    size_t kn = 0, i = 0;
    for (; i < n && kn < small_cap; kn++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            small[kn] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
            i++;
        } else if (i + 2 < n && !memcmp(s + i, "\xE2\x80\x99", 3)) {
            small[kn] = '\'';
            i += 3;
        } else {
            break;
        }
    }
    if (i == n) {
        key = small;
        n = kn;
    } else if (ne_is_ascii(s, n)) {
        return NULL; /* too long to be a word of the lexicon */
    } else {
        scratch->len = 0;
        ne_fold(scratch, s, n);
        if (scratch->oom || !scratch->data) return NULL;
        key = scratch->data;
        n = scratch->len;
    }
    if (n > 1 && key[n - 1] == '.') n--;
    *key_len = n;
    return key;
}

static int add_word(const char *word, size_t n, int flag) {
    char small[64];
    ne_buf scratch;
    ne_buf_init(&scratch);
    size_t kn;
    const char *key = fold_key(word, n, small, sizeof small, &scratch, &kn);
    int rc = 0;
    if (key) {
        int old = 0;
        ne_strmap_get(lexicon, key, kn, &old);
        rc = ne_strmap_put(lexicon, key, kn, old | flag);
    }
    if (key && !rc && ends_cyrillic(key, kn)) {
        ne_buf stem;
        ne_buf_init(&stem);
        ne_person_key_append_folded(&stem, key, kn);
        int old = 0;
        if (stem.oom) rc = 1;
        else if (stem.len) {
            ne_strmap_get(cyrillic_stems, stem.data, stem.len, &old);
            rc = ne_strmap_put(cyrillic_stems, stem.data, stem.len, old | flag);
        }
        ne_buf_free(&stem);
    }
    ne_buf_free(&scratch);
    return rc ? NEWSEXT_NOMEM : 0;
}

static int add_name_line(const char *line, size_t n, void *flag) { return add_word(line, n, *(int *)flag); }

static int ending_add(ending_set *set, const char *w, size_t n) {
    if (!n || n >= sizeof set->e[0].s || set->count == MAX_ENDINGS) return NEWSEXT_INTERNAL;
    unsigned char last = (unsigned char)w[n - 1];
    memcpy(set->e[set->count].s, w, n);
    set->e[set->count].n = (unsigned char)n;
    set->e[set->count].next = set->by_last[last];
    set->by_last[last] = (unsigned char)++set->count;
    return 0;
}

/* "word\tclass" lines of persons_context.tsv and persons_words.tsv. */
static int add_class_line(const char *line, size_t n, void *arg) {
    NE_UNUSED(arg);
    const char *tab = memchr(line, '\t', n);
    if (!tab) return NEWSEXT_INTERNAL;
    size_t wn = (size_t)(tab - line), cn = n - wn - 1;
    if (cn == 14 && !memcmp(tab + 1, "english_ending", 14)) return ending_add(&english_endings, line, wn);
    if (cn == 12 && !memcmp(tab + 1, "title_ending", 12)) return ending_add(&title_endings, line, wn);
    /* "ending" and "kinship_patronymic_ending": surname endings */
    if (cn >= 6 && !memcmp(tab + 1 + cn - 6, "ending", 6))
        return ending_add(wn && (unsigned char)line[wn - 1] >= 0x80 ? &cyrillic_surname_endings : &surname_endings, line, wn);
    if (cn == 8 && !memcmp(tab + 1, "category", 8)) return 0; /* a header line */
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
        if (strlen(classes[i].name) == cn && !memcmp(classes[i].name, tab + 1, cn)) {
            if (classes[i].flag == W_PARTICLE && wn) { /* either case: "de", "De" */
                particle_first_byte[(unsigned char)line[0]] = 1;
                if (line[0] >= 'a' && line[0] <= 'z') particle_first_byte[(unsigned char)line[0] - 32] = 1;
            }
            return add_word(line, wn, classes[i].flag);
        }
    return NEWSEXT_INTERNAL;
}

int ne_persons_init(void) {
    init_ascii_classes();
    if (ne_person_key_init()) return NEWSEXT_INTERNAL; /* the stems of Cyrillic words need it */
    lexicon = ne_strmap_new(1 << 17);
    cyrillic_stems = ne_strmap_new(1 << 10);
    if (!lexicon || !cyrillic_stems) return NEWSEXT_INTERNAL;
    int given = W_GIVEN, surname = W_SURNAME, common = W_COMMON, surname_first = W_SURNAME_FIRST;
    if (ne_each_line(ne_data_persons_given, ne_data_persons_given_len, add_name_line, &given) ||
        ne_each_line(ne_data_persons_english, ne_data_persons_english_len, add_name_line, &common) ||
        ne_each_line(ne_data_persons_surname_first, ne_data_persons_surname_first_len, add_name_line,
                     &surname_first) ||
        ne_each_line(ne_data_persons_surnames, ne_data_persons_surnames_len, add_name_line, &surname) ||
        ne_each_line(ne_data_persons_context, ne_data_persons_context_len, add_class_line, NULL) ||
        ne_each_line(ne_data_persons_words, ne_data_persons_words_len, add_class_line, NULL) ||
        ne_each_line(ne_data_persons_intl, ne_data_persons_intl_len, add_class_line, NULL))
        return NEWSEXT_INTERNAL;
    return NEWSEXT_OK;
}

/* Does key[0,n) end with e[0,en)? Compared from the end: most words
** differ in their last two letters (a call to memcmp costs more). */
static int ends_with(const char *key, size_t n, const char *e, size_t en) {
    if (n < en) return 0;
    for (size_t i = 1; i <= en; i++)
        if (key[n - i] != e[en - i]) return 0;
    return 1;
}

/* Does key[0,n) end with one of set, leaving a stem of min_stem bytes? */
static int has_ending(const ending_set *set, const char *key, size_t n, size_t min_stem) {
    if (!n) return 0;
    for (int i = set->by_last[(unsigned char)key[n - 1]]; i; i = set->e[i - 1].next)
        if (n >= set->e[i - 1].n + min_stem && ends_with(key, n, set->e[i - 1].s, set->e[i - 1].n)) return 1;
    return 0;
}

/* ---- tokens -------------------------------------------------------------- */

enum { T_WORD, T_INITIAL, T_NUMBER, T_PUNCT };
enum { P_END, P_COMMA, P_OPEN, P_CLOSE, P_QUOTE, P_COLON, P_DASH, P_OTHER };

typedef struct token {
    size_t start, end; /* bytes; end excludes a possessive 's */
    uint32_t flags;    /* W_* once looked up */
    unsigned char kind, punct;
    unsigned char cap;        /* starts with a capital (or al-/el- + capital) */
    unsigned char upper;      /* no lower-case letter and two or more letters */
    unsigned char possessive; /* followed by 's, which end excludes */
    unsigned char hyphen;     /* has an inner hyphen */
    unsigned char sent_start; /* first word of a sentence */
    unsigned char looked;     /* flags are valid */
} token;

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2BC; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

typedef enum { C_SPACE, C_NEWLINE, C_UPPER, C_LOWER, C_LETTER, C_MARK, C_DIGIT, C_PUNCT } char_class;

static char_class classify_ascii(int32_t cp) {
    if (cp >= 'a' && cp <= 'z') return C_LOWER;
    if (cp >= 'A' && cp <= 'Z') return C_UPPER;
    if (cp >= '0' && cp <= '9') return C_DIGIT;
    if (cp == '\n') return C_NEWLINE;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return C_SPACE;
    return C_PUNCT;
}

static unsigned char ascii_class[128]; /* classify_ascii, tabulated at init */

static void init_ascii_classes(void) {
    for (int c = 0; c < 128; c++) ascii_class[c] = (unsigned char)classify_ascii(c);
}

static char_class classify(int32_t cp) {
    if (cp < 0x80) return (char_class)ascii_class[cp];
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return C_NEWLINE;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return C_UPPER;
    case UTF8PROC_CATEGORY_LL: return C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return C_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return C_MARK;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return C_SPACE;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return C_NEWLINE;
    default: return C_PUNCT;
    }
}

/* Decodes the character at i (text is valid UTF-8). */
static inline char_class char_at(const char *t, size_t len, size_t i, int32_t *cp, int *step) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *cp = c;
        *step = 1;
        return (char_class)ascii_class[c];
    } else {
        *step = ne_utf8_decode((const unsigned char *)t + i, len - i, cp);
        if (*step < 1) *step = 1;
    }
    return classify(*cp);
}

static int is_letter_class(char_class c) { return c == C_UPPER || c == C_LOWER || c == C_LETTER; }

static unsigned char punct_kind(int32_t cp) {
    switch (cp) {
    case '.': case '!': case '?': case 0x2026: return P_END;
    case ',': return P_COMMA;
    case '(': case '[': case '{': return P_OPEN;
    case ')': case ']': case '}': return P_CLOSE;
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0xAB: case 0xBB:
    case 0x201E: return P_QUOTE;
    case ':': case ';': return P_COLON;
    case '-': case 0x2013: case 0x2014: case 0x2012: case 0x2015: return P_DASH;
    default: return P_OTHER;
    }
}

/* ---- per-call state -------------------------------------------------------- */

/* A person of this text: its fullest name and what identifies it. */
typedef struct person {
    size_t name_start, name_len; /* the fullest mention, in the text */
    int n_words;
    int upper;        /* the name was written in capitals */
    size_t first_key; /* offset in keys of the first word's key */
    size_t first_key_len;
    /* Persons who share a surname ("Joe Biden", "Hunter Biden") are
    ** chained from the first: next_same links them, last_same is the
    ** chain's end (kept on the first only). */
    int next_same, last_same;
    size_t last_full_line; /* 1 + line of the last mention with a given name; 0: none */
    int nominative; /* name_nominative_rank of the name */
    /* its full name begins with a word that is no given name ("Vorlex Kallisto") */
    unsigned char first_not_given;
} person;

/* A mention: 24 bytes (texts are shorter than 4 GB; find_persons checks). */
typedef struct found {
    uint32_t start, end;
    uint32_t role_start, role_end; /* role_end == 0: none */
    int person;
    int bare; /* a surname alone: may belong to any person of its chain */
} found;

/* A map from words of the text (spans of it, not copies) to ints: per
** call, without an allocation per word. Open addressing, at most half
** full. */
typedef struct span_slot {
    size_t start;  /* in the text */
    uint32_t len;  /* 0: empty slot */
    uint32_t hash; /* low bits of ne_hash64 */
    int value;
} span_slot;

typedef struct span_map {
    span_slot *slot;
    size_t cap, count; /* cap: 0 or a power of two */
} span_map;

/* The slot of text[a, a+n) (n > 0): its own, or the empty one to fill. */
static span_slot *span_find(const span_map *m, const char *text, size_t a, size_t n, uint32_t h) {
    size_t i = h & (m->cap - 1);
    for (;;) {
        span_slot *x = &m->slot[i];
        if (!x->len || (x->hash == h && x->len == n && !memcmp(text + x->start, text + a, n))) return x;
        i = (i + 1) & (m->cap - 1);
    }
}

static int span_get(const span_map *m, const char *text, size_t a, size_t n, int *value) {
    if (!m->cap || !n || n >= UINT32_MAX) return 0;
    span_slot *x = span_find(m, text, a, n, (uint32_t)ne_hash64(text + a, n));
    if (!x->len) return 0;
    *value = x->value;
    return 1;
}

/* Sets the value of text[a, a+n); -1 when out of memory. Words of 4 GB
** or more are not kept (0). */
static int span_put(span_map *m, const char *text, size_t a, size_t n, int value) {
    if (!n || n >= UINT32_MAX) return 0;
    if ((m->count + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        span_slot *slot = ne_malloc(cap * sizeof *slot);
        if (!slot) return -1;
        memset(slot, 0, cap * sizeof *slot);
        span_map bigger = {slot, cap, m->count};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slot[i].len)
                *span_find(&bigger, text, m->slot[i].start, m->slot[i].len, m->slot[i].hash) = m->slot[i];
        ne_free(m->slot);
        *m = bigger;
    }
    uint32_t h = (uint32_t)ne_hash64(text + a, n);
    span_slot *x = span_find(m, text, a, n, h);
    if (!x->len) {
        *x = (span_slot){a, (uint32_t)n, h, 0};
        m->count++;
    }
    x->value = value;
    return 0;
}

typedef enum { LINE_TEXT, LINE_TITLE_CASE, LINE_ALL_CAPS } line_mode;

#define MAX_LINE_TOKENS 1024
#define MAX_NAME_WORDS 6
/* persons looked at for one surname ("Joe Biden", "Hunter Biden" ...) */
#define MAX_SAME_SURNAME 16

typedef struct scan {
    const char *text;
    size_t len;
    token *tok;
    size_t n;
    /* the current line, counted while it is read: its words, and where
    ** its capitalised words and initials are (most tokens are not) */
    struct line_counts {
        size_t words, caps, upper, lower_long;
        int at_start; /* the next word starts a sentence */
    } count;
    uint16_t names[MAX_LINE_TOKENS];
    size_t n_names;
    line_mode mode;
    ne_buf scratch;   /* folding of non-ASCII words */
    ne_buf stem;      /* the case stem of a Cyrillic word */
    ne_buf key;       /* a key being built */
    ne_buf keys;      /* first-word keys of persons */
    person *persons;
    size_t n_persons, cap_persons;
    ne_strmap *by_name;    /* key of a full name -> person */
    ne_strmap *by_surname; /* key of a surname -> first person with it */
    ne_strmap *by_given;   /* key of a full name's given name -> its person, -1: several */
    span_map known;        /* word as written -> known_word's answer */
    found *found;
    size_t n_found, cap_found;
    /* First pass: lines to look at again once the whole text is known,
    ** and the capitalised words in them that no rule took ("Putin" in a
    ** headline before "Vladimir Putin" in the body). */
    int rescanning;
    struct doubt_line {
        size_t start;
        uint32_t len;        /* bytes; a longer line gets no second look */
        unsigned char whole; /* a whole line (not cut at MAX_LINE_TOKENS) */
        unsigned char again; /* to be scanned again */
    } *lines;
    size_t n_lines, cap_lines;
    /* each doubtful word once (by its bytes), with the chain of lines
    ** it is in: 8 bytes a line, however long the text */
    span_map doubt_index; /* word as written -> index in doubts */
    struct doubt_word {
        size_t start, end;   /* the first time it is written */
        uint32_t last_place; /* 1 + index in places of its last line */
    } *doubts;
    size_t n_doubts, cap_doubts;
    struct doubt_place {
        uint32_t line, previous; /* previous: 1 + index of the word's line before, 0: none */
    } *places;
    size_t n_places, cap_places;
    int oom;
} scan;

/* The classes of a Cyrillic word the lexicon does not list, by its case
** stem ("России" as "Россия"). */
static int cyrillic_stem_get(scan *s, const char *key, size_t n, int *v) {
    s->stem.len = 0;
    ne_person_key_append_folded(&s->stem, key, n);
    if (s->stem.oom) s->oom = 1;
    if (!s->stem.len) return 0;
    if (ne_strmap_get(cyrillic_stems, s->stem.data, s->stem.len, v)) return 1;
    /* "Покровська": the genitive of a town in -ськ has the key of a
    ** woman's surname in -ська; the town is listed as "Покровськ" */
    size_t n2 = s->stem.len;
    return n2 > 4 && !memcmp(s->stem.data + n2 - 4, "\xD0\xBA\xD0\xB0", 4) && /* "ка" */
           ne_strmap_get(cyrillic_stems, s->stem.data, n2 - 2, v) && (*v & W_PLACE);
}

/* The lexicon's classes of a folded word. */
static inline int lexicon_get(scan *s, const char *key, size_t n, int *v) {
    return ne_strmap_get(lexicon, key, n, v) || (ends_cyrillic(key, n) && cyrillic_stem_get(s, key, n, v));
}

/* The classes an unknown word takes from its parts: "Lieutenant-Colonel"
** is a title, "Bergamo-based" and "Ex-Yankee" qualifiers, "Indians" a
** nationality, "Außenministerin" (a German compound) a title, "Jean-Yves"
** a given name, "Sugar-Free" a common word. */
static uint32_t flags_of_parts(scan *s, const char *key, size_t n, int capitalised) {
    int v;
    const char *hyphen = memrchr(key, '-', n);
    if (hyphen && hyphen > key) {
        if (hyphen - key == 2 && !memcmp(key, "ex", 2)) return W_MOD;
        if (lexicon_get(s, hyphen + 1, n - (size_t)(hyphen + 1 - key), &v)) {
            /* "Jean-Yves", "Hans-Dietrich": a compound given name */
            int first;
            if ((v & W_GIVEN) && ne_strmap_get(lexicon, key, (size_t)(hyphen - key), &first) && (first & W_GIVEN))
                return W_GIVEN;
            /* "Sugar-Free", "Oil-Free": two common words that are
            ** no given names make a common adjective ("Day-Lewis" does not) */
            if ((v & W_COMMON) && !(v & (W_GIVEN | W_ROLE_WORD)) &&
                ne_strmap_get(lexicon, key, (size_t)(hyphen - key), &first) && (first & W_COMMON) &&
                !(first & W_GIVEN))
                return W_COMMON;
            return (uint32_t)v & (W_TITLE | W_HONORIFIC | W_ROLE | W_MOD);
        }
        return 0;
    }
    if (n > 4 && key[n - 1] == 's' && ne_strmap_get(lexicon, key, n - 1, &v)) return (uint32_t)v & W_DEMONYM;
    /* the shortest title ending has 7 bytes, and a compound 3 more */
    if (capitalised && n >= 10 && has_ending(&title_endings, key, n, 3)) return W_TITLE;
    return 0;
}

/* Is text[a,b) written like a brand or a product ("GitHub", "SQLAlchemy",
** "KQi", "Buds2", "G2")? A digit, or a capital inside a word that has lower
** case letters, after a lower case letter or before one, names no person
** unless what stands before it is a prefix of surnames ("McDonald",
** "DeShawn", "MacArthur"). One digit after three lower case letters is
** the note mark of a list of authors ("Huberty1"). ASCII only. */
static int has_brand_casing(const char *text, size_t a, size_t b) {
    /* most words have none of these after their first letter: one pass */
    size_t first = a + 1;
    while (first < b) {
        unsigned char c = (unsigned char)text[first];
        if ((c >= 'a' && c <= 'z') || c == '-' || c == '\'' || (c >= 0x80 && c < 0xE3) || c > 0xED) first++;
        else break;
    }
    if (first == b) return 0;
    int lower = 0;
    for (size_t i = a; i < b; i++) {
        /* kana, CJK ideographs, Hangul (lead bytes E3 to ED) glued to Latin
        ** letters: "Storeにない" is no name */
        if ((unsigned char)text[i] >= 0xE3 && (unsigned char)text[i] <= 0xED) return 1;
        if (text[i] >= '0' && text[i] <= '9') {
            int note_mark = i + 1 == b && i >= a + 4;
            for (size_t j = i - 3; note_mark && j < i; j++) note_mark = text[j] >= 'a' && text[j] <= 'z';
            if (!note_mark) return 1;
        }
        lower |= text[i] >= 'a' && text[i] <= 'z';
    }
    if (!lower) return 0;
    for (size_t i = a + 1; i < b; i++) {
        char c = text[i], before = text[i - 1], after = i + 1 < b ? text[i + 1] : 0;
        if (c < 'A' || c > 'Z') continue;
        int after_lower = before >= 'a' && before <= 'z';
        int before_lower = before >= 'A' && before <= 'Z' && after >= 'a' && after <= 'z';
        if (!after_lower && !before_lower) continue;
        char small[8];
        size_t n = i - a;
        if (n >= sizeof small) return 1;
        for (size_t j = 0; j < n; j++) small[j] = (char)(text[a + j] | 0x20);
        int v;
        if (!ne_strmap_get(lexicon, small, n, &v) || !(v & W_CAPITAL_PREFIX)) return 1;
    }
    return 0;
}

static uint32_t flags_of(scan *s, token *t) {
    if (t->looked) return t->flags;
    t->looked = 1;
    t->flags = 0;
    if (t->kind != T_WORD && t->kind != T_INITIAL) return 0;
    /* "A.", "В." are not the words "a", "в": one letter and its dot */
    if (t->kind == T_INITIAL && t->end - t->start <= 1 + (size_t)ne_utf8_seqlen((unsigned char)s->text[t->start]))
        return 0;
    char small[64];
    size_t kn;
    const char *key = fold_key(s->text + t->start, t->end - t->start, small, sizeof small, &s->scratch, &kn);
    if (!key) return 0;
    int v = 0;
    if (lexicon_get(s, key, kn, &v)) t->flags = (uint32_t)v;
    else if (t->kind == T_WORD) t->flags = flags_of_parts(s, key, kn, t->cap);
    if (t->kind == T_WORD && ((unsigned char)key[kn - 1] < 0x80 ? has_ending(&surname_endings, key, kn, 3)
                                                                 : has_ending(&cyrillic_surname_endings, key, kn, 6)))
        t->flags |= W_ENDING;
    if (t->kind == T_WORD && !(t->flags & (W_GIVEN | W_SURNAME)) && has_ending(&english_endings, key, kn, 2))
        t->flags |= W_ENGLISH;
    /* al-Assad, el-Sisi: the particle makes it a surname */
    if (t->kind == T_WORD && t->hyphen && kn > 3 && (key[0] == 'a' || key[0] == 'e') && key[1] == 'l' &&
        key[2] == '-')
        t->flags |= W_ENDING;
    if (t->kind == T_WORD && t->cap && has_brand_casing(s->text, t->start, t->end)) t->flags |= W_ORG;
    return t->flags;
}

/* The person_key of text[a,b) into s->key (reset). */
static const char *key_of(scan *s, size_t a, size_t b, size_t *n) {
    s->key.len = 0;
    ne_person_key_append(&s->key, s->text + a, b - a);
    if (s->key.oom) s->oom = 1;
    *n = s->key.len;
    return s->key.data ? s->key.data : "";
}

/* The person a single word names elsewhere in the text, or -1. The same
** words come back often ("Police", "London"), so answers are kept by the
** word as written: a person for good (surnames are never removed), a miss
** until the next surname is added (stored as -1 - surnames at the time). */
static int known_word(scan *s, size_t a, size_t b) {
    size_t surnames = ne_strmap_count(s->by_surname);
    if (!surnames) return -1;
    int p;
    if (span_get(&s->known, s->text, a, b - a, &p) && (p >= 0 || (size_t)(-1 - p) == surnames)) return p;
    size_t n;
    const char *k = key_of(s, a, b, &n);
    if (!n || !ne_strmap_get(s->by_surname, k, n, &p)) p = -1 - (int)surnames;
    if (span_put(&s->known, s->text, a, b - a, p)) s->oom = 1;
    return p < 0 ? -1 : p;
}

/* ---- tokenizer --------------------------------------------------------------- */

/* Scans one word starting at i (a letter); fills t and returns its end. */
static size_t scan_word(scan *s, size_t i, token *t) {
    const char *x = s->text;
    size_t len = s->len;
    int32_t cp;
    int step;
    char_class c = char_at(x, len, i, &cp, &step);
    memset(t, 0, sizeof *t);
    t->kind = T_WORD;
    t->start = i;
    t->cap = c == C_UPPER;
    /* Initials: "J." "J.K." (a capital, a dot, no letter right after) */
    if (c == C_UPPER && i + (size_t)step < len && x[i + step] == '.') {
        size_t j = i;
        for (;;) {
            int32_t cp2;
            int st2;
            if (j >= len || char_at(x, len, j, &cp2, &st2) != C_UPPER) break;
            if (j + (size_t)st2 >= len || x[j + st2] != '.') break;
            j += (size_t)st2 + 1;
        }
        int32_t after = 0;
        int st3 = 1;
        char_class ca = j < len ? char_at(x, len, j, &after, &st3) : C_SPACE;
        if (!is_letter_class(ca) && ca != C_DIGIT) {
            t->kind = T_INITIAL;
            t->end = j;
            t->upper = 1;
            return j;
        }
    }
    int lower = 0, letters = 0;
    size_t j = i;
    while (j < len) {
        unsigned char b0 = (unsigned char)x[j];
        if (b0 >= 'a' && b0 <= 'z') { /* the common case, without decoding */
            lower = 1;
            letters++;
            j++;
            continue;
        }
        c = char_at(x, len, j, &cp, &step);
        if (is_letter_class(c) || c == C_MARK || c == C_DIGIT) {
            if (c == C_LOWER) lower = 1;
            if (is_letter_class(c)) letters++;
            j += (size_t)step;
            continue;
        }
        if ((is_apostrophe(cp) || is_hyphen(cp)) && j + (size_t)step < len) {
            int32_t cp2;
            int st2;
            char_class c2 = char_at(x, len, j + (size_t)step, &cp2, &st2);
            if (is_letter_class(c2)) {
                if (is_hyphen(cp)) {
                    t->hyphen = 1;
                    /* al-Assad, el-Sisi: a particle glued to a capitalised name */
                    if (!t->cap && c2 == C_UPPER && j - i == 2 &&
                        (!memcmp(x + i, "al", 2) || !memcmp(x + i, "el", 2)))
                        t->cap = 1;
                }
                j += (size_t)step;
                continue;
            }
        }
        break;
    }
    t->end = j;
    t->upper = !lower && letters >= 2;
    /* possessive 's / ’s */
    if (j - i > 2 && (x[j - 1] == 's' || x[j - 1] == 'S')) {
        if (x[j - 2] == '\'') {
            t->end = j - 2;
            t->possessive = 1;
        } else if (j - i > 4 && !memcmp(x + j - 4, "\xE2\x80\x99", 3)) {
            t->end = j - 4;
            t->possessive = 1;
        }
    }
    /* "Mr." "Gen." "St.": the dot belongs to the abbreviation */
    if (t->cap && j < len && x[j] == '.' && !t->possessive && j - i <= 4) {
        if (flags_of(s, t) & (W_HONORIFIC | W_TITLE)) {
            t->end = j + 1;
            t->looked = 0;
            return j + 1;
        }
    }
    return j;
}

/* ---- deciding ---------------------------------------------------------------- */

static int is_name_token(const token *t) { return (t->kind == T_WORD || t->kind == T_INITIAL) && t->cap; }

/* Grows *arr (of *cap elements of size elem) to hold one more than n. */
static int grow(scan *s, void **arr, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return 0;
    size_t c = *cap ? *cap * 2 : 32;
    void *p = ne_realloc(*arr, c * elem);
    if (!p) return s->oom = 1, -1;
    *arr = p;
    *cap = c;
    return 0;
}

/* Notes the capitalised words of the current line that no name took and
** that could still be a surname named elsewhere; first_found is where
** this line's mentions begin in s->found. */
static void note_doubts(scan *s, size_t first_found, int whole_line) {
    token *t = s->tok;
    size_t f = first_found, line = s->n_lines;
    int any = 0, hyphen = 0;
    /* past 4G lines or a 4 GB line: no second look */
    if (!s->n || line >= UINT32_MAX || s->n_places >= UINT32_MAX - 1 || t[s->n - 1].end - t[0].start >= UINT32_MAX)
        return;
    for (size_t q = 0; q < s->n_names; q++) {
        size_t i = s->names[q];
        if (t[i].kind != T_WORD) continue;
        while (f < s->n_found && s->found[f].end <= t[i].start) f++;
        if (f < s->n_found && s->found[f].start <= t[i].start) continue; /* inside a mention */
        if (flags_of(s, &t[i]) & (W_NEVER_NAME | W_ROLE_WORD)) continue;
        any = 1;
        if (t[i].hyphen) { /* Putin-Zelenskiy: its halves are looked at again */
            hyphen = 1;
            continue;
        }
        int d;
        if (!span_get(&s->doubt_index, s->text, t[i].start, t[i].end - t[i].start, &d)) {
            if (grow(s, (void **)&s->doubts, &s->cap_doubts, s->n_doubts, sizeof *s->doubts)) return;
            d = (int)s->n_doubts;
            if (s->n_doubts >= INT32_MAX ||
                span_put(&s->doubt_index, s->text, t[i].start, t[i].end - t[i].start, d)) {
                s->oom = 1;
                return;
            }
            s->doubts[s->n_doubts++] = (struct doubt_word){t[i].start, t[i].end, 0};
        }
        struct doubt_word *w = &s->doubts[d];
        if (w->last_place && s->places[w->last_place - 1].line == line) continue;
        if (grow(s, (void **)&s->places, &s->cap_places, s->n_places, sizeof *s->places)) return;
        s->places[s->n_places++] = (struct doubt_place){(uint32_t)line, w->last_place};
        w->last_place = (uint32_t)s->n_places;
    }
    if (!any) return;
    if (grow(s, (void **)&s->lines, &s->cap_lines, s->n_lines, sizeof *s->lines)) return;
    s->lines[s->n_lines++] =
        (struct doubt_line){t[0].start, (uint32_t)(t[s->n - 1].end - t[0].start), (unsigned char)whole_line,
                            (unsigned char)hyphen};
}

static int add_found(scan *s, const found *f) {
    if (s->n_found == s->cap_found) {
        size_t cap = s->cap_found ? s->cap_found * 2 : 32;
        found *p = ne_realloc(s->found, cap * sizeof *p);
        if (!p) return s->oom = 1, -1;
        s->found = p;
        s->cap_found = cap;
    }
    s->found[s->n_found++] = *f;
    return 0;
}

static int new_person(scan *s, size_t a, size_t b, int words, int upper, size_t fk, size_t fkn) {
    if (s->n_persons == s->cap_persons) {
        size_t cap = s->cap_persons ? s->cap_persons * 2 : 16;
        person *p = ne_realloc(s->persons, cap * sizeof *p);
        if (!p) return s->oom = 1, -1;
        s->persons = p;
        s->cap_persons = cap;
    }
    s->persons[s->n_persons] = (person){a, b - a, words, upper, fk, fkn, -1, (int)s->n_persons, 0, 0, 0};
    return (int)s->n_persons++;
}

static int is_cyrillic_vowel(int32_t cp) {
    switch (cp) {
    case 0x430: case 0x435: case 0x451: case 0x438: case 0x43E: case 0x443: case 0x44B: case 0x44D: case 0x44E:
    case 0x44F: case 0x456: case 0x457: case 0x454: return 1;
    default: return 0;
    }
}

/* The letter (lower case) that ends text[a,*end); *end moves before it. */
static int32_t letter_before(const char *text, size_t a, size_t *end) {
    size_t i = *end;
    if (i <= a) return 0;
    do i--;
    while (i > a && ((unsigned char)text[i] & 0xC0) == 0x80);
    int32_t cp = 0;
    ne_utf8_decode((const unsigned char *)text + i, *end - i, &cp);
    *end = i;
    return utf8proc_tolower(cp);
}

/* How surely the Cyrillic surname text[a,b) is in the nominative case, from
** its ending: 2 for a consonant, -ий, -ая, -о (Путин, Зеленский,
** Шевченко), 1 for -а/-я (a woman's name, or a man's genitive: Захарова,
** Путина), 0 for the other case endings (Путину, Путиным, Захаровой,
** Зеленского).
** Words in other scripts rate 2: their first fullest form stays the name. */
static int nominative_rank(const char *text, size_t a, size_t b) {
    if (b <= a || (unsigned char)text[b - 1] < 0x80) return 2;
    size_t end = b;
    int32_t last = letter_before(text, a, &end);
    if (last < 0x400 || last >= 0x500) return 2;
    int32_t before = letter_before(text, a, &end);
    if (last == 0x430 || last == 0x44F) return before == 0x430 ? 2 : 1; /* а, я; -ая */
    if (last == 0x43E) return before == 0x433 ? 0 : 2;                   /* о; -ого, -его */
    if (is_cyrillic_vowel(last)) return 0;
    if (last == 0x439) return before == 0x43E ? 0 : 2; /* й; -ой */
    if (last == 0x43C) return is_cyrillic_vowel(before) ? 0 : 2; /* м; -ом, -ым */
    return 2;
}

/* The nominative_rank of a name: that of its first word and its surname
** added ("Александром Лукашенко" 2 is less so than "Александр Лукашенко"
** 4; "Си Цзиньпин" 2 more than "Си Цзиньпином" 0). */
static inline int name_nominative_rank(scan *s, size_t k, size_t last) {
    if ((unsigned char)s->text[s->tok[last].end - 1] < 0x80 && (unsigned char)s->text[s->tok[k].end - 1] < 0x80)
        return 4; /* not Cyrillic */
    int surname = nominative_rank(s->text, s->tok[last].start, s->tok[last].end);
    if (last == k || s->tok[k].kind != T_WORD) return 2 * surname;
    return nominative_rank(s->text, s->tok[k].start, s->tok[k].end) + surname;
}

/* Do two first names agree? Equal keys, one is the initial of the other,
** or a short form that begins the long one ("Josh", "Joshua"). */
static int first_names_agree(const char *a, size_t an, const char *b, size_t bn) {
    if (an == bn && !memcmp(a, b, an)) return 1;
    if ((an == 1 || bn == 1) && an && bn && a[0] == b[0]) return 1;
    if (an >= 3 && bn >= 3 && !memcmp(a, b, an < bn ? an : bn)) return 1;
    return 0;
}

/* Does the name [k,e) begin with a capitalised particle that is its
** surname's ("Van der Berg said", "De la Hoya"), not a given name ("Al")? */
static int starts_with_surname_particle(scan *s, size_t k, size_t e) {
    token *t = s->tok;
    if (e - k < 2 || !(flags_of(s, &t[k]) & W_PARTICLE)) return 0;
    /* "Van Der Beek": two particles in a row are a surname's */
    return !(flags_of(s, &t[k]) & W_GIVEN) || !t[k + 1].cap || (flags_of(s, &t[k + 1]) & W_PARTICLE);
}

/* Finds or opens the person named by tokens [k,e) and returns its index;
** *bare tells whether the mention is a surname alone. */
static int resolve_person(scan *s, size_t k, size_t e, int *bare) {
    token *t = s->tok;
    size_t start = t[k].start, end = t[e - 1].end;
    size_t last = e - 1;
    if (e - k >= 3 && (flags_of(s, &t[last]) & W_SUFFIX)) last--; /* "Martin Luther King Jr." */
    int words = 0, upper = 1;
    for (size_t i = k; i < e; i++) {
        if (t[i].cap) words++;
        if (!t[i].upper) upper = 0;
    }
    /* "Van der Berg" after "Peter van der Berg" is his surname alone */
    if (starts_with_surname_particle(s, k, e)) words = 1;
    *bare = words < 2;
    /* made at the first person: most texts of a corpus name few or none */
    if (!s->by_name && !(s->by_name = ne_strmap_new(64))) return s->oom = 1, -1;
    if (!s->by_surname && !(s->by_surname = ne_strmap_new(64))) return s->oom = 1, -1;
    int p;
    size_t n;
    const char *full = key_of(s, start, end, &n);
    if (!n) return -1;
    if (ne_strmap_get(s->by_name, full, n, &p)) goto found_person;
    {
        /* the key of the surname, and of the first word */
        size_t sn;
        char *surname_key = NULL;
        const char *sk = key_of(s, t[last].start, t[last].end, &sn);
        surname_key = ne_strndup(sk, sn);
        if (!surname_key) return s->oom = 1, -1;
        size_t fk_off = s->keys.len;
        size_t fn = 0;
        if (words >= 2) {
            const char *fk = key_of(s, t[k].start, t[k].end, &fn);
            ne_buf_append(&s->keys, fk, fn);
        }
        p = -1;
        int first_with_surname = -1;
        if (sn && ne_strmap_get(s->by_surname, surname_key, sn, &first_with_surname)) {
            /* the person of the chain whose given name agrees */
            for (int q = first_with_surname, steps = 0; q >= 0 && steps < MAX_SAME_SURNAME;
                 q = s->persons[q].next_same, steps++) {
                person *o = &s->persons[q];
                if (words < 2 || o->n_words < 2 ||
                    first_names_agree(s->keys.data + o->first_key, o->first_key_len, s->keys.data + fk_off, fn)) {
                    p = q;
                    break;
                }
            }
        }
        if (p < 0) {
            p = new_person(s, start, end, words, upper, fk_off, fn);
            if (p >= 0) s->persons[p].nominative = name_nominative_rank(s, k, last);
            if (p >= 0 && first_with_surname >= 0) {
                person *head = &s->persons[first_with_surname];
                s->persons[head->last_same].next_same = p;
                head->last_same = p;
            } else if (p >= 0 && sn && !(flags_of(s, &t[last]) & (W_NEVER_NAME | W_DEMONYM)) &&
                       ne_strmap_put(s->by_surname, surname_key, sn, p))
                s->oom = 1;
            /* "Wang Donghai", then "Wang": a Chinese or Korean surname
            ** comes first, and the text may call him by it alone */
            if (p >= 0 && words >= 2 && (flags_of(s, &t[k]) & W_SURNAME_FIRST) && fn &&
                !ne_strmap_get(s->by_surname, s->keys.data + fk_off, fn, NULL) &&
                ne_strmap_put(s->by_surname, s->keys.data + fk_off, fn, p))
                s->oom = 1;
        } else if (words >= 2 && s->persons[p].n_words < 2) {
            s->persons[p].first_key = fk_off;
            s->persons[p].first_key_len = fn;
        }
        if (p >= 0 && words >= 2 && s->persons[p].first_key == fk_off)
            s->persons[p].first_not_given =
                t[k].kind == T_WORD && !(flags_of(s, &t[k]) & (W_GIVEN | W_SURNAME_FIRST));
        ne_free(surname_key);
        if (p < 0) return -1;
        /* the given name of a full name, for a later mention of it alone */
        if (words >= 2 && fn && s->keys.len >= fk_off + fn && !(flags_of(s, &t[k]) & W_SURNAME_FIRST)) {
            int other;
            if (!s->by_given && !(s->by_given = ne_strmap_new(64))) return s->oom = 1, -1;
            const char *given_key = s->keys.data + fk_off;
            if (!ne_strmap_get(s->by_given, given_key, fn, &other)) other = p;
            if (ne_strmap_put(s->by_given, given_key, fn, other == p ? p : -1)) s->oom = 1;
        }
        full = key_of(s, start, end, &n);
        if (ne_strmap_put(s->by_name, full, n, p)) s->oom = 1;
    }
found_person:;
    person *o = &s->persons[p];
    /* keep the fullest form; written in capitals only when nothing better;
    ** among forms as full, the first in the nominative ("Владимир Путин"
    ** over "Владимира Путина" before it) */
    int nominative = name_nominative_rank(s, k, last);
    if (words > o->n_words || (o->upper && !upper && words >= o->n_words) ||
        (words == o->n_words && upper == o->upper && nominative > o->nominative)) {
        o->name_start = start;
        o->name_len = end - start;
        o->n_words = words;
        o->upper = upper;
        o->nominative = nominative;
    }
    return p;
}

/* An appositive role after a name: ", the Kremlin spokesman," or
** ", Russia's foreign minister." Sets [*ra,*rb) to its words (without the
** article) when they end in a title or role noun and the phrase ends there
** (punctuation, the end of the line, or "of"). */
static int role_after(scan *s, size_t e, size_t *ra, size_t *rb) {
    token *t = s->tok;
    if (e + 1 >= s->n || t[e].kind != T_PUNCT || t[e].punct != P_COMMA) return 0;
    size_t i = e + 1;
    if (t[i].kind == T_WORD && !t[i].cap && t[i].end - t[i].start <= 3 && (flags_of(s, &t[i]) & W_STOP)) i++;
    size_t a = i, head_end = 0;
    for (; i < s->n && i < a + 6; i++) {
        token *x = &t[i];
        if (x->kind != T_WORD) break;
        uint32_t f = flags_of(s, x);
        if (f & (W_TITLE | W_ROLE)) head_end = i + 1;
        else if (!(f & (W_MOD | W_DEMONYM)) && !(x->cap && (f & (W_PLACE | W_ORG)))) break;
        if (x->possessive && !(f & (W_PLACE | W_ORG | W_DEMONYM))) break;
    }
    if (!head_end) return 0;
    if (head_end < s->n) {
        token *x = &t[head_end];
        int ends = x->kind == T_PUNCT && x->punct != P_OPEN && x->punct != P_OTHER;
        int of = x->kind == T_WORD && x->end - x->start == 2 && !memcmp(s->text + x->start, "of", 2);
        if (!ends && !of) return 0;
    }
    *ra = a;
    *rb = head_end;
    return 1;
}

/* Records a mention of tokens [k,e) with the role words [r,k) (r == k: none). */
/* Records tokens [k,e) as a mention of person p, with the role words
** [r,k) before it or an appositive after it. */
static void add_mention(scan *s, size_t k, size_t e, size_t r, int p, int bare) {
    token *t = s->tok;
    found f = {t[k].start, t[e - 1].end, 0, 0, p, bare};
    if (r < k) {
        f.role_start = t[r].start;
        f.role_end = t[k - 1].end;
    } else {
        size_t ra, rb;
        if (role_after(s, e, &ra, &rb)) {
            f.role_start = t[ra].start;
            f.role_end = t[rb - 1].end;
        }
    }
    add_found(s, &f);
}

static void accept(scan *s, size_t k, size_t e, size_t r) {
    int bare;
    int p = resolve_person(s, k, e, &bare);
    if (p >= 0) add_mention(s, k, e, r, p, bare);
}

/* The one person of the text whose full name began with the given name
** at token x ("Steve" after "Steve Jobs"), or -1. */
static int person_of_given_name(scan *s, token *x) {
    if (!s->by_given) return -1;
    size_t n;
    const char *key = key_of(s, x->start, x->end, &n);
    int p;
    return n && ne_strmap_get(s->by_given, key, n, &p) ? p : -1;
}

/* Has the word t four letters or fewer ("NATO", "НАТО")? */
static int is_short(scan *s, const token *t) {
    size_t letters = 0;
    for (size_t i = t->start; i < t->end && letters <= 4; i++) letters += ((unsigned char)s->text[i] & 0xC0) != 0x80;
    return letters <= 4;
}

/* Is the hyphenated word t a compound given name ("Jean-Yves")? */
static int starts_with_given_name(scan *s, const token *t) {
    if (!t->hyphen) return 0;
    const char *hyphen = memchr(s->text + t->start, '-', t->end - t->start);
    if (!hyphen) return 1; /* another hyphen character: judged as before */
    char small[64];
    size_t kn;
    const char *key = fold_key(s->text + t->start, (size_t)(hyphen - s->text) - t->start, small, sizeof small,
                               &s->scratch, &kn);
    int v;
    return key && ne_strmap_get(lexicon, key, kn, &v) && (v & W_GIVEN);
}

/* Is token t a word in Cyrillic script? */
static int is_cyrillic(scan *s, const token *t) {
    unsigned char c = (unsigned char)s->text[t->start];
    return t->kind == T_WORD && c >= 0xD0 && c <= 0xD3;
}

#define W_NAME_PART (W_GIVEN | W_SURNAME | W_ENDING | W_SURNAME_FIRST | W_PARTICLE)

/* Is t a hyphenated word whose later parts are lower case ("Day-by-day";
** not "Jean-Yves", "Ngo-Anh")? */
static int lower_case_compound(scan *s, const token *t) {
    if (!t->hyphen) return 0;
    const char *hyphen = memchr(s->text + t->start, '-', t->end - t->start);
    return hyphen && hyphen + 1 < s->text + t->end && hyphen[1] >= 'a' && hyphen[1] <= 'z';
}

/* "Jan Liphardt", "June Almeida": a given name that is also a month,
** before a word no table knows, in running text, is a name (a month is
** followed by a number, or by nothing capitalised). */
static int given_month_before_unknown(scan *s, token *month, token *x) {
    uint32_t f = flags_of(s, month);
    if (s->mode != LINE_TEXT || !(f & W_GIVEN) || !(f & W_TIME) || x->kind != T_WORD || x->upper ||
        (flags_of(s, x) & ~(uint32_t)W_ENDING))
        return 0;
    /* "the September Bund", "in March Xetra": after a determiner or a
    ** preposition, a month qualifies a noun or dates the sentence */
    size_t i = (size_t)(month - s->tok);
    if (i == 0 || s->tok[i - 1].kind != T_WORD) return 1;
    uint32_t before = flags_of(s, &s->tok[i - 1]);
    return !(before & (W_STOP | W_ARTICLE)) || (before & W_SAY); /* "said Jan Liphardt" */
}

/* Can token i start a name? */
static int can_start(scan *s, size_t i, size_t b) {
    token *t = &s->tok[i];
    if (!is_name_token(t)) return 0;
    uint32_t f = flags_of(s, t);
    if (t->kind == T_INITIAL) return !(f & W_NOT_PERSON);
    if (!(f & W_NAME_PART) && i + 2 < b && is_name_token(&s->tok[i + 1]) && is_name_token(&s->tok[i + 2])) {
        /* "de Defensa Margarita Robles", "Präsidenten Emmanuel Macron": a
        ** capitalised word that is no name part, before a given name and
        ** one more name word, is a noun of the sentence (German
        ** capitalises them all; genitives of other languages). Not a
        ** compound given name ("Jean-Yves Le Drian") nor before a particle. */
        uint32_t g = flags_of(s, &s->tok[i + 1]);
        if ((g & W_GIVEN) && !(g & (W_NOT_PERSON | W_PARTICLE)) && s->tok[i + 1].kind == T_WORD &&
            !starts_with_given_name(s, t))
            return 0;
    }
    /* "Накануне Песков заявил", "Жена Навального": a Cyrillic word of no
    ** known class at a sentence start is capitalised for that alone (a
    ** given name the tables lack is lost there) */
    if (t->sent_start && !(f & W_NAME_PART) && i + 1 < b && is_cyrillic(s, t) && s->tok[i + 1].kind == T_WORD)
        return 0;
    /* "Hosting Cook at Dreamforce", "Day-by-day Schiff": a word that ends
    ** like an English word (-ing, -tion) or a compound of lower-case parts
    ** opens the sentence before the surname of a person named before; it
    ** is capitalised for that alone. So is a common word opening a label
    ** of a few words ("Measured Weight"; "Scooter Braun is ..." is a name) */
    if (t->sent_start &&
        ((f & W_ENGLISH) || lower_case_compound(s, t) || ((f & W_COMMON) && s->count.words <= 4)) &&
        !(f & (W_NAME_PART | W_ROLE_WORD)) &&
        i + 1 < b && s->tok[i + 1].kind == T_WORD && s->tok[i + 1].cap &&
        known_word(s, s->tok[i + 1].start, s->tok[i + 1].end) >= 0)
        return 0;
    if (t->upper && s->mode != LINE_ALL_CAPS && is_short(s, t) && !(f & W_GIVEN)) return 0; /* acronyms */
    if (f & (W_NEVER_NAME | W_ROLE_WORD)) {
        /* "Don King", "Will Smith": a given name that is also a title or
        ** a common word, when a surname follows */
        if (!(f & W_GIVEN) || (f & (W_STOP | W_SAY)) || i + 1 >= b) return 0;
        uint32_t g = flags_of(s, &s->tok[i + 1]);
        return is_name_token(&s->tok[i + 1]) &&
               (((g & W_SURNAME) && !(g & (W_NOT_PERSON | W_ROLE_WORD | W_GIVEN))) ||
                given_month_before_unknown(s, &s->tok[i], &s->tok[i + 1]));
    }
    return 1;
}

/* Is x a Roman number of a king or pope ("I" to "XXXIX")? */
static int is_regnal_number(scan *s, const token *x) {
    if (x->kind != T_WORD || x->end - x->start > 6) return 0;
    for (size_t i = x->start; i < x->end; i++)
        if (!strchr("IVX", s->text[i]) || !s->text[i]) return 0;
    return 1;
}

/* Does the Cyrillic word t, of five letters or more, end in -ом, -ем, -ым,
** -им, -ого, -его, -ому or -ему (an oblique case)? Shorter words are
** often names whose nominative ends so ("Ким"). */
static int ends_oblique(scan *s, const token *t) {
    if (t->kind != T_WORD || t->end - t->start < 10 || !is_cyrillic(s, t)) return 0;
    size_t end = t->end;
    int32_t last = letter_before(s->text, t->start, &end), before = letter_before(s->text, t->start, &end);
    if (last == 0x43C) return before == 0x43E || before == 0x435 || before == 0x44B || before == 0x438; /* м */
    if (last == 0x43E || last == 0x443) { /* о, у */
        int32_t third = letter_before(s->text, t->start, &end);
        int o_or_e = third == 0x43E || third == 0x435;
        return o_or_e && ((last == 0x43E && before == 0x433) || (last == 0x443 && before == 0x43C)); /* -ого, -ому */
    }
    return 0;
}

/* Is the Cyrillic word x in the nominative, as far as its ending tells?
** Not so a name that does not decline ("Лукашенко" after "Александром"). */
static int in_nominative(scan *s, const token *x) {
    size_t end = x->end;
    return nominative_rank(s->text, x->start, x->end) == 2 && letter_before(s->text, x->start, &end) != 0x43E;
}

/* Extends a name from k inside the run [k,b); returns its end. */
static size_t extend_name(scan *s, size_t k, size_t b) {
    token *t = s->tok;
    size_t e = k + 1;
    int words = 1;
    while (e < b && words < MAX_NAME_WORDS && !t[e - 1].possessive) {
        token *x = &t[e];
        uint32_t f = flags_of(s, x);
        if (!x->cap) { /* a particle, already checked by the run */
            e++;
            continue;
        }
        if (f & W_SUFFIX && x->kind == T_WORD && words >= 2 && (x->upper || x->end - x->start <= 3)) {
            e++;
            break;
        }
        /* "Henry VIII", "Queen Elizabeth I": a regnal number ends the name
        ** and the run ("Willem II Tilburg" is a club); "I" alone only after
        ** a title: it is mostly the pronoun */
        if (is_regnal_number(s, x) && e + 1 == b && (flags_of(s, &t[e - 1]) & W_GIVEN) &&
            (x->end - x->start >= 2 || (k > 0 && (flags_of(s, &t[k - 1]) & W_TITLE)))) {
            e++;
            break;
        }
        if (f & W_NEVER_NAME) break;
        if ((f & (W_ROLE_WORD | W_PLACE)) && !(f & (W_SURNAME | W_GIVEN))) break;
        if (x->upper && s->mode != LINE_ALL_CAPS && x->kind == T_WORD) break;
        /* "с Си Цзиньпином Путин": the words of a Cyrillic name share a
        ** case; one in the instrumental, dative or genitive is not followed
        ** by one in the nominative */
        if (is_cyrillic(s, x) && ends_oblique(s, &t[e - 1]) && in_nominative(s, x)) break;
        int prev_short = !t[e - 1].cap || t[e - 1].kind == T_INITIAL || (flags_of(s, &t[e - 1]) & W_PARTICLE);
        /* a third word must look like a name part, or be a word no table
        ** knows after a given name ("Arantxa Sanchez Vicario") */
        if (words >= 2 && !prev_short && x->kind != T_INITIAL && !(f & (W_GIVEN | W_SURNAME | W_ENDING)) &&
            (f || s->mode != LINE_TEXT || !(flags_of(s, &t[k]) & W_GIVEN)))
            break;
        e++;
        words++;
    }
    /* a name does not end on a particle or an initial */
    while (e > k + 1 && (!t[e - 1].cap || (t[e - 1].kind == T_INITIAL && e - 1 > k))) e--;
    return e;
}

/* Start of the role words before token k (k when none): titles, role nouns
** and their qualifiers ("Russian President", "Kremlin spokesman",
** "Kazakhstan's former president"). One of them must be a title or role. */
static size_t role_before(scan *s, size_t k) {
    token *t = s->tok;
    size_t r = k;
    int has_title = 0;
    while (r > 0 && k - r < 6) {
        token *x = &t[r - 1];
        if (x->kind != T_WORD && x->kind != T_INITIAL) break;
        if (x->possessive && r < k && !x->cap) break;
        uint32_t f = flags_of(s, x);
        /* "We all miss Steve": an honorific in lower case is another word */
        if ((f & W_HONORIFIC) && !x->cap && !(f & (W_TITLE | W_ROLE))) break;
        if (f & (W_TITLE | W_HONORIFIC | W_ROLE)) has_title = 1;
        else if (!(f & (W_MOD | W_DEMONYM)) && !(x->cap && (f & (W_PLACE | W_ORG)))) break;
        if (x->possessive && !(f & (W_PLACE | W_ORG | W_DEMONYM))) break;
        r--;
    }
    if (!has_title) return k;
    /* drop qualifiers at the front that do not lead to a title */
    while (r < k && !(flags_of(s, &t[r]) & (W_TITLE | W_HONORIFIC | W_ROLE)) &&
           !(flags_of(s, &t[r]) & (W_MOD | W_DEMONYM | W_PLACE | W_ORG)))
        r++;
    return r;
}

/* Is the word after e a verb of saying, or ", who"? */
static int say_after(scan *s, size_t e) {
    if (e >= s->n) return 0;
    token *x = &s->tok[e];
    if (x->kind == T_WORD && !x->cap) return (flags_of(s, x) & W_SAY) != 0;
    return 0;
}

/* Is token x an ordinal number ("54th", "3rd")? */
static int is_ordinal(scan *s, const token *x) {
    if (x->kind != T_NUMBER || x->end - x->start < 3 || x->end - x->start > 5) return 0;
    const char *e = s->text + x->end - 2;
    return !memcmp(e, "th", 2) || !memcmp(e, "st", 2) || !memcmp(e, "nd", 2) || !memcmp(e, "rd", 2);
}

/* "Cruyff 39th", "Moldovan ( 21st minute )": a scorer and the minute of
** the goal, as football results give them */
static int minute_after(scan *s, size_t e) {
    token *t = s->tok;
    if (e < s->n && t[e].kind == T_PUNCT && t[e].punct == P_OPEN) e++;
    return e < s->n && is_ordinal(s, &t[e]);
}

/* ", 42 ,": an age in commas after a name */
static int age_after(scan *s, size_t e) {
    token *t = s->tok;
    if (e + 2 >= s->n || t[e].kind != T_PUNCT || t[e].punct != P_COMMA || t[e + 1].kind != T_NUMBER) return 0;
    size_t digits = t[e + 1].end - t[e + 1].start;
    if (digits > 3) return 0;
    for (size_t i = t[e + 1].start; i < t[e + 1].end; i++)
        if (s->text[i] < '0' || s->text[i] > '9') return 0;
    return t[e + 2].kind == T_PUNCT && (t[e + 2].punct == P_COMMA || t[e + 2].punct == P_END);
}

/* '" said Seles .': a verb of saying before a name that ends the clause */
static int said_before(scan *s, size_t k, size_t e) {
    if (k == 0) return 0;
    token *x = &s->tok[k - 1];
    if (x->kind != T_WORD || x->cap || !(flags_of(s, x) & W_SAY)) return 0;
    return e >= s->n || (s->tok[e].kind == T_PUNCT && s->tok[e].punct != P_OPEN);
}

/* Is the word before token k a scorecard's "c", "b", "st" or "lbw"? */
static int fielder_before(scan *s, size_t k) {
    token *x = &s->tok[k - 1];
    if (x->kind != T_WORD || x->cap || x->end - x->start > 3) return 0;
    if (x->end < s->len && s->text[x->end] == '.') return 0; /* "c. 1900" */
    return (flags_of(s, x) & W_FIELDER) != 0;
}

/* Is token e the start of a country in brackets: "Virgilijus Alekna
** ( Lithuania )", "Michael Johnson (U.S.)"? Results and line-ups give
** athletes so; the words before are a person's name far more often than
** a club's. */
static int country_in_brackets(scan *s, size_t e) {
    token *t = s->tok;
    if (e + 2 >= s->n || t[e].kind != T_PUNCT || t[e].punct != P_OPEN) return 0;
    size_t i = e + 1;
    for (; i < s->n && i < e + 4; i++) {
        if (t[i].kind != T_WORD && t[i].kind != T_INITIAL) break;
        if (!t[i].cap || !(flags_of(s, &t[i]) & (W_PLACE | W_DEMONYM))) return 0;
    }
    return i > e + 1 && i < s->n && t[i].kind == T_PUNCT && t[i].punct == P_CLOSE;
}

/* Emits the halves of "Putin-Zelenskiy" that the text names elsewhere. */
static int split_hyphenated(scan *s, size_t k) {
    token *t = &s->tok[k];
    const char *x = s->text;
    size_t parts[8][2], np = 0, a = t->start;
    for (size_t i = t->start; i <= t->end && np < 8; i++) {
        if (i == t->end || x[i] == '-') {
            parts[np][0] = a;
            parts[np][1] = i;
            np++;
            a = i + 1;
        }
    }
    if (np < 2) return 0;
    int who[8];
    for (size_t i = 0; i < np; i++)
        if ((who[i] = known_word(s, parts[i][0], parts[i][1])) < 0) return 0;
    for (size_t i = 0; i < np; i++) {
        found f = {parts[i][0], parts[i][1], 0, 0, who[i], 1};
        add_found(s, &f);
    }
    return 1;
}

/* Are the words [k,e) all given names, surnames, particles or initials? */
static int name_words_before(scan *s, size_t k, size_t e) {
    for (size_t i = k; i < e; i++)
        if (s->tok[i].kind != T_INITIAL && !(flags_of(s, &s->tok[i]) & (W_GIVEN | W_SURNAME | W_PARTICLE)))
            return 0;
    return 1;
}

/* Is the word before token k a lower-case article? */
static int article_before(scan *s, size_t k) {
    return k > 0 && s->tok[k - 1].kind == T_WORD && !s->tok[k - 1].cap && (flags_of(s, &s->tok[k - 1]) & W_ARTICLE);
}

/* Is the word at e the head noun of a place or organisation name
** ("области", "University")? */
static int org_word_after(scan *s, size_t e) {
    return e < s->n && s->tok[e].kind == T_WORD && (flags_of(s, &s->tok[e]) & W_ORGWORD);
}

/* Decides whether tokens [k,e) name a person; records it if so. */
static int decide(scan *s, size_t k, size_t e) {
    token *t = s->tok;
    size_t words = 0;
    for (size_t i = k; i < e; i++) words += t[i].cap;
    token *first = &t[k], *last = &t[e - 1];
    if (e - k >= 2 && is_regnal_number(s, last)) last--; /* "Henry VIII": judged as "Henry" */
    uint32_t ff = flags_of(s, first), lf = flags_of(s, last);
    size_t r = role_before(s, k);
    int titled = r < k;
    int lowercase_role = titled && !t[k - 1].cap;
    line_mode mode = s->mode;
    /* "Don Victor® Honey", "Acme™": a registered or trade mark sign names a brand */
    if (t[e - 1].end + 2 < s->len &&
        (!memcmp(s->text + t[e - 1].end, "\xC2\xAE", 2) || !memcmp(s->text + t[e - 1].end, "\xE2\x84\xA2", 3)))
        return 0;
    /* "Gen Z", "Corbin U": a name does not end in one letter without a dot
    ** (an initial has one; "Malcolm X" is read as a regnal number above) */
    if (last->kind == T_WORD && last->end - last->start == (size_t)ne_utf8_seqlen((unsigned char)s->text[last->start]))
        return 0;
    /* "Linkerd Linkerd": a heading glued to the text that repeats it */
    if (last != first && last->end - last->start == first->end - first->start &&
        !memcmp(s->text + first->start, s->text + last->start, first->end - first->start))
        return 0;
    /* "Chief AI Officer": the words between two titles are a role's */
    if (titled && e < s->n && t[e].cap && t[e].kind == T_WORD && (flags_of(s, &t[e]) & W_TITLE)) return 0;

    /* results name athletes with their country or their goal's minute */
    int sports_result = mode != LINE_ALL_CAPS && (country_in_brackets(s, e) || minute_after(s, e));
    /* "c Healy b Warne": a player, even one named like a place ("b Cork") */
    if (mode != LINE_ALL_CAPS && k > 0 && fielder_before(s, k) && !(ff & W_NEVER_NAME) && !(lf & W_NEVER_NAME))
        goto yes;
    if (words == 1) {
        if (first->kind == T_INITIAL) return 0;
        if (known_word(s, first->start, first->end) >= 0) goto yes;
        /* "We all miss Steve" after "Steve Jobs": a given name alone, in
        ** running text, when one person of the text has it (not one that
        ** is also a common word: "Will", "Mark") */
        if (mode == LINE_TEXT && (ff & W_GIVEN) && !(ff & (W_COMMON | W_NOT_PERSON | W_ROLE_WORD)) &&
            !first->upper) {
            int p = person_of_given_name(s, first);
            if (p >= 0) {
                add_mention(s, k, e, r, p, 0);
                return 1;
            }
        }
        if (first->hyphen && split_hyphenated(s, k)) return 1;
        if (mode == LINE_ALL_CAPS || (ff & W_NOT_PERSON)) return 0;
        /* "Губернатор Белгородской области": an adjective of a place name */
        if (is_cyrillic(s, first) && org_word_after(s, e)) return 0;
        if (sports_result && !(ff & (W_GIVEN | W_COMMON))) goto yes;
        /* "Mr Smith", not "Miss Universe" */
        if (titled && (mode == LINE_TEXT || (ff & (W_SURNAME | W_ENDING))) &&
            (!(ff & W_COMMON) || (ff & (W_SURNAME | W_GIVEN))))
            goto yes;
        /* "Dole said", "said Seles .", "Chen, a former army secretary": a
        ** surname that speaks or has a role (most other words before "said"
        ** are news agencies, firms and places) */
        if (mode == LINE_TEXT && !first->upper && (ff & (W_SURNAME | W_ENDING)) && !(ff & W_GIVEN) &&
            !((ff & W_COMMON) && first->sent_start) && (k == 0 || !is_name_token(&t[k - 1])) &&
            (say_after(s, e) || said_before(s, k, e) || role_after(s, e, &(size_t){0}, &(size_t){0})))
            goto yes;
        /* a Cyrillic word with a surname ending alone: not at a sentence
        ** start, where adjectives end so too ("Американский") */
        if (mode == LINE_TEXT && (ff & W_ENDING) && !(ff & W_GIVEN) && !(is_cyrillic(s, first) && first->sent_start))
            goto yes;
        return 0;
    }
    /* two or more words; "El Al", "De La": particles alone name no one */
    size_t particles = 0;
    for (size_t i = k; i < e; i++) particles += t[i].cap && (flags_of(s, &t[i]) & W_PARTICLE);
    if (particles == words) return 0;
    if (mode == LINE_ALL_CAPS) {
        /* "VLADIMIR PUTIN", not "KNOCK-OUT SPECIALIST MILLER" */
        if (known_word(s, last->start, last->end) >= 0 && name_words_before(s, k, (size_t)(last - t))) goto yes;
        /* "HONEY PEAR": two common words are a heading's, not a name */
        if ((ff & W_GIVEN) && !(ff & W_NOT_PERSON) && (lf & W_SURNAME) && !(lf & W_NOT_PERSON) &&
            !((ff & W_COMMON) && (lf & W_COMMON)))
            goto yes;
        return 0;
    }
    if (lf & (W_NEVER_NAME | W_DEMONYM)) return 0;
    /* "Kessler Makes Coffee", "Fenwick Preferred Points": a middle name is a
    ** name ("Paul Thomas Anderson", "Rex Vicat Cole"), not a common word */
    for (token *x = first + 1; x < last; x++)
        if (x->cap && x->kind == T_WORD && (flags_of(s, x) & (W_COMMON | W_NAME_PART)) == W_COMMON) return 0;
    /* nor is its last word, when a capitalised word follows it ("Hollis
    ** Simply" of "Hollis Simply Brew") */
    if ((lf & (W_COMMON | W_NAME_PART)) == W_COMMON && e < s->n && t[e].cap && t[e].kind == T_WORD) return 0;
    if (sports_result && !(ff & W_NOT_PERSON) && (!(lf & W_PLACE) || (lf & W_SURNAME))) goto yes;
    if (first->kind == T_INITIAL) {
        if (!(lf & W_PLACE) || (lf & W_SURNAME)) goto yes;
        return 0;
    }
    /* "Cleveland Indians", "Daniels Pharmaceuticals": after a word that
    ** is no given name, a plural that is no known name ends an organisation;
    ** "-is", "-as", "-os", "-us" end Greek and Latin names ("Costas Simitis") */
    if (!(ff & W_GIVEN) && !(lf & (W_SURNAME | W_GIVEN)) && last->end - last->start > 3 &&
        s->text[last->end - 1] == 's' && !strchr("saiouy", s->text[last->end - 2]))
        return 0;
    /* "Chief Strategy Officer": a title closes a role, it names no one */
    if (titled && (lf & W_TITLE) && !(lf & W_GIVEN)) return 0;
    if (ff & W_GIVEN) {
        /* "Max Load", "Eve Door": a given name that is also a common word,
        ** before a common word that is no name, is a product, a heading or
        ** a pun ("Darryl Strawberry" stays a person) */
        if ((ff & W_COMMON) && (lf & W_COMMON) && !(lf & (W_SURNAME | W_GIVEN | W_ENDING)) && !titled &&
            !(mode == LINE_TEXT && say_after(s, e)))
            return 0;
        int ambiguous = (ff & (W_NOT_PERSON | W_ROLE_WORD)) != 0;
        if (!ambiguous && (!(lf & W_PLACE) || (lf & W_SURNAME))) goto yes;
        if ((lf & W_SURNAME) && !(lf & W_NOT_PERSON)) goto yes;
        if (e - k == 2 && given_month_before_unknown(s, first, last)) goto yes;
        return 0;
    }
    if (ff & W_NOT_PERSON) return 0;
    if (words < (size_t)(e - k) && mode == LINE_TEXT) goto yes; /* a particle inside: "Bashar al Assad" */
    if (titled && (mode == LINE_TEXT || (lf & (W_SURNAME | W_ENDING)))) goto yes;
    /* "Software Development", "Digital Marketing Free": a common word
    ** that is no name opens a noun phrase, in a heading or before a word
    ** that is no surname ("Chipper Jones" may be a nickname); so do two
    ** common words that are no given names ("Child Tax Credit") */
    if ((ff & W_COMMON) && !(ff & (W_ENDING | W_SURNAME_FIRST)) &&
        (!(ff & W_SURNAME) ? mode != LINE_TEXT || !(lf & W_SURNAME) : (lf & W_COMMON) && !(lf & W_GIVEN)))
        return 0;
    if (known_word(s, last->start, last->end) >= 0) goto yes;
    if (lf & W_PLACE) return 0;
    if ((lf & W_ENDING) && mode == LINE_TEXT) goto yes;
    if (mode == LINE_TEXT && say_after(s, e) && (lf & (W_SURNAME | W_GIVEN))) goto yes;
    /* Two capitalised words of no known class in running text: most often
    ** a foreign name ("Muthiah Muralitharan"); organisations and places
    ** usually contain a word the tables know. At a sentence start, only
    ** when they speak or an age follows ("Samer Ammar, 42, said"); not
    ** after an article, which makes them nouns ("im März Prozent" in
    ** German, which capitalises nouns). */
    if (mode == LINE_TEXT && words == 2 && e - k == 2 && !(ff & ~(uint32_t)(W_SURNAME | W_ENDING | W_SURNAME_FIRST)) &&
        !(lf & ~(uint32_t)(W_SURNAME | W_ENDING | W_GIVEN | W_SURNAME_FIRST)) &&
        (!first->sent_start || say_after(s, e) || age_after(s, e) ||
         role_after(s, e, &(size_t){0}, &(size_t){0})) &&
        !article_before(s, k))
        goto yes;
    (void)lowercase_role;
    return 0;
yes:
    accept(s, k, e, r);
    return 1;
}

/* Is token i a capitalised head word of an organisation or place name? */
static int is_org_head(scan *s, size_t i) {
    return s->tok[i].cap && s->tok[i].kind == T_WORD && (flags_of(s, &s->tok[i]) & W_ORGWORD);
}

/* Tokens [a,b) are a run of capitalised words, initials and particles. */
static void scan_run(scan *s, size_t a, size_t b) {
    size_t k = a;
    while (k < b) {
        if (!can_start(s, k, b)) {
            k++;
            continue;
        }
        size_t e = extend_name(s, k, b);
        /* "Place Bellecour", "Brown Deer Park": words next to the head word
        ** of a place or organisation name are that name's */
        /* "Rosa Delmar's Kitchen": so are a possessive's before one */
        if ((k > a && is_org_head(s, k - 1)) || (e < b && is_org_head(s, e)) ||
            (s->tok[e - 1].possessive && e < s->n && is_org_head(s, e))) {
            k = e;
            continue;
        }
        /* the longest name from k that is accepted, else a single word */
        int ok = 0;
        while (e > k && !ok) {
            ok = decide(s, k, e);
            if (!ok) {
                size_t e2 = e - 1;
                while (e2 > k + 1 && !s->tok[e2 - 1].cap) e2--;
                if (e2 == e || e2 <= k) break;
                e = e2;
            }
        }
        k = ok ? e : k + 1;
    }
}

static int is_small_word(scan *s, token *t) {
    return t->end - t->start <= 3 || (flags_of(s, t) & W_STOP);
}

/* Is t a short word of the particle class ("de", "van", "bin")? */
static int is_particle(scan *s, token *t) {
    return t->kind == T_WORD && t->end - t->start <= 5 && particle_first_byte[(unsigned char)s->text[t->start]] &&
           (flags_of(s, t) & W_PARTICLE);
}

/* Does token x separate the items of a list (",", ";", "and")? */
static int is_item_separator(scan *s, const token *x) {
    if (x->kind == T_PUNCT) return x->punct == P_COMMA || x->punct == P_COLON || x->punct == P_END;
    return x->kind == T_WORD && x->end - x->start == 3 && !memcmp(s->text + x->start, "and", 3);
}

/* The end of the name that list item [a,b) is, or 0 when it is no bare
** name: particles and at most four capitalised words, then nothing but
** numbers and brackets ("Vass 7-0-29-0", "Andy Townsend ( 5th )"). */
static size_t item_name_end(scan *s, size_t a, size_t b) {
    token *t = s->tok;
    size_t i = a, words = 0;
    while (i < b && !t[i].cap && is_particle(s, &t[i])) i++;
    while (i < b && (is_name_token(&t[i]) || (words && !t[i].cap && is_particle(s, &t[i])))) {
        words += t[i].cap;
        if (t[i++].possessive) return 0;
    }
    if (!words || words > 4 || !t[i - 1].cap) return 0;
    for (size_t j = i; j < b; j++)
        if (t[j].kind == T_WORD || t[j].kind == T_INITIAL) return 0;
    return i;
}

/* Could the bare name [a,e) of a list of persons be one too? */
static int may_be_listed_person(scan *s, size_t a, size_t e) {
    token *t = s->tok;
    size_t words = 0;
    for (size_t i = a; i < e; i++) {
        if (!t[i].cap) continue;
        uint32_t f = flags_of(s, &t[i]);
        if (f & (W_NOT_PERSON | W_ROLE_WORD)) return 0;
        if (t[i].upper && t[i].kind == T_WORD) return 0; /* acronyms */
        words++;
    }
    /* a lone common word ("Bowling") needs to be a known name too */
    uint32_t f = flags_of(s, &t[e - 1]);
    return words > 1 || !(f & W_COMMON) || (f & (W_SURNAME | W_GIVEN));
}

/* "Given , Breen , Staunton , Irwin": in a list whose items are bare
** names, most of them persons (or two of them, when the line holds
** little but the list), the other names are persons too. Items before a
** colon are labels ("Bowling :"). */
static void accept_list_items(scan *s, size_t first_found) {
    token *t = s->tok;
    size_t n = s->n, items = 0, persons = 0, others = 0, f = first_found;
    for (int accepting = 0; accepting < 2; accepting++) {
        f = first_found;
        size_t line_found = s->n_found;
        for (size_t a = 0; a < n;) {
            size_t b = a;
            while (b < n && !is_item_separator(s, &t[b])) b++;
            size_t e = b > a ? item_name_end(s, a, b) : 0;
            int label = b < n && t[b].kind == T_PUNCT && t[b].punct == P_COLON && s->text[t[b].start] == ':';
            if (!accepting && (!e || label) && b > a) others++;
            if (e && !label) {
                while (f < line_found && s->found[f].end <= t[a].start) f++;
                int named = f < line_found && s->found[f].start < t[b - 1].end;
                if (!accepting) {
                    items++;
                    persons += named;
                } else if (!named && may_be_listed_person(s, a, e)) {
                    accept(s, a, e, a);
                }
            }
            a = b + 1;
        }
        /* most items are persons, or the line is nothing but names */
        if (items < 3 || persons < 2 || (persons * 2 < items && others > 1)) return;
    }
    /* the mentions of this line in text order again */
    for (size_t i = first_found + 1; i < s->n_found; i++) {
        found x = s->found[i];
        size_t j = i;
        while (j > first_found && s->found[j - 1].start > x.start) {
            s->found[j] = s->found[j - 1];
            j--;
        }
        s->found[j] = x;
    }
}

static void scan_line(scan *s, int whole_line) {
    token *t = s->tok;
    size_t n = s->n;
    size_t first_found = s->n_found;
    /* headline or text? Most lines are sentences: decide without lookups
    ** when they are. */
    size_t words = s->count.words, caps = s->count.caps, upper = s->count.upper, lower_long = s->count.lower_long;
    s->mode = LINE_TEXT;
    if (whole_line && words >= 1 && upper == words) s->mode = LINE_ALL_CAPS;
    else if (whole_line && caps >= 3 && lower_long <= caps) {
        size_t i = 0;
        for (; i < n; i++)
            if (t[i].kind == T_WORD && !t[i].cap && !is_small_word(s, &t[i])) break;
        if (i == n) s->mode = LINE_TITLE_CASE;
    }
    for (size_t name = 0, next = 0; name < s->n_names; name++) {
        size_t i = s->names[name];
        if (i < next) continue;
        size_t j = i + 1;
        while (j < n && !t[j - 1].possessive) {
            if (is_name_token(&t[j])) j++;
            else if (is_particle(s, &t[j])) {
                /* "de Silva", "van der Westhuizen": particles then a name */
                size_t q = j;
                while (q < n && q < j + 3 && !t[q].cap && is_particle(s, &t[q]))
                    q++;
                if (q < n && q < j + 3 && is_name_token(&t[q])) j = q;
                else break;
            }
            else break;
        }
        scan_run(s, i, j);
        next = j;
    }
    /* a list needs two persons already named on its line */
    if (s->mode != LINE_ALL_CAPS && s->n_found >= first_found + 2) accept_list_items(s, first_found);
    if (!s->rescanning) note_doubts(s, first_found, whole_line);
}

/* Scans text[from,to) line by line; the last line is whole when
** last_whole (a rescanned line keeps what it was the first time). */
/* Starts a new line of tokens. */
static void line_reset(scan *s) {
    s->n = 0;
    s->n_names = 0;
    memset(&s->count, 0, sizeof s->count);
    s->count.at_start = 1;
}

/* Counts token t, just read, into the line's figures. */
static void line_add(scan *s, token *t) {
    struct line_counts *c = &s->count;
    if (t->kind == T_PUNCT) {
        if (t->punct == P_END || t->punct == P_COLON) c->at_start = 1;
        return;
    }
    t->sent_start = (unsigned char)c->at_start;
    c->at_start = 0;
    if (is_name_token(t)) s->names[s->n_names++] = (uint16_t)s->n;
    if (t->kind != T_WORD) return;
    c->words++;
    c->caps += t->cap;
    if (t->upper) c->upper++;
    else if (!t->cap && t->end - t->start > 3) c->lower_long++;
}

static void scan_text(scan *s, size_t from, size_t to, int last_whole) {
    const char *x = s->text;
    size_t len = to, i = from;
    line_reset(s);
    while (i < len && !s->oom) {
        int32_t cp;
        int step;
        unsigned char c0 = (unsigned char)x[i];
        if (c0 == ' ') { i++; continue; }
        char_class c = char_at(x, len, i, &cp, &step);
        if (c == C_SPACE) { i += (size_t)step; continue; }
        if (c == C_NEWLINE) {
            if (s->n) scan_line(s, 1);
            line_reset(s);
            i += (size_t)step;
            continue;
        }
        token *t = &s->tok[s->n];
        if (is_letter_class(c)) {
            i = scan_word(s, i, t);
        } else if (c == C_DIGIT) {
            memset(t, 0, sizeof *t);
            t->kind = T_NUMBER;
            t->start = i;
            while (i < len) {
                char_class d = char_at(x, len, i, &cp, &step);
                if (d != C_DIGIT && !(d == C_PUNCT && (cp == '.' || cp == ',' || cp == ':') && i + 1 < len &&
                                      x[i + 1] >= '0' && x[i + 1] <= '9') && !is_letter_class(d))
                    break;
                i += (size_t)step;
            }
            t->end = i;
        } else {
            memset(t, 0, sizeof *t);
            t->kind = T_PUNCT;
            t->punct = punct_kind(cp);
            t->start = i;
            i += (size_t)step;
            t->end = i;
        }
        line_add(s, t);
        s->n++;
        /* a very long line is cut at a sentence end, or at the limit */
        if (s->n >= MAX_LINE_TOKENS || (s->n >= MAX_LINE_TOKENS / 2 && t->kind == T_PUNCT && t->punct == P_END)) {
            scan_line(s, 0);
            line_reset(s);
        }
    }
    if (s->n) scan_line(s, last_whole);
    line_reset(s);
}

static void scan_free(scan *s) {
    ne_free(s->tok);
    ne_buf_free(&s->scratch);
    ne_buf_free(&s->stem);
    ne_buf_free(&s->key);
    ne_buf_free(&s->keys);
    ne_free(s->persons);
    ne_strmap_free(s->by_name);
    ne_strmap_free(s->by_surname);
    ne_strmap_free(s->by_given);
    ne_free(s->known.slot);
    ne_free(s->found);
    ne_free(s->lines);
    ne_free(s->doubts);
    ne_free(s->places);
    ne_free(s->doubt_index.slot);
}

/* Second pass: the lines where a doubtful word turned out to be a person
** named elsewhere are scanned again, and their mentions replace those of
** the first pass. */
static void rescan_doubtful_lines(scan *s) {
    size_t marked = 0;
    for (size_t i = 0; i < s->n_lines; i++) marked += s->lines[i].again;
    for (size_t i = 0; i < s->n_doubts; i++) {
        struct doubt_word *d = &s->doubts[i];
        if (known_word(s, d->start, d->end) < 0) continue;
        for (uint32_t p = d->last_place; p; p = s->places[p - 1].previous) {
            struct doubt_line *l = &s->lines[s->places[p - 1].line];
            marked += !l->again;
            l->again = 1;
        }
    }
    if (!marked || s->oom) return;
    found *first = s->found;
    size_t n_first = s->n_found;
    s->found = NULL;
    s->n_found = s->cap_found = 0;
    s->rescanning = 1;
    for (size_t i = 0; i < s->n_lines && !s->oom; i++)
        if (s->lines[i].again) scan_text(s, s->lines[i].start, s->lines[i].start + s->lines[i].len, s->lines[i].whole);
    /* merge, in place: the first-pass mentions outside the rescanned
    ** lines, then the new ones, from the back */
    found *second = s->found;
    size_t n_second = s->n_found;
    size_t kept = 0, line = 0;
    for (size_t i = 0; i < n_first; i++) {
        size_t at = first[i].start;
        while (line < s->n_lines && s->lines[line].start + s->lines[line].len <= at) line++;
        if (line < s->n_lines && s->lines[line].again && s->lines[line].start <= at) continue;
        first[kept++] = first[i];
    }
    found *all = s->oom ? NULL : ne_realloc(first, (kept + n_second + 1) * sizeof *all);
    if (!all) {
        ne_free(first);
        ne_free(second);
        s->found = NULL;
        s->n_found = s->cap_found = 0;
        s->oom = 1;
        return;
    }
    size_t i = kept, j = n_second, n = kept + n_second;
    while (j > 0) {
        if (i > 0 && all[i - 1].start > second[j - 1].start) all[--n] = all[--i];
        else all[--n] = second[--j];
    }
    ne_free(second);
    s->found = all;
    s->n_found = kept + n_second;
    s->cap_found = kept + n_second + 1;
}

/* A surname alone that several persons share goes to the one whose full
** name the same line (paragraph) gave last, when only one of them was
** named there; else to the first person with that surname. */
static void assign_shared_surnames(scan *s) {
    size_t line = 1, prev = 0;
    for (size_t i = 0; i < s->n_found; i++) {
        found *f = &s->found[i];
        if (f->start > prev && memchr(s->text + prev, '\n', f->start - prev)) line++;
        if (f->start > prev) prev = f->start;
        person *p = &s->persons[f->person];
        if (!f->bare) {
            p->last_full_line = line;
            continue;
        }
        if (p->next_same < 0) continue;
        int chosen = -1, candidates = 0;
        for (int q = f->person, steps = 0; q >= 0 && steps < MAX_SAME_SURNAME; q = s->persons[q].next_same, steps++)
            if (s->persons[q].last_full_line == line) {
                chosen = q;
                candidates++;
            }
        if (candidates == 1) f->person = chosen;
    }
}

/* "Vorlex Kallisto", "Vorlex Andara" (a maker and its models): a word
** that is no given name and begins the full names of two persons is a
** brand's or a maker's, before its products; their mentions go. (Persons
** who share a given name are common; ones who share another first word
** are not, but for surnames written first, which by_given leaves out;
** and a brand has no title: "King Norodom Sihanouk" stays.) */
static void drop_brand_series(scan *s) {
    if (!s->by_given) return;
    for (size_t i = 0; i < s->n_found; i++)
        if (s->found[i].role_end) s->persons[s->found[i].person].first_not_given = 0;
    size_t kept = 0;
    for (size_t i = 0; i < s->n_found; i++) {
        person *p = &s->persons[s->found[i].person];
        int shared;
        if (p->first_not_given && p->n_words >= 2 &&
            ne_strmap_get(s->by_given, s->keys.data + p->first_key, p->first_key_len, &shared) && shared < 0)
            continue;
        s->found[kept++] = s->found[i];
    }
    s->n_found = kept;
}

/* Runs both passes over valid UTF-8; s->found holds the mentions in text
** order. */
static int find_persons(scan *s, const char *text, size_t len) {
    memset(s, 0, sizeof *s);
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (len >= UINT32_MAX) return NEWSEXT_TOOBIG; /* offsets are 32-bit */
    s->text = text;
    s->len = len;
    s->tok = ne_malloc(MAX_LINE_TOKENS * sizeof *s->tok);
    if (!s->tok) return NEWSEXT_NOMEM;
    scan_text(s, 0, len, 1);
    if (!s->oom) rescan_doubtful_lines(s);
    if (!s->oom) assign_shared_surnames(s);
    if (!s->oom) drop_brand_series(s);
    if (s->oom || s->keys.oom) return NEWSEXT_NOMEM;
    return NEWSEXT_OK;
}

int newsext_person_mentions(const char *text, size_t len, newsext_person_mention **mentions, size_t *count) {
    *mentions = NULL;
    *count = 0;
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!newsext_utf8_valid(text, len)) return NEWSEXT_INVALID;
    return ne_person_mentions_utf8(text, len, mentions, count);
}

int ne_person_mentions_utf8(const char *text, size_t len, newsext_person_mention **mentions, size_t *count) {
    *mentions = NULL;
    *count = 0;
    scan s;
    int rc = find_persons(&s, text, len);
    if (rc == NEWSEXT_OK && s.n_found) {
        newsext_person_mention *m = ne_malloc(s.n_found * sizeof *m);
        if (!m) rc = NEWSEXT_NOMEM;
        size_t i = 0;
        for (; m && i < s.n_found; i++) {
            found *f = &s.found[i];
            person *p = &s.persons[f->person];
            m[i].start = f->start;
            m[i].length = f->end - f->start;
            m[i].name = ne_strndup(text + p->name_start, p->name_len);
            m[i].mention = ne_strndup(text + f->start, f->end - f->start);
            m[i].role = f->role_end ? ne_strndup(text + f->role_start, f->role_end - f->role_start) : NULL;
            if (!m[i].name || !m[i].mention || (f->role_end && !m[i].role)) {
                newsext_person_mentions_free(m, i + 1);
                m = NULL;
                rc = NEWSEXT_NOMEM;
            }
        }
        if (m) {
            *mentions = m;
            *count = s.n_found;
        }
    }
    scan_free(&s);
    return rc;
}

void newsext_person_mentions_free(newsext_person_mention *mentions, size_t count) {
    if (!mentions) return;
    for (size_t i = 0; i < count; i++) {
        ne_free(mentions[i].name);
        ne_free(mentions[i].mention);
        ne_free(mentions[i].role);
    }
    ne_free(mentions);
}

/* Appends text[a, a+n) to pool; its offset into *at, 0 when the pool
** would pass 4 GB. */
static int pool_add(ne_buf *pool, const char *text, size_t n, uint32_t *at) {
    if (pool->len + n >= UINT32_MAX) return 0;
    *at = (uint32_t)pool->len;
    ne_buf_append(pool, text, n);
    return !pool->oom;
}

int ne_person_rows_utf8(const char *text, size_t len, ne_person_rows *rows) {
    memset(rows, 0, sizeof *rows);
    scan s;
    int rc = find_persons(&s, text, len);
    if (rc == NEWSEXT_OK && s.n_found) {
        ne_buf pool;
        ne_buf_init(&pool);
        uint32_t *name_at = ne_malloc(s.n_persons * sizeof *name_at);
        ne_person_row *row = ne_malloc(s.n_found * sizeof *row);
        if (!name_at || !row) rc = NEWSEXT_NOMEM;
        for (size_t i = 0; name_at && i < s.n_persons; i++) name_at[i] = UINT32_MAX;
        for (size_t i = 0; rc == NEWSEXT_OK && i < s.n_found; i++) {
            found *f = &s.found[i];
            person *p = &s.persons[f->person];
            ne_person_row *r = &row[i];
            memset(r, 0, sizeof *r);
            r->start = f->start;
            r->length = f->end - f->start;
            int ok = pool_add(&pool, text + f->start, f->end - f->start, &r->mention);
            if (ok && name_at[f->person] == UINT32_MAX)
                ok = pool_add(&pool, text + p->name_start, p->name_len, &name_at[f->person]);
            r->name = name_at[f->person];
            r->name_len = (uint32_t)p->name_len;
            if (ok && f->role_end) {
                r->role_len = f->role_end - f->role_start;
                ok = pool_add(&pool, text + f->role_start, f->role_end - f->role_start, &r->role);
            }
            if (!ok) rc = pool.oom ? NEWSEXT_NOMEM : NEWSEXT_TOOBIG;
        }
        ne_free(name_at);
        if (rc == NEWSEXT_OK) rc = ne_buf_finish(&pool, &rows->pool, NULL);
        else ne_buf_free(&pool);
        if (rc == NEWSEXT_OK) {
            rows->row = row;
            rows->n = s.n_found;
        } else {
            ne_free(row);
        }
    }
    scan_free(&s);
    return rc;
}

void ne_person_rows_free(ne_person_rows *rows) {
    ne_free(rows->row);
    ne_free(rows->pool);
    memset(rows, 0, sizeof *rows);
}

int newsext_extract_persons(const char *text, size_t len, char **json, size_t *json_len) {
    *json = NULL;
    int rc = newsext_init();
    if (rc != NEWSEXT_OK) return rc;
    if (!newsext_utf8_valid(text, len)) return NEWSEXT_INVALID;
    return ne_extract_persons_utf8(text, len, json, json_len);
}

int ne_extract_persons_utf8(const char *text, size_t len, char **json, size_t *json_len) {
    *json = NULL;
    scan s;
    int rc = find_persons(&s, text, len);
    if (rc == NEWSEXT_OK) {
        ne_buf b;
        ne_buf_init(&b);
        ne_buf_putc(&b, '[');
        unsigned char *listed = ne_malloc(s.n_persons + 1);
        if (!listed) b.oom = 1;
        else memset(listed, 0, s.n_persons + 1);
        int any = 0;
        for (size_t i = 0; listed && i < s.n_found; i++) {
            int p = s.found[i].person;
            if (listed[p]) continue;
            listed[p] = 1;
            if (any) ne_buf_putc(&b, ',');
            any = 1;
            ne_buf_json_string(&b, text + s.persons[p].name_start, s.persons[p].name_len);
        }
        ne_free(listed);
        ne_buf_putc(&b, ']');
        rc = ne_buf_finish(&b, json, json_len);
    }
    scan_free(&s);
    return rc;
}
