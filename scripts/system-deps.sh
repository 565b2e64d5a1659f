#!/bin/sh
# System libraries the PDF reports need on Debian: Pango (WeasyPrint's text layout and shaping)
# and HarfBuzz subsetting (WeasyPrint embeds font subsets; without it it warns on every PDF),
# and fonts with Arabic glyphs (Noto Naskh Arabic; DejaVu Sans as a fallback).
# Idempotent: installs only what is missing, and does nothing when everything is present.
set -eu
PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-dejavu-core"
missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: please install:$missing (PDF reports need them)" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "system-deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
