#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: set up, build, check the server with real
# clients (GDAL, QGIS, Chromium: tools/clients/), then swift test (library, CLI and server tests).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
swift build --build-tests
tools/clients/run_all.sh --diming .build/debug/diming
swift test --skip-build
