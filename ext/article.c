/* article.c — placeholder until article extraction lands (issue 3). */
#include "util.h"
int ne_clean_init(void) { return NEWSEXT_OK; }
int newsext_article_clean(const char *raw, size_t len, char **out, size_t *out_len) {
    return NEWSEXT_INTERNAL;
}
int newsext_article_meta(const char *raw, size_t len, char **json, size_t *json_len) {
    return NEWSEXT_INTERNAL;
}
