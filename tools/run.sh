#!/usr/bin/env bash
# The main job on the embedded default: set up, build, build the demo database
# (./diming.sqlite, or $DIMING_DB) and show its layers.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
swift build -c release
.build/release/diming demo
.build/release/diming layers
