"""Builds the inputs of tests/bench/scaling.sh: for each size in MB, one
HTML page and one plain text of that size, made by repeating the pages of
tests/corpus (an article's paragraphs inside one page, with page furniture
between them), stored in DB as inputs(kind, mb, doc), and the HTML also as
a file DIR/page-MB.html and gzipped as DIR/page-MB.html.gz.

    python3 tests/bench/scaling_inputs.py DIR 1 10 100
"""
import gzip, os, re, sqlite3, sys

out_dir, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
texts, paragraphs = [], []
for root, dirs, names in os.walk('tests/corpus'):
    dirs[:] = [d for d in dirs if not d.startswith('.')]
    for name in sorted(names):
        if name.startswith('.'):
            continue
        data = open(os.path.join(root, name), 'rb').read()
        if name.endswith('.gz'):
            data = gzip.decompress(data)
        if name.endswith('.txt'):
            try:
                text = data.decode('utf-8')
            except UnicodeDecodeError:  # the corpus has a windows-1252 page
                text = data.decode('cp1252')
            texts.append(text)
            paragraphs += [p.strip() for p in text.split('\n\n') if len(p.strip()) > 80]
paragraphs = [re.sub(r'\s+', ' ', p).replace('&', '&amp;').replace('<', '&lt;') for p in paragraphs]
furniture = ('<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
             '<aside class="related"><a href="/a">Read more</a></aside>')

def html_of(size):
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Scaling test page</title>'
            '</head><body><article><h1>Scaling test page</h1>')
    tail = '</article><footer>Subscribe to our newsletter</footer></body></html>'
    parts, n, i = [head], len(head) + len(tail), 0
    while n < size:
        block = '<p>%s</p>' % paragraphs[i % len(paragraphs)]
        if i % 10 == 9:
            block += furniture
        parts.append(block)
        n += len(block.encode('utf-8'))
        i += 1
    parts.append(tail)
    return ''.join(parts)

def text_of(size):
    parts, n, i = [], 0, 0
    while n < size:
        block = texts[i % len(texts)] + '\n\n'
        parts.append(block)
        n += len(block.encode('utf-8'))
        i += 1
    return ''.join(parts)

os.makedirs(out_dir, exist_ok=True)
db = sqlite3.connect(os.path.join(out_dir, 'inputs.db'))
db.execute('CREATE TABLE IF NOT EXISTS inputs (kind TEXT, mb INTEGER, doc TEXT, PRIMARY KEY (kind, mb))')
for mb in sizes:
    html, text = html_of(mb * 1000000), text_of(mb * 1000000)
    db.execute('INSERT OR REPLACE INTO inputs VALUES (?, ?, ?)', ('html', mb, html))
    db.execute('INSERT OR REPLACE INTO inputs VALUES (?, ?, ?)', ('text', mb, text))
    with open(os.path.join(out_dir, 'page-%d.html' % mb), 'w', encoding='utf-8') as f:
        f.write(html)
    with gzip.open(os.path.join(out_dir, 'page-%d.html.gz' % mb), 'wt', encoding='utf-8', compresslevel=6) as f:
        f.write(html)
db.commit()
