#!/usr/bin/env bash
# Builds the fuzz targets of Tests/Fuzz with libFuzzer and AddressSanitizer (in .build-fuzz)
# and runs each for a bounded time on a copy of its seed corpus (Tests/Fuzz/Corpus/<target>),
# in tools/fuzz/work/<target>. Any crash, leak, timeout or out-of-memory fails the target.
# Ends with "fuzz: N passed, M failed"; exits non-zero when M > 0.
#
#   tools/fuzz/run.sh [--seconds N] [TARGET...]     (default: 60 s each, every target)
set -uo pipefail

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
    --seconds=*) seconds="${1#--seconds=}"; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
case "$seconds" in ''|*[!0-9]*) echo "--seconds takes a whole number, got \"$seconds\"" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
package="$root/Tests/Fuzz"
scratch="$root/.build-fuzz"
work="$root/tools/fuzz/work"
if [ ${#targets[@]} -eq 0 ]; then
  targets=(FuzzGeoJSON FuzzCSV FuzzWKT FuzzQueryString FuzzBoundingBox)
fi

echo "fuzz: building the fuzz targets (release, -sanitize=fuzzer,address) in $scratch"
build_start=$(date +%s)
mkdir -p "$work"
if ! swift build --package-path "$package" --scratch-path "$scratch" -c release \
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$work/build.log" 2>&1; then
  # ld.gold warns "Cannot export local symbol '__asan_…'" for every module: harmless, left out.
  grep -v "Cannot export local symbol" "$work/build.log" | tail -n 40
  echo "fuzz: the build failed (log: $work/build.log)"
  echo "fuzz: 0 passed, ${#targets[@]} failed"
  exit 1
fi
echo "fuzz: built in $(( $(date +%s) - build_start )) s"

# Let libFuzzer's own handler report a trap (a failed precondition), with ASan's stack:
# Swift's backtracer would take the signal first and trip ASan while reading memory.
export SWIFT_BACKTRACE=enable=no
passed=0
failed=0
for target in "${targets[@]}"; do
  dir="$work/$target"
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/findings"
  # A copy, so that the inputs libFuzzer adds do not dirty the committed corpus.
  if [ -d "$package/Corpus/$target" ]; then cp -R "$package/Corpus/$target/." "$dir/corpus/"; fi
  echo "fuzz: $target for $seconds s (log: $dir/log)"
  "$scratch/release/$target" "$dir/corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
    -artifact_prefix="$dir/findings/" -print_final_stats=1 >"$dir/log" 2>&1
  status=$?
  findings=$(find "$dir/findings" -type f | sort)
  if [ "$status" -eq 0 ] && [ -z "$findings" ]; then
    passed=$((passed + 1))
    echo "fuzz: $target passed: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$') runs"
  else
    failed=$((failed + 1))
    echo "fuzz: $target FAILED (exit $status); the log ends:"
    grep -E "ERROR|SUMMARY|Fatal error|panic|deadly signal|Test unit written" "$dir/log" | tail -n 8 | sed 's/^/  /'
    for file in $findings; do
      echo "  finding: $file ($(wc -c <"$file") bytes), as hex:"
      od -An -v -tx1 "$file" | head -n 64 | sed 's/^/   /'
    done
  fi
done

echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
