"""Every SQL example in README.md gives the output the README shows.

In a ```sql block, a statement ends with ';' at the end of a line; the lines
after it that start with '-- ' are its expected output, one line each
(a bare '--' is an empty line; '-- Runtime error: MESSAGE' expects an error containing MESSAGE). A
statement followed by no such line is run for its effect (.mode, .param).
A block whose first line is '-- not checked' is skipped; one whose first
line is '-- in demo.db' runs on the database `make demo` builds (made here in
a temporary folder). Statements run in one sqlite3 shell per block, from the
project folder, with newsext loaded.

In a plain ``` block, a line starting with '$ sqlite3 ' is a shell command
(demo.db in it means the demo database); the lines after it are its expected
output. It runs from the
project folder on a fresh copy of the demo database. With --update, the
outputs of such commands are rewritten in README.md from what they print."""
import os
import difflib
import re
import subprocess
import sys
import tempfile

so = os.environ.get("NEWSEXT_SO", "./newsext")
env = dict(os.environ, LD_PRELOAD=os.environ.get("NEWSEXT_PRELOAD", ""),
           ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0")
text = open("README.md", encoding="utf-8").read()
fenced, lang, body = [], None, []
for line in text.split("\n"):
    if line.startswith("```"):
        if lang is None:
            lang, body = line[3:].strip(), []
        else:
            fenced.append((lang, "\n".join(body) + "\n"))
            lang = None
    elif lang is not None:
        body.append(line)
blocks = [b for l, b in fenced if l == "sql"]
tmp = tempfile.TemporaryDirectory()
demo_db = os.path.join(tmp.name, "demo.db")
subprocess.run(["sqlite3", demo_db, "-cmd", ".load " + so, "-cmd", ".param set :root 'tests/corpus'",
                "-cmd", ".param set :quiet 1"], stdin=open("sql/ingest.sql"), capture_output=True,
               check=True, env=env)
checked = failed = 0
for block in blocks:
    lines = block.split("\n")
    if lines[0].startswith("-- not checked"):
        continue
    db = demo_db if lines[0].startswith("-- in demo.db") else ":memory:"
    cases, stmt, expected = [], [], None
    for line in lines:
        if expected is not None and (line.startswith("-- ") or line == "--"):
            expected.append(line[3:])  # a bare '--' is an empty output line
            continue
        if expected is not None:
            cases.append(("\n".join(stmt), expected))
            stmt, expected = [], None
        if not line.strip() or (line.startswith("--") and not stmt):
            continue
        stmt.append(line)
        if line.rstrip().endswith(";") or line.startswith("."):
            expected = []
    if expected is not None:
        cases.append(("\n".join(stmt), expected))
    setup = []
    for sql, want in cases:
        if not want:
            setup.append(sql)
            continue
        script = "\n".join(setup + [".print @@@", sql]) + "\n"
        r = subprocess.run(["sqlite3", "-batch", db, "-cmd", ".load " + so],
                           input=script, capture_output=True, text=True, env=env)
        out = r.stdout.split("@@@\n", 1)[-1].rstrip("\n").split("\n") if r.stdout else [""]
        checked += 1
        if want and want[0].startswith("Runtime error: "):
            ok = want[0][len("Runtime error: "):] in r.stderr
        else:
            ok = out == want and not r.stderr
        if not ok:
            failed += 1
            print("README example differs:\n  " + sql.replace("\n", "\n  "))
            print("  expected: " + repr(want))
            print("  got:      " + repr(out) + (" stderr: " + r.stderr.strip() if r.stderr else ""))
for block in [b for l, b in fenced if l == ""]:
    lines = block.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ sqlite3 "):
            i += 1
            continue
        cmd, want = lines[i][2:], []
        i += 1
        while i < len(lines) and not lines[i].startswith("$ "):
            want.append(lines[i])
            i += 1
        copy = os.path.join(tmp.name, "copy.db")
        subprocess.run(["cp", demo_db, copy], check=True)
        cmd = cmd.replace("./newsext", so).replace("demo.db", copy)
        r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, env=env)
        checked += 1
        got = r.stdout.rstrip("\n").split("\n")
        if got != want and "--update" in sys.argv and not r.stderr:
            shown = lines[i - len(want) - 1]
            old = shown + "\n" + "".join(w + "\n" for w in want if want != [""])
            text = text.replace(old, shown + "\n" + "".join(g + "\n" for g in got))
            print("updated: " + shown)
            continue
        if got != want or r.stderr:
            failed += 1
            print("README command differs: " + lines[i - len(want) - 1])
            for line in difflib.unified_diff(want, got, "README", "actual", lineterm=""):
                print("  " + line)
            if r.stderr:
                print("  stderr: " + r.stderr.strip())
if "--update" in sys.argv:
    open("README.md", "w", encoding="utf-8").write(text)
print(f"{checked} README examples checked, {failed} differ")
sys.exit(1 if failed or not checked else 0)
