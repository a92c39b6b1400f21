#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: set up, then swift test.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
swift build --build-tests
swift test --skip-build
