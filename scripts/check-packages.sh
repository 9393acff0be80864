#!/usr/bin/env bash
# Checks that scripts/packages.txt installs everything a configured build used.
#
#   scripts/check-packages.sh [BUILD_DIR]        (default: build/asan, the test command's build)
#
# Every file the configure step found is read from BUILD_DIR/CMakeCache.txt: the package-config
# files behind the *_DIR entries (Qt6Charts_DIR -> Qt6ChartsConfig.cmake), every found library or
# program (FILEPATH entries: SQLite3_LIBRARY, the compiler, ninja, ...) and the header behind each
# include directory we know (SQLite3, Boost, OpenSSL, QCustomPlot, QScintilla, OpenGL, Vulkan,
# xkbcommon). Each file is mapped to its Debian package with `dpkg -S`. The check fails, naming the package, when that
# package is neither in the list nor pulled in by it (`apt-cache depends --recurse` without
# recommends or suggests), or when a file belongs to no package at all (installed by hand).
# The CMakeCache records a path only when a find_*() call found it, so this is exactly what a
# fresh machine must have for `cmake --preset` to succeed.
#
# apt-cache needs the package lists: when /var/lib/apt/lists holds none, `apt-get update` is run
# once (as root, or through sudo).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
src="$(pwd)"
list="${src}/scripts/packages.txt"
build="$(realpath -m "${1:-build/asan}")"
cache="${build}/CMakeCache.txt"

fail() { echo "check-packages: $*" >&2; exit 1; }
[ -f "${cache}" ] || fail "${cache} does not exist: configure the build first (cmake --preset dev)"
[ -f "${list}" ] || fail "${list} does not exist"
{ command -v dpkg && command -v apt-cache; } >/dev/null || fail "needs dpkg and apt-cache (Debian or Ubuntu)"

mapfile -t listed < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "${list}")
[ ${#listed[@]} -gt 0 ] || fail "${list} lists no package"

# --- the package lists apt-cache needs ------------------------------------------------------
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    echo "check-packages: no apt package lists on this machine; running apt-get update"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq || fail "apt-get update failed: apt-cache cannot resolve dependencies without package lists"
fi

# --- everything the list pulls in -----------------------------------------------------------
# Top-level lines of the recursive output are package names (virtual ones in <angle brackets>).
deps_out="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>&1)" || fail "apt-cache depends failed: ${deps_out##*$'\n'}"
declare -A closure=()
while IFS= read -r name; do
    closure["${name%%:*}"]=1
done < <(printf '%s\n' "${deps_out}" | grep -v '^[[:space:]<]')
for p in "${listed[@]}"; do
    [ -n "${closure[$p]:-}" ] || fail "${p} (in ${list#"${src}"/}) is not known to apt: a typo, or apt-get update is needed"
done

# --- the files the configure step found -----------------------------------------------------
# The header find_path() looked for, for include-directory entries (a directory such as
# /usr/include belongs to hundreds of packages and says nothing).
header_for() {
    case "$1" in
    SQLite3_INCLUDE_DIR) echo sqlite3.h ;;
    Boost_INCLUDE_DIR) echo boost/version.hpp ;;
    OPENSSL_INCLUDE_DIR) echo openssl/evp.h ;;
    RUTILE_QCUSTOMPLOT_INCLUDE_DIR) echo qcustomplot.h ;;
    RUTILE_QSCINTILLA_INCLUDE_DIR) echo Qsci/qsciscintilla.h ;;
    OPENGL_INCLUDE_DIR) echo GL/gl.h ;;
    OPENGL_EGL_INCLUDE_DIR) echo EGL/egl.h ;;
    OPENGL_GLX_INCLUDE_DIR) echo GL/glx.h ;;
    Vulkan_INCLUDE_DIR) echo vulkan/vulkan.h ;;
    XKB_INCLUDE_DIR) echo xkbcommon/xkbcommon.h ;;
    esac
}

