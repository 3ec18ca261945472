#!/bin/sh
# Installs the Debian packages newsext needs to build and test, or, when not
# root, prints the exact command and fails. Called once by `make` (stamp file).
set -e
need=""
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
for p in pkg-config sqlite3 libsqlite3-dev libutf8proc-dev libpcre2-dev libxml2-dev \
         zlib1g-dev libcmocka-dev python3 time; do
    have_pkg "$p" || need="$need $p"
done
[ -z "$need" ] && exit 0
if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: not a Debian system; install the equivalents of:$need" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: missing Debian packages. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y$need" >&2
    exit 1
fi
echo "deps: installing$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends$need >/dev/null
