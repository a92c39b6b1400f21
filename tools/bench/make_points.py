#!/usr/bin/env python3
"""Write N random points, uniform in the bbox of the counties file, as CSV.

Usage: make_points.py N SEED [COUNTIES.geojson] > points.csv

Output: header "id,lon,lat", then N rows; ids are 1..N. The same N and SEED
always give the same file (Python's random is a seeded Mersenne Twister), so
every peer and every run sees the same points.
"""
import json
import random
import sys


def bbox(path):
    """Bounding box of all coordinates in a FeatureCollection of MultiPolygons."""
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    xs, ys = [], []
    for feat in fc["features"]:
        for poly in feat["geometry"]["coordinates"]:
            for ring in poly:
                xs.extend(p[0] for p in ring)
                ys.extend(p[1] for p in ring)
    return min(xs), min(ys), max(xs), max(ys)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    path = sys.argv[3] if len(sys.argv) == 4 else "tools/bench/work/china-counties.geojson"
    x0, y0, x1, y1 = bbox(path)
    print(f"bbox {x0} {y0} {x1} {y1}", file=sys.stderr)
    rng = random.Random(seed)
    out = sys.stdout
    out.write("id,lon,lat\n")
    rows = []
    for i in range(1, n + 1):
        # 6 decimals (~0.1 m), the precision of the source data.
        rows.append(f"{i},{rng.uniform(x0, x1):.6f},{rng.uniform(y0, y1):.6f}\n")
        if len(rows) == 100_000:
            out.write("".join(rows))
            rows.clear()
    out.write("".join(rows))


if __name__ == "__main__":
    main()
