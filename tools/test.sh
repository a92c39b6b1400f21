#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: set up, build (debug, and release for the load
# checks, which measure the build users run), check the server with real clients (GDAL, QGIS,
# Chromium: tools/clients/), attack it (tools/attack/: hostile clients, role × scope matrix,
# memory under load on the demo and on China's 2,875 counties), kill -9 the server while clients
# submit disaster reports and fail its fsync (tools/crash/: nothing acknowledged lost or doubled), run schemathesis against its
# OpenAPI document, fuzz the readers and parsers (tools/fuzz/, 60 s a target), then swift test
# (library, CLI and server tests). Each check ends with "<name>: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
swift build --build-tests
swift build -c release
tools/clients/run_all.sh --diming .build/debug/diming
tools/attack/run.sh --diming .build/release/diming
tools/crash/run.sh --diming .build/release/diming
tools/crash/fsync_fault.sh --diming .build/release/diming
tools/schemathesis/run.sh --diming .build/debug/diming
tools/attack/memory.sh --diming .build/release/diming --counties
tools/fuzz/run.sh --seconds "${DIMING_FUZZ_SECONDS:-60}"
# A test skips only where a tool it needs is missing (TestTools in each test target), and
# tools/setup.sh installs them all: in CI (CI=true) such a test runs and fails instead, and a
# skip of any kind fails the run, so that none goes unnoticed.
log=$(mktemp)
swift test --skip-build 2>&1 | tee "$log"
ci=${CI:-}
if [[ ${ci,,} == true || $ci == 1 ]] && grep -E '(Test|Suite) .* skipped' "$log" >&2; then
  echo "test: skipped in CI (above); tools/setup.sh must install what these tests need" >&2
  exit 1
fi
