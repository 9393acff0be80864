#!/usr/bin/env bash
# Proves the README's two commands on a clean Debian 12 (bookworm) machine.
#
#   sudo scripts/clean-root-check.sh [--root DIR] [--rev REV] [--shared DIR] [--log FILE] [--remove]
#                                    [--ccache DIR]
#
# 1. mmdebstrap builds a minimal bookworm root (variant minbase: dpkg, apt, bash, coreutils and
#    nothing else) from this machine's own apt sources, in DIR (default ../cleanroot/bookworm
#    beside the checkout, deleted and made anew on every run; logs go to ../cleanroot/logs).
# 2. A `git clone` of REV (default HEAD) goes to DIR/work/ci/main, and a read-only copy of the
#    shared folder (default ../shared beside this checkout) to DIR/work/ci/shared, as CI has it.
# 3. Inside the root (chroot in private mount and PID namespaces: /proc, a private /dev with its
#    own device nodes, /dev/shm and /dev/pts; nothing is bound from the host, and every mount goes
#    away with the namespace), as root with an empty environment:
#      - `scripts/dev.sh test`: must install its packages, build and pass every test;
#      - `scripts/dev.sh run --screenshot FILE` (QT_QPA_PLATFORM=offscreen): must build the release
#        app, open the sample workspace, save a PNG of the main window and exit 0;
#      - `timeout 20 scripts/dev.sh run`: the interactive app must still be running when the
#        timeout stops it (exit 124) and print no fatal error.
#
# --ccache DIR installs ccache in the root and lends it the cache DIR (bound inside the namespace),
# with base_dir=/work and hash_dir=false, so objects this machine already compiled are reused. It
# only saves compile time: a hit needs the same compiler and the same headers, found inside the
# root, so a missing package still fails configure, compile or link as without it; ccache is then
# the one package in the root that the list did not bring.
#
# Needs: root (mmdebstrap's root mode, chroot, mount), mmdebstrap (Debian package), network access
# to the Debian mirrors in /etc/apt/sources.list*, about 5 GB free under DIR, and time: on 2 cores
# the two cold builds (dev and release) dominate, see the README.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${here}/../cleanroot/bookworm"
rev=HEAD
shared="${here}/../shared"
log=""
remove=0
ccache_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
    --root) root="$2"; shift 2 ;;
    --rev) rev="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --log) log="$2"; shift 2 ;;
    --remove) remove=1; shift ;;
    --ccache) ccache_dir="$(realpath -e "$2")"; shift 2 ;;
    *) echo "usage: $0 [--root DIR] [--rev REV] [--shared DIR] [--log FILE] [--remove] [--ccache DIR]" >&2; exit 1 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "clean-root-check: must run as root (mmdebstrap root mode, chroot, mount)" >&2
    exit 1
fi
command -v mmdebstrap >/dev/null || { echo "clean-root-check: mmdebstrap is missing (apt-get install mmdebstrap)" >&2; exit 1; }
command -v unshare >/dev/null || { echo "clean-root-check: unshare (util-linux) is missing" >&2; exit 1; }

