#!/usr/bin/env bash
# Installs a Rutile .deb into a clean Debian 12 root and runs it there:
#
#   scripts/install-in-clean-root.sh PACKAGE.deb [OUT_DIR]
#
# mmdebstrap builds a minimal bookworm root (variant "apt": essential packages and apt only),
# apt installs the package with the dependencies its Depends line names (nothing else: no
# recommends), and in that root, as a user's shell would:
#   rutile-cli --version
#   rutile-cli import (tests/data/chart_ninety_weekdays.csv, 90 weekdays of bars)
#   rutile-cli symbols
#   rutile-cli chart (a 1280x720 PNG through Qt's offscreen platform, copied to OUT_DIR)
# and the GUI starts far enough to print its version. Any failure stops it with a non-zero exit.
#
# Needs: mmdebstrap (apt install mmdebstrap) and the Debian mirror in the host's apt sources
# (mmdebstrap reads them), run as root (or with working user namespaces: --mode=unshare).
# Takes about three minutes, most of it downloading; not part of the test suite for that reason.
set -euo pipefail

# The arguments from the caller's folder, before moving to the checkout.
deb="$(realpath "${1:?usage: install-in-clean-root.sh PACKAGE.deb [OUT_DIR]}")"
out="$(realpath -m "${2:-clean-root-check}")"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v mmdebstrap >/dev/null || { echo "install-in-clean-root: needs mmdebstrap" >&2; exit 1; }
mkdir -p "${out}"
csv="$(pwd)/tests/data/chart_ninety_weekdays.csv"

mmdebstrap --variant=apt --quiet \
    --customize-hook="copy-in '${deb}' '${csv}' /tmp" \
    --customize-hook="chroot \"\$1\" apt-get install -y --no-install-recommends /tmp/$(basename "${deb}")" \
    --customize-hook='chroot "$1" useradd --create-home trader' \
    --customize-hook="chroot \"\$1\" su - trader -c '
        set -e
        export QT_QPA_PLATFORM=offscreen
        rutile-cli --version
        rutile-cli import /tmp/chart_ninety_weekdays.csv --symbol DEMO
        rutile-cli symbols
        rutile-cli chart DEMO --from 2024-01-01 --to 2024-05-31 --ind sma:20 --width 1280 --height 720 --png /tmp/demo-chart.png
        rutile --version
        ls -l /tmp/demo-chart.png'" \
    --customize-hook="copy-out /tmp/demo-chart.png '${out}'" \
    bookworm /dev/null

echo "install-in-clean-root: installed and ran $(basename "${deb}") in a clean bookworm root; chart in ${out}/demo-chart.png"
