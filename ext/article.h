/*
** article.h — what the three article modules share (internal, no SQLite):
**   textclean.c  the lexicons (ne_clean_init), block statistics, phrase
**                tests, and the flattened-text extractor;
**   htmlclean.c  the HTML extractor (libxml2 SAX) and the page facts it
**                collects on the way (meta tags, JSON-LD, <time>, ...);
**   meta.c       the public entry points, JSON-LD reading, title and date
**                normalization, and the JSON of article_meta.
*/
#ifndef NEWSEXT_ARTICLE_H
#define NEWSEXT_ARTICLE_H

#include "util.h"

/* Statistics of one block (paragraph, line) of text. */
typedef struct ne_block_stats {
    size_t words;        /* runs of letters or digits */
    size_t stop_words;   /* of them, in data/article_stopwords.txt */
    size_t capitalized;  /* words starting with an upper-case letter */
    size_t long_words;   /* words of 4+ letters, not starting with a digit */
    size_t long_capitalized; /* of them, capitalized (the title-case test) */
    size_t commas;
    int ends_sentence;   /* last visible character is . ! ? or a closing quote after one */
    int appeal_anchor;   /* holds the key word of an appeal phrase ("donation") */
    int credit_anchor;   /* holds the key word of a credit marker ("photo") */
} ne_block_stats;

void ne_block_stats_of(const char *s, size_t n, ne_block_stats *st);

/* Reusable working memory for the phrase tests, so that testing a block
** allocates nothing: one per extraction, never shared between threads. */
typedef struct ne_scratch {
    pcre2_match_data *md; /* room for every pattern's groups */
    ne_buf fold;
} ne_scratch;
/* Returns NEWSEXT_OK or NEWSEXT_NOMEM. */
int ne_scratch_init(ne_scratch *sc);
void ne_scratch_free(ne_scratch *sc);

/* Nonzero when the block is page furniture said in words (a phrase of
** data/article_boilerplate.txt): 1 for a label ("Read more"), 3 for the
** head of a comment section ("167 comments"), 2 for an appeal phrase found
** inside it ("we need your help"). st are its
** statistics. */
int ne_is_boilerplate(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st);
/* Nonzero for a byline: "By Jane Doe", "By JANE DOE and John Roe". *name
** and *name_len receive the names part. */
int ne_is_byline(const char *s, size_t n, const ne_block_stats *st, const char **name, size_t *name_len);
/* Nonzero when the block is a legal note of at most LEGAL_NOTE_WORDS words
** (a phrase of data/article_legal.txt: "affiliate links", "copyright",
** "not investment advice"). */
enum { LEGAL_NOTE_WORDS = 80 };
int ne_is_legal_note(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st);
/* Nonzero when the block reads like a photo caption or credit. */
int ne_is_credit(ne_scratch *sc, const char *s, size_t n, const ne_block_stats *st);
/* Sum of the class/id cue weights of an attribute value; *strongest gets
** the most negative single weight seen (0 when none), *strongest_hard the
** same among words that are not marked soft (layout names such as
** "widget" that prose may overrule). */
int ne_class_cue(const char *value, size_t n, int *strongest, int *strongest_hard);

/* Collapses whitespace (including no-break and other Unicode spaces) of s
** into b: runs become one space, leading and trailing ones are dropped. */
void ne_collapse_space(ne_buf *b, const char *s, size_t n);

/* Facts about a page, filled by the extractors; each slot keeps its first
** value (buffers are empty when the page does not say). */
enum ne_meta_slot {
    NE_M_TITLE_TAG,     /* <title> */
    NE_M_OG_TITLE,      /* og:title, twitter:title */
    NE_M_LD_HEADLINE,   /* JSON-LD headline / name of an article */
    NE_M_ITEM_HEADLINE, /* itemprop=headline */
    NE_M_H1,            /* first <h1> */
    NE_M_TEXT_TITLE,    /* headline line of flattened text */
    NE_M_SITE,          /* og:site_name, JSON-LD publisher */
    NE_M_LD_SITE,
    NE_M_CANONICAL,     /* <link rel=canonical> */
    NE_M_OG_URL,
    NE_M_LD_URL,
    NE_M_LANG,          /* <html lang>, og:locale, JSON-LD inLanguage */
    NE_M_DESCRIPTION,   /* og:description, meta description */
    NE_M_LD_PUBLISHED,  /* JSON-LD datePublished */
    NE_M_META_PUBLISHED,/* article:published_time and friends */
    NE_M_ITEM_PUBLISHED,/* itemprop=datePublished */
    NE_M_TIME,          /* first <time datetime> */
    NE_M_DATE_ELEMENT,  /* the text of the first element classed as a date */
    NE_M_TEXT_PUBLISHED,/* "Published 11 March 2022" in text */
    NE_M_LD_MODIFIED,
    NE_M_META_MODIFIED,
    NE_M_TEXT_MODIFIED,
    NE_M_AUTHORS,       /* names separated by '\n', first source only */
    NE_M_COUNT
};

typedef struct ne_page_meta {
    ne_buf slot[NE_M_COUNT];
    ne_buf ld_body;     /* the longest JSON-LD articleBody of an article, its line breaks kept */
    int authors_from;   /* 0: none yet; 1: meta/itemprop; 2: JSON-LD (wins) */
    int oom;            /* an allocation failed while gathering: report NOMEM */
} ne_page_meta;

void ne_meta_init(ne_page_meta *m);
void ne_meta_free(ne_page_meta *m);
/* Stores value (whitespace collapsed) into slot unless it already has one. */
void ne_meta_set(ne_page_meta *m, int slot, const char *s, size_t n);
/* Adds an author name (source: 1 meta, 2 JSON-LD; a better source replaces). */
void ne_meta_add_author(ne_page_meta *m, int source, const char *s, size_t n);
/* Reads one JSON-LD script into m (tolerant; unknown shapes are ignored). */
void ne_meta_jsonld(ne_page_meta *m, const char *s, size_t n);

/* A dateline such as "Published 11 March 2022" or "Updated: 2022-03-11
** 10:05": returns NE_M_TEXT_PUBLISHED or NE_M_TEXT_MODIFIED and writes the
** ISO 8601 date into iso, or returns 0. Only short blocks qualify. */
int ne_meta_dateline(ne_scratch *sc, const char *s, size_t n, char iso[32]);
/* Normalizes a date as pages write it in attributes and JSON-LD
** ("2022-03-11T10:05:00+01:00", "2022-03-11", "March 11, 2022") into iso;
** returns 0 when it is not a date. */
int ne_meta_iso_date(const char *s, size_t n, char iso[32]);
/* Compiles meta.c's patterns; called by ne_clean_init. */
int ne_meta_init_patterns(void);

/* newsext_article_clean / newsext_article_meta for text the caller has
** already validated as UTF-8 (the SQL glue does, once per value). */
int ne_article_clean_utf8(const char *raw, size_t len, char **out, size_t *out_len);
int ne_article_meta_utf8(const char *raw, size_t len, char **json, size_t *json_len);
/* Builds htmlclean.c's tag table; called by ne_clean_init. */
int ne_html_init(void);

/* HTML path: appends the article body to out and fills meta (may be NULL).
** Returns NEWSEXT_OK or NEWSEXT_NOMEM. */
int ne_html_article(const char *html, size_t len, ne_buf *out, ne_page_meta *meta);
/* Text path: the same for flattened text. */
int ne_text_article(const char *text, size_t len, ne_buf *out, ne_page_meta *meta);

#endif
