#!/usr/bin/python3
"""A small stand-in for `diming serve`, for developing maps/ and the client checks.

NOT the product: a few hundred lines of Python that answer the same URL layout
as the real server (OGC API - Features Part 1, GeoJSON, keyset paging with
`next` links) from a Diming SpatiaLite file, so that the web map, GDAL, QGIS
and the browser check can be run before the Swift server exists, and so that
a failure can be told apart from a server bug ("does it pass against the
stand-in?").

Needs Debian's /usr/bin/python3 (its sqlite3 loads mod_spatialite).

    /usr/bin/python3 tools/clients/standin_server.py --db demo.sqlite --port 8099 \
        [--token SECRET]   # reading needs `Authorization: Bearer SECRET` (tests the map's 401 path)
        [--locked reports] # with --token: only these collections' items need it, the rest is open
        [--search]         # advertise a `search` link on the landing page (tests the search box)
        [--fault overlap|no-next]  # a broken server, to see the checks fail: `next` links that
                                   # repeat a feature, or no `next` links at all
"""
import argparse
import gzip
import json
import mimetypes
import os
import re
import sqlite3
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MAPS = os.path.join(REPO, "maps")
LEAFLET = "/usr/share/javascript/leaflet"

TITLES = {
    "divisions": "行政区划 Administrative divisions",
    "roads": "道路 Roads",
    "addresses": "门牌 House numbers",
    "places": "地名 Places",
    "shelters": "应急避难场所 Emergency shelters",
    "reports": "灾情报告 Disaster reports",
}
GEOJSON = "application/geo+json"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"
MAX_LIMIT = 10000

_local = threading.local()


def db(path):
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.enable_load_extension(True)
        conn.load_extension("mod_spatialite")
        _local.conn = conn
    return conn


def layers(path):
    conn = db(path)
    out = {}
    for table, column, srid in conn.execute(
        "SELECT f_table_name, f_geometry_column, srid FROM geometry_columns ORDER BY rowid"
    ):
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        props = [c for c in cols if c not in ("id", column)]
        out[table] = {"geom": column, "srid": srid, "props": props}
    return out


