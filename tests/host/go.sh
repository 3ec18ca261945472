#!/bin/sh
# The README's Go example: database/sql with github.com/mattn/go-sqlite3
# loads newsext. Needs Debian's golang-go and golang-github-mattn-go-sqlite3-dev
# (installed by .ci/run); skips with a message where they are absent.
so=${NEWSEXT_SO:-./newsext}
src=/usr/share/gocode/src/github.com/mattn/go-sqlite3
if ! command -v go >/dev/null 2>&1 || [ ! -d "$src" ]; then
    echo "skipped: needs golang-go and golang-github-mattn-go-sqlite3-dev"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Debian ships Go libraries as a GOPATH tree; no module download happens.
export GOPATH=/usr/share/gocode GO111MODULE=off GOFLAGS= GOCACHE="$PWD/build/gocache"
go build -o "$tmp/host" tests/host/go/main.go || exit 1
# The Go runtime is not built with ASan: leak checks would report it, not us.
LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0" "$tmp/host" "$so"
