#!/usr/bin/env bash
# Server benchmark: `diming serve` against pygeoapi serving THE SAME SpatiaLite file, with wrk.
#
#   tools/bench/server/run.sh [--diming PATH] [--db PATH] [--duration S] [--connections C]
#                             [--threads T] [--workers W] [--pygeoapi-only]
#
#   --diming PATH     the diming binary (default .build/release/diming; a debug build works but
#                     its numbers say little)
#   --db PATH         the SpatiaLite file both servers serve (default: a demo database made with
#                     `diming demo --db tools/bench/server/work/demo.sqlite`)
#   --duration S      seconds of wrk per URL and server (default 15)
#   --connections C   wrk connections, the same for both servers (default 16)
#   --threads T       wrk threads (default 2)
#   --workers W       gunicorn sync workers for pygeoapi (default 2 × cores + 1, gunicorn's advice)
#   --pygeoapi-only   measure pygeoapi alone (before `diming serve` exists)
#
# The servers run one after the other on loopback, never at the same time. The table goes to
# stdout and to tools/bench/server/work/results.txt. Everything made or downloaded stays in
# tools/bench/server/work/ (the pygeoapi venv, configs, logs, the demo database).
set -uo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)
B="$repo/tools/bench/server"
W="$B/work"
mkdir -p "$W"

DIMING=.build/release/diming
DB=""
DURATION=15
CONNECTIONS=16
THREADS=2
WORKERS=$(( 2 * $(nproc) + 1 ))
PYGEOAPI_ONLY=0
while (($#)); do
  case "$1" in
    --diming) DIMING=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --pygeoapi-only) PYGEOAPI_ONLY=1; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "bench/server: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

URLS=(
  "/collections/divisions/items?limit=100"
  "/collections/addresses/items?bbox=111.44,30.37,111.46,30.39&limit=100"
)
ACCEPT="Accept: application/geo+json, application/json"

# ---- set-up: wrk (Debian), pygeoapi + gunicorn (PyPI) in a venv of Debian's python3 -------------
if ! command -v wrk >/dev/null; then
  say "installing wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null \
    || die "cannot install wrk"
fi
for p in libsqlite3-mod-spatialite python3-venv curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || {
    say "installing $p"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null || die "cannot install $p"; }
done
VENV="$W/venv"
if ! "$VENV/bin/python" -c 'import pygeoapi, gunicorn' 2>/dev/null; then
  say "making $VENV (Debian's /usr/bin/python3, --system-site-packages: its sqlite3 loads mod_spatialite) with pygeoapi and gunicorn"
  rm -rf "$VENV"
  /usr/bin/python3 -m venv --system-site-packages "$VENV" || die "python3 -m venv failed"
  "$VENV/bin/pip" install -q --disable-pip-version-check pygeoapi gunicorn >"$W/pip.log" 2>&1 \
    || { tail -20 "$W/pip.log" >&2; die "pip install pygeoapi gunicorn failed"; }
fi
"$VENV/bin/python" -c 'import sqlite3; c = sqlite3.connect(":memory:"); c.enable_load_extension(True); c.load_extension("mod_spatialite")' \
  || die "the venv's sqlite3 cannot load mod_spatialite"

# ---- the database ---------------------------------------------------------------------------
if ((PYGEOAPI_ONLY == 0)); then
  [ -x "$DIMING" ] || die "no diming binary at $DIMING (swift build -c release, or --diming PATH)"
  "$DIMING" help serve >/dev/null 2>&1 || die "$DIMING has no 'serve' command yet (use --pygeoapi-only)"
fi
if [ -z "$DB" ]; then
  DB="$W/demo.sqlite"
  maker=""
  for cand in "$DIMING" .build/release/diming .build/debug/diming .build-server/debug/diming; do
    [ -x "$cand" ] && { maker=$cand; break; }
  done
  [ -n "$maker" ] || die "no diming binary to make the demo database with; pass --db PATH"
  "$maker" demo --db "$DB" --data "$repo/gazetteer" >"$W/demo.log" 2>&1 || { cat "$W/demo.log" >&2; die "$maker demo failed"; }
