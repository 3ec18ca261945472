/*
** persons.h — what persons.c and person_key.c share (internal).
*/
#ifndef NEWSEXT_PERSONS_H
#define NEWSEXT_PERSONS_H

#include "util.h"

/* Loads data/persons_key_rules.tsv; called from ne_persons_init. */
int ne_person_key_init(void);

/* Appends the matching key of name[0..len) to b (see person_key.c). */
void ne_person_key_append(ne_buf *b, const char *name, size_t len);

/* newsext_person_mentions / newsext_extract_persons for text the caller
** has already validated as UTF-8 (the SQL glue does, once per value). */
int ne_person_mentions_utf8(const char *text, size_t len, newsext_person_mention **mentions, size_t *count);
int ne_extract_persons_utf8(const char *text, size_t len, char **json, size_t *json_len);

#endif
