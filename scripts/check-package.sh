#!/usr/bin/env bash
# Builds the Debian package of a configured build and checks it as Debian's tools do.
#
#   scripts/check-package.sh [BUILD_DIR]     (default: build/asan; the build must be built)
#
# 1. `cpack -G DEB` into a scratch folder (the build's install rules: programs, desktop file,
#    MIME type, AppStream metainfo, icons, man pages, copyright, changelog).
# 2. The package holds every one of those files, and its Depends line was computed
#    (dpkg-shlibdeps: libqt6core6 and the rest) besides the plugins named in installer/.
# 3. desktop-file-validate on the .desktop file, `appstreamcli validate --no-net` on the
#    metainfo, and lintian on the .deb: any error fails the check (warnings are printed).
#
# Exits 77 (ctest's "skipped") when a tool is missing, unless RUTILE_REQUIRE_PACKAGE_TOOLS=1.
set -euo pipefail

cd_checkout() { cd "$(dirname "${BASH_SOURCE[0]}")/.."; }
# A build folder given relative to the caller's folder; the default relative to the checkout.
if [ $# -ge 1 ]; then build="$(realpath -m "$1")"; cd_checkout; else cd_checkout; build="$(realpath -m build/asan)"; fi
fail() { echo "check-package: $*" >&2; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli; do
    if ! command -v "${tool}" >/dev/null; then
        [ "${RUTILE_REQUIRE_PACKAGE_TOOLS:-0}" = 1 ] && fail "${tool} is not installed"
        echo "check-package: ${tool} is not installed; skipping"
        exit 77
    fi
done
[ -f "${build}/CPackConfig.cmake" ] || fail "${build} is not a configured build"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
cpack -G DEB --config "${build}/CPackConfig.cmake" -B "${work}" >"${work}/cpack.log" 2>&1 \
    || { cat "${work}/cpack.log" >&2; fail "cpack failed"; }
debs=("${work}"/*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no .deb"
deb="${debs[0]}"
echo "check-package: built $(basename "${deb}") ($(du -k "${deb}" | cut -f1) kB)"

# --- contents -------------------------------------------------------------------------------
id=io.github.rutile.Rutile
dpkg-deb -c "${deb}" | awk '{print $6}' | sed 's|^\./|/|' >"${work}/contents"
missing=0
for path in /usr/bin/rutile /usr/bin/rutile-cli \
    "/usr/share/applications/${id}.desktop" "/usr/share/metainfo/${id}.metainfo.xml" \
    "/usr/share/mime/packages/${id}.xml" "/usr/share/icons/hicolor/scalable/apps/${id}.svg" \
    /usr/share/man/man1/rutile.1.gz /usr/share/man/man1/rutile-cli.1.gz \
    /usr/share/doc/rutile/copyright /usr/share/doc/rutile/changelog.gz; do
    grep -qxF "${path}" "${work}/contents" || { echo "check-package: the package lacks ${path}" >&2; missing=1; }
done
for size in 16 22 24 32 48 64 128 256 512; do
    path="/usr/share/icons/hicolor/${size}x${size}/apps/${id}.png"
    grep -qxF "${path}" "${work}/contents" || { echo "check-package: the package lacks ${path}" >&2; missing=1; }
done
[ "${missing}" = 0 ] || fail "files are missing from the package"
depends="$(dpkg-deb -f "${deb}" Depends)"
for needed in libqt6core6 libqt6gui6 libsqlite3-0 qt6-qpa-plugins libqt6svg6; do
    [[ "${depends}" == *"${needed}"* ]] || fail "Depends lacks ${needed}: ${depends}"
done
echo "check-package: contents and Depends complete (${depends})"

# --- Debian's and freedesktop's validators ---------------------------------------------------
mkdir "${work}/root"
dpkg-deb -x "${deb}" "${work}/root"
desktop-file-validate "${work}/root/usr/share/applications/${id}.desktop" || fail "desktop-file-validate failed"
appstreamcli validate --no-net --pedantic "${work}/root/usr/share/metainfo/${id}.metainfo.xml" \
    || fail "appstreamcli validate failed"
lintian --tag-display-limit 0 "${deb}" >"${work}/lintian.log" 2>&1 || true
cat "${work}/lintian.log"
if grep -q '^E:' "${work}/lintian.log"; then
    fail "lintian reports errors"
fi
echo "check-package: lintian $(grep -c '^W:' "${work}/lintian.log" || true) warning(s), no error; desktop file and metainfo valid"
