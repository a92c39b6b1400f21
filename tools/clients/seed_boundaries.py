#!/usr/bin/env python3
"""Puts boundary features into a served demo database, so that the clients read all three
boundary collections (the demo data has none):

    seed_boundaries.py PORT TOKEN DB

- one line, 陆城街道 (420581001) | the township sharing the longest run of vertices with it,
  along that run, created by the admin through OGC API Part 4 (POST …/items);
- 130 markers spread evenly along it (more than GDAL's and QGIS's page sizes), the statuses
  cycling through intact, damaged, moved and missing, each with the Gauss-Krüger metres that
  GET /locate gives for its point;
- one inspection round (plain SQL: no route writes rounds yet, and the table has no geometry)
  and 12 findings of it, every kind, on markers and between them.

Standard library only; the token must be an admin's (these layers have no other editor).
"""
import json
import math
import sqlite3
import sys
import urllib.request

LEFT = "420581001"      # 陆城街道
ROUND = "seed-round-1"
MARKERS = 130
STATUSES = ["intact", "intact", "intact", "damaged", "intact", "moved", "intact", "missing"]
KINDS = ["intact", "damaged", "moved", "missing", "construction", "terrain"]


def call(base, token, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": f"Bearer {token}", "Accept": "application/json",
                                          **({"Content-Type": "application/geo+json"} if data else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r) if r.headers.get("Content-Type", "").endswith("json") else None


def rings(geometry):
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for poly in polys for ring in poly]


def shared_run(a, b):
    """The longest run of consecutive vertices of a's rings that are also vertices of b."""
    key = lambda p: (round(p[0], 7), round(p[1], 7))  # noqa: E731
    theirs = {key(p) for ring in rings(b) for p in ring}
    best = []
    for ring in rings(a):
        run = []
        for p in ring + ring[1:]:           # once more round, for a run across the ring's start
            if key(p) in theirs:
                run.append(p)
                if len(run) > len(best) and len(run) <= len(ring):
                    best = list(run)
            else:
                run = []
    return best


def metres(p, q):
    """Haversine distance, enough to space the markers."""
    lat = math.radians((p[1] + q[1]) / 2)
    dx = math.radians(q[0] - p[0]) * math.cos(lat) * 6378137
    dy = math.radians(q[1] - p[1]) * 6378137
    return math.hypot(dx, dy)


def along(run, n):
    lengths = [0.0]
    for p, q in zip(run, run[1:]):
        lengths.append(lengths[-1] + metres(p, q))
    points = []
    for i in range(n):
        target = lengths[-1] * (i + 0.5) / n
        k = max(j for j in range(len(lengths) - 1) if lengths[j] <= target)
        t = (target - lengths[k]) / ((lengths[k + 1] - lengths[k]) or 1)
        p, q = run[k], run[k + 1]
        points.append([round(p[0] + (q[0] - p[0]) * t, 7), round(p[1] + (q[1] - p[1]) * t, 7)])
    return points, lengths[-1]


def main():
    port, token, db = sys.argv[1], sys.argv[2], sys.argv[3]
    base = f"http://127.0.0.1:{port}"
    left = call(base, token, "GET", f"/collections/divisions/items/{LEFT}")
    townships = call(base, token, "GET", "/collections/divisions/items?level=township&limit=1000")["features"]
    runs = [(shared_run(left["geometry"], t["geometry"]), t) for t in townships if t["properties"]["code"] != LEFT]
    run, right = max(runs, key=lambda r: along(r[0], 1)[1] if len(r[0]) > 1 else 0)
    if len(run) < 2:
        sys.exit(f"seed_boundaries: {LEFT} shares no run of vertices with another township")
    RIGHT = right["properties"]["code"]
    LINE = f"{LEFT}-{RIGHT}"
    points, length = along(run, MARKERS)
    names = (left["properties"]["name"], right["properties"]["name"])
    call(base, token, "POST", "/collections/boundary_lines/items", {
        "type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [run]},
        "properties": {"code": LINE, "left_code": LEFT, "right_code": RIGHT, "left_name": names[0], "right_name": names[1],
                       "level": "township", "length_m": round(length, 1), "version": 1}})
    numbers = []
    for i, (lon, lat) in enumerate(points):
        gk = call(base, token, "GET", f"/locate?lon={lon}&lat={lat}")["gauss_kruger"]
        number = f"{LINE}-{i + 1:03d}"
        numbers.append(number)
        call(base, token, "POST", "/collections/boundary_markers/items", {
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"number": number, "line": LINE, "left_code": LEFT, "right_code": RIGHT, "sequence": i + 1,
                           "type_code": "Q", "kind": "single", "material": "granite",
                           "x_cgcs2000_gk": round(gk["northing"], 3), "y_cgcs2000_gk": round(gk["easting"], 3),
                           "epsg": gk["epsg"], "status": STATUSES[i % len(STATUSES)]}})
    with sqlite3.connect(db, timeout=30) as con:
        con.execute("INSERT OR IGNORE INTO inspection_rounds (id, line, round, started_on, tolerance_m, created_at) "
                    "VALUES (?, ?, 1, '2024-05-06', 0.1, '2024-05-06T08:00:00Z')", (ROUND, LINE))
    for i in range(12):
        kind = KINDS[i % len(KINDS)]
        on_marker = kind not in ("construction", "terrain")
        k = i * 10 + (0 if on_marker else 5)
        call(base, token, "POST", "/collections/inspections/items", {
            "type": "Feature", "geometry": {"type": "Point", "coordinates": points[k]},
            "properties": {"round": ROUND, "line": LINE, "left_code": LEFT, "right_code": RIGHT,
                           "marker": numbers[k] if on_marker else None, "kind": kind,
                           "inspection_date": f"2024-05-{6 + i // 4:02d}", "recorded_by": "seed"}})
    print(f"seed_boundaries: 1 line {LINE} {names[0]} | {names[1]} ({round(length)} m, {len(run)} vertices), {MARKERS} markers, 12 findings")


if __name__ == "__main__":
    main()
