#!/bin/sh
# README.md stays true: its SQL examples give the outputs it shows. Python
# only drives; the sanitizer runtime (NEWSEXT_PRELOAD) goes to the sqlite3
# shells it starts, not to the interpreter.
exec python3 tests/host/readme_examples.py
