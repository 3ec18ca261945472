# Test, bench and eval targets (included by the Makefile).

UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
UNIT_REL  := $(patsubst tests/unit/%.c,build/rel/tests/%,$(UNIT_SRC))
UNIT_SAN  := $(patsubst tests/unit/%.c,build/san/tests/%,$(UNIT_SRC))
CMOCKA_LIBS = $(shell pkg-config --libs cmocka)

build/rel/tests/%: tests/unit/%.c $(REL_CORE) $(HDRS) | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "LD $@"; $(CC) $(BASEFLAGS) $(OPT) -o $@ $< $(REL_CORE) $(PKG_LIBS) $(CMOCKA_LIBS) -lpthread
build/san/tests/%: tests/unit/%.c $(SAN_CORE) $(HDRS) | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "LD $@"; $(CC) $(BASEFLAGS) $(SANFLAGS) -o $@ $< $(SAN_CORE) $(PKG_LIBS) $(CMOCKA_LIBS) -lpthread

test: newsext.so build/san/newsext.so $(UNIT_REL) $(UNIT_SAN)
	@SHARED=$(SHARED) sh tests/run.sh

bench: newsext.so
	@SHARED=$(SHARED) sh tests/bench/run.sh

eval: newsext.so
	@SHARED=$(SHARED) sh tests/eval/run.sh
