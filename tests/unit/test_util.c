/* Unit tests of the shared helpers and decoding (ext/util.c, ext/decode.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "util.h"

/* The validator decodes sequences inline: it must agree with
** ne_utf8_decode on every lead byte with every second and third byte (and
** the fourth bytes that matter), alone, cut short and after a block of
** ASCII. */
static int valid_by_decoding(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int32_t cp;
        if (!s[i]) return 0;
        i += (size_t)ne_utf8_decode(s + i, n - i, &cp);
        if (cp < 0) return 0;
    }
    return 1;
}

static void utf8_validation_agrees_with_decoding(void **state) {
    unsigned char buf[24];
    memset(buf, 'a', 16);
    static const unsigned char fourth[] = {0x00, 0x41, 0x80, 0xBF, 0xC0};
    for (unsigned b0 = 0x80; b0 <= 0xFF; b0++)
        for (unsigned b1 = 0; b1 <= 0xFF; b1++)
            for (unsigned b2 = 0; b2 <= 0xFF; b2++)
                for (size_t f = 0; f < (b0 >= 0xF0 ? sizeof fourth : 1); f++) {
                    unsigned char *seq = buf + 16;
                    seq[0] = (unsigned char)b0, seq[1] = (unsigned char)b1, seq[2] = (unsigned char)b2;
                    seq[3] = fourth[f];
                    size_t n = b0 >= 0xF0 ? 4 : 3;
                    int want = valid_by_decoding(seq, n), want_cut = valid_by_decoding(seq, n - 1);
                    if (newsext_utf8_valid((const char *)seq, n) != want ||
                        newsext_utf8_valid((const char *)buf, 16 + n) != want ||
                        newsext_utf8_valid((const char *)seq, n - 1) != want_cut)
                        fail_msg("disagree on %02X %02X %02X %02X", b0, b1, b2, seq[3]);
                }
}

static void utf8_validation(void **state) {
    assert_true(newsext_utf8_valid("plain ascii", 11));
    assert_true(newsext_utf8_valid("Çavuşoğlu Зеленский", strlen("Çavuşoğlu Зеленский")));
    assert_false(newsext_utf8_valid("a\0b", 3));
    assert_false(newsext_utf8_valid("\xC0\xAF", 2));          /* overlong */
    assert_false(newsext_utf8_valid("\xED\xA0\x80", 3));      /* surrogate */
    assert_false(newsext_utf8_valid("\xF4\x90\x80\x80", 4));  /* > U+10FFFF */
    assert_false(newsext_utf8_valid("abcdefgh\xE2\x82", 10)); /* truncated after a word */
}

static void sanitize_replaces_and_drops(void **state) {
    char *out;
    size_t n;
    assert_int_equal(newsext_utf8_sanitize("a\xFF" "b\0c\xE2\x82", 7, &out, &n), NEWSEXT_OK);
    assert_string_equal(out, "a\xEF\xBF\xBD" "bc\xEF\xBF\xBD");
    assert_int_equal(n, strlen(out));
    newsext_free(out);
}

static void charpos_counts_characters(void **state) {
    const char *t = "Zé Зе x";
    ne_charpos c;
    ne_charpos_init(&c, t);
    assert_int_equal(ne_charpos_at(&c, 0), 0);
    assert_int_equal(ne_charpos_at(&c, 3), 2);  /* after "Zé" */
    assert_int_equal(ne_charpos_at(&c, 8), 5);  /* after "Zé Зе" */
    assert_int_equal(ne_charpos_at(&c, 10), 7);
}

static void json_string_escapes(void **state) {
    ne_buf b;
    ne_buf_init(&b);
    ne_buf_json_string(&b, "a\"b\\c\nd\x01é", strlen("a\"b\\c\nd\x01é"));
    char *out;
    assert_int_equal(ne_buf_finish(&b, &out, NULL), NEWSEXT_OK);
    assert_string_equal(out, "\"a\\\"b\\\\c\\nd\\u0001é\"");
    newsext_free(out);
}

static void nfc_composes_only_when_needed(void **state) {
    char *out;
    size_t n;
    assert_int_equal(ne_nfc("Cafe\xCC\x81", 6, &out, &n), NEWSEXT_OK); /* e + combining acute */
    assert_string_equal(out, "Caf\xC3\xA9");
    newsext_free(out);
    assert_int_equal(ne_nfc("Café", strlen("Café"), &out, &n), NEWSEXT_OK);
    assert_string_equal(out, "Café");
    newsext_free(out);
}

static void fold_strips_case_and_marks(void **state) {
    ne_buf b;
    ne_buf_init(&b);
    ne_fold(&b, "Mevlüt ÇAVUŞOĞLU", strlen("Mevlüt ÇAVUŞOĞLU"));
    char *out;
    assert_int_equal(ne_buf_finish(&b, &out, NULL), NEWSEXT_OK);
    assert_string_equal(out, "mevlut cavusoglu");
    newsext_free(out);
}

static void strmap_roundtrip(void **state) {
    ne_strmap *m = ne_strmap_new(2);
    assert_non_null(m);
    char key[16];
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        assert_int_equal(ne_strmap_put(m, key, (size_t)n, i), 0);
    }
    int v = -1;
    assert_true(ne_strmap_get(m, "k777", 4, &v));
    assert_int_equal(v, 777);
    assert_false(ne_strmap_get(m, "k1000", 5, NULL));
    assert_int_equal(ne_strmap_count(m), 1000);
    ne_strmap_free(m);
}

