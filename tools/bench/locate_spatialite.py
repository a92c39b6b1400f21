#!/usr/bin/python3
"""Peer for `diming locate --batch`: the same assignment in SpatiaLite SQL.

Usage: /usr/bin/python3 locate_spatialite.py DB.sqlite POINTS.csv OUT.csv [SAMPLE]

Runs on diming's own database (table divisions, geometry column geom, spatial
index idx_divisions_geom). It does only a few thousand points per second, so
it takes the first SAMPLE points (default 20,000). Writes OUT.csv as diming
does in its first columns (id,code,name) and prints key=value timings to stderr for run.sh.
Needs Debian's python3: its sqlite3 module can load mod_spatialite.

The points go into a temp table and ONE statement assigns them: the R*Tree
gives the divisions whose bbox holds the point, ST_Contains decides. Measured
on 2,000 points, the other usual forms were 10-20% slower: one query per
point from Python, and the SpatialIndex virtual table instead of the R*Tree.
"""
import sqlite3
import sys
import time

ASSIGN = """
SELECT p.id, d.code, d.name
FROM pts p
LEFT JOIN divisions d ON d.id = (
    SELECT r.pkid FROM idx_divisions_geom r JOIN divisions c ON c.id = r.pkid
    WHERE r.xmin <= p.x AND r.xmax >= p.x AND r.ymin <= p.y AND r.ymax >= p.y
      AND ST_Contains(c.geom, MakePoint(p.x, p.y, 4490))
    LIMIT 1)
ORDER BY p.id
"""


def main(db, points_csv, out_csv, sample=20000):
    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension("mod_spatialite")
    con.execute("CREATE TEMP TABLE pts (id INTEGER PRIMARY KEY, x REAL, y REAL)")
    with open(points_csv, encoding="utf-8") as f:
        next(f)  # header
        rows = []
        for line in f:
            if len(rows) == sample:
                break
            i, x, y = line.split(",")
            rows.append((int(i), float(x), float(y)))
    con.executemany("INSERT INTO pts VALUES (?, ?, ?)", rows)
    t1 = time.perf_counter()

    result = con.execute(ASSIGN).fetchall()
    t2 = time.perf_counter()

    with open(out_csv, "w", encoding="utf-8") as out:
        out.write("id,code,name\n")
        out.writelines(f"{i},{code or ''},{name or ''}\n" for i, code, name in result)
    n = len(rows)
    found = sum(1 for r in result if r[1])
    print(f"points={n}\nfound={found}\nload_s={t1 - t0:.3f}\nassign_s={t2 - t1:.3f}\n"
          f"assign_pts_per_s={n / (t2 - t1):.0f}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(*sys.argv[1:4], *(int(a) for a in sys.argv[4:]))