root="$(realpath -m "${root}")"
# The tree is deleted with rm -rf: refuse system folders, the checkout, and anything holding it.
case "${root}" in
/ | /usr | /usr/* | /etc | /etc/* | /var | /var/lib | /var/lib/* | /home | /root | /work | "${here}" | "${here}/"*)
    echo "clean-root-check: refusing root directory ${root}" >&2; exit 1 ;;
esac
case "${here}/" in "${root}/"*) echo "clean-root-check: ${root} holds the checkout" >&2; exit 1 ;; esac
mkdir -p "$(dirname "${root}")"
if [ -z "${log}" ]; then
    mkdir -p "$(dirname "${root}")/logs"
    log="$(dirname "${root}")/logs/clean-root-$(date -u +%Y%m%dT%H%M%SZ).log"
fi
exec > >(tee -a "${log}") 2>&1

commit="$(git -C "${here}" rev-parse --verify "${rev}^{commit}")"
t0=$(date +%s)
stamp() { echo "[clean-root $(date -u +%H:%M:%S)Z +$(( $(date +%s) - t0 ))s] $*"; }
stamp "commit ${commit} ($(git -C "${here}" log -1 --format=%s "${commit}"))"
stamp "root ${root}, log ${log}"

# Never delete a tree that still has something mounted inside it.
if awk -v r="${root}" '$5 == r || index($5, r "/") == 1 {found=1} END {exit !found}' /proc/self/mountinfo; then
    echo "clean-root-check: something is mounted under ${root}; unmount it first" >&2
    exit 1
fi
rm -rf --one-file-system "${root}"

# --- 1. a minimal bookworm root from this machine's apt sources -----------------------------
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -qv '^\s*\(#.*\)\?$' "$f" && sources+=("$f")
done
[ ${#sources[@]} -gt 0 ] || { echo "clean-root-check: no apt sources in /etc/apt" >&2; exit 1; }
stamp "mmdebstrap --variant=minbase bookworm, sources: ${sources[*]}"
s=$(date +%s)
mmdebstrap --mode=root --variant=minbase --quiet bookworm "${root}" "${sources[@]}"
stamp "root made in $(( $(date +%s) - s ))s, $(du -sh --one-file-system "${root}" | cut -f1)"
cp -L /etc/resolv.conf "${root}/etc/resolv.conf"

# --- 2. the checkout and the shared folder, as CI lays them ----------------------------------
mkdir -p "${root}/work/ci"
git clone --quiet --no-hardlinks "${here}" "${root}/work/ci/main"
git -C "${root}/work/ci/main" checkout --quiet --detach "${commit}"
if [ -d "${shared}" ]; then
    cp -a "$(realpath "${shared}")" "${root}/work/ci/shared"
    chmod -R a-w "${root}/work/ci/shared"
else
    stamp "no shared folder at ${shared}: tests that need it will skip"
fi

# --- 3. the README's commands inside the root ------------------------------------------------
inside=$(cat <<'EOS'
set -euo pipefail
r="$1"
mount -t proc proc "$r/proc"
mount -t sysfs -o ro sysfs "$r/sys"
mount -t tmpfs -o mode=755,nosuid,size=16m dev "$r/dev"
for d in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
    IFS=: read -r n ma mi <<<"$d"
    mknod -m 666 "$r/dev/$n" c "$ma" "$mi"
done
ln -s /proc/self/fd "$r/dev/fd"
ln -s /proc/self/fd/0 "$r/dev/stdin"; ln -s /proc/self/fd/1 "$r/dev/stdout"; ln -s /proc/self/fd/2 "$r/dev/stderr"
mkdir "$r/dev/pts" "$r/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$r/dev/pts"
ln -s pts/ptmx "$r/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$r/dev/shm"
launcher=()
if [ -n "$3" ]; then
    mkdir -p "$r/root/.cache/ccache"
    mount --bind "$3" "$r/root/.cache/ccache"
    launcher=(CMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
exec chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb "${launcher[@]}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "$2"
EOS
)
in_root() { unshare --mount --pid --fork --propagation private bash -c "${inside}" inside "${root}" "$1" "${ccache_dir}"; }

if [ -n "${ccache_dir}" ]; then
    stamp "ccache: installing it in the root, cache ${ccache_dir}"
    mkdir -p "${root}/root/.config/ccache"
    printf '%s\n' "base_dir = /work" "hash_dir = false" "max_size = 20.0G" \
        "sloppiness = include_file_ctime, include_file_mtime, pch_defines, time_macros" \
        >"${root}/root/.config/ccache/ccache.conf"
    in_root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ccache >/dev/null'
fi

failed=0
stamp "scripts/dev.sh test"
s=$(date +%s)
if in_root 'cd /work/ci/main && scripts/dev.sh test'; then
    stamp "PASS scripts/dev.sh test in $(( $(date +%s) - s ))s"
else
    stamp "FAIL scripts/dev.sh test (exit $?) after $(( $(date +%s) - s ))s"
    failed=1
fi

# The app's own one-shot mode: load the sample workspace, draw the window, save it, exit 0.
stamp "scripts/dev.sh run --screenshot /tmp/clean-root-run.png"
s=$(date +%s)
if in_root 'cd /work/ci/main && export QT_QPA_PLATFORM=offscreen &&
        timeout 3600 scripts/dev.sh run --screenshot /tmp/clean-root-run.png &&
        test -s /tmp/clean-root-run.png'; then
    cp "${root}/tmp/clean-root-run.png" "${log%.log}.png"
    stamp "PASS scripts/dev.sh run built the app and saved a screenshot in $(( $(date +%s) - s ))s (${log%.log}.png)"
else
    stamp "FAIL scripts/dev.sh run --screenshot (exit $?) after $(( $(date +%s) - s ))s"
    failed=1
fi

# The interactive app: it has no quit-after mode, so it must still be up when timeout stops it.
stamp "timeout 20 scripts/dev.sh run"
s=$(date +%s)
set +e
in_root 'cd /work/ci/main && QT_QPA_PLATFORM=offscreen timeout 20 scripts/dev.sh run >/tmp/run.out 2>&1; rc=$?;
        cat /tmp/run.out; if grep -qiE "fatal|abort|segmentation|cannot" /tmp/run.out; then exit 99; fi; exit $rc'
rc=$?
set -e
if [ "${rc}" -eq 124 ]; then
    stamp "PASS scripts/dev.sh run was still running after 20 s (stopped by timeout, exit 124), no fatal output"
else
    stamp "FAIL scripts/dev.sh run exited ${rc} before the 20 s timeout, or printed a fatal error (99)"
    failed=1
fi

stamp "root size $(du -sh --one-file-system "${root}" | cut -f1)"
if [ "${remove}" -eq 1 ]; then
    rm -rf --one-file-system "${root}"
fi
if [ "${failed}" -eq 0 ]; then
    stamp "clean root: PASS (total $(( $(date +%s) - t0 ))s)"
else
    stamp "clean root: FAIL (total $(( $(date +%s) - t0 ))s)"
fi
exit "${failed}"
