#!/usr/bin/env bash
# Property-based API testing with schemathesis (PyPI, pinned) against a real `diming serve` and
# the OpenAPI document it serves at /api.
#
#   tools/schemathesis/run.sh [--diming PATH] [--max-examples N] [--wall S] [--seed N] [--keep]
#
#   --diming PATH       the diming binary (default .build/debug/diming, or $DIMING_BIN)
#   --max-examples N    schemathesis -n: test cases per operation and phase (default 50)
#   --wall S            wall-clock bound for schemathesis itself (default 480 s; killed after)
#   --seed N            schemathesis --seed (default 1, so that runs are comparable)
#   --keep              keep the work folder even when everything passed
#
# Makes (once) a venv in tools/schemathesis/work/venv with schemathesis==4.32.5, a fresh demo
# database with an admin account, starts the server on a free loopback port (read_access as the
# demo database has it: open), and runs
#   schemathesis --config-file tools/schemathesis/schemathesis.toml \
#     run http://127.0.0.1:PORT/api --checks all -n N -w 1 --seed N
#                    -H "Authorization: Bearer <admin token>" --report ndjson,json
# One worker keeps the load predictable. The server is stopped with SIGTERM at the end, also on
# failure. Operations are counted from the NDJSON report: an operation fails when any of its
# phases failed or errored. The last line is `schemathesis: N passed, M failed` (operations);
# the exit status is non-zero when M > 0.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here="$repo/tools/schemathesis"
work="$here/work"
version=4.32.5

diming=${DIMING_BIN:-.build/debug/diming}
examples=50
# 131 operations took 237 s here; the disaster routes brought 158 and about 300 s.
wall=480
seed=1
keep=0
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --max-examples) examples=$2; shift 2 ;;
    --wall) wall=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "schemathesis: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "schemathesis: $*" >&2; }
broken() { say "FAIL: $*"; echo "schemathesis: 0 passed, 1 failed"; exit 1; }

mkdir -p "$work"
venv="$work/venv"
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$version"; then
  say "making $venv with schemathesis==$version (PyPI)"
  rm -rf "$venv"
  python3 -m venv "$venv" || broken "python3 -m venv failed"
  "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$version" >"$work/pip.log" 2>&1 \
    || { tail -20 "$work/pip.log" >&2; broken "pip install schemathesis==$version failed"; }
fi

[ -x "$diming" ] || broken "no diming binary at $diming (build it, or pass --diming PATH)"
run="$work/run.$$"
mkdir -p "$run"
db="$run/demo.sqlite"
"$diming" demo --db "$db" --data "$repo/gazetteer" >"$run/demo.log" 2>&1 || { tail -20 "$run/demo.log" >&2; broken "$diming demo failed"; }
"$diming" user add st-admin --role admin --db "$db" >/dev/null 2>"$run/user.log" || broken "diming user add failed: $(cat "$run/user.log")"
token=$("$diming" user token st-admin --db "$db" 2>>"$run/user.log") || broken "diming user token failed: $(cat "$run/user.log")"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DIMING_MAPS="$repo/maps" "$diming" serve --host 127.0.0.1 --port "$port" --db "$db" --log-level warning >"$run/serve.log" 2>&1 &
server=$!
trap 'kill -KILL $server 2>/dev/null' EXIT
trap 'exit 130' INT TERM
up=0
for _ in $(seq 1 300); do
  kill -0 "$server" 2>/dev/null || break
  curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && { up=1; break; }
  sleep 0.2
done
((up)) || { tail -20 "$run/serve.log" >&2; broken "the server did not answer /health"; }

t0=$SECONDS
say "schemathesis $version: $diming on port $port, -n $examples, one worker, at most $wall s"
# From the run folder: schemathesis keeps its cache (.schemathesis/) in the current directory.
# schemathesis.toml: the two OGC rules OpenAPI 3.0 cannot state (read it for which).
(cd "$run" && exec timeout -k 10 "$wall" "$venv/bin/schemathesis" --config-file "$here/schemathesis.toml" \
  run "http://127.0.0.1:$port/api" --checks all -n "$examples" -w 1 \
  --seed "$seed" --request-timeout 20 -H "Authorization: Bearer $token" --output-truncate true \
  --report ndjson,json --report-dir "$run/report" >"$run/output.txt" 2>&1)
st=$?
secs=$((SECONDS - t0))
# The readable part of the output: phases, failures (first lines of each), summary.
sed -n '/^Test Phases:/,$p' "$run/output.txt" >&2
grep -E '^_{3,} .* _{3,}$|^- ST[0-9]+ ' "$run/output.txt" | sed 's/^_* \(.*\) _*$/  \1/' | head -80 >&2

stopped=1
kill -TERM "$server" 2>/dev/null
for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || { stopped=0; break; }; sleep 0.1; done
((stopped)) && { say "the server did not stop within 10 s of SIGTERM; killing it"; kill -KILL "$server"; }
wait "$server" 2>/dev/null

if ((st == 124 || st == 137)); then say "schemathesis hit the wall-clock bound ($wall s): counting what it reported"; fi
ndjson=$(ls "$run"/report/*.ndjson 2>/dev/null | head -1)
[ -n "$ndjson" ] || { tail -30 "$run/output.txt" >&2; broken "schemathesis wrote no report (status $st)"; }
summary=$(python3 - "$ndjson" <<'EOF'
import json, sys
ops = {}
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        event = json.loads(line)
    except ValueError:
        continue
    finished = event.get("ScenarioFinished")
    if not finished or not (finished.get("recorder") or {}).get("label"):
        continue
    label = finished["recorder"]["label"]
    ops.setdefault(label, set()).add(finished.get("status"))
failed = sorted(op for op, s in ops.items() if s & {"failure", "error"})
passed = sorted(op for op, s in ops.items() if "success" in s and not s & {"failure", "error"})
skipped = sorted(op for op in ops if op not in failed and op not in passed)
for op in failed:
    print(f"FAIL  {op}")
if skipped:
    print(f"      (skipped in every phase: {', '.join(skipped)})")
print(f"schemathesis: {len(passed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
EOF
)
rc=$?
echo "$summary" | sed '$d'
say "wall time ${secs} s (schemathesis exit status $st); output in $run/output.txt"
if ((rc == 0 && st != 0 && st != 1)); then say "schemathesis exited with status $st"; rc=1; fi
trap - EXIT
((rc == 0 && keep == 0)) && rm -rf "$run"
echo "$summary" | tail -1
exit $rc