class Handler(BaseHTTPRequestHandler):
    server_version = "diming-standin/0"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("standin: " + (fmt % args) + "\n")

    # -- helpers -------------------------------------------------------------
    def base(self):
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_port}"
        return f"http://{host}"

    def send(self, status, body, ctype="application/json", headers=None):
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        elif isinstance(body, str):
            body = body.encode("utf-8")
        extra = dict(headers or {})
        if "gzip" in (self.headers.get("Accept-Encoding") or "") and len(body) > 1024:
            body = gzip.compress(body, 5)
            extra["Content-Encoding"] = "gzip"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def problem(self, status, title, detail=""):
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        self.send(status, {"type": "about:blank", "title": title, "status": status, "detail": detail},
                  "application/problem+json", headers)

    def file(self, path):
        if not os.path.isfile(path):
            return self.problem(404, "Not Found", self.path)
        ctype = mimetypes.guess_type(path)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript",):
            ctype += "; charset=utf-8"
        with open(path, "rb") as f:
            self.send(200, f.read(), ctype, {"Cache-Control": "no-cache"})

    # -- routes --------------------------------------------------------------
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        try:
            self.route()
        except BrokenPipeError:
            pass
        except Exception as e:  # a stand-in: say what broke
            self.problem(500, "Internal Server Error", repr(e))

    def route(self):
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        q = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if path in ("/map", "/map/"):
            return self.file(os.path.join(MAPS, "index.html"))
        if path.startswith("/map/"):
            name = path[len("/map/"):]
            if ".." in name:
                return self.problem(404, "Not Found")
            return self.file(os.path.join(MAPS, name))
        if path.startswith("/static/leaflet/"):
            name = path[len("/static/leaflet/"):]
            if ".." in name:
                return self.problem(404, "Not Found")
            return self.file(os.path.join(LEAFLET, name))
        if path == "/health":
            v = db(self.server.db).execute("SELECT spatialite_version()").fetchone()[0]
            return self.send(200, {"status": "ok", "spatialite": v})
        if path == "/favicon.ico":
            return self.send(204, b"", "image/x-icon")
        token = self.server.token
        m = re.match(r"/collections/([^/]+)/items", path)
        needs = token and (not self.server.locked or (m and m.group(1) in self.server.locked))
        if needs and self.headers.get("Authorization") != f"Bearer {token}":
            return self.problem(401, "Unauthorized", "reading needs a token")
        b = self.base()
        if path == "/":
            links = [
                {"rel": "self", "type": "application/json", "href": f"{b}/"},
                {"rel": "service-desc", "type": OPENAPI, "href": f"{b}/api"},
                {"rel": "service-doc", "type": "text/html", "href": f"{b}/map"},
                {"rel": "conformance", "type": "application/json", "href": f"{b}/conformance"},
                {"rel": "data", "type": "application/json", "href": f"{b}/collections"},
            ]
            if self.server.search:
                links.append({"rel": "search", "type": GEOJSON, "href": f"{b}/search", "title": "地名检索"})
            return self.send(200, {"title": "宜都市地名 (stand-in)", "links": links})
        if path == "/api":
            return self.send(200, self.openapi(), OPENAPI)
        if path == "/conformance":
            base = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/"
            return self.send(200, {"conformsTo": [base + c for c in ("core", "geojson", "oas30")]})
        if path == "/search" and self.server.search:
            return self.search(q.get("q", [""])[0])
        ls = layers(self.server.db)
        if path == "/collections":
            return self.send(200, {
                "links": [{"rel": "self", "type": "application/json", "href": f"{b}/collections"}],
                "collections": [self.collection(n, ls[n]) for n in ls],
            })
        m = re.fullmatch(r"/collections/([^/]+)(/items(?:/([^/]+))?)?", path)
        if not m or m.group(1) not in ls:
            return self.problem(404, "Not Found", path)
        name, layer = m.group(1), ls[m.group(1)]
        if not m.group(2):
            return self.send(200, self.collection(name, layer))
        if m.group(3):
            return self.item(name, layer, m.group(3))
        return self.items(name, layer, q)

    def collection(self, name, layer):
        b = self.base()
        row = db(self.server.db).execute(
            f'SELECT MbrMinX(e), MbrMinY(e), MbrMaxX(e), MbrMaxY(e) FROM (SELECT Extent("{layer["geom"]}") e FROM "{name}")'
        ).fetchone()
        c = {
            "id": name,
            "title": TITLES.get(name, name),
            "description": TITLES.get(name, name),
            "itemType": "feature",
            "links": [
                {"rel": "self", "type": "application/json", "href": f"{b}/collections/{name}"},
                {"rel": "items", "type": GEOJSON, "href": f"{b}/collections/{name}/items"},
            ],
            "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
        }
        if row and row[0] is not None:
            c["extent"] = {"spatial": {"bbox": [list(row)], "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}}
        return c

    def feature(self, layer, row):
        fid, geom, *vals = row
        return {"type": "Feature", "id": fid, "geometry": json.loads(geom),
                "properties": dict(zip(layer["props"], vals))}

    def select(self, name, layer):
        cols = ", ".join(f'"{p}"' for p in layer["props"])
        g = layer["geom"]
        return f'SELECT id, AsGeoJSON(ST_ForcePolygonCCW("{g}"), 7){", " + cols if cols else ""} FROM "{name}"'

    def items(self, name, layer, q):
        allowed = {"limit", "bbox", "f", "cursor"} | set(layer["props"])
        bad = [k for k in q if k not in allowed]
        if bad:
            return self.problem(400, "Bad Request", f"unknown parameter {bad[0]}")
        try:
            limit = int(q.get("limit", ["10"])[0])
            if not 1 <= limit <= MAX_LIMIT:
                raise ValueError
        except ValueError:
            return self.problem(400, "Bad Request", f"limit must be an integer 1..{MAX_LIMIT}")
        where, args = [], []
        if "bbox" in q:
            try:
                nums = [float(x) for x in q["bbox"][0].split(",")]
                if len(nums) == 4:
                    w, s, e, n = nums
                elif len(nums) == 6:
                    w, s, _, e, n, _ = nums
                else:
                    raise ValueError
            except ValueError:
                return self.problem(400, "Bad Request", "bbox must be 4 or 6 numbers")
            boxes = [(w, s, e, n)] if w <= e else [(w, s, 180, n), (-180, s, e, n)]
            parts = []
            for (a, bb, c, d) in boxes:
                parts.append(
                    f'(id IN (SELECT rowid FROM SpatialIndex WHERE f_table_name = ? AND search_frame = BuildMbr(?,?,?,?,{layer["srid"]}))'
                    f' AND Intersects("{layer["geom"]}", BuildMbr(?,?,?,?,{layer["srid"]})))')
                args += [name, a, bb, c, d, a, bb, c, d]
            where.append("(" + " OR ".join(parts) + ")")
        for p in layer["props"]:
            if p in q:
                where.append(f'"{p}" = ?')
                args.append(q[p][0])
        count_where = " AND ".join(where)
        cursor = q.get("cursor", [None])[0]
        if cursor is not None:
            where.append("id > ?")
            args_page = args + [int(cursor)]
        else:
            args_page = list(args)
        sql = self.select(name, layer) + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id LIMIT ?"
        conn = db(self.server.db)
        rows = conn.execute(sql, args_page + [limit + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        matched = conn.execute(f'SELECT count(*) FROM "{name}"' + (" WHERE " + count_where if count_where else ""),
                               args).fetchone()[0]
        b = self.base()
        selfq = urllib.parse.urlencode([(k, v) for k, vs in q.items() for v in vs])
        links = [{"rel": "self", "type": GEOJSON, "href": f"{b}/collections/{name}/items" + (f"?{selfq}" if selfq else "")}]
        if more and self.server.fault != "no-next":
            nq = [(k, v) for k, vs in q.items() if k not in ("cursor", "limit") for v in vs]
            last = rows[-1][0] - (1 if self.server.fault == "overlap" else 0)
            nq += [("limit", str(limit)), ("cursor", str(last))]
            links.append({"rel": "next", "type": GEOJSON,
                          "href": f"{b}/collections/{name}/items?" + urllib.parse.urlencode(nq)})
        self.send(200, {
            "type": "FeatureCollection",
            "features": [self.feature(layer, r) for r in rows],
            "numberMatched": matched,
            "numberReturned": len(rows),
            "links": links,
        }, GEOJSON)

    def item(self, name, layer, fid):
        try:
            fid = int(fid)
        except ValueError:
            return self.problem(404, "Not Found")
        row = db(self.server.db).execute(self.select(name, layer) + " WHERE id = ?", (fid,)).fetchone()
        if not row:
            return self.problem(404, "Not Found")
        f = self.feature(layer, row)
        b = self.base()
        f["links"] = [{"rel": "self", "type": GEOJSON, "href": f"{b}/collections/{name}/items/{fid}"},
                      {"rel": "collection", "type": "application/json", "href": f"{b}/collections/{name}"}]
        self.send(200, f, GEOJSON)

    def search(self, text):
        feats = []
        ls = layers(self.server.db)
        for name in ("divisions", "places", "shelters", "roads"):
            if name in ls and text:
                layer = ls[name]
                for r in db(self.server.db).execute(self.select(name, layer) + " WHERE name LIKE ? LIMIT 20",
                                                    (f"%{text}%",)):
                    f = self.feature(layer, r)
                    f["properties"]["collection"] = name
                    feats.append(f)
        self.send(200, {"type": "FeatureCollection", "features": feats, "numberReturned": len(feats)}, GEOJSON)

    def openapi(self):
        return {
            "openapi": "3.0.3",
            "info": {"title": "Diming stand-in", "version": "0"},
            "paths": {
                "/": {"get": {"responses": {"200": {"description": "landing page"}}}},
                "/conformance": {"get": {"responses": {"200": {"description": "conformance"}}}},
                "/collections": {"get": {"responses": {"200": {"description": "collections"}}}},
                "/collections/{collectionId}/items": {"get": {
                    "parameters": [{"$ref": "#/components/parameters/limit"}],
                    "responses": {"200": {"description": "items"}}}},
            },
            "components": {"parameters": {"limit": {
                "name": "limit", "in": "query", "required": False, "style": "form", "explode": False,
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 10}}}},
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8099)
    ap.add_argument("--token")
    ap.add_argument("--search", action="store_true")
    ap.add_argument("--locked", default="", help="comma-separated collections that need the token (default: all)")
    ap.add_argument("--fault", choices=["overlap", "no-next"])
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    srv = ThreadingHTTPServer((a.host, a.port), Handler)
    srv.daemon_threads = True
    srv.db, srv.token, srv.search, srv.verbose = os.path.abspath(a.db), a.token, a.search, a.verbose
    srv.fault = a.fault
    srv.locked = {c for c in a.locked.split(",") if c}
    print(f"standin: http://{a.host}:{srv.server_port}/ serving {srv.db}", file=sys.stderr, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
