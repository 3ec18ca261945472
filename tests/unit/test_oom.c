/*
** test_oom.c — every C API entry point under allocation failure.
**
** A counting allocator (newsext_set_allocator) fails the Nth allocation,
** for N = 1, 2, ... until a call completes without reaching N, in two
** modes: only the Nth fails (the code must recover or report it), and the
** Nth and every later one fail (memory is gone). Each call must then
** return NEWSEXT_NOMEM with no output, or its normal status with exactly
** the normal output (an allocation it could do without), and free every
** block it allocated: the allocator counts live blocks, so a leak on any
** error path fails here even in the release build (the sanitized build
** adds LeakSanitizer for memory from other allocators).

*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "newsext.h"

/* ---- the failing allocator ---- */

static long n_allocs;     /* allocations so far */
static long fail_at;      /* the allocation that fails first; 0: none */
static int fail_after;    /* nonzero: every allocation from fail_at on fails */
static long live_blocks;  /* allocated and not yet freed */

static int should_fail(void) {
    n_allocs++;
    if (!fail_at) return 0;
    return fail_after ? n_allocs >= fail_at : n_allocs == fail_at;
}
static void *test_malloc_fn(size_t n) {
    if (should_fail()) return NULL;
    void *p = malloc(n);
    if (p) live_blocks++;
    return p;
}
static void *test_realloc_fn(void *p, size_t n) {
    if (should_fail()) return NULL;
    void *q = realloc(p, n);
    if (q && !p) live_blocks++;
    return q;
}
static void test_free_fn(void *p) {
    if (p) live_blocks--;
    free(p);
}
static const newsext_allocator counting = {test_malloc_fn, test_realloc_fn, test_free_fn};

/* ---- inputs (written for this test) ---- */

static const char html_page[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Harbour council approves new ferry pier | The Coast Gazette</title>"
    "<meta property=\"og:site_name\" content=\"The Coast Gazette\">"
    "<meta property=\"article:published_time\" content=\"2024-03-12T08:15:00Z\">"
    "<link rel=\"canonical\" href=\"https://example.org/2024/03/ferry-pier\">"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour council "
    "approves new ferry pier\",\"author\":{\"name\":\"Ines Moreau\"},\"datePublished\":\"2024-03-12\"}</script>"
    "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>"
    "<h1>Harbour council approves new ferry pier</h1><p class=\"byline\">By Ines Moreau</p>"
    "<p>The harbour council voted on Monday to build a second ferry pier, Mayor Tomás Ørsted said, "
    "ending a debate that began in the summer of 2021.</p>"
    "<p>Work starts on 4 April and should take eighteen months. Councillor Anna-Lena Björk voted "
    "against; she said the plan ignores the fishing fleet.</p>"
    "<figure><img src=\"p.jpg\"><figcaption>The old pier in 1998. Photo: J. Smith</figcaption></figure>"
    "<ul><li>Cost: 12 million</li><li>Opening: spring 2026</li></ul></article>"
    "<aside>Support our journalism. Subscribe today!</aside><footer>© 2024</footer></body></html>";

static const char text_page[] =
    "Rail strike halts trains across the north\n\n"
    "Published 11 March 2024\n\n"
    "By Daniel Okafor\n\n"
    "Train drivers walked out on Tuesday morning, union leader Maria Kowalczyk told reporters, after "
    "talks with the operator broke down last week.\n\n"
    "Transport minister Sergei Ivanov called the strike \"deeply regrettable\" and said a new offer "
    "would be made within 48 hours. Ivanov's office did not say what it would contain.\n\n"
    "The last strike, in February 2023, lasted three days.\n\n"
    "Read more: Weather warnings for the weekend\n";

/* Built by setup: large enough that buffers grow several times. */
static char gz_two_members[8192];
static size_t gz_two_members_len;
static char long_text[200 * sizeof text_page];
static char long_cp1252[20000];

/* ---- one call of each entry point, its output rendered as text ---- */

typedef struct result {
    int status;
    char out[8192];
} result;

static void put(result *r, const char *fmt, ...) {
    size_t n = strlen(r->out);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->out + n, sizeof r->out - n, fmt, ap);
    va_end(ap);
}

