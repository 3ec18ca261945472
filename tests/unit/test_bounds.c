/* Unit tests of the bounding helpers in ext/util.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "util.h"

static void prefix_ends_on_a_character(void **state) {
    const char *s = "ab\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z"; /* a b é € 😀 z */
    size_t n = strlen(s);
    assert_int_equal(ne_utf8_prefix(s, n, 100), n);   /* short enough: all */
    assert_int_equal(ne_utf8_prefix(s, n, n), n);
    assert_int_equal(ne_utf8_prefix(s, n, 2), 2);     /* before é */
    assert_int_equal(ne_utf8_prefix(s, n, 3), 2);     /* inside é: back to its start */
    assert_int_equal(ne_utf8_prefix(s, n, 4), 4);
    assert_int_equal(ne_utf8_prefix(s, n, 6), 4);     /* inside € */
    assert_int_equal(ne_utf8_prefix(s, n, 10), 7);    /* inside 😀 */
    assert_int_equal(ne_utf8_prefix(s, n, 11), 11);
    assert_int_equal(ne_utf8_prefix(s, n, 0), 0);
    for (size_t max = 0; max <= n; max++)
        assert_true(newsext_utf8_valid(s, ne_utf8_prefix(s, n, max)));
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(prefix_ends_on_a_character)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
