#!/usr/bin/env python3
"""Strict RFC 7946 check of GeoJSON files (and RFC 8142 GeoJSON text sequences).

    check_rfc7946.py FILE... [--bbox W,S,E,N] [--max-decimals 7] [--show 10]

Checks what the validators of boundary.md §2.3 each miss: the structure of FeatureCollection,
Feature and geometries; members RFC 7946 §7.1 forbids (`properties` on a FeatureCollection,
`features` on a Feature, …); no `crs` anywhere (Appendix B.1); duplicate keys; positions of 2–3
finite numbers, longitude −180…180 and latitude −90…90 (and inside --bbox when given: metres or
swapped lat/lon never pass); linear rings closed with ≥ 4 positions; exterior rings
counter-clockwise and holes clockwise by the shoelace formula (§3.1.6); at most --max-decimals
decimals in every coordinate (§11.2); `id` a string or number (§3.2); `bbox` 2·n numbers (§5).
A file whose first byte is RS (0x1E) is read as an RFC 8142 sequence: every record RS, a
GeoJSON text, LF.

Prints "check_rfc7946: FILE: ok (N features)" per good file; otherwise the first --show
problems with their JSON path, and exits 1. Python standard library only.
"""
import argparse
import json
import math
import sys

GEOMETRY_TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"}


class Number(float):
    """A float that remembers how it was written, to count its decimals."""

    def __new__(cls, text):
        value = super().__new__(cls, text)
        value.text = text
        return value

    @property
    def decimals(self):
        text = self.text.lower()
        mantissa, _, exponent = text.partition("e")
        digits = len(mantissa.partition(".")[2].rstrip("0")) if "." in mantissa else 0
        return max(0, digits - (int(exponent) if exponent else 0))


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


class Checker:
    def __init__(self, bbox, max_decimals):
        self.bbox = bbox
        self.max_decimals = max_decimals
        self.problems = []
        self.features = 0

    def problem(self, path, text):
        self.problems.append(f"{path or '$'}: {text}")

    def check_text(self, raw, path):
        try:
            value = json.loads(raw, parse_float=Number, object_pairs_hook=no_duplicates)
        except ValueError as error:
            self.problem(path, f"not JSON: {error}")
            return
        self.check_object(value, path)

    def check_object(self, value, path):
        if not isinstance(value, dict):
            self.problem(path, "a GeoJSON object must be a JSON object")
            return
        kind = value.get("type")
        if kind == "FeatureCollection":
            self.feature_collection(value, path)
        elif kind == "Feature":
            self.feature(value, path)
        elif kind in GEOMETRY_TYPES:
            self.geometry(value, path)
        else:
            self.problem(path, f"type {kind!r} is not a GeoJSON type")

    def common(self, value, path, forbidden):
        if "crs" in value:
            self.problem(f"{path}.crs", "the crs member is not part of RFC 7946 (Appendix B.1): coordinates are CRS84 lon/lat")
        for member in forbidden:
            if member in value:
                self.problem(f"{path}.{member}", f"a {value.get('type')} must not have {member!r} (RFC 7946 §7.1)")
        if "bbox" in value:
            self.check_bbox(value["bbox"], f"{path}.bbox")

    def feature_collection(self, value, path):
        self.common(value, path, ("coordinates", "geometries", "geometry", "properties"))
        features = value.get("features")
        if not isinstance(features, list):
            self.problem(f"{path}.features", "a FeatureCollection needs a features array")
            return
        for i, feature in enumerate(features):
            p = f"{path}.features[{i}]"
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                self.problem(p, "each member of features must be a Feature")
            else:
                self.feature(feature, p)

    def feature(self, value, path):
        self.features += 1
        self.common(value, path, ("coordinates", "geometries", "features"))
        if "id" in value and (isinstance(value["id"], bool) or not isinstance(value["id"], (str, int, float))):
            self.problem(f"{path}.id", "id must be a string or a number (RFC 7946 §3.2)")
        for member in ("geometry", "properties"):
            if member not in value:
                self.problem(f"{path}.{member}", f"a Feature must have {member!r} (null allowed)")
        if value.get("properties") is not None and not isinstance(value.get("properties"), dict):
            self.problem(f"{path}.properties", "properties must be an object or null")
        geometry = value.get("geometry")
        if geometry is not None:
            if isinstance(geometry, dict) and geometry.get("type") in GEOMETRY_TYPES:
                self.geometry(geometry, f"{path}.geometry")
            else:
                self.problem(f"{path}.geometry", "geometry must be a GeoJSON geometry or null")


    def geometry(self, value, path):
        self.common(value, path, ("geometry", "properties", "features"))
        kind = value["type"]
        if kind == "GeometryCollection":
            members = value.get("geometries")
            if not isinstance(members, list):
                self.problem(f"{path}.geometries", "a GeometryCollection needs a geometries array")
                return
            for i, member in enumerate(members):
                if isinstance(member, dict) and member.get("type") in GEOMETRY_TYPES:
                    self.geometry(member, f"{path}.geometries[{i}]")
                else:
                    self.problem(f"{path}.geometries[{i}]", "not a geometry")
            return
        if "coordinates" not in value:
            self.problem(f"{path}.coordinates", f"a {kind} needs coordinates")
            return
        c = value["coordinates"]
        p = f"{path}.coordinates"
        if kind == "Point":
            self.position(c, p)
        elif kind in ("MultiPoint", "LineString"):
            self.positions(c, p, minimum=2 if kind == "LineString" else 0)
        elif kind == "MultiLineString":
            for i, line in enumerate(self.array(c, p)):
                self.positions(line, f"{p}[{i}]", minimum=2)
        elif kind == "Polygon":
            self.polygon(c, p)
        elif kind == "MultiPolygon":
            for i, polygon in enumerate(self.array(c, p)):
                self.polygon(polygon, f"{p}[{i}]")

    def array(self, value, path):
        if not isinstance(value, list):
            self.problem(path, "must be an array")
            return []
        return value

    def positions(self, value, path, minimum):
        items = self.array(value, path)
        if len(items) < minimum:
            self.problem(path, f"needs at least {minimum} positions, has {len(items)}")
        return [p for i, p in enumerate(items) if self.position(p, f"{path}[{i}]")]

    def position(self, value, path):
        if not isinstance(value, list) or not 2 <= len(value) <= 3:
            self.problem(path, "a position is an array of 2 or 3 numbers (RFC 7946 §3.1.1)")
            return False
        if any(isinstance(n, bool) or not isinstance(n, (int, float)) or not math.isfinite(n) for n in value):
            self.problem(path, "a position holds finite numbers only")
            return False
        lon, lat = value[0], value[1]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            hint = " (lat, lon swapped?)" if -90 <= lon <= 90 and -180 <= lat <= 180 else " (projected metres?)"
            self.problem(path, f"[{lon}, {lat}] is outside longitude −180…180 / latitude −90…90{hint}")
            return False
        if self.bbox and not (self.bbox[0] <= lon <= self.bbox[2] and self.bbox[1] <= lat <= self.bbox[3]):
            self.problem(path, f"[{lon}, {lat}] is outside the expected region {self.bbox}")
        for n in value:
            if isinstance(n, Number) and n.decimals > self.max_decimals:
                self.problem(path, f"{n.text} has {n.decimals} decimals, more than {self.max_decimals} (RFC 7946 §11.2)")
                break
        return True

    def polygon(self, value, path):
        for i, ring in enumerate(self.array(value, path)):
            p = f"{path}[{i}]"
            positions = self.positions(ring, p, minimum=4)
            if len(positions) != len(ring) or len(positions) < 4:
                continue
            if positions[0][:2] != positions[-1][:2] or len(positions[0]) != len(positions[-1]):
                self.problem(p, "a linear ring must end where it starts (RFC 7946 §3.1.6)")
                continue
            area = signed_area(positions)
            if i == 0 and area <= 0:
                self.problem(p, f"the exterior ring is clockwise (signed area {area:.10g}): RFC 7946 §3.1.6 wants counter-clockwise")
            if i > 0 and area >= 0:
                self.problem(p, f"a hole is counter-clockwise (signed area {area:.10g}): RFC 7946 §3.1.6 wants clockwise")

    def check_bbox(self, value, path):
        if not isinstance(value, list) or len(value) not in (4, 6) or any(
                isinstance(n, bool) or not isinstance(n, (int, float)) for n in value):
            self.problem(path, "bbox must be 4 or 6 numbers (RFC 7946 §5)")
            return
        half = len(value) // 2
        south, north = value[1], value[half + 1]
        if not (-90 <= south <= north <= 90):
            self.problem(path, "bbox latitudes must be within −90…90, south ≤ north (RFC 7946 §5.3)")


