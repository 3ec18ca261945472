"""Every SQL example in README.md gives the output the README shows.

In a ```sql block, a statement ends with ';' at the end of a line; the lines
after it that start with '-- ' are its expected output, one line each
(a bare '--' is an empty line; '-- Runtime error: MESSAGE' expects an error containing MESSAGE). A
statement followed by no such line is run for its effect (.mode, .param).
A block whose first line is '-- not checked' is skipped; one whose first
line is '-- in demo.db' runs on the database `make demo` builds (made here in
a temporary folder). Statements run in one sqlite3 shell per block, from the
project folder, with newsext loaded."""
import os
import re
import subprocess
import sys
import tempfile

so = os.environ.get("NEWSEXT_SO", "./newsext")
env = dict(os.environ, LD_PRELOAD=os.environ.get("NEWSEXT_PRELOAD", ""),
           ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0")
text = open("README.md", encoding="utf-8").read()
blocks = re.findall(r"```sql\n(.*?)```", text, re.S)
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
print(f"{checked} README examples checked, {failed} differ")
sys.exit(1 if failed or not checked else 0)
