# newsext — SQLite loadable extension for news corpora.
#
#   make            build newsext.so
#   make demo       build, ingest tests/corpus into demo.db, print a report
#   make test       unit + SQL + host tests, normal build then ASan/UBSan build
#   make bench      throughput and peak RSS on a >= 200 MB replicated corpus
#   make eval       accuracy on ../shared/eval (skips when absent)
#   make install    PREFIX=/usr/local DESTDIR=
#
# Missing Debian packages are installed by the `deps` step (apt-get as root,
# otherwise it prints the exact command and stops).

VERSION  := 0.1.0
PREFIX   ?= /usr/local
LIBDIR   ?= $(PREFIX)/lib
INCDIR   ?= $(PREFIX)/include
DESTDIR  ?=
SHARED   ?= $(abspath ../shared)

CC       ?= cc
PKGS     := sqlite3 libutf8proc libpcre2-8 libxml-2.0 zlib
# Deferred (=) so pkg-config runs after `deps` has installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs libutf8proc libpcre2-8 libxml-2.0 zlib)
COMMIT    := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)

WARN     := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
BASEFLAGS = -std=c11 -D_GNU_SOURCE -fPIC -fvisibility=hidden $(WARN) -Iinclude -Iext -Ibuild/gen \
            $(PKG_CFLAGS) -DNEWSEXT_VERSION='"$(VERSION)"' -DNEWSEXT_COMMIT='"$(COMMIT)"' \
            -DNEWSEXT_CFLAGS='"$(OPT) -Wall -Wextra -Werror -fvisibility=hidden"'
OPT      ?= -O2 -g
SANFLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# One file per capability; the analysis files have no SQLite types.
# ext/sql_*.c is the SQLite glue; every other ext/*.c is analysis code.
GLUE_SRC := $(sort $(wildcard ext/sql_*.c))
CORE_SRC := $(filter-out $(GLUE_SRC),$(sort $(wildcard ext/*.c)))
DATA     := $(sort $(wildcard data/*.txt data/*.tsv))
GEN      := build/gen/newsext_data.c
GEN_H    := build/gen/newsext_data.h

# tests/tests.mk (test, bench, eval targets) is included at the end: it
# needs the object lists defined below.
.DEFAULT_GOAL := all
.PHONY: all deps demo test bench eval install uninstall clean fuzz report
all: newsext.so

deps: build/.deps-ok
build/.deps-ok: tools/deps.sh
	@sh tools/deps.sh
	@mkdir -p build && touch $@

$(GEN_H): $(GEN)
$(GEN): $(DATA) tools/embed.c | build/.deps-ok
	@mkdir -p build/gen
	@$(CC) -O1 -o build/embed tools/embed.c
	@echo "EMBED $(DATA)"; build/embed $(GEN) $(GEN_H) $(DATA)

# Two flavours of every object: release (build/rel) and sanitized (build/san).
REL_OBJ := $(patsubst ext/%.c,build/rel/%.o,$(CORE_SRC) $(GLUE_SRC)) build/rel/newsext_data.o
SAN_OBJ := $(patsubst ext/%.c,build/san/%.o,$(CORE_SRC) $(GLUE_SRC)) build/san/newsext_data.o
REL_CORE := $(filter-out $(patsubst ext/%.c,build/rel/%.o,$(GLUE_SRC)),$(REL_OBJ))
SAN_CORE := $(filter-out $(patsubst ext/%.c,build/san/%.o,$(GLUE_SRC)),$(SAN_OBJ))
HDRS := $(wildcard include/*.h ext/*.h) $(GEN_H)

build/rel/%.o: ext/%.c $(HDRS) | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "CC $<"; $(CC) $(BASEFLAGS) $(OPT) -c $< -o $@
build/san/%.o: ext/%.c $(HDRS) | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "CC [san] $<"; $(CC) $(BASEFLAGS) $(SANFLAGS) -c $< -o $@
build/rel/newsext_data.o: $(GEN)
	@mkdir -p $(dir $@)
	@echo "CC $<"; $(CC) $(BASEFLAGS) $(OPT) -c $< -o $@
build/san/newsext_data.o: $(GEN)
	@mkdir -p $(dir $@)
	@echo "CC [san] $<"; $(CC) $(BASEFLAGS) $(SANFLAGS) -c $< -o $@

# The .so never links libsqlite3: the host provides it through sqlite3ext.h.
newsext.so: $(REL_OBJ)
	@echo "LD $@"; $(CC) -shared -o $@ $^ $(PKG_LIBS) -lpthread -Wl,--no-undefined
# The analysis core without SQLite, for other hosts (include/newsext.h).
build/libnewsext.a: $(REL_CORE)
	@echo "AR $@"; rm -f $@; ar rcs $@ $^

build/san/newsext.so: $(SAN_OBJ)
	@echo "LD $@"; $(CC) -shared -fsanitize=address,undefined -o $@ $^ $(PKG_LIBS) -lpthread

demo: newsext.so
	rm -f demo.db
	sqlite3 demo.db -cmd '.load ./newsext' -cmd ".param set :root 'tests/corpus'" < sql/ingest.sql
	sqlite3 demo.db -cmd '.load ./newsext' < sql/demo.sql

# The HTML report of the demo corpus (sql/reports/report_html.sql).
report: demo
	sqlite3 demo.db -cmd '.load ./newsext' < sql/reports/report_html.sql > report.html
	@echo "wrote report.html"

install: newsext.so build/libnewsext.a
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR)
	install -m 0644 newsext.so $(DESTDIR)$(LIBDIR)/newsext.so
	install -m 0644 build/libnewsext.a $(DESTDIR)$(LIBDIR)/libnewsext.a
	install -m 0644 include/newsext.h $(DESTDIR)$(INCDIR)/newsext.h
uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/newsext.so $(DESTDIR)$(LIBDIR)/libnewsext.a $(DESTDIR)$(INCDIR)/newsext.h

clean:
	rm -rf build newsext.so demo.db

include tests/tests.mk
include tests/reliability.mk
