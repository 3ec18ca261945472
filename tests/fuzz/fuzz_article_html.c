/*
** fuzz_article_html.c — article_clean and article_meta on HTML.
**
** The input is sanitized to UTF-8 and prefixed with a doctype, so the
** sniffer always takes the HTML path (libxml2 parsing, block scoring,
** JSON-LD and meta tags); fuzz_article_text covers the text path.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char doctype[] = "<!DOCTYPE html>";
    size_t text_len;
    char *text = fuzz_text(data, size, &text_len);
    size_t len = sizeof doctype - 1 + text_len;
    char *page = malloc(len + 1);
    if (!page) abort();
    memcpy(page, doctype, sizeof doctype - 1);
    memcpy(page + sizeof doctype - 1, text, text_len + 1);
    newsext_free(text);
    FUZZ_CHECK(newsext_sniff_format(page, len) == NEWSEXT_FORMAT_HTML, "a doctype makes HTML");

    char *out = NULL;
    size_t out_len = 0;
    int rc = newsext_article_clean(page, len, &out, &out_len);
    if (rc == NEWSEXT_OK) fuzz_check_string(out, out_len, "article_clean output");
    else fuzz_check_error(rc, "article_clean status");
    newsext_free(out);

    fuzz_check_article_meta(page, len);
    free(page);
    return 0;
}
