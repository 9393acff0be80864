#!/usr/bin/env bash
# Fuzzes the history parser (format detection and parsing, tests/fuzz/fuzz_history_parser.cpp)
# with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   scripts/fuzz-parser.sh [SECONDS]    configure build/fuzz with Clang, build the target, run it
#                                       SECONDS seconds (default 60); exit 1 on any finding
#   scripts/fuzz-parser.sh --available  exit 0 when Clang can build a libFuzzer program here
#
# Needs Clang with its runtime libraries (Debian 12: clang-14 and libclang-rt-14-dev), plus what
# the project's build needs. The corpus the run grows is kept in build/fuzz/corpus; the seeds in
# tests/fuzz/corpus are only read. A crashing input is written to build/fuzz/artifacts/ and
# reproduced with: build/fuzz/tests/fuzz/fuzz_history_parser FILE
# RUTILE_FUZZ_BUILD_DIR and CXX (a clang++) override the defaults; extra libFuzzer options can be
# given in RUTILE_FUZZ_OPTIONS (e.g. "-runs=10000000").
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
cmake --build "$build" --target fuzz_history_parser

mkdir -p "$build/corpus" "$build/artifacts"
# The "allocated by" stack of a report is left out for speed (it costs a third of the run time);
# rerun a saved crash with ASAN_OPTIONS=malloc_context_size=30 to see it.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
# shellcheck disable=SC2086 # RUTILE_FUZZ_OPTIONS is a list of options
"$build/tests/fuzz/fuzz_history_parser" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" ${RUTILE_FUZZ_OPTIONS:-} "$build/corpus" tests/fuzz/corpus
