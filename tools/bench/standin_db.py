#!/usr/bin/python3
"""Build a stand-in for the database `diming import` makes, with SpatiaLite SQL.

Usage: /usr/bin/python3 standin_db.py COUNTIES.geojson OUT.sqlite

Only for trying the peers (ogr2ogr export, SpatiaLite SQL locate) before the
diming binary exists. Same layout as diming's: table divisions(id, code, name,
level, parent, geom MULTIPOLYGON SRID 4490) registered with AddGeometryColumn,
spatial index from CreateSpatialIndex (so idx_divisions_geom exists).
Needs Debian's python3: its sqlite3 module can load mod_spatialite.
"""
import json
import os
import sqlite3
import sys


def main(src, out):
    if os.path.exists(out):
        os.remove(out)
    con = sqlite3.connect(out)
    con.enable_load_extension(True)
    con.load_extension("mod_spatialite")
    con.execute("SELECT InitSpatialMetadata(1)")
    con.execute("CREATE TABLE divisions (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL, level TEXT NOT NULL, parent TEXT)")
    con.execute("SELECT AddGeometryColumn('divisions', 'geom', 4490, 'MULTIPOLYGON', 'XY')")
    with open(src, encoding="utf-8") as f:
        features = json.load(f)["features"]
    con.executemany(
        "INSERT INTO divisions (code, name, level, parent, geom) VALUES"
        " (?, ?, ?, ?, CastToMultiPolygon(SetSRID(GeomFromGeoJSON(?), 4490)))",
        ((p["code"], p["name"], p["level"], p["parent"], json.dumps(f["geometry"]))
         for f in features for p in [f["properties"]]))
    con.execute("SELECT CreateSpatialIndex('divisions', 'geom')")
    con.commit()
    n, bad = con.execute("SELECT count(*), sum(geom IS NULL) FROM divisions").fetchone()
    print(f"{out}: {n} divisions, {bad} without geometry", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
