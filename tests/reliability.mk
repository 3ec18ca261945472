# Reliability targets (included by the Makefile): fuzzing, threads under
# ThreadSanitizer, SQL-level out-of-memory, valgrind. See README
# "Reliability".
#
#   make fuzz FUZZ_SECONDS=60   each libFuzzer target for 60 s (default 60)
#   make fuzz-build             only build the targets (build/fuzz/fuzz_*)
#   make valgrind               tests/sql/*.sql under valgrind memcheck
#
# The host tests tests/host/fuzz_smoke.sh, threads.sh and sql_oom.sh build
# what they need through the *-build targets below, so `make test` runs
# them without extra steps.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
# Clang warns about things gcc does not; warnings stay visible, but a new
# clang warning in analysis code must not stop the fuzzers from building.
RELAX_CFLAGS  = $(filter-out -Werror,$(BASEFLAGS))
FUZZ_CFLAGS   = $(RELAX_CFLAGS) -g -O1 -fno-omit-frame-pointer \
                -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_SRC     := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN     := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
FUZZ_OBJ     := $(patsubst ext/%.c,build/fuzz/obj/%.o,$(CORE_SRC)) build/fuzz/obj/newsext_data.o

build/fuzz/obj/%.o: ext/%.c $(HDRS) | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "CC [fuzz] $<"; $(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@
build/fuzz/obj/newsext_data.o: $(GEN)
	@mkdir -p $(dir $@)
	@echo "CC [fuzz] $<"; $(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_OBJ)
	@echo "LD $@"; $(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(PKG_LIBS) -lpthread

.PHONY: fuzz-build threads-build valgrind
.SECONDARY: $(FUZZ_OBJ)
fuzz-build: $(FUZZ_BIN)
fuzz: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# ---- threads: the same queries from many connections at once ----
# build/rel/threads loads any build of the extension (release, or ASan with
# the runtime preloaded); build/tsan/threads loads build/tsan/newsext.so,
# built with ThreadSanitizer like the program itself. clang when present,
# else the C compiler (gcc has ThreadSanitizer too), so a machine with only
# gcc still runs the race check.
TSAN_CC     ?= $(if $(shell command -v clang),clang,$(CC))
TSAN_CFLAGS  = $(RELAX_CFLAGS) -g -O1 -fno-omit-frame-pointer -fsanitize=thread
TSAN_OBJ    := $(patsubst ext/%.c,build/tsan/%.o,$(CORE_SRC) $(GLUE_SRC)) build/tsan/newsext_data.o
TEST_CFLAGS  = -std=c11 -D_GNU_SOURCE $(WARN) -g

build/tsan/%.o: ext/%.c $(HDRS) | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "CC [tsan] $<"; $(TSAN_CC) $(TSAN_CFLAGS) -c $< -o $@
build/tsan/newsext_data.o: $(GEN)
	@mkdir -p $(dir $@)
	@echo "CC [tsan] $<"; $(TSAN_CC) $(TSAN_CFLAGS) -c $< -o $@
build/tsan/newsext.so: $(TSAN_OBJ)
	@echo "LD $@"; $(TSAN_CC) -shared -fsanitize=thread -o $@ $^ $(PKG_LIBS) -lpthread
build/rel/threads: tests/threads/threads.c | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "LD $@"; $(CC) $(TEST_CFLAGS) -O2 -o $@ $< -lsqlite3 -lpthread
build/tsan/threads: tests/threads/threads.c | build/.deps-ok
	@mkdir -p $(dir $@)
	@echo "LD $@"; $(TSAN_CC) $(TEST_CFLAGS) -O1 -fsanitize=thread -o $@ $< -lsqlite3 -lpthread
.SECONDARY: $(TSAN_OBJ)
threads-build: build/rel/threads build/tsan/threads build/tsan/newsext.so

# ---- out of memory at the SQL level (tests/oom/sql_oom.c) ----
# Links SQLite and the extension's objects, so one failing allocator can sit
# under both; release and sanitized builds, like the unit tests.
build/rel/sql_oom: tests/oom/sql_oom.c $(REL_OBJ) | build/.deps-ok
	@echo "LD $@"; $(CC) $(BASEFLAGS) $(OPT) -o $@ $< $(REL_OBJ) $(PKG_LIBS) -lsqlite3 -lpthread
build/san/sql_oom: tests/oom/sql_oom.c $(SAN_OBJ) | build/.deps-ok
	@echo "LD $@"; $(CC) $(BASEFLAGS) $(SANFLAGS) -o $@ $< $(SAN_OBJ) $(PKG_LIBS) -lsqlite3 -lpthread

valgrind: newsext.so
	@sh tests/valgrind.sh
