/*
** fuzz_article_text.c — article_clean and article_meta on flattened text.
**
** Every '<' of the sanitized input becomes '(' so the sniffer takes the
** text path (line classification, headline and "Published ..." lines);
** fuzz_article_html covers the HTML path. Also checks that cleaning is
** deterministic.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t len;
    char *text = fuzz_text(data, size, &len);
    for (size_t i = 0; i < len; i++)
        if (text[i] == '<') text[i] = '(';
    FUZZ_CHECK(newsext_sniff_format(text, len) == NEWSEXT_FORMAT_TEXT, "no tag, no HTML");

    char *out = NULL, *again = NULL;
    size_t out_len = 0, again_len = 0;
    int rc = newsext_article_clean(text, len, &out, &out_len);
    if (rc == NEWSEXT_OK) {
        fuzz_check_string(out, out_len, "article_clean output");
        if (newsext_article_clean(text, len, &again, &again_len) == NEWSEXT_OK)
            FUZZ_CHECK(again_len == out_len && !memcmp(again, out, out_len), "article_clean is deterministic");
        newsext_free(again);
    } else {
        fuzz_check_error(rc, "article_clean status");
    }
    newsext_free(out);

    fuzz_check_article_meta(text, len);
    newsext_free(text);
    return 0;
}
