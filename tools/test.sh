#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: set up, build (debug, and release for the load
# checks, which measure the build users run), check the server with real clients (GDAL, QGIS,
# Chromium: tools/clients/), attack it (tools/attack/: hostile clients, role × scope matrix,
# memory under load on the demo and on China's 2,875 counties), run schemathesis against its
# OpenAPI document, fuzz the readers and parsers (tools/fuzz/, 60 s a target), then swift test
# (library, CLI and server tests). Each check ends with "<name>: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
swift build --build-tests
swift build -c release
tools/clients/run_all.sh --diming .build/debug/diming
tools/attack/run.sh --diming .build/release/diming
tools/schemathesis/run.sh --diming .build/debug/diming
tools/attack/memory.sh --diming .build/release/diming --counties
tools/fuzz/run.sh --seconds "${DIMING_FUZZ_SECONDS:-60}"
swift test --skip-build
