#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer, one target
# after the other:
#   fuzz_history_parser  price history: format detection and parsing (tests/fuzz/fuzz_history_parser.cpp)
#   fuzz_rules           the rule language: parse, compile, evaluate, backtest (tests/fuzz/fuzz_rules.cpp)
#   fuzz_yahoo_chart     Yahoo chart API responses (tests/fuzz/fuzz_yahoo_chart.cpp)
#
#   scripts/fuzz-parser.sh [SECONDS]    configure build/fuzz with Clang, build the targets, run each
#                                       SECONDS seconds (default 60); exit 1 on any finding
#   scripts/fuzz-parser.sh --available  exit 0 when Clang can build a libFuzzer program here
#
# Needs Clang with its runtime libraries (Debian 12: clang-14 and libclang-rt-14-dev), plus what
# the project's build needs. The corpus a run grows is kept in build/fuzz/corpus-TARGET; the seeds
# are only read: tests/fuzz/corpus for the history parser, tests/fuzz/corpus-yahoo for Yahoo's
# responses, and for the rules the *.rule files of
# examples/strategies and tests/data/rules/errors, copied to build/fuzz/seeds-rules at each run
# (so that the .expected files beside them are not fed in). A crashing input is written to
# build/fuzz/artifacts/TARGET-crash-… and reproduced with: build/fuzz/tests/fuzz/TARGET FILE
# RUTILE_FUZZ_BUILD_DIR and CXX (a clang++) override the defaults; RUTILE_FUZZ_TARGETS picks the
# targets (default: all three); extra libFuzzer options can be given in RUTILE_FUZZ_OPTIONS
# (e.g. "-runs=10000000").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_clang() {
    if [ -n "${CXX:-}" ] && "${CXX}" --version 2>/dev/null | grep -q clang; then
        echo "${CXX}"
        return
    fi
    local c
    for c in clang++ clang++-19 clang++-18 clang++-17 clang++-16 clang++-15 clang++-14; do
        if command -v "$c" >/dev/null 2>&1; then
            command -v "$c"
            return
        fi
    done
    return 1
}

# True when the compiler links a program with -fsanitize=fuzzer,address,undefined.
can_fuzz() {
    local cxx=$1 dir
    dir=$(mktemp -d)
    printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
        'extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }' >"$dir/probe.cpp"
    local ok=0
    "$cxx" -fsanitize=fuzzer,address,undefined "$dir/probe.cpp" -o "$dir/probe" >/dev/null 2>&1 || ok=1
    rm -rf "$dir"
    return $ok
}

if [ "${1:-}" = "--available" ]; then
    cxx=$(find_clang) || exit 1
    can_fuzz "$cxx"
    exit $?
fi

seconds=${1:-60}
case "$seconds" in
'' | *[!0-9]*)
    echo "usage: $0 [SECONDS] | --available" >&2
    exit 2
    ;;
esac

cxx=$(find_clang) || {
    echo "fuzz-parser: no clang++ found (Debian: apt-get install clang libclang-rt-dev)" >&2
    exit 1
}
can_fuzz "$cxx" || {
    echo "fuzz-parser: $cxx cannot link libFuzzer programs (Debian: install libclang-rt-14-dev for clang-14)" >&2
    exit 1
}

build=${RUTILE_FUZZ_BUILD_DIR:-build/fuzz}
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DRUTILE_FUZZ=ON -DRUTILE_BUILD_GUI=OFF -DRUTILE_BUILD_TESTS=OFF -DRUTILE_BUILD_BENCHMARKS=OFF >/dev/null
targets=${RUTILE_FUZZ_TARGETS:-fuzz_history_parser fuzz_rules fuzz_yahoo_chart}
# shellcheck disable=SC2086 # a list of targets
cmake --build "$build" --target $targets

mkdir -p "$build/artifacts"
# The "allocated by" stack of a report is left out for speed (it costs a third of the run time);
# rerun a saved crash with ASAN_OPTIONS=malloc_context_size=30 to see it.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
failed=0
for target in $targets; do
    case "$target" in
    fuzz_history_parser)
        # The corpus kept from before the rules target existed stays this target's.
        corpus=$build/corpus
        seeds=(tests/fuzz/corpus)
        limits=()
        ;;
    fuzz_rules)
        corpus=$build/corpus-rules
        rm -rf "$build/seeds-rules"
        mkdir -p "$build/seeds-rules"
        cp examples/strategies/*.rule tests/data/rules/errors/*.rule "$build/seeds-rules/"
        seeds=("$build/seeds-rules")
        limits=(-max_len=4096) # what the target reads; longer inputs would only slow the run
        ;;
    fuzz_yahoo_chart)
        corpus=$build/corpus-yahoo
        seeds=(tests/fuzz/corpus-yahoo)
        limits=(-max_len=16384)
        ;;
    *)
        echo "fuzz-parser: unknown target $target" >&2
        exit 2
        ;;
    esac
    mkdir -p "$corpus"
    echo "fuzz-parser: $target for $seconds s"
    # shellcheck disable=SC2086 # RUTILE_FUZZ_OPTIONS is a list of options
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 "${limits[@]}" \
        -artifact_prefix="$build/artifacts/$target-" ${RUTILE_FUZZ_OPTIONS:-} "$corpus" "${seeds[@]}" || failed=1
done
exit $failed
