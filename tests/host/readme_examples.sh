#!/bin/sh
# README.md stays true: its SQL examples give the outputs it shows.
LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
    exec python3 tests/host/readme_examples.py
