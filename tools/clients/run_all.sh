#!/usr/bin/env bash
# Runs the real-client checks against a real `diming serve`: GDAL (ogrinfo/ogr2ogr, OAPIF),
# QGIS (python3-qgis, OAPIF provider, headless), chromium (the web map at /map; the offline field
# form at /report, check_field_form.py), QGIS
# editing a demo file directly through its spatialite provider (the file's guards, check_qgis_edit.py),
# and `diming boundary export` files checked strictly (check_export.sh: check_rfc7946.py, ogrinfo, QGIS).
#
#   tools/clients/run_all.sh [--diming PATH] [--db PATH] [--screenshot PNG] [--screenshots DIR] [--no-setup]
#
#   --diming PATH     the diming binary (default .build/debug/diming, or $DIMING_BIN)
#   --db PATH         the SpatiaLite file to serve (default: a fresh demo database made with
#                     `diming demo --db` under tools/clients/work/)
#   --screenshot PNG  where the map screenshot goes (default tools/clients/work/screenshot.png;
#                     pass maps/screenshot.png to refresh the README's picture)
#   --screenshots DIR where screenshot_map.py saves its four views (default
#                     tools/clients/work/screenshots; pass maps/screenshots to refresh the README's)
#   --no-setup        do not run tools/clients/setup.sh first
# A fresh demo database also gets boundary features (seed_boundaries.py). The server runs with --open-read (anyone may read); extra `diming serve` arguments can be given
# in $DIMING_SERVE_ARGS.
#
# Starts the server on a free loopback port, waits for /health, runs the server checks (GDAL, QGIS, browser, screenshots) and
# the QGIS edit of a second demo file, stops the server with SIGTERM (it must exit cleanly) and
# exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here="$repo/tools/clients"
work="$here/work"
mkdir -p "$work"

diming=${DIMING_BIN:-.build/debug/diming}
db=""
seed_token=""
shot="$work/screenshot.png"
shots="$work/screenshots"
setup=1
while (($#)); do
  case "$1" in
    --diming) diming=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --screenshot) shot=$2; shift 2 ;;
    --screenshots) shots=$2; shift 2 ;;
    --no-setup) setup=0; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "run_all: unknown argument $1" >&2; exit 2 ;;
  esac
done
say() { echo "run_all: $*" >&2; }

if ((setup)); then
  "$here/setup.sh" || { say "FAIL: tools/clients/setup.sh failed"; exit 1; }
fi

run="$work/run.$$"
mkdir -p "$run"
[ -x "$diming" ] || { say "FAIL: no diming binary at $diming (build it, or pass --diming PATH)"; exit 1; }
if [ -z "$db" ]; then
  db="$run/demo.sqlite"
  "$diming" demo --db "$db" --data "$repo/gazetteer" >"$run/demo.log" 2>&1 \
    || { say "FAIL: $diming demo --db $db failed:"; tail -20 "$run/demo.log" >&2; exit 1; }
  # The demo has no boundary features: an admin (their only editor) adds a line, 130 markers and
  # 12 findings once the server is up (seed_boundaries.py), so every client reads all three.
  "$diming" user add clients-seed --role admin --db "$db" >/dev/null 2>>"$run/demo.log" \
    && seed_token=$("$diming" user token clients-seed --db "$db" 2>>"$run/demo.log") \
    || { say "FAIL: diming user add/token for the boundary seed failed"; tail -5 "$run/demo.log" >&2; exit 1; }
fi
[ -f "$db" ] || { say "FAIL: no database at $db"; exit 1; }

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# shellcheck disable=SC2206
# --open-read: GDAL, QGIS and the page read without a token (the deployment setting may close reading).
cmd=("$diming" serve --host 127.0.0.1 --port "$port" --db "$db" --open-read ${DIMING_SERVE_ARGS:-})
say "starting: ${cmd[*]}"
"${cmd[@]}" >"$run/serve.log" 2>&1 &
server=$!

stop_server() {
  if kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    for _ in $(seq 1 150); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server" 2>/dev/null; then
      say "FAIL: the server did not stop within 15 s of SIGTERM; killing it"
      kill -KILL "$server"; wait "$server" 2>/dev/null
      return 1
    fi
  fi
  wait "$server"; local rc=$?
  if ((rc != 0)); then
    say "FAIL: the server exited with status $rc after SIGTERM (a graceful shutdown exits 0)"
    return 1
  fi
  return 0
}
trap 'kill -KILL $server 2>/dev/null' EXIT

up=0
for _ in $(seq 1 300); do
  if ! kill -0 "$server" 2>/dev/null; then
    say "FAIL: the server exited before answering /health:"; tail -30 "$run/serve.log" >&2; exit 1
  fi
  if curl -fsS -m 2 "http://127.0.0.1:$port/health" >"$run/health.json" 2>/dev/null; then up=1; break; fi
  sleep 0.2
done
((up)) || { say "FAIL: no answer from http://127.0.0.1:$port/health within 60 s"; tail -30 "$run/serve.log" >&2; stop_server; exit 1; }
say "server up on port $port: $(head -c 300 "$run/health.json")"

passed=0; failed=0; failed_names=()
check() {
  local name=$1; shift
  say "── $name"
  local t0=$SECONDS
  if timeout 300 "$@"; then
    passed=$((passed + 1)); say "── $name passed ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failed_names+=("$name"); say "── $name FAILED ($((SECONDS - t0)) s)"
  fi
}
[ -n "$seed_token" ] && check seed /usr/bin/python3 "$here/seed_boundaries.py" "$port" "$seed_token" "$db"
check gdal "$here/check_gdal.sh" "$port"
check qgis env QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$here/check_qgis.py" "$port"
check browser "$here/work/venv/bin/python" "$here/check_map.py" "$port" --screenshot "$shot"
# Its own server behind a proxy at /gis/ (--base-url): the README's screenshots, each checked.
check screenshots "$here/work/venv/bin/python" "$here/screenshot_map.py" --diming "$diming" --db "$db" --out "$shots"
# The offline field form (/report): its own server and demo file, chromium with the network cut.
check field-form "$here/work/venv/bin/python" "$here/check_field_form.py" --diming "$diming" --screenshot "$work/field-form.png"
# QGIS editing a file directly (not the served one): the file's guards audit and refuse.
if "$diming" demo --db "$run/edit.sqlite" --data "$repo/gazetteer" >"$run/edit-demo.log" 2>&1; then
  check qgis-edit env QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$here/check_qgis_edit.py" "$run/edit.sqlite"
else
  failed=$((failed + 1)); failed_names+=("qgis-edit"); say "FAIL: $diming demo --db $run/edit.sqlite failed"
fi

# `diming boundary export` of a demo file: strict RFC 7946 check, GDAL and QGIS read it back.
if "$diming" demo --db "$run/export.sqlite" --data "$repo/gazetteer" >"$run/export-demo.log" 2>&1; then
  check boundary-export "$here/check_export.sh" "$diming" "$run/export.sqlite" "$run/export"
else
  failed=$((failed + 1)); failed_names+=("boundary-export"); say "FAIL: $diming demo --db $run/export.sqlite failed"
fi

if stop_server; then
  passed=$((passed + 1)); say "── shutdown on SIGTERM: clean"
else
  failed=$((failed + 1)); failed_names+=("shutdown")
fi
trap - EXIT
if ((failed)); then
  say "server log: $run/serve.log (last lines below)"; tail -15 "$run/serve.log" >&2
else
  rm -rf "$run"
fi
((failed)) && say "failed: ${failed_names[*]}"
echo "run_all: $passed passed, $failed failed"
((failed == 0))
