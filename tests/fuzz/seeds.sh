#!/bin/sh
# Writes the seed corpus of every fuzz target into OUT/<target>/, generated
# from tests/corpus (never copied into the repository) plus a few inputs
# written here that reach paths the corpus does not: other charsets, a
# multi-member and a damaged gzip stream, names and date lines.
#
#   sh tests/fuzz/seeds.sh build/fuzz/seeds
set -eu
out=$1
rm -rf "$out"
for t in decode article_html article_text persons person_key dates; do mkdir -p "$out/$t"; done
i=0
find tests/corpus -type f | sort | while read -r f; do
    i=$((i + 1))
    cp "$f" "$out/decode/corpus-$i"
    case "$f" in *.gz) gzip -dc "$f" > "$out/text-$i" ;; *) cp "$f" "$out/text-$i" ;; esac
    for t in article_html article_text persons; do cp "$out/text-$i" "$out/$t/corpus-$i"; done
    { printf '2025-04-22\n'; cat "$out/text-$i"; } > "$out/dates/corpus-$i"
    rm "$out/text-$i"
done
# decode: declared charsets, byte-order marks, gzip variants
printf '<html><head><meta charset="windows-1251"></head><body>\317\360\350\342\345\362</body></html>' \
    > "$out/decode/cp1251"
printf '<?xml version="1.0" encoding="koi8-r"?><html><body>\360\322\311\327\305\324</body></html>' \
    > "$out/decode/koi8"
printf '\377\376h\000i\000 \000\061\004' > "$out/decode/utf16le"
printf '\376\377\000h\000i' > "$out/decode/utf16be"
printf '\357\273\277caf\303\251 \351t\351\000nul' > "$out/decode/bom-invalid"
{ printf 'first member\n' | gzip -c; printf 'second member\n' | gzip -c; } > "$out/decode/two-members.gz"
printf 'truncated stream here' | gzip -c | head -c 20 > "$out/decode/truncated.gz"
# names for person_key
printf 'Volodymyr Zelenskyy' > "$out/person_key/1"
printf 'Mevl\303\274t \303\207avu\305\237o\304\237lu' > "$out/person_key/2"
printf "Conan O'Brien-Smith" > "$out/person_key/3"
printf 'Bashar al-Assad' > "$out/person_key/4"
printf '\320\241\320\265\321\200\320\263\320\265\320\271 \320\233\320\260\320\262\321\200\320\276\320\262' \
    > "$out/person_key/5"
printf 'J.R.R. Tolkien' > "$out/person_key/6"
# dates: references of each accepted shape, and a text of date forms
printf '2025-04-22T09:30:00Z\nOn Tuesday, three years ago, in mid-2019 and the 1990s, every day.\n' \
    > "$out/dates/forms"
printf '2025-04-22 09:30\nFeb. 11, 2015; 11/03/2022; March. 11, 2022; fiscal 2020; 20 minutes.\n' \
    > "$out/dates/forms2"
printf 'not a date\nPublished 11 March 2022. Yesterday the council met.\n' > "$out/dates/published"
# article_html: a page rendered on the client whose JSON-LD articleBody is the article
{
    printf '<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],'
    printf '"articleBody":"<p>First line &amp; more.<\\/p>'
    for k in 1 2 3 4 5 6 7 8; do printf 'The ferry ran late again, \\"the operator\\" said \\u2014 the tide \\ud83c\\udf0a.\\n'; done
    printf '\\ud800 \\u12 \\q end."}]}</script></head><body><div id="app">Loading</div></body></html>'
} > "$out/article_html/jsonld-body"
