#!/usr/bin/env bash
# GDAL's OGC API - Features client (the OAPIF driver of Debian's gdal-bin) against a running server.
#
#   tools/clients/check_gdal.sh PORT [HOST]
#
# 1. `ogrinfo OAPIF:http://HOST:PORT/` must list every collection that /collections lists.
# 2. `ogr2ogr -f GeoJSON out.json OAPIF:http://HOST:PORT/ divisions` (and addresses, which takes
#    many pages at GDAL's page size of 10, and the three boundary layers) must fetch every feature exactly once: the count is
#    compared with the server's numberMatched, or with a full paging of /items when the server
#    does not give numberMatched.
# Exits non-zero with a message naming what failed. Output goes to tools/clients/work/gdal/.
set -uo pipefail

port=${1:?usage: check_gdal.sh PORT [HOST]}
host=${2:-127.0.0.1}
here="$(cd "$(dirname "$0")" && pwd)"
base="http://$host:$port"
work="$here/work/gdal"
mkdir -p "$work"
fail=0
say() { echo "check_gdal: $*" >&2; }
bad() { say "FAIL: $*"; fail=1; }

if ! command -v ogrinfo >/dev/null || ! command -v ogr2ogr >/dev/null; then
  say "installing gdal-bin"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gdal-bin >/dev/null \
    || { say "FAIL: cannot install gdal-bin"; exit 2; }
fi
say "$(ogrinfo --version)"

# The server's own answers, read with Python's standard library (any python3 will do).
py=$(command -v /usr/bin/python3 || command -v python3)
server_info() {  # prints the collection ids, one a line
  "$py" - "$base" <<'EOF'
import json, sys, urllib.request
base = sys.argv[1]
req = urllib.request.Request(base + "/collections", headers={"Accept": "application/json"})
try:
    cols = json.load(urllib.request.urlopen(req, timeout=30))["collections"]
except Exception as e:
    sys.exit(f"check_gdal: GET {base}/collections: {e}")
for c in cols:
    print(c["id"])
EOF
}
count_items() {  # numberMatched of a collection, else the count over every `next` page; "ids" mode checks uniqueness
  "$py" - "$base" "$1" <<'EOF'
import json, sys, urllib.request
base, cid = sys.argv[1], sys.argv[2]
def get(url):
    req = urllib.request.Request(url, headers={"Accept": "application/geo+json"})
    try:
        return json.load(urllib.request.urlopen(req, timeout=60))
    except Exception as e:
        sys.exit(f"check_gdal: GET {url}: {e}")
url, n, pages, matched = f"{base}/collections/{cid}/items?limit=1000", 0, 0, None
while url and pages < 10000:
    fc = get(url); pages += 1
    if matched is None:
        matched = fc.get("numberMatched")
    n += len(fc["features"])
    url = next((l["href"] for l in fc.get("links", []) if l.get("rel") == "next"), None)
    if not fc["features"]:
        break
print(n if matched is None else matched, n)
EOF
}

ids=$(server_info) || { say "FAIL: $base/collections did not answer with a collections list"; exit 1; }
[ -n "$ids" ] || { say "FAIL: $base/collections lists no collection"; exit 1; }
say "server lists: $(echo $ids)"

# 1. ogrinfo lists every collection.
if ogrinfo -ro -q "OAPIF:$base/" >"$work/ogrinfo.txt" 2>"$work/ogrinfo.err"; then
  for id in $ids; do
    grep -Eq "^[0-9]+: $id( |$)" "$work/ogrinfo.txt" || bad "ogrinfo OAPIF:$base/ does not list collection '$id' (see $work/ogrinfo.txt)"
  done
  listed=$(grep -Ec '^[0-9]+: ' "$work/ogrinfo.txt")
  say "ogrinfo listed $listed layers"
else
  bad "ogrinfo OAPIF:$base/ failed: $(head -c 600 "$work/ogrinfo.err")"
fi

# 2. ogr2ogr fetches every feature.
# The boundary layers too (filled by seed_boundaries.py; 130 markers are 13 of GDAL's pages).
for layer in divisions addresses boundary_lines boundary_markers inspections; do
  if ! grep -qx "$layer" <<<"$ids"; then
    bad "the server has no '$layer' collection"
    continue
  fi
  out="$work/$layer.json"
  rm -f "$out"
  start=$(date +%s.%N)
  if ! ogr2ogr -f GeoJSON "$out" "OAPIF:$base/" "$layer" 2>"$work/ogr2ogr-$layer.err"; then
    bad "ogr2ogr -f GeoJSON $out OAPIF:$base/ $layer failed: $(head -c 600 "$work/ogr2ogr-$layer.err")"
    continue
  fi
  secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
  got=$(ogrinfo -ro -so -al "$out" 2>/dev/null | sed -n 's/^Feature Count: //p')
  read -r expected paged < <(count_items "$layer") || { bad "cannot read $base/collections/$layer/items"; continue; }
  [ "$expected" = "$paged" ] || bad "$layer: numberMatched $expected but paging the server's next links gave $paged features"
  if [ "$got" != "$expected" ]; then
    bad "$layer: ogr2ogr fetched ${got:-no} features, the server has $expected"
  else
    # Every feature exactly once: no two features alike (GDAL does not keep the server's ids in
    # its GeoJSON output, so the properties and geometry are compared).
    dups=$("$py" -c 'import json,sys,collections
fs=json.load(open(sys.argv[1]))["features"]
c=collections.Counter(json.dumps([f.get("properties"),f.get("geometry")],sort_keys=True) for f in fs)
print(sum(n-1 for n in c.values()))' "$out")
    [ "$dups" = "0" ] || bad "$layer: ogr2ogr got $dups features twice (paging overlaps)"
    say "ok: ogr2ogr fetched all $got $layer features in ${secs}s"
  fi
done

if ((fail)); then say "FAILED"; exit 1; fi
say "passed"