fi
[ -f "$DB" ] || die "no database at $DB"
DB=$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_up() {  # url pid name
  for _ in $(seq 1 300); do
    kill -0 "$2" 2>/dev/null || { say "$3 exited before answering"; return 1; }
    curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  say "$3 did not answer $1 within 60 s"; return 1
}

stop() {  # pid
  kill -TERM "$1" 2>/dev/null || return 0
  for _ in $(seq 1 200); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$1" 2>/dev/null && kill -KILL "$1" 2>/dev/null
  wait "$1" 2>/dev/null
  return 0
}

# One response, to check it and to know its size and feature count.
probe() {  # url -> "features bytes hash-of-the-features'-properties" (ids may differ: diming uses codes)
  curl -fsS -m 30 -H "$ACCEPT" "$1" -o "$W/probe.json" || { echo "ERR 0 -"; return; }
  /usr/bin/python3 - "$W/probe.json" <<'EOF'
import hashlib, json, os, sys
d = json.load(open(sys.argv[1]))
props = sorted(json.dumps({k: v for k, v in (f.get("properties") or {}).items() if k != "id"}, sort_keys=True, ensure_ascii=False)
               for f in d.get("features", []))
print(len(props), os.path.getsize(sys.argv[1]), hashlib.sha1("\n".join(props).encode()).hexdigest()[:8])
EOF
}

# wrk, then: requests/s, p99 in ms, errors (socket errors + non-2xx).
measure() {  # url label
  local out="$W/wrk-$2.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s --timeout 30s -H "$ACCEPT" "$1" >/dev/null 2>&1   # warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -H "$ACCEPT" "$1" >"$out" 2>&1
  awk '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
                  p99 = (u == "us") ? v / 1000 : (u == "ms") ? v : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
    /Socket errors:/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { err += $5 }
    END { printf "%s %.2f %d\n", (rps == "" ? "0" : rps), p99, err }' "$out"
}

declare -A RPS P99 ERR FEAT BYTES IDS

run_server() {  # name
  local name=$1 port pid base
  port=$(free_port)
  base="http://127.0.0.1:$port"
  case "$name" in
    pygeoapi)
      sed -e "s|@DB@|$DB|g; s|@HOST@|127.0.0.1|g; s|@PORT@|$port|g" "$B/pygeoapi-config.yml.in" >"$W/pygeoapi-config.yml"
      export PYGEOAPI_CONFIG="$W/pygeoapi-config.yml" PYGEOAPI_OPENAPI="$W/pygeoapi-openapi.yml"
      "$VENV/bin/pygeoapi" openapi generate "$PYGEOAPI_CONFIG" --output-file "$PYGEOAPI_OPENAPI" >"$W/pygeoapi-openapi.log" 2>&1 \
        || { cat "$W/pygeoapi-openapi.log" >&2; die "pygeoapi openapi generate failed"; }
      (cd "$W" && exec "$VENV/bin/gunicorn" --no-control-socket --workers "$WORKERS" --bind "127.0.0.1:$port" \
         --log-level warning pygeoapi.flask_app:APP) >"$W/pygeoapi.log" 2>&1 &
      pid=$!
      say "pygeoapi $("$VENV/bin/python" -c 'import pygeoapi; print(pygeoapi.__version__)') under gunicorn, $WORKERS sync workers, port $port"
      wait_up "$base/collections" "$pid" pygeoapi || { tail -20 "$W/pygeoapi.log" >&2; stop "$pid"; die "pygeoapi did not start"; }
      ;;
    diming)
      # shellcheck disable=SC2086
      "$DIMING" serve --host 127.0.0.1 --port "$port" --db "$DB" --open-read --log-level "${DIMING_LOG_LEVEL:-warning}" \
        ${DIMING_SERVE_ARGS:-} >"$W/diming.log" 2>&1 &
      pid=$!
      say "$DIMING serve, port $port"
      wait_up "$base/health" "$pid" diming || { tail -20 "$W/diming.log" >&2; stop "$pid"; die "diming serve did not start"; }
      ;;
  esac
  local i=0 u r
  for u in "${URLS[@]}"; do
    read -r FEAT[$name,$i] BYTES[$name,$i] IDS[$name,$i] < <(probe "$base$u")
    [ "${FEAT[$name,$i]}" != "ERR" ] || { stop "$pid"; die "$name: GET $u failed"; }
    say "$name: GET $u → ${FEAT[$name,$i]} features, ${BYTES[$name,$i]} bytes; wrk ${DURATION}s…"
    read -r r p e < <(measure "$base$u" "$name-$i")
    RPS[$name,$i]=$r; P99[$name,$i]=$p; ERR[$name,$i]=$e
    i=$((i + 1))
  done
  stop "$pid"
}

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$LOAD_BEFORE" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  say "WARNING: load average $LOAD_BEFORE on $(nproc) cores before starting: something else is running, the numbers will be low and noisy"
fi
run_server pygeoapi
if ((PYGEOAPI_ONLY == 0)); then run_server diming; fi

