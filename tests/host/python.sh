#!/bin/sh
# The README's Python example: the standard sqlite3 module loads newsext.
# Some Python builds (pyenv's default, for one) are compiled without
# extension loading; the test looks for one that has it and skips otherwise.
so=${NEWSEXT_SO:-./newsext}
for py in python3 /usr/bin/python3; do
    command -v "$py" >/dev/null 2>&1 || continue
    if "$py" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' 2>/dev/null; then
        # Python itself is not built with ASan: leak checks would report the
        # interpreter, not us.
        LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0" \
            NEWSEXT_SO="$so" "$py" tests/host/python_host.py
        exit $?
    fi
done
echo "skipped: no python3 here has sqlite3 extension loading (enable_load_extension)"
exit 77
