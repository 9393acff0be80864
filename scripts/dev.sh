#!/usr/bin/env bash
# Rutile's developer entry point on Debian and Ubuntu.
#
#   scripts/dev.sh run     install what is missing, build (release), start the app on the sample workspace
#   scripts/dev.sh test    install what is missing, configure the checked build (`asan` preset:
#                          warnings are errors, AddressSanitizer + LeakSanitizer + UBSan), check the
#                          package list, build, fuzz the parsers 60 s each where Clang can, run every test
#                          under the sanitizers. CI runs exactly this (.ci/run), with
#                          RUTILE_REQUIRE_SHARED_DATA=1.
#   scripts/dev.sh deps    only install the packages
#
# The packages are listed in scripts/packages.txt (the one list; scripts/check-packages.sh checks
# it against what the configure step found). They are installed with apt-get (through sudo when
# not root), and only those missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mapfile -t PACKAGES < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' scripts/packages.txt)

jobs() {
    local n
    n=$(nproc 2>/dev/null || echo 2)
    echo "${n}"
}

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
deps)
    install_deps
    ;;
run)
    install_deps
    cmake --preset release -DRUTILE_BUILD_TESTS=OFF -DRUTILE_BUILD_BENCHMARKS=OFF
    cmake --build --preset release -j "$(jobs)"
    exec build/release/app/gui/rutile --sample "${@:2}"
    ;;
test)
    # One build, checked twice over: -Werror and the sanitizers. Any sanitizer report (a memory
    # error, a leak, undefined behaviour) fails its test. The unsanitized `dev` preset is the
    # faster one for day-to-day work (cmake --workflow --preset dev).
    install_deps
    cmake --preset asan
    scripts/check-packages.sh build/asan
    cmake --build --preset asan -j "$(jobs)"
    # 60 s of fuzzing each of the history parser, the rule language and Yahoo's responses, only where Clang can build libFuzzer programs
    # (clang and its runtime are optional, not in scripts/packages.txt).
    if scripts/fuzz-parser.sh --available; then
        scripts/fuzz-parser.sh 60
    fi
    # Anything else the test command runs goes above this line: ctest's summary must stay the
    # last line of the output (CI reads it).
    ctest --preset asan -j "$(jobs)"
    ;;
*)
    echo "usage: $0 run|test|deps" >&2
    exit 1
    ;;
esac
