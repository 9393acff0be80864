#!/usr/bin/env bash
# Rutile's developer entry point on Debian and Ubuntu.
#
#   scripts/dev.sh run     install what is missing, build (release), start the app on the sample workspace
#   scripts/dev.sh test    install what is missing, build (warnings are errors), run every test with ctest
#   scripts/dev.sh deps    only install the packages
#
# Packages are installed with apt-get (through sudo when not root), and only those missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev libgl-dev
    libqcustomplot-dev libsqlite3-dev libfast-float-dev libboost-math-dev libbenchmark-dev
    fonts-dejavu-core
)

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
    install_deps
    cmake --preset dev
    cmake --build --preset dev -j "$(jobs)"
    ctest --preset dev -j "$(jobs)"
    ;;
*)
    echo "usage: $0 run|test|deps" >&2
    exit 1
    ;;
esac
