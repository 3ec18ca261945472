#!/bin/sh
# Out of memory inside SQL calls gives SQLITE_NOMEM or the right answer,
# never a crash, a wrong answer or a leak (tests/oom/sql_oom.c). The
# release flavour runs the release build, the sanitized flavour the
# ASan+UBSan build with leak checking.
set -u
flavour=rel
[ -z "${NEWSEXT_PRELOAD:-}" ] || flavour=san
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s "build/$flavour/sql_oom" || exit 1
ASAN_OPTIONS="detect_leaks=1" "build/$flavour/sql_oom" tests/corpus
