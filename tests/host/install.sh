#!/bin/sh
# make install honours PREFIX and DESTDIR, the installed header and static
# library build a program without SQLite, and make uninstall leaves nothing.
set -eu
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
make -s install DESTDIR="$d/stage" PREFIX=/opt/nx > /dev/null
for f in /opt/nx/lib/newsext.so /opt/nx/lib/libnewsext.a /opt/nx/include/newsext.h; do
    [ -f "$d/stage$f" ] || { echo "missing $f"; exit 1; }
done
cat > "$d/host.c" <<'C'
#include <newsext.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    char *out; size_t n;
    if (newsext_utf8_sanitize("a\377b", 3, &out, &n) != NEWSEXT_OK) return 1;
    int ok = n == 5 && !strcmp(out, "a\xEF\xBF\xBD" "b");
    newsext_free(out);
    printf("%s %s\n", newsext_version(), ok ? "ok" : "bad");
    return !ok;
}
C
cc -I"$d/stage/opt/nx/include" -o "$d/host" "$d/host.c" "$d/stage/opt/nx/lib/libnewsext.a" \
    $(pkg-config --libs libutf8proc libpcre2-8 libxml-2.0 zlib) -lpthread
"$d/host"
make -s uninstall DESTDIR="$d/stage" PREFIX=/opt/nx > /dev/null
left=$(find "$d/stage" -type f | wc -l)
[ "$left" -eq 0 ] || { echo "uninstall left files:"; find "$d/stage" -type f; exit 1; }
