#!/bin/sh
# Smoke run of every libFuzzer target (tests/fuzz): replays the saved
# regression inputs, then fuzzes each target for FUZZ_SMOKE_SECONDS (2).
# `make fuzz FUZZ_SECONDS=N` is the long run.
#
# The fuzzers carry their own ASan+UBSan build, so this runs in the release
# flavour only: in the sanitized flavour (NEWSEXT_PRELOAD set) it passes
# at once instead of repeating the same work.
[ -z "${NEWSEXT_PRELOAD:-}" ] || exit 0
command -v clang > /dev/null 2>&1 || { echo "skipped: clang is not installed"; exit 77; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }\n' > "$d/t.c"
clang -fsanitize=fuzzer -o "$d/t" "$d/t.c" > /dev/null 2>&1 ||
    { echo "skipped: clang has no libFuzzer runtime (libclang_rt.fuzzer)"; exit 77; }
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s fuzz-build || exit 1
# A fresh corpus each time: the one long runs grow in build/fuzz/corpus
# would make the start-up replay, and so this test, ever slower.
FUZZ_CORPUS_DIR="$d/corpus" sh tests/fuzz/run.sh "${FUZZ_SMOKE_SECONDS:-2}"