# ---- the table ------------------------------------------------------------------------------
{
  echo "Server benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
  echo "database: $DB"
  echo "load average before the run: $LOAD_BEFORE (1 min), after: $(cut -d' ' -f1 /proc/loadavg)"
  echo "wrk $THREADS threads, $CONNECTIONS connections, ${DURATION}s per URL (after a 2 s warm-up), timeout 30 s"
  echo "pygeoapi: gunicorn, $WORKERS sync workers; diming: $( ((PYGEOAPI_ONLY)) && echo 'not run' || echo "$DIMING" )"
  echo
  printf "%-72s %-9s %10s %10s %7s %9s %9s\n" "URL" "server" "req/s" "p99 ms" "errors" "features" "bytes"
  i=0
  for u in "${URLS[@]}"; do
    for s in pygeoapi diming; do
      [ -n "${RPS[$s,$i]:-}" ] || continue
      printf "%-72s %-9s %10s %10s %7s %9s %9s\n" "$u" "$s" "${RPS[$s,$i]}" "${P99[$s,$i]}" "${ERR[$s,$i]}" "${FEAT[$s,$i]}" "${BYTES[$s,$i]}"
    done
    i=$((i + 1))
  done
  if ((PYGEOAPI_ONLY == 0)); then
    echo
    i=0; met=1
    for u in "${URLS[@]}"; do
      ratio=$(awk -v a="${RPS[diming,$i]}" -v b="${RPS[pygeoapi,$i]}" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
      lower=$(awk -v a="${P99[diming,$i]}" -v b="${P99[pygeoapi,$i]}" 'BEGIN { print (a < b ? "yes" : "no") }')
      ok=$(awk -v r="$ratio" -v l="$lower" 'BEGIN { print (r >= 5 && l == "yes" ? "met" : "NOT met") }')
      [ "$ok" = met ] || met=0
      same=$([ "${FEAT[diming,$i]}" = "${FEAT[pygeoapi,$i]}" ] && echo "same features" || echo "DIFFERENT feature counts")
      [ "${IDS[diming,$i]}" = "${IDS[pygeoapi,$i]}" ] || same="$same, DIFFERENT properties"
      echo "ratio diming/pygeoapi: ${ratio}× requests/s, p99 lower: $lower, target (≥ 5×, lower p99): $ok — $u ($same)"
      i=$((i + 1))
    done
    echo
    ((met)) && echo "target met on every URL" || echo "target NOT met on every URL"
  fi
} | tee "$W/results.txt"