/* For calls that hand back one buffer: on failure it must be NULL.
** (Call first, then pass the status: argument order is unspecified.) */
static void take_buffer(result *r, int status, char *buf, size_t len) {
    r->status = status;
    if (status == NEWSEXT_OK) {
        assert_non_null(buf);
        assert_int_equal(buf ? strlen(buf) : (size_t)-1, len);
        put(r, "%s", buf);
    } else {
        assert_null(buf);
    }
    newsext_free(buf);
}

static void call_sanitize(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_utf8_sanitize("caf\xE9 \0 ok \xE2\x82", 12, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_gunzip(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_gunzip(gz_two_members, gz_two_members_len, 1 << 20, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_decode_meta_charset(result *r) {
    static const char page[] = "<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2"
                               "</body></html>";
    char *out = NULL;
    size_t n = 0;
    const char *cs = NULL;
    int rc = newsext_decode(page, sizeof page - 1, &out, &n, &cs);
    take_buffer(r, rc, out, n);
    if (r->status == NEWSEXT_OK) put(r, "|%s", cs);
}
static void call_decode_utf16(result *r) {
    static const char page[] = "\xff\xfeh\0i\0 \0\x31\x04";
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_decode(page, sizeof page - 1, &out, &n, NULL);
    take_buffer(r, rc, out, n);
}
static void call_decode_fallback(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_decode(long_cp1252, sizeof long_cp1252 - 1, &out, &n, NULL);
    take_buffer(r, rc, out, n);
}
static void call_sniff(result *r) {
    r->status = NEWSEXT_OK;
    put(r, "%d%d", (int)newsext_sniff_format(html_page, sizeof html_page - 1),
        (int)newsext_sniff_format(text_page, sizeof text_page - 1));
}
static void call_clean_html(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_article_clean(html_page, sizeof html_page - 1, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_clean_text(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_article_clean(text_page, sizeof text_page - 1, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_meta_html(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_article_meta(html_page, sizeof html_page - 1, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_meta_text(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_article_meta(text_page, sizeof text_page - 1, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_person_mentions(result *r) {
    newsext_person_mention *m = NULL;
    size_t count = 0;
    r->status = newsext_person_mentions(text_page, sizeof text_page - 1, &m, &count);
    if (r->status != NEWSEXT_OK) {
        assert_null(m);
        return;
    }
    for (size_t i = 0; i < count; i++)
        put(r, "%zu+%zu %s|%s|%s\n", m[i].start, m[i].length, m[i].name, m[i].mention,
            m[i].role ? m[i].role : "-");
    newsext_person_mentions_free(m, count);
}
static void call_extract_persons(result *r) {
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_extract_persons(text_page, sizeof text_page - 1, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_person_key(result *r) {
    static const char name[] = "Mevlüt Çavuşoğlu-Zelenskyy";
    char *out = NULL;
    size_t n = 0;
    int rc = newsext_person_key(name, sizeof name - 1, &out, &n);
    take_buffer(r, rc, out, n);
}
static void call_parse_ref(result *r) {
    newsext_date_ref ref = {0, 0, 0, 0, 0};
    r->status = newsext_parse_ref("2025-04-22T09:30:00Z", 20, &ref);
    put(r, "%d-%d-%d %d:%d", ref.year, ref.month, ref.day, ref.hour, ref.minute);
}
static void date_mentions_with(result *r, const newsext_date_ref *ref) {
    newsext_date_mention *m = NULL;
    size_t count = 0;
    r->status = newsext_date_mentions(text_page, sizeof text_page - 1, ref, &m, &count);
    if (r->status != NEWSEXT_OK) {
        assert_null(m);
        return;
    }
    for (size_t i = 0; i < count; i++)
        put(r, "%zu+%zu %s %s %s\n", m[i].start, m[i].length, newsext_timex_type_name(m[i].type), m[i].value,
            m[i].mod ? m[i].mod : "-");
    newsext_free(m);
}
static void call_date_mentions_ref(result *r) {
    newsext_date_ref ref = {2024, 3, 12, -1, -1};
    date_mentions_with(r, &ref);
}
static void call_date_mentions_noref(result *r) { date_mentions_with(r, NULL); }
static void call_event_date(result *r) {
    newsext_date_ref ref = {2024, 3, 12, 8, 15};
    char out[11] = "";
    r->status = newsext_event_date(text_page, sizeof text_page - 1, &ref, out);
    if (r->status != NEWSEXT_OK) return;
    put(r, "%s", out);
    r->status = newsext_event_date(text_page, sizeof text_page - 1, NULL, out);
    if (r->status == NEWSEXT_OK) put(r, "|%s", out);
}

/* ---- the sweep ---- */

static result expected, got;

/* Runs call with the Nth allocation failing, for every N that the call
** reaches, in both modes. */
static void sweep(void (*call)(result *)) {
    fail_at = 0;
    memset(&expected, 0, sizeof expected);
    long live_before = live_blocks;
    n_allocs = 0;
    call(&expected);
    long needed = n_allocs;
    assert_int_equal(live_blocks, live_before);
    assert_int_equal(expected.status, NEWSEXT_OK);
    print_message("%ld allocations, each failed alone and with all later ones\n", needed);
    for (fail_after = 0; fail_after <= 1; fail_after++)
        for (fail_at = 1; fail_at <= needed + 1; fail_at++) {
            memset(&got, 0, sizeof got);
            n_allocs = 0;
            call(&got);
            int reached = n_allocs >= fail_at;
            long at = fail_at;
            fail_at = 0; /* cmocka's own messages must not fail */
            if (got.status == NEWSEXT_NOMEM) {
                if (!reached) fail_msg("NEWSEXT_NOMEM although allocation %ld never came", at);
            } else if (got.status != expected.status || strcmp(got.out, expected.out)) {
                fail_msg("allocation %ld failing (%s) gave status %d and a different result:\n%s\nexpected:\n%s", at,
                         fail_after ? "and all later" : "alone", got.status, got.out, expected.out);
            }
            if (live_blocks != live_before)
                fail_msg("allocation %ld failing (%s): %ld blocks leaked", at, fail_after ? "and all later" : "alone",
                         live_blocks - live_before);
            fail_at = at;
            if (!reached) break;
        }
    fail_at = 0;
}

#define OOM_TEST(fn)                                                                                   \
    static void oom_##fn(void **state) { sweep(call_##fn); }
OOM_TEST(sanitize)
OOM_TEST(gunzip)
OOM_TEST(decode_meta_charset)
OOM_TEST(decode_utf16)
OOM_TEST(decode_fallback)
OOM_TEST(sniff)
OOM_TEST(clean_html)
OOM_TEST(clean_text)
OOM_TEST(meta_html)
OOM_TEST(meta_text)
OOM_TEST(person_mentions)
OOM_TEST(extract_persons)
OOM_TEST(person_key)
OOM_TEST(parse_ref)
OOM_TEST(date_mentions_ref)
OOM_TEST(date_mentions_noref)
OOM_TEST(event_date)

static void gzip_member(const char *text, char *out, size_t cap, size_t *len) {
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (Bytef *)text;
    z.avail_in = (uInt)strlen(text);
    z.next_out = (Bytef *)out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *len = cap - z.avail_out;
    deflateEnd(&z);
}

static int setup(void **state) {
    size_t a, b;
    for (size_t i = 0; i < 200; i++) memcpy(long_text + i * (sizeof text_page - 1), text_page, sizeof text_page - 1);
    static const char cp1252[] = "Caf\xe9 \x93" "cr\xe8me\x94 ";
    for (size_t i = 0; i + 1 < sizeof long_cp1252; i++) long_cp1252[i] = cp1252[i % (sizeof cp1252 - 1)];
    gzip_member(long_text, gz_two_members, sizeof gz_two_members / 2, &a);
    gzip_member("A second member.\n", gz_two_members + a, sizeof gz_two_members - a, &b);
    gz_two_members_len = a + b;
    /* the shared tables are built once, with the normal allocator's
    ** behaviour; the sweeps measure the calls themselves */
    newsext_set_allocator(&counting);
    assert_true(newsext_init() == NEWSEXT_OK);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(oom_sanitize),        cmocka_unit_test(oom_gunzip),
        cmocka_unit_test(oom_decode_meta_charset), cmocka_unit_test(oom_decode_utf16),
        cmocka_unit_test(oom_decode_fallback), cmocka_unit_test(oom_sniff),
        cmocka_unit_test(oom_clean_html),      cmocka_unit_test(oom_clean_text),
        cmocka_unit_test(oom_meta_html),       cmocka_unit_test(oom_meta_text),
        cmocka_unit_test(oom_person_mentions), cmocka_unit_test(oom_extract_persons),
        cmocka_unit_test(oom_person_key),      cmocka_unit_test(oom_parse_ref),
        cmocka_unit_test(oom_date_mentions_ref), cmocka_unit_test(oom_date_mentions_noref),
        cmocka_unit_test(oom_event_date),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
