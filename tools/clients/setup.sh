#!/usr/bin/env bash
# Installs what the real-client checks of tools/clients/ need, skipping what is there already.
# Debian 12; run as root (or with sudo). Safe to run again.
#
#   Debian: gdal-bin (ogrinfo/ogr2ogr, OAPIF driver), python3-qgis + qgis-providers (QGIS's
#           OAPIF provider, headless), chromium + chromium-driver (the browser check),
#           libjs-leaflet and libjs-leaflet.markercluster (served by `diming serve` at
#           /static/leaflet/), fonts-wqy-microhei
#           (Chinese glyphs in the screenshot), python3-venv, curl.
#   PyPI:   selenium, in tools/clients/work/venv (made from Debian's /usr/bin/python3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
mkdir -p "$work"

packages=(gdal-bin python3-qgis qgis-providers chromium chromium-driver libjs-leaflet libjs-leaflet.markercluster fonts-wqy-microhei python3-venv curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "clients/setup: installing ${missing[*]} (QGIS is large: a few minutes the first time)" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" \
    >"$work/apt-install.log" 2>&1 || { tail -20 "$work/apt-install.log" >&2; exit 1; }
fi

venv="$work/venv"
if ! "$venv/bin/python" -c 'import selenium' 2>/dev/null; then
  echo "clients/setup: making $venv with selenium from PyPI" >&2
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check 'selenium>=4.11,<5'
fi
echo "clients/setup: GDAL, QGIS, chromium, Leaflet and selenium present" >&2
