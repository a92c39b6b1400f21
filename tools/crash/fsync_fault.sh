#!/usr/bin/env bash
# The power-cut test of the disaster report submissions (disaster.md TC-6.5), without root: a small
# C shim (fsync_fault.c, built here with `cc -shared -fPIC`) is loaded into `diming serve` with
# LD_PRELOAD and makes fsync/fdatasync fail with EIO while a trigger file exists. The server must
# answer 5xx (never 201/200) while its commits cannot be made durable, recover when the fault is
# lifted, and after a kill -9 at the moment of failure lose nothing it acknowledged and store each
# resent report once, in a sound file (tools/crash/fsync_fault.py; README.md beside this file).
#
#   tools/crash/fsync_fault.sh [--diming PATH] [--keep]
#
#   --diming PATH   the diming binary (default .build/release/diming when built, else .build/debug/diming;
#                   or $DIMING_BIN)
#   --keep          keep the work folder (database, server log) even when everything passed
#
# Needs cc and Python 3 (standard library). Work goes to tools/crash/work/ (gitignored). Bounded:
# 2 minutes at most. The last line is `fsync-fault: N passed, M failed`; non-zero exit on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here="$repo/tools/crash"

diming=${DIMING_BIN:-}
[ -n "$diming" ] || { [ -x .build/release/diming ] && diming=.build/release/diming || diming=.build/debug/diming; }
keep=0
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "fsync-fault: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "fsync-fault: $*" >&2; }
fail() { say "FAIL: $*"; echo "fsync-fault: 0 passed, 1 failed"; exit 1; }

[ -x "$diming" ] || fail "no diming binary at $diming (build it, or pass --diming PATH)"
diming=$(cd "$(dirname "$diming")" && pwd)/$(basename "$diming")
run="$here/work/fsync.$$"
mkdir -p "$run"
db="$run/demo.sqlite"
shim="$run/fsync_fault.so"

cc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$shim" "$here/fsync_fault.c" -ldl 2>"$run/cc.log" \
  || { cat "$run/cc.log" >&2; fail "the fsync shim does not compile (cc)"; }
"$diming" demo --db "$db" --data "$repo/gazetteer" >"$run/demo.log" 2>&1 || { tail -20 "$run/demo.log" >&2; fail "diming demo failed"; }
tokens=()
for i in 1 2; do
  "$diming" user add "fsync-reporter-$i" --role disaster_reporter --db "$db" >>"$run/demo.log" 2>&1 \
    || { tail -5 "$run/demo.log" >&2; fail "diming user add fsync-reporter-$i --role disaster_reporter failed"; }
  tokens+=(--token "$("$diming" user token "fsync-reporter-$i" --db "$db" 2>>"$run/demo.log" | tail -1)")
done
event=$("$here/event.sh" "$diming" "$db" "断电测试 power cut test" 2>>"$run/demo.log") || { tail -5 "$run/demo.log" >&2; fail "no event could be made"; }
say "demo file $db, event $event; fsync fails while $run/fsync.fail exists; $diming"

timeout -k 10 110 python3 "$here/fsync_fault.py" --diming "$diming" --db "$db" "${tokens[@]}" --event "$event" \
  --shim "$shim" --work "$run" | tee "$run/result.txt"
status=${PIPESTATUS[0]}
if ((status != 0)); then
  say "FAIL (status $status); the server's log and the file are kept in $run"
  grep -q "fsync-fault: .* passed" "$run/result.txt" || echo "fsync-fault: 0 passed, 1 failed"
  exit 1
fi
((keep)) || rm -rf "$run"
