/*
** fuzz_persons.c — person_mentions and extract_persons on any text.
**
** Checks that every mention lies inside the text on character boundaries,
** in text order, with `mention` equal to the bytes it points at (so SQL's
** substr(text, start, length) = mention holds), a non-empty canonical name,
** and that extract_persons is a JSON array of strings.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t len;
    char *text = fuzz_text(data, size, &len);

    newsext_person_mention *m = NULL;
    size_t count = 0;
    int rc = newsext_person_mentions(text, len, &m, &count);
    if (rc == NEWSEXT_OK) {
        FUZZ_CHECK((count == 0) == (m == NULL), "mentions is NULL exactly when count is 0");
        for (size_t i = 0; i < count; i++) {
            fuzz_check_span(text, len, m[i].start, m[i].length, "mention span");
            FUZZ_CHECK(m[i].length > 0, "mention is not empty");
            FUZZ_CHECK(i == 0 || m[i].start >= m[i - 1].start, "mentions in text order");
            fuzz_check_string(m[i].mention, m[i].length, "mention text");
            FUZZ_CHECK(!memcmp(m[i].mention, text + m[i].start, m[i].length), "mention is the text at start");
            fuzz_check_string(m[i].name, strlen(m[i].name ? m[i].name : ""), "canonical name");
            FUZZ_CHECK(m[i].name[0] != 0, "canonical name is not empty");
            if (m[i].role) fuzz_check_string(m[i].role, strlen(m[i].role), "role");
        }
        newsext_person_mentions_free(m, count);
    } else {
        fuzz_check_error(rc, "person_mentions status");
        FUZZ_CHECK(m == NULL, "person_mentions leaves no array on error");
    }

    char *json = NULL;
    size_t json_len = 0;
    rc = newsext_extract_persons(text, len, &json, &json_len);
    if (rc == NEWSEXT_OK) {
        fuzz_check_string(json, json_len, "extract_persons output");
        FUZZ_CHECK(json_len >= 2 && json[0] == '[' && fuzz_json_valid(json, json_len),
                   "extract_persons is a JSON array");
        FUZZ_CHECK(count > 0 || !strcmp(json, "[]"), "no mentions, no persons");
    } else {
        fuzz_check_error(rc, "extract_persons status");
    }
    newsext_free(json);
    newsext_free(text);
    return 0;
}
