#!/usr/bin/python3
"""The peer of `diming boundary check` and `boundary lines`: the same work in SpatiaLite SQL
through the spatial index (sqlite3 + mod_spatialite), on the divisions of a Diming file.

Usage: peer.py DB [--tolerance METRES] [--timeout SECONDS]

For every pair of same-level divisions whose boxes meet (R*Tree SpatialIndex), on the WHOLE
polygons (no clipping, as a user of SQL would write it): the overlap
ST_Intersection(a, ST_Snap(b, a, t)), the shared line
ST_LineMerge(SharedPaths(ST_Boundary(a), ST_Snap(ST_Boundary(b), ST_Boundary(a), t))) and its
length in the pair's Gauss-Krüger zone. Gaps: envelope of the pair minus its union, the parts
that do not touch the envelope's edge. Prints one JSON line: pairs, lines, overlaps (count,
m²), gaps (count, m²), seconds, and whether the timeout cut it short.
Needs Debian's /usr/bin/python3 (its sqlite3 can load extensions).
"""
import json
import sqlite3
import sys
import time

args = sys.argv[1:]
db = args[0]
tolerance = float(args[args.index("--tolerance") + 1]) if "--tolerance" in args else 0.001
timeout = float(args[args.index("--timeout") + 1]) if "--timeout" in args else 1e9

con = sqlite3.connect(db)
con.enable_load_extension(True)
con.load_extension("mod_spatialite")
start = time.time()
pairs = con.execute("""
    SELECT a.id, b.id, (MbrMinX(a.geom) + MbrMaxX(a.geom)) / 2, (MbrMinY(a.geom) + MbrMaxY(a.geom)) / 2
    FROM divisions a JOIN divisions b ON b.ROWID IN (
        SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'divisions' AND f_geometry_column = 'geom'
          AND search_frame = BuildMbr(MbrMinX(a.geom), MbrMinY(a.geom), MbrMaxX(a.geom), MbrMaxY(a.geom)))
    WHERE a.code < b.code AND a.level IS b.level""").fetchall()
result = {"pairs": len(pairs), "lines": 0, "lines_m": 0.0, "overlaps": 0, "overlap_m2": 0.0, "gaps": 0, "gap_m2": 0.0,
          "pairs_done": 0, "timed_out": False}
import math
for a, b, lon, lat in pairs:
    if time.time() - start > timeout:
        result["timed_out"] = True
        break
    zone = 4534 + (min(135, max(75, round(lon / 3) * 3)) - 75) // 3
    t = tolerance / (111320 * max(math.cos(math.radians(lat)), 0.01))
    line = con.execute("""
        SELECT ST_Length(ST_Transform(ST_LineMerge(SharedPaths(ST_Boundary(a.geom), ST_Snap(ST_Boundary(b.geom), ST_Boundary(a.geom), ?))), ?))
        FROM divisions a, divisions b WHERE a.id = ? AND b.id = ?""", (t, zone, a, b)).fetchone()[0]
    if line:
        result["lines"] += 1
        result["lines_m"] += line
    row = con.execute("""
        SELECT ST_Area(ST_Transform(CollectionExtract(ST_Intersection(a.geom, ST_Snap(b.geom, a.geom, ?)), 3), ?))
        FROM divisions a, divisions b WHERE a.id = ? AND b.id = ?""", (t, zone, a, b)).fetchone()
    if row[0] and row[0] > max(tolerance * tolerance, 1e-6):
        result["overlaps"] += 1
        result["overlap_m2"] += row[0]
    for (area,) in con.execute("""
        WITH u AS (SELECT ST_Union(a.geom, ST_Snap(b.geom, a.geom, ?)) u FROM divisions a, divisions b WHERE a.id = ? AND b.id = ?),
             e AS (SELECT ST_Expand(ST_Envelope(u), 0.0001) e, u FROM u),
             d AS (SELECT CollectionExtract(ST_Difference(e, u), 3) d, e FROM e),
             n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n, d WHERE i < ST_NumGeometries(d.d))
        SELECT ST_Area(ST_Transform(ST_GeometryN(d, i), ?)) FROM d, n
        WHERE NOT ST_Intersects(ST_GeometryN(d, i), ST_ExteriorRing(e))""", (t, a, b, zone)):
        if area and area > max(tolerance * tolerance, 1e-6):
            result["gaps"] += 1
            result["gap_m2"] += area
    result["pairs_done"] += 1
result["seconds"] = round(time.time() - start, 2)
print(json.dumps(result))
