#!/usr/bin/env bash
# Installs the system packages Diming builds, tests and runs with, when they are missing.
# Every tool a test needs (TestTools in Tests/*/) is here: CI fails a test that would skip.
# Debian 12 (bookworm); run as root or with sudo available. Safe to run again.
set -euo pipefail

packages=(
  libspatialite-dev          # SpatiaLite headers and library (the CSpatiaLite target)
  libsqlite3-mod-spatialite  # mod_spatialite, for the spatialite CLI, Python and GDAL
  libproj-dev                # PROJ, behind ST_Transform
  libsqlite3-dev
  spatialite-bin             # the spatialite CLI, used by the benchmarks
  libgdal-dev                # GDAL's C API (the CGDAL target): GeoPackage, Shapefile and KML import/export
  gdal-bin                   # ogrinfo/ogr2ogr: tests check that GDAL reads and writes our files
  proj-bin
  libopencc-dev              # OpenCC (the COpenCC target): traditional → simplified characters in search
  opencc                     # its command and conversion tables (t2s.json)
  pkg-config
  libjs-leaflet              # Leaflet, served by `diming serve` at /static/leaflet/ for the map (a test checks it)
  libjs-leaflet.markercluster # its marker clusters, served beside it (a test checks it)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: swift is not on the PATH (Swift 6 toolchain needed)" >&2; exit 1; }
echo "setup: system packages present" >&2
