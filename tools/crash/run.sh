#!/usr/bin/env bash
# The kill -9 test of the disaster report submissions (issue 11): concurrent clients submit reports
# to a real `diming serve` on a fresh demo file, the server is killed with SIGKILL mid-way and
# restarted on the same file, the clients resend whatever had no acknowledgement (same ids), then,
# with no server running, every acknowledged report must be in the file exactly once and
# PRAGMA integrity_check must say ok (tools/crash/crash.py; README.md beside this file).
#
#   tools/crash/run.sh [--diming PATH] [--clients N] [--reports N] [--keep]
#
#   --diming PATH   the diming binary (default .build/release/diming when built, else .build/debug/diming;
#                   or $DIMING_BIN)
#   --clients N     concurrent clients (default 16)
#   --reports N     reports per client (default 60)
#   --keep          keep the work folder (database, server log) even when everything passed
#
# Python 3 standard library only. Work goes to tools/crash/work/ (gitignored). Bounded: 3 minutes
# at most. The last line is `crash: N passed, M failed`; the exit status is non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here="$repo/tools/crash"

diming=${DIMING_BIN:-}
[ -n "$diming" ] || { [ -x .build/release/diming ] && diming=.build/release/diming || diming=.build/debug/diming; }
clients=16
reports=60
keep=0
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --reports) reports=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "crash: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "crash: $*" >&2; }
fail() { say "FAIL: $*"; echo "crash: 0 passed, 1 failed"; exit 1; }

[ -x "$diming" ] || fail "no diming binary at $diming (build it, or pass --diming PATH)"
diming=$(cd "$(dirname "$diming")" && pwd)/$(basename "$diming")
run="$here/work/run.$$"
mkdir -p "$run"
db="$run/demo.sqlite"

"$diming" demo --db "$db" --data "$repo/gazetteer" >"$run/demo.log" 2>&1 || { tail -20 "$run/demo.log" >&2; fail "diming demo failed"; }
tokens=()
for i in 1 2 3 4; do
  "$diming" user add "crash-reporter-$i" --role disaster_reporter --db "$db" >>"$run/demo.log" 2>&1 \
    || { tail -5 "$run/demo.log" >&2; fail "diming user add crash-reporter-$i --role disaster_reporter failed"; }
  tokens+=(--token "$("$diming" user token "crash-reporter-$i" --db "$db" 2>>"$run/demo.log" | tail -1)")
done
event=$("$here/event.sh" "$diming" "$db" "崩溃测试 crash test" 2>>"$run/demo.log") || { tail -5 "$run/demo.log" >&2; fail "no event could be made"; }
say "demo file $db, event $event, $((${#tokens[@]} / 2)) reporter tokens; $clients clients × $reports reports with $diming"

timeout -k 10 180 python3 "$here/crash.py" --diming "$diming" --db "$db" "${tokens[@]}" --event "$event" \
  --clients "$clients" --reports "$reports" --work "$run" | tee "$run/result.txt"
status=${PIPESTATUS[0]}
if ((status != 0)); then
  say "FAIL (status $status); the server's log and the file are kept in $run"
  grep -q "crash: .* passed" "$run/result.txt" || echo "crash: 0 passed, 1 failed"
  exit 1
fi
((keep)) || rm -rf "$run"
