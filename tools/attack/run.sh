#!/usr/bin/env bash
# The attack catalogue: hostile and heavy clients against real `diming serve` processes, each on a
# free loopback port over a fresh demo database (see tools/attack/README.md for every case).
#
#   tools/attack/run.sh [--diming PATH] [--only LETTERS] [--concurrency N] [--keep]
#
#   --diming PATH     the diming binary (default .build/debug/diming, or $DIMING_BIN)
#   --only LETTERS    run only these cases (default fcaedbhg: all); e.g. --only e
#   --concurrency N   connections in the concurrency bursts (default 1000)
#   --keep            keep the work folder (database, server logs) even when everything passed
#
# Python 3 standard library only. Everything goes to tools/attack/work/ (gitignored). The servers
# are stopped at the end, also on failure or interruption. The last line is
# `attack: N passed, M failed`; the exit status is non-zero when M > 0 or the run broke.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here="$repo/tools/attack"
work="$here/work"

diming=${DIMING_BIN:-.build/debug/diming}
only=fcaedbhg
concurrency=1000
keep=0
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "attack: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "attack: $*" >&2; }

[ -x "$diming" ] || { say "FAIL: no diming binary at $diming (build it, or pass --diming PATH)"; echo "attack: 0 passed, 1 failed"; exit 1; }
diming=$(cd "$(dirname "$diming")" && pwd)/$(basename "$diming")
command -v python3 >/dev/null || { say "FAIL: python3 not found"; echo "attack: 0 passed, 1 failed"; exit 1; }
command -v curl >/dev/null || true

# The client opens 1,100+ sockets at once: raise this shell's descriptor limit (the server of case b
# gets its own `ulimit -n 1024`).
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (( $(ulimit -n) < 2048 )); then
  say "FAIL: the file-descriptor limit is $(ulimit -n) (hard $(ulimit -Hn)); the checks need 2048"
  echo "attack: 0 passed, 1 failed"; exit 1
fi

run="$work/run.$$"
mkdir -p "$run"
pids="$run/server.pids"
: >"$pids"
cleanup() {
  # Servers the Python side could not stop (it was killed, or timed out); a passing run's folder is gone.
  [ -f "$pids" ] || return 0
  while read -r pid; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && { say "killing leftover server $pid"; kill -KILL "$pid" 2>/dev/null; }
  done <"$pids"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

db="$run/demo.sqlite"
t0=$SECONDS
"$diming" demo --db "$db" --data "$repo/gazetteer" >"$run/demo.log" 2>&1 \
  || { say "FAIL: $diming demo --db $db failed:"; tail -20 "$run/demo.log" >&2; echo "attack: 0 passed, 1 failed"; exit 1; }
say "demo database $db ready; running the catalogue with $diming"

# Bounded: the catalogue's own waits add up to a few minutes; 15 minutes is a hard stop.
timeout -k 10 900 python3 "$here/attack.py" --diming "$diming" --db "$db" --work "$run" --maps "$repo/maps" \
  --only "$only" --concurrency "$concurrency" 2>&1 | tee "$run/out.txt" | grep --line-buffered -Ev '^attack: [0-9]+ passed, [0-9]+ failed$'
rc=${PIPESTATUS[0]}
summary=$(tail -1 "$run/out.txt")
if ! grep -Eq '^attack: [0-9]+ passed, [0-9]+ failed$' <<<"$summary"; then
  ((rc == 124 || rc == 137)) && say "FAIL: the catalogue did not finish within 15 minutes" \
    || say "FAIL: the catalogue broke (status $rc) before its summary"
  passed=$(grep -c '^PASS ' "$run/out.txt"); failed=$(grep -c '^FAIL ' "$run/out.txt")
  summary="attack: $passed passed, $((failed + 1)) failed"
  ((rc == 0)) && rc=1
fi
say "wall time $((SECONDS - t0)) s"
if ((rc == 0 && keep == 0)); then rm -rf "$run"; else say "work folder kept: $run"; fi
echo "$summary"
exit $((rc == 0 ? 0 : 1))