static void sniff_format(void **state) {
    const char *html = "<!DOCTYPE html><html><body><p>x</p></body></html>";
    assert_int_equal(newsext_sniff_format(html, strlen(html)), NEWSEXT_FORMAT_HTML);
    const char *frag = "  <div class=a>text</div>";
    assert_int_equal(newsext_sniff_format(frag, strlen(frag)), NEWSEXT_FORMAT_HTML);
    const char *text = "Putin said 3 < 4 and\nnothing else.";
    assert_int_equal(newsext_sniff_format(text, strlen(text)), NEWSEXT_FORMAT_TEXT);
}

static void decode_windows1251_meta(void **state) {
    /* "Путин" in windows-1251 */
    const char page[] = "<html><head><meta charset=\"windows-1251\"></head><body>\xCF\xF3\xF2\xE8\xED</body></html>";
    char *out;
    size_t n;
    const char *cs;
    assert_int_equal(newsext_decode(page, sizeof page - 1, &out, &n, &cs), NEWSEXT_OK);
    assert_string_equal(cs, "WINDOWS-1251");
    assert_non_null(strstr(out, "Путин"));
    newsext_free(out);
}

static void decode_http_equiv_koi8r(void **state) {
    const char page[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                        "</head><body>\xF0\xD5\xD4\xC9\xCE</body></html>";
    char *out;
    size_t n;
    const char *cs;
    assert_int_equal(newsext_decode(page, sizeof page - 1, &out, &n, &cs), NEWSEXT_OK);
    assert_string_equal(cs, "KOI8-R");
    assert_non_null(strstr(out, "Путин"));
    newsext_free(out);
}

static void decode_boms_and_fallback(void **state) {
    char *out;
    size_t n;
    const char *cs;
    const char le[] = "\xFF\xFEP\0i\0";
    assert_int_equal(newsext_decode(le, 6, &out, &n, &cs), NEWSEXT_OK);
    assert_string_equal(cs, "UTF-16LE");
    assert_string_equal(out, "Pi");
    newsext_free(out);
    const char bom8[] = "\xEF\xBB\xBFok";
    assert_int_equal(newsext_decode(bom8, 5, &out, &n, &cs), NEWSEXT_OK);
    assert_string_equal(out, "ok");
    newsext_free(out);
    /* undeclared and not UTF-8: windows-1252 (0x93/0x94 are curly quotes) */
    const char cp[] = "\x93" "Caf\xE9\x94";
    assert_int_equal(newsext_decode(cp, 6, &out, &n, &cs), NEWSEXT_OK);
    assert_string_equal(cs, "WINDOWS-1252");
    assert_string_equal(out, "“Café”");
    newsext_free(out);
    /* declared UTF-8 with a bad byte and a NUL */
    const char bad[] = "<html><meta charset=utf-8>a\xFF\0b";
    assert_int_equal(newsext_decode(bad, sizeof bad - 1, &out, &n, &cs), NEWSEXT_OK);
    assert_true(newsext_utf8_valid(out, n));
    assert_non_null(strstr(out, "a\xEF\xBF\xBD" "b"));
    newsext_free(out);
}

static void gunzip_members_and_limits(void **state) {
    const char *text = "hello gzip world";
    unsigned char gz[256];
    size_t total = 0;
    for (int member = 0; member < 2; member++) { /* two concatenated members */
        z_stream z;
        memset(&z, 0, sizeof z);
        assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
        z.next_in = (Bytef *)text;
        z.avail_in = (uInt)strlen(text);
        z.next_out = gz + total;
        z.avail_out = (uInt)(sizeof gz - total);
        assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
        total += z.total_out;
        deflateEnd(&z);
    }
    char *out;
    size_t n;
    assert_true(newsext_is_gzip((char *)gz, total));
    assert_int_equal(newsext_gunzip((char *)gz, total, 1000, &out, &n), NEWSEXT_OK);
    assert_string_equal(out, "hello gzip worldhello gzip world");
    newsext_free(out);
    assert_int_equal(newsext_gunzip((char *)gz, total, 10, &out, &n), NEWSEXT_TOOBIG);
    assert_null(out);
    assert_int_equal(newsext_gunzip((char *)gz, total / 2 - 4, 1000, &out, &n), NEWSEXT_CORRUPT);
    assert_null(out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_validation),
        cmocka_unit_test(utf8_validation_agrees_with_decoding),
        cmocka_unit_test(sanitize_replaces_and_drops),
        cmocka_unit_test(charpos_counts_characters),
        cmocka_unit_test(json_string_escapes),
        cmocka_unit_test(nfc_composes_only_when_needed),
        cmocka_unit_test(fold_strips_case_and_marks),
        cmocka_unit_test(strmap_roundtrip),
        cmocka_unit_test(sniff_format),
        cmocka_unit_test(decode_windows1251_meta),
        cmocka_unit_test(decode_http_equiv_koi8r),
        cmocka_unit_test(decode_boms_and_fallback),
        cmocka_unit_test(gunzip_members_and_limits),
    };
    assert_int_equal(newsext_init(), NEWSEXT_OK);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
