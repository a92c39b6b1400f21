#!/usr/bin/env python3
"""Groups a `perf record --call-graph dwarf -p <diming serve>` profile by the part of a report's
path each sample belongs to (the first group whose frame names appear in its stack).

    perf record -F 299 --call-graph dwarf,16384 -p "$(pgrep -f 'diming serve')" -o perf.data -- sleep 8
    tools/bench/reports/perf_groups.py perf.data

Needs perf and `swift demangle`. Async frames end at `swift_job_run`, so a sample is grouped by the
partial function it was in; what is left over is counted as "other"."""
import collections
import subprocess
import sys

GROUPS = [
    ("writer (group commit)", ["durableWrite"]),
    ("token lookup", ["AccessStore.authenticate", "AuthenticationMiddleware"]),
    ("parsing", ["ReportParser", "ReportJSONReader", "ReportBatch"]),
    ("placing (divisions, nearest)", ["NearbyIndex", "ReportAssignment", "Locator", "refuseSwapped", "NearestFeatures"]),
    ("the answer", ["DisasterReportsController.feature", "StoredReport.feature", "JSONOutput"]),
    ("log line", ["KeyValueLogHandler", "RequestLogMiddleware"]),
    ("database round trips", ["DatabasePool.read", "DatabasePool.unsafeRead", "Pool.get", "Pool.release", "SerializedDatabase"]),
    ("the rest of the submission", ["ReportCommitQueue", "Disaster.submit", "DisasterReportsController"]),
    ("HTTP (NIO, Hummingbird)", ["readFromSocket", "HTTPDecoder", "ByteToMessage", "llhttp", "writeToSocket", "flush0",
                                 "Hummingbird", "HTTPServer", "Router", "Middleware", "Responder", "HTTP1Channel",
                                 "SelectableEventLoop", "epoll"]),
    ("scheduling, wake-ups", ["swift_job_run", "swift_task", "_dispatch", "futex", "schedule"]),
]


def main(path: str) -> None:
    script = subprocess.run(f"perf script -i {path} -F comm,ip,sym 2>/dev/null | swift demangle --simplified",
                            shell=True, capture_output=True, text=True, check=True).stdout
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    for block in script.split("\n\n"):
        frames = [line.strip().split(" ", 1)[-1] for line in block.strip().split("\n")[1:]]
        if not frames:
            continue
        total += 1
        stack = "\n".join(frames)
        group = next((name for name, keys in GROUPS if any(key in stack for key in keys)), "other")
        counts[group] += 1
    for name, count in counts.most_common():
        print(f"{100 * count / max(total, 1):5.1f} %  {name}")
    print(f"({total} samples)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "perf.data")
