#!/usr/bin/env python3
"""gen_person_lexicon.py — derives the person-name tables in data/ from the
openly licensed lexicons in ../shared/lexicons (see data/persons_SOURCES.md).

    python3 tools/gen_person_lexicon.py [LEXICON_DIR]

Writes, one folded form per line (NFKD, marks dropped, case-folded — the
same folding ne_fold does at run time, so lookups are exact):
  data/persons_given.txt     given names (US Census 1990, faker-js, popular
                             names by country, in Latin or Cyrillic script)
  data/persons_surnames.txt  surnames and other name parts (US Census 1990
                             up to rank SURNAME_MAX_RANK, faker-js, popular
                             surnames by country, cspell people names)
  data/persons_context.tsv   titles, honorifics, role nouns, particles and
                             suffixes (person_context_words.tsv, CC0)
  data/persons_surname_first.txt  Chinese and Korean surnames, which come
                             before the given name ("Wang Donghai" is then
                             "Wang"): popular surnames of CN, TW and KR
                             (romanised) and faker-js's en_HK surnames
  data/persons_english.txt   common English words written in lower case:
                             SCOWL sizes 10 to 35 (Debian package scowl,
                             /usr/share/dict/scowl; licence in
                             data/LICENSES/LICENSE.scowl.txt)
The generated files are committed; the build never runs this script.
Hand-written tables (places, organisations, stop words, transliteration
rules) live in data/persons_words.tsv and data/persons_key_rules.tsv.
"""
import csv
import os
import sys
import unicodedata

# Census surnames past this rank are mostly one-family names and ordinary
# words ("Talk", "Service"); dropping them keeps the table small.
SURNAME_MAX_RANK = 30000


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().strip()


def is_name_script(s):
    """Letters of the Latin or Cyrillic script (not both: the tables have a
    few romanised names with a stray Cyrillic letter) plus apostrophe,
    hyphen, space. The popular-names tables give Russian, Ukrainian and
    Belarusian names in Cyrillic too; other scripts are left out."""
    if not s:
        return False
    scripts = set()
    for c in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(c) or c in "'- ":
            continue
        if "a" <= c.lower() <= "z":
            scripts.add("LATIN")
            continue
        name = unicodedata.name(c, "")
        script = "LATIN" if "LATIN" in name else "CYRILLIC" if "CYRILLIC" in name else None
        if not script:
            return False
        scripts.add(script)
    return len(scripts) == 1


def add(table, name):
    # One entry per word: the scanner looks names up word by word.
    if is_name_script(name) and len(name) >= 2 and " " not in name.strip():
        for part in (name, fold(name)):
            f = fold(part)
            if len(f) >= 2:
                table.add(f)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "lexicons")
    given, surnames = set(), set()

    with open(os.path.join(src, "us_census1990_names.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["kind"] == "given":
                add(given, row["name"])
            elif int(row["rank"]) <= SURNAME_MAX_RANK:
                add(surnames, row["name"])

    with open(os.path.join(src, "faker_person_names.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            table = given if row["kind"] == "given" else surnames
            add(table, row["name"])
            if row.get("ascii_fold"):
                add(table, row["ascii_fold"])

    with open(os.path.join(src, "common-forenames-by-country.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            add(given, row["Romanized Name"])
            add(given, row["Localized Name"])

    with open(os.path.join(src, "common-surnames-by-country.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            add(surnames, row["Romanized Name"])
            add(surnames, row["Localized Name"])

    with open(os.path.join(src, "cspell_people_names.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                add(surnames, line)

    surname_first = set()
    with open(os.path.join(src, "common-surnames-by-country.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["Country"] in ("CN", "TW", "KR"):
                add(surname_first, row["Romanized Name"])
    with open(os.path.join(src, "faker_person_names.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["locale"] == "en_HK" and row["kind"] == "surname":
                add(surname_first, row["name"])

    header = "# Generated by tools/gen_person_lexicon.py from ../shared/lexicons; see persons_SOURCES.md.\n"
    with open(os.path.join(root, "data", "persons_given.txt"), "w", encoding="utf-8") as f:
        f.write(header + "".join(n + "\n" for n in sorted(given)))
    with open(os.path.join(root, "data", "persons_surnames.txt"), "w", encoding="utf-8") as f:
        f.write(header + "".join(n + "\n" for n in sorted(surnames)))
    with open(os.path.join(root, "data", "persons_surname_first.txt"), "w", encoding="utf-8") as f:
        f.write(header + "".join(n + "\n" for n in sorted(surname_first)))

    with open(os.path.join(src, "person_context_words.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    with open(os.path.join(root, "data", "persons_context.tsv"), "w", encoding="utf-8") as f:
        f.write(header + "# word\tcategory\n")
        for word, category in rows:
            # too general here: "-ich" ends Norwich and Ipswich; a lowercase
            # "st" is cricket's "stumped" far more often than a particle
            if (word, category) in (("ich", "kinship_patronymic_ending"), ("st.", "particle")):
                continue
            f.write("%s\t%s\n" % (word, category))

    write_english_words(root)


# SCOWL's sizes 10, 20 and 35 are the words of ordinary text ("such",
# "fields", "cold"); larger sizes add rare words that are also names.
SCOWL_DIR = "/usr/share/dict/scowl"
SCOWL_SIZES = (10, 20, 35)


def write_english_words(root):
    words = set()
    for size in SCOWL_SIZES:
        for variety in ("english", "american"):
            path = os.path.join(SCOWL_DIR, "%s-words.%d" % (variety, size))
            with open(path, encoding="utf-8") as f:
                for line in f:
                    w = line.strip()
                    # lower-case entries only: capitalised ones are names
                    if len(w) >= 2 and w.isascii() and w.isalpha() and w.islower():
                        words.add(w)
    with open(os.path.join(root, "data", "persons_english.txt"), "w", encoding="utf-8") as f:
        f.write("# Generated by tools/gen_person_lexicon.py from SCOWL (sizes %s); see persons_SOURCES.md.\n"
                % ", ".join(map(str, SCOWL_SIZES)))
        f.write("".join(w + "\n" for w in sorted(words)))


if __name__ == "__main__":
    main()
