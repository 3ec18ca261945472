/* dates.c — placeholder until date extraction lands (issue 5). */
#include "util.h"
int ne_dates_init(void) { return NEWSEXT_OK; }
int newsext_parse_ref(const char *s, size_t len, newsext_date_ref *ref) { return NEWSEXT_INVALID; }
const char *newsext_timex_type_name(newsext_timex_type t) { return "DATE"; }
int newsext_date_mentions(const char *t, size_t len, const newsext_date_ref *r, newsext_date_mention **m,
                          size_t *n) {
    return NEWSEXT_INTERNAL;
}
int newsext_event_date(const char *t, size_t len, const newsext_date_ref *r, char out[11]) {
    return NEWSEXT_INTERNAL;
}
