#!/usr/bin/env bash
# `diming boundary export` read back by strict tools: exports the divisions of a demo database
# (and its boundary lines, where `diming boundary lines` exists), as GeoJSON, as an RFC 8142
# sequence and simplified, then checks every file with check_rfc7946.py (winding, precision,
# ranges inside China, no crs), opens it with `ogrinfo -ro -al -so` (GDAL must count the same
# features) and loads it in QGIS (load_geojson_qgis.py).
#
#   tools/clients/check_export.sh DIMING DB WORKDIR
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
diming=$1; db=$2; work=$3
mkdir -p "$work"
say() { echo "check_export: $*" >&2; }
fail=0

lines=()
if "$diming" boundary --help 2>/dev/null | grep -qE '^  lines( |$)'; then
  # TODO(coordinator): check the flags of `boundary lines` once the lines helper's branch is merged.
  if "$diming" boundary lines --db "$db" >"$work/lines.log" 2>&1; then lines=(--all-lines); else say "FAIL: diming boundary lines"; fail=1; fi
else
  say "diming boundary lines is not on this branch: exporting divisions only"
fi

files=()
export_to() {
  local out=$1; shift
  if "$diming" boundary export --db "$db" "$@" --output "$work/$out" 2>"$work/$out.err"; then
    files+=("$work/$out")
  else
    say "FAIL: diming boundary export $* → $(cat "$work/$out.err")"; fail=1
  fi
}
export_to counties.geojson --level county "${lines[@]}"
export_to townships.geojsons --level township --format geojsonseq
export_to counties-100m.geojson --level county "${lines[@]}" --simplify 100

# China: 73–136°E, 3–54°N (a projected or swapped coordinate falls outside).
/usr/bin/python3 "$here/check_rfc7946.py" --bbox 73,3,136,54 "${files[@]}" || fail=1
for f in "${files[@]}"; do
  count=$(ogrinfo -ro -al -so "$f" 2>"$f.ogr.err" | sed -n 's/^Feature Count: //p' | head -1)
  if [[ -z $count || $count == 0 ]]; then
    say "FAIL: ogrinfo could not read $f: $(head -3 "$f.ogr.err")"; fail=1
  else
    say "ogrinfo $f: $count features"
  fi
done
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$here/load_geojson_qgis.py" "${files[@]}" || fail=1
exit $fail