def signed_area(ring):
    """Half the shoelace sum, positive for a counter-clockwise ring, shifted to the first
    position so that large longitudes cost no precision."""
    x0, y0 = ring[0][0], ring[0][1]
    total = 0.0
    for a, b in zip(ring, ring[1:]):
        total += (a[0] - x0) * (b[1] - y0) - (b[0] - x0) * (a[1] - y0)
    return total / 2


def check_file(path, checker):
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        checker.problem("$", "a byte order mark is not allowed (RFC 8259 §8.1)")
        data = data[3:]
    if data.lstrip(b" \t\r\n")[:1] == b"\x1e":
        records = data.split(b"\x1e")
        if records[0].strip():
            checker.problem("$", "bytes before the first RS (RFC 8142)")
        for i, record in enumerate(records[1:]):
            if not record.endswith(b"\n"):
                checker.problem(f"record[{i}]", "an RFC 8142 record must end with LF")
            checker.check_text(record.decode("utf-8", errors="replace"), f"record[{i}]")
    else:
        try:
            checker.check_text(data.decode("utf-8"), "$")
        except UnicodeDecodeError as error:
            checker.problem("$", f"not UTF-8: {error}")


def main():
    parser = argparse.ArgumentParser(description="Strict RFC 7946 (and RFC 8142) check.")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--bbox", help="W,S,E,N the coordinates must lie in, e.g. China 73,3,136,54")
    parser.add_argument("--max-decimals", type=int, default=7)
    parser.add_argument("--show", type=int, default=10, help="how many problems to print per file")
    args = parser.parse_args()
    bbox = None
    if args.bbox:
        bbox = [float(n) for n in args.bbox.split(",")]
        if len(bbox) != 4:
            parser.error("--bbox needs W,S,E,N")
    failed = 0
    for path in args.files:
        checker = Checker(bbox, args.max_decimals)
        try:
            check_file(path, checker)
        except OSError as error:
            checker.problem("$", str(error))
        if checker.problems:
            failed += 1
            print(f"check_rfc7946: {path}: {len(checker.problems)} problems", file=sys.stderr)
            for problem in checker.problems[:args.show]:
                print(f"  {problem}", file=sys.stderr)
        else:
            print(f"check_rfc7946: {path}: ok ({checker.features} features)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
