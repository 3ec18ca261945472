/*
** fuzz_decode.c — the decoding behind news_files: gzip, format sniffing,
** character sets, UTF-8 sanitizing, on arbitrary bytes (a file's content).
**
**   make fuzz FUZZ_SECONDS=60      (all targets), or by hand:
**   build/fuzz/fuzz_decode build/fuzz/corpus/decode build/fuzz/seeds/decode
**
** Mirrors sql_files.c: gunzip when the magic number says so (capped, like
** SQLITE_LIMIT_LENGTH caps it), then decode, then sniff the format.
*/
#include "fuzz_common.h"

/* Small cap so "gzip bombs" hit NEWSEXT_TOOBIG quickly. */
#define FUZZ_GUNZIP_MAX (1u << 20)

static void check_decode(const char *bytes, size_t len) {
    char *out = NULL;
    size_t out_len = 0;
    const char *charset = NULL;
    int rc = newsext_decode(bytes, len, &out, &out_len, &charset);
    if (rc != NEWSEXT_OK) {
        fuzz_check_error(rc, "newsext_decode status");
        FUZZ_CHECK(out == NULL, "newsext_decode leaves no buffer on error");
        return;
    }
    fuzz_check_string(out, out_len, "newsext_decode output");
    FUZZ_CHECK(charset && *charset, "newsext_decode names the charset");
    newsext_format f = newsext_sniff_format(out, out_len);
    FUZZ_CHECK(f == NEWSEXT_FORMAT_TEXT || f == NEWSEXT_FORMAT_HTML, "sniffed format");
    newsext_free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *bytes = (const char *)data;
    newsext_format f = newsext_sniff_format(bytes, size);
    FUZZ_CHECK(f == NEWSEXT_FORMAT_TEXT || f == NEWSEXT_FORMAT_HTML, "sniffed format of raw bytes");

    /* sanitize: valid output; valid input comes back unchanged */
    char *clean = NULL;
    size_t clean_len = 0;
    FUZZ_CHECK(newsext_utf8_sanitize(bytes, size, &clean, &clean_len) == NEWSEXT_OK, "sanitize");
    fuzz_check_string(clean, clean_len, "sanitize output");
    if (newsext_utf8_valid(bytes, size))
        FUZZ_CHECK(clean_len == size && !memcmp(clean, bytes, size), "sanitize keeps valid text");
    newsext_free(clean);

    if (newsext_is_gzip(bytes, size)) {
        char *plain = NULL;
        size_t plain_len = 0;
        int rc = newsext_gunzip(bytes, size, FUZZ_GUNZIP_MAX, &plain, &plain_len);
        if (rc == NEWSEXT_OK) {
            FUZZ_CHECK(plain && plain_len <= FUZZ_GUNZIP_MAX, "gunzip respects max_out");
            check_decode(plain, plain_len);
            newsext_free(plain);
        } else {
            FUZZ_CHECK(rc == NEWSEXT_CORRUPT || rc == NEWSEXT_TOOBIG || rc == NEWSEXT_NOMEM, "gunzip status");
            FUZZ_CHECK(plain == NULL && plain_len == 0, "gunzip leaves no buffer on error");
        }
    }
    check_decode(bytes, size);
    return 0;
}
