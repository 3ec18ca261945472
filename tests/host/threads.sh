#!/bin/sh
# Many threads, one connection each, every SQL function on the same inputs:
# results must equal the single-threaded ones (tests/threads/threads.c).
# In the release flavour it also runs the ThreadSanitizer build of the
# extension (build/tsan/newsext.so), which fails on any data race; the
# sanitized flavour runs the program against the ASan build instead.
set -u
so=${NEWSEXT_SO:-./newsext}
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s build/rel/threads || exit 1
LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
    build/rel/threads "$so" tests/corpus 8 10 || exit 1
[ -z "${NEWSEXT_PRELOAD:-}" ] || exit 0
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s threads-build || exit 1
TSAN_OPTIONS="halt_on_error=1 exitcode=66" build/tsan/threads build/tsan/newsext tests/corpus 8 5
