#!/usr/bin/env bash
# Durable report submissions per second and their latency (p50/p99) with 64 concurrent clients
# against a release `diming serve`, next to this disk's raw fsync rate measured in the same run and
# folder: reports/s ÷ fsyncs/s > 1 shows the group commit (README.md beside this file).
#
#   tools/bench/reports/run.sh [--diming PATH] [--connections 64] [--seconds 15] [--threads 2]
#
# Needs wrk (Debian's package; installed when missing) and a release build (swift build -c release).
# Every request is a new report with its own UUID; after the run the server is stopped and the
# rows are counted read-only: each 201 must be a row (durable).
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)
here="$repo/tools/bench/reports"
diming=${DIMING_BIN:-.build/release/diming}
connections=64
seconds=15
threads=2
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench-reports: unknown argument $1" >&2; exit 2 ;;
  esac
done
say() { echo "bench-reports: $*" >&2; }
[ -x "$diming" ] || { say "no release binary at $diming: swift build -c release"; exit 1; }
if ! command -v wrk >/dev/null; then
  say "installing wrk (Debian)"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
run="$here/work/run.$$"
mkdir -p "$run"
db="$run/bench.sqlite"
"$diming" demo --db "$db" --data "$repo/gazetteer" >"$run/demo.log" 2>&1
"$diming" user add bench-reporter --role disaster_reporter --db "$db" >>"$run/demo.log" 2>&1
token=$("$diming" user token bench-reporter --db "$db" 2>>"$run/demo.log" | tail -1)
event=$("$repo/tools/crash/event.sh" "$diming" "$db" "压测 bench")

say "disk: 4 KiB writes + fsync for 5 s in $run"
fsync=$(python3 "$here/fsync_rate.py" "$run" 5)
say "fsync: $fsync"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$diming" serve --host 127.0.0.1 --port "$port" --db "$db" >"$run/serve.log" 2>&1 &
server=$!
trap 'kill -KILL $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fsS -m 2 "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done

# A short warm-up (connections, page cache), then the measured run.
DIMING_TOKEN=$token DIMING_EVENT=$event wrk -t "$threads" -c "$connections" -d 3s -s "$here/submit.lua" \
  "http://127.0.0.1:$port" >"$run/warmup.txt" 2>&1
say "load: wrk -t $threads -c $connections -d ${seconds}s, every request a new report (POST /reports)"
DIMING_TOKEN=$token DIMING_EVENT=$event wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s \
  -s "$here/submit.lua" "http://127.0.0.1:$port" | tee "$run/wrk.txt" >&2
kill -TERM "$server"; wait "$server" || true
trap - EXIT

python3 - "$db" "$run/warmup.txt" "$run/wrk.txt" "$fsync" "$connections" <<'PY'
import json, sqlite3, sys
db, warm, main, fsync, connections = sys.argv[1:]
def bench(path):
    line = next(l for l in open(path) if l.startswith("BENCH "))
    return json.loads(line[6:])
w, b, f = bench(warm), bench(main), json.loads(fsync)
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = con.execute('SELECT COUNT(*) FROM "disaster_reports"').fetchone()[0]
con.close()
created = b["statuses"].get("201", 0)
acked = created + w["statuses"].get("201", 0)
rate = created / b["seconds"]
print(f"reports:   {rate:,.0f} durable reports/s ({created:,} × 201 in {b['seconds']:.1f} s, {connections} connections); "
      f"other statuses {dict((k, v) for k, v in b['statuses'].items() if k != '201') or 'none'}; "
      f"socket errors {b['connect_errors'] + b['read_errors'] + b['write_errors'] + b['timeouts']}")
print(f"latency:   p50 {b['p50_ms']:.1f} ms, p90 {b['p90_ms']:.1f} ms, p99 {b['p99_ms']:.1f} ms, max {b['max_ms']:.1f} ms")
print(f"disk:      {f['fsyncs_per_s']:,.0f} fsyncs/s (4 KiB write + fsync, p50 {f['p50_ms']} ms, p99 {f['p99_ms']} ms)")
print(f"ratio:     {rate / f['fsyncs_per_s']:.2f} reports per fsync (> 1: commits are shared)")
# wrk stops with requests in flight (at most one per connection, in each of the two runs): those
# may be stored without their 201 having been read.
extra = rows - acked
sound = 0 <= extra <= 2 * int(connections)
print(f"durable:   {rows:,} rows in the file after the server stopped, {acked:,} acknowledged with 201 "
      + (f"(+{extra} in flight when wrk stopped)" if sound else "(LOST ACKNOWLEDGED REPORTS)" if extra < 0 else "(TOO MANY ROWS)"))
if b["first_error"]:
    print(f"first non-2xx answer: {b['first_error']}")
ok = sound and created > 0
print(f"target ≥ 2,000 reports/s at p99 < 50 ms: {'met' if rate >= 2000 and b['p99_ms'] < 50 else 'NOT met'}")
sys.exit(0 if ok else 1)
PY
