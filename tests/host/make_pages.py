"""Writes N small pages into DST, made from the pages under SRC: copy i of
a page gets a line saying so (so every page has its own content hash) and
goes into DST/batchNNN/, 100 pages a folder; .gz pages stay gzipped.

    python3 tests/host/make_pages.py tests/corpus /tmp/pages 5000 [START]

START (default 0) numbers the copies from there, to add new pages later.
"""
import os, sys, gzip
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = int(sys.argv[4]) if len(sys.argv) > 4 else 0
files = []
for root, dirs, names in os.walk(src):
    dirs[:] = [d for d in dirs if not d.startswith('.')]
    files += [os.path.join(root, f) for f in names if not f.startswith('.')]
files.sort()
pages = []
for f in files:
    data = open(f, 'rb').read()
    gz = f.endswith('.gz')
    pages.append((os.path.basename(f), gzip.decompress(data) if gz else data, gz))
for i in range(start, start + n):
    name, data, gz = pages[i % len(pages)]
    folder = os.path.join(dst, 'batch%03d' % (i // 100))
    os.makedirs(folder, exist_ok=True)
    body = data + b'\nCopy %d of this page.\n' % i
    path = os.path.join(folder, '%05d-%s' % (i, name))
    with open(path, 'wb') as out:
        out.write(gzip.compress(body, mtime=0) if gz else body)
