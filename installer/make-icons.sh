#!/usr/bin/env bash
# Makes the platform icon files that are kept in the repository from resources/rutile.svg:
# windows/rutile.ico (16-256 px) and macos/Rutile.icns (16-1024 px). Run it after changing the
# SVG and commit the two files. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and
# png2icns (icnsutils); the Linux package renders its PNGs at build time and needs none of this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
svg=../resources/rutile.svg
tmp="$(mktemp -d)"
trap 'rm -rf "${tmp}"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "${size}" --height "${size}" --output "${tmp}/${size}.png" "${svg}"
done
convert "${tmp}"/{16,24,32,48,64,128,256}.png windows/rutile.ico
png2icns macos/Rutile.icns "${tmp}"/{16,32,48,128,256,512,1024}.png
echo "wrote windows/rutile.ico and macos/Rutile.icns"
