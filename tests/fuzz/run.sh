#!/bin/sh
# Runs every fuzz target (build/fuzz/fuzz_*) for SECONDS each, after
# replaying the saved crash inputs of tests/fuzz/regressions/<target>/.
# Prints one line per target and exits nonzero when any target crashed;
# the crashing input is saved as build/fuzz/artifacts/<target>-crash-*.
#
#   sh tests/fuzz/run.sh 60            (make fuzz FUZZ_SECONDS=60)
#   sh tests/fuzz/run.sh 3 dates       (one target)
#
# The corpus libFuzzer grows is kept in build/fuzz/corpus/<target> (or
# $FUZZ_CORPUS_DIR/<target>), so long runs build on each other.
set -u
cd "$(dirname "$0")/../.." || exit 1
seconds=${1:-60}
shift
sh tests/fuzz/seeds.sh build/fuzz/seeds || exit 1
mkdir -p build/fuzz/corpus build/fuzz/artifacts build/fuzz/logs
failed=0
for bin in build/fuzz/fuzz_*; do
    [ -x "$bin" ] || continue
    target=${bin#build/fuzz/fuzz_}
    if [ $# -gt 0 ]; then
        case " $* " in *" $target "*) ;; *) continue ;; esac
    fi
    case $target in
        article_*) dict=tests/fuzz/html.dict ;;
        dates) dict=tests/fuzz/dates.dict ;;
        person*) dict=tests/fuzz/persons.dict ;;
        *) dict="" ;;
    esac
    log=build/fuzz/logs/$target.log
    regress=tests/fuzz/regressions/$target
    if [ -d "$regress" ] && [ -n "$(ls "$regress")" ]; then
        if ! "$bin" "$regress"/* > "$log" 2>&1; then
            echo "fuzz_$target: a saved regression input crashes again (see $log)"
            tail -20 "$log"
            failed=1
            continue
        fi
    fi
    corpus=${FUZZ_CORPUS_DIR:-build/fuzz/corpus}/$target
    mkdir -p "$corpus"
    # -timeout: one input running 10 s means time is not linear; that is a bug.
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$target-" \
        ${dict:+-dict=$dict} "$corpus" "build/fuzz/seeds/$target" > "$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    if [ $rc -eq 0 ]; then
        echo "fuzz_$target: clean for ${secs:-?} s, ${runs:-?} runs, corpus $(ls "$corpus" | wc -l) inputs"
    else
        echo "fuzz_$target: FAILED after ${runs:-?} runs (exit $rc, log $log)"
        grep -E 'ERROR|contract broken|SUMMARY|Test unit written' "$log" | head -10
        failed=1
    fi
done
exit $failed
