/*
** fuzz_dates.c — newsext_parse_ref, date_mentions and event_date.
**
** Input layout: the first line is a reference date candidate (parsed with
** newsext_parse_ref, the path SQL's `ref` argument takes), the rest is the
** text. Mentions are checked for spans inside the text on character
** boundaries, in order, with a NUL-terminated TIMEX3 value; event_date for
** one of '', 'YYYY', 'YYYY-MM', 'YYYY-MM-DD'. Both run with the parsed
** reference and without one.
*/
#include "fuzz_common.h"

static void check_ref(const char *s, size_t len) {
    newsext_date_ref ref;
    memset(&ref, 0x5A, sizeof ref);
    int rc = newsext_parse_ref(s, len, &ref);
    if (rc != NEWSEXT_OK) {
        FUZZ_CHECK(rc == NEWSEXT_INVALID, "parse_ref status");
        return;
    }
    FUZZ_CHECK(ref.year >= 1 && ref.year <= 9999, "ref year");
    FUZZ_CHECK(ref.month >= 1 && ref.month <= 12, "ref month");
    FUZZ_CHECK(ref.day >= 1 && ref.day <= 31, "ref day");
    FUZZ_CHECK(ref.hour == -1 || (ref.hour >= 0 && ref.hour <= 24), "ref hour");
    FUZZ_CHECK(ref.minute == -1 || (ref.minute >= 0 && ref.minute <= 59), "ref minute");
}

static int is_event_date(const char *s) {
    size_t n = strlen(s);
    if (n != 0 && n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return 0;
    return 1;
}

static void check_text(const char *text, size_t len, const newsext_date_ref *ref) {
    newsext_date_mention *m = NULL;
    size_t count = 0;
    int rc = newsext_date_mentions(text, len, ref, &m, &count);
    if (rc == NEWSEXT_OK) {
        FUZZ_CHECK((count == 0) == (m == NULL), "mentions is NULL exactly when count is 0");
        for (size_t i = 0; i < count; i++) {
            fuzz_check_span(text, len, m[i].start, m[i].length, "date mention span");
            FUZZ_CHECK(m[i].length > 0, "date mention is not empty");
            FUZZ_CHECK(i == 0 || m[i].start >= m[i - 1].start, "date mentions in text order");
            FUZZ_CHECK(m[i].type >= NEWSEXT_TIMEX_DATE && m[i].type <= NEWSEXT_TIMEX_SET, "timex type");
            FUZZ_CHECK(memchr(m[i].value, 0, sizeof m[i].value) != NULL, "value is NUL-terminated");
            fuzz_check_string(m[i].value, strlen(m[i].value), "timex value");
            FUZZ_CHECK(m[i].value[0] != 0, "timex value is not empty");
            FUZZ_CHECK(!m[i].mod || m[i].mod[0], "mod is NULL or a word");
        }
        newsext_free(m);
    } else {
        fuzz_check_error(rc, "date_mentions status");
        FUZZ_CHECK(m == NULL, "date_mentions leaves no array on error");
    }
    char out[11];
    memset(out, 'Z', sizeof out);
    rc = newsext_event_date(text, len, ref, out);
    if (rc == NEWSEXT_OK) FUZZ_CHECK(memchr(out, 0, sizeof out) && is_event_date(out), "event_date format");
    else fuzz_check_error(rc, "event_date status");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *bytes = (const char *)data;
    const char *nl = memchr(bytes, '\n', size);
    size_t ref_len = nl ? (size_t)(nl - bytes) : 0;
    /* parse_ref takes any bytes: SQL hands it whatever text the user gave */
    check_ref(bytes, ref_len);

    newsext_date_ref ref;
    int have_ref = newsext_parse_ref(bytes, ref_len, &ref) == NEWSEXT_OK;
    size_t len;
    char *text = fuzz_text(data + (nl ? ref_len + 1 : 0), size - (nl ? ref_len + 1 : 0), &len);
    check_text(text, len, have_ref ? &ref : NULL);
    check_text(text, len, NULL);
    newsext_free(text);
    return 0;
}
