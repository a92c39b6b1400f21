#!/usr/bin/env bash
# The main job on the embedded default: set up, build, build the demo database
# (./diming.sqlite, or $DIMING_DB), list its layers and serve it on http://127.0.0.1:8080/
# (the map at /map) until Ctrl-C. Extra arguments go to `diming serve` (e.g. --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
swift build -c release
.build/release/diming demo
.build/release/diming layers
echo "starting the server: the map is at /map and the API at /api of the address it logs; Ctrl-C stops" >&2
exec .build/release/diming serve "$@"
