/*
** persons.h — what persons.c and person_key.c share (internal).
*/
#ifndef NEWSEXT_PERSONS_H
#define NEWSEXT_PERSONS_H

#include <stdint.h>

#include "util.h"

/* Loads data/persons_key_rules.tsv; called from ne_persons_init. */
int ne_person_key_init(void);

/* Appends the matching key of name[0..len) to b (see person_key.c). */
void ne_person_key_append(ne_buf *b, const char *name, size_t len);
/* The same for a name already folded (ne_fold). */
void ne_person_key_append_folded(ne_buf *b, const char *folded_name, size_t len);

/* newsext_person_mentions / newsext_extract_persons for text the caller
** has already validated as UTF-8 (the SQL glue does, once per value). */
int ne_person_mentions_utf8(const char *text, size_t len, newsext_person_mention **mentions, size_t *count);
int ne_extract_persons_utf8(const char *text, size_t len, char **json, size_t *json_len);

/* The mentions as compact rows for the SQL glue: one allocation for the
** rows and one string pool (each person's name once), instead of three
** strings a mention. Offsets and lengths in the pool are 32-bit: a text
** whose pool would pass 4 GB gives NEWSEXT_TOOBIG. */
typedef struct ne_person_row {
    uint32_t start;   /* byte offset of the mention in the text */
    uint32_t length;  /* bytes of the mention: pool[mention, mention + length) */
    uint32_t mention; /* offset of the mention's words in the pool */
    uint32_t name, name_len;
    uint32_t role, role_len; /* role_len == 0: no role */
} ne_person_row;

typedef struct ne_person_rows {
    ne_person_row *row;
    size_t n;
    char *pool;
} ne_person_rows;

int ne_person_rows_utf8(const char *text, size_t len, ne_person_rows *rows);
void ne_person_rows_free(ne_person_rows *rows);

#endif
