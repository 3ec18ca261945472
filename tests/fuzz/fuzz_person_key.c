/*
** fuzz_person_key.c — person_key on any name: valid UTF-8 out, and the
** same key every time for the same name (keys are compared across rows).
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t len;
    char *name = fuzz_text(data, size, &len);
    char *key = NULL, *again = NULL;
    size_t key_len = 0, again_len = 0;
    int rc = newsext_person_key(name, len, &key, &key_len);
    if (rc == NEWSEXT_OK) {
        fuzz_check_string(key, key_len, "person_key output");
        FUZZ_CHECK(newsext_person_key(name, len, &again, &again_len) == NEWSEXT_OK, "person_key again");
        FUZZ_CHECK(again_len == key_len && !memcmp(again, key, key_len), "person_key is deterministic");
    } else {
        fuzz_check_error(rc, "person_key status");
        FUZZ_CHECK(key == NULL, "person_key leaves no buffer on error");
    }
    newsext_free(again);
    newsext_free(key);
    newsext_free(name);
    return 0;
}
