#!/bin/sh
# The README's Node example: better-sqlite3 loads newsext. .ci/run installs
# better-sqlite3 from the npm registry into build/node; elsewhere the test
# skips with a message.
so=${NEWSEXT_SO:-./newsext}
modules="$PWD/build/node/node_modules"
if ! command -v node >/dev/null 2>&1 || [ ! -f "$modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
    echo "skipped: needs node and better-sqlite3 in build/node (npm install --prefix build/node better-sqlite3)"
    exit 77
fi
# Node is not built with ASan: leak checks would report it, not us.
LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0" \
    NODE_PATH="$modules" node tests/host/node/host.js "$so.so"
