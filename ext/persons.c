/* persons.c — placeholder until person extraction lands (issue 4). */
#include "util.h"
int ne_persons_init(void) { return NEWSEXT_OK; }
int newsext_person_mentions(const char *text, size_t len, newsext_person_mention **m, size_t *n) {
    return NEWSEXT_INTERNAL;
}
void newsext_person_mentions_free(newsext_person_mention *m, size_t n) {}
int newsext_extract_persons(const char *text, size_t len, char **json, size_t *json_len) {
    return NEWSEXT_INTERNAL;
}
int newsext_person_key(const char *name, size_t len, char **key, size_t *key_len) {
    return NEWSEXT_INTERNAL;
}
