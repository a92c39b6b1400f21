#!/usr/bin/env python3
"""This disk's raw fsync rate: write 4 KiB and fsync, again and again, for SECONDS, in FOLDER.

    python3 fsync_rate.py FOLDER [SECONDS]

Prints one JSON line: {"fsyncs_per_s": …, "p50_ms": …, "p99_ms": …}. A durable commit costs at
least one of these (SQLite in WAL mode with synchronous=FULL fsyncs the WAL at each commit), so
reports/s ÷ fsyncs/s above 1 shows that commits are shared (group commit).
"""
import json
import os
import sys
import time

folder = sys.argv[1]
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
path = os.path.join(folder, "fsync-probe.bin")
block = os.urandom(4096)
times = []
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
try:
    end = time.monotonic() + seconds
    offset = 0
    while time.monotonic() < end:
        t = time.monotonic()
        os.pwrite(fd, block, offset)
        os.fsync(fd)
        times.append(time.monotonic() - t)
        offset = (offset + 4096) % (4096 * 256)  # a 1 MiB ring, like a WAL that is reused
finally:
    os.close(fd)
    os.unlink(path)
times.sort()
total = sum(times)
print(json.dumps({"fsyncs": len(times), "fsyncs_per_s": round(len(times) / total, 1),
                  "p50_ms": round(times[len(times) // 2] * 1000, 3), "p99_ms": round(times[int(len(times) * 0.99)] * 1000, 3)}))