files=()  # "ENTRY<TAB>file"
while IFS= read -r line; do
    name="${line%%:*}"
    value="${line#*=}"
    case "${value}" in /*) ;; *) continue ;; esac  # relative, empty, *-NOTFOUND
    case "${value}/" in "${src}/"* | "${build}/"*) continue ;; esac
    if [ -f "${value}" ]; then
        files+=("${name}"$'\t'"${value}")
    elif [ -d "${value}" ]; then
        # find_package(Name) reads NameConfig.cmake or name-config.cmake from Name_DIR.
        pkg="${name%_DIR}"
        config=""
        for c in "${value}/${pkg}Config.cmake" "${value}/${pkg,,}-config.cmake"; do
            [ "${name}" != "${pkg}" ] && [ -f "${c}" ] && config="${c}" && break
        done
        header="$(header_for "${name}")"
        if [ -n "${config}" ]; then
            files+=("${name}"$'\t'"${config}")
        elif [ -n "${header}" ] && [ -f "${value}/${header}" ]; then
            files+=("${name}"$'\t'"${value}/${header}")
        fi
    fi
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=' "${cache}")
[ ${#files[@]} -gt 0 ] || fail "${cache} names no found file: is it a configured build?"

# dpkg knows a file under the path its package shipped: ask for the path, its target and the
# other side of the /usr merge, all in one dpkg -S call (one call per file takes seconds).
declare -A owner=()
candidates_of() {
    local real
    real="$(realpath -e "$1" 2>/dev/null || echo "$1")"
    printf '%s\n' "$1" "${real}"
    case "${real}" in /usr/*) echo "${real#/usr}" ;; *) echo "/usr${real}" ;; esac
}
mapfile -t queries < <(for entry in "${files[@]}"; do candidates_of "${entry#*$'\t'}"; done | sort -u)
# "pkg:arch: /path" or "pkg1, pkg2: /path"; diversions are lines of their own.
while IFS= read -r line; do
    case "${line}" in "diversion by"*) continue ;; esac
    path="/${line#*: /}"
    pkgs="$(sed -e 's/:[a-z0-9]*\(,\|$\)/\1/g' <<<"${line%%: /*}")"
    owner["${path}"]="${pkgs}"
done < <(dpkg -S "${queries[@]}" 2>/dev/null || true)
owner_of() {
    local c
    while IFS= read -r c; do
        if [ -n "${owner[$c]:-}" ]; then
            echo "${owner[$c]}"
            return 0
        fi
    done < <(candidates_of "$1")
    return 1
}

problems=0
checked=0
declare -A seen=()
for entry in "${files[@]}"; do
    name="${entry%%$'\t'*}"
    file="${entry#*$'\t'}"
    if ! owners="$(owner_of "${file}")"; then
        echo "check-packages: ${name}: ${file} belongs to no Debian package (installed by hand?): add the package that provides it to ${list#"${src}"/}" >&2
        problems=$((problems + 1))
        continue
    fi
    checked=$((checked + 1))
    [ -z "${CHECK_PACKAGES_VERBOSE:-}" ] || echo "  ${name}: ${file} -> ${owners}"
    ok=0
    IFS=', ' read -r -a candidates <<<"${owners}"
    for p in "${candidates[@]}"; do
        [ -n "${closure[$p]:-}" ] && ok=1
    done
    if [ "${ok}" -eq 0 ] && [ -z "${seen[${owners}]:-}" ]; then
        seen["${owners}"]=1
        echo "check-packages: missing package ${owners}: the configure step used ${file} (${name}), but ${owners} is neither in ${list#"${src}"/} nor pulled in by it" >&2
        problems=$((problems + 1))
    fi
done

if [ "${problems}" -gt 0 ]; then
    echo "check-packages: FAILED: ${problems} problem(s); add the package(s) named above to ${list#"${src}"/}" >&2
    exit 1
fi
echo "check-packages: ${checked} files found by the configure step of ${build#"${src}"/} come from ${#listed[@]} listed packages and their ${#closure[@]}-package dependency closure"
