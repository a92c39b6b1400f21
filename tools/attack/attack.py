#!/usr/bin/env python3
"""The attack catalogue against real `diming serve` processes (called by tools/attack/run.sh).

Servers (each on a free loopback port, over the same fresh demo database):
  A  read_access=open in the database, no --open-read: cases f (headers), c (oversized), a (concurrency, then SIGTERM)
  B  read_access=token in the database: cases e (role × scope × route) and d (anonymous bodies)
  C  under `ulimit -n 1024`, --idle-timeout 2 --header-timeout 2: case b (idle and slow sockets)
  g  `diming serve --request-timeout 1e300` (and nan, inf) must exit non-zero without a crash signal.

Every case prints one line, PASS or FAIL (with what was sent and what came back); the last line is
`attack: N passed, M failed`. Standard library only.
"""
import argparse
import asyncio
import errno
import json
import uuid
import os
import select
import socket
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from httpkit import HOST, Server, arequest, get, request  # noqa: E402

ROLES = ["admin", "placename_officer", "boundary_inspector", "disaster_reporter", "disaster_reviewer", "disaster_approver", "viewer"]
TOWNSHIP = "420581001"       # 陆城街道
YAOJIADIAN = "420581105"     # 姚家店镇
BAD_TOKEN = "dm_this-is-not-a-valid-token-0000000000"
OTHER_TOWNSHIPS = ("420581100", "420581101")   # two townships away from TOWNSHIP, for features outside the scope
# The boundaries module's layers (Sources/DimingBoundaries/Layers): a feature belongs to both
# divisions of its line, so a scoped account sees it when either code is in its scope.
BOUNDARY_LAYERS = ("boundary_lines", "boundary_markers", "inspections")
ATTACK_ROUND = "attack-round-1"

# ── The /boundaries/… routes of issue 10, built on other branches. ─────────────────────────────
# Each is checked ONLY when the server's /api lists its path (so this file runs unchanged before
# and after the merge); a /boundaries/ path that /api lists but this table does not is a FAIL, so
# that a new route cannot escape the matrix. Entry: (method, path template, query to append,
# statuses by role for a token of that role; anonymous is always 401, a bad token 401).
# Reads are open to every valid token (scoped ones read the seeded line, which touches TOWNSHIP);
# writes go to boundary_inspector and admin only, sent an empty JSON object: refused for the role
# (403) before the body is read, then 400/422 for the body.
READ = {"*": {200}}
WRITE = {"admin": {400, 422}, "boundary_inspector": {400, 422}, "*": {403}}
BOUNDARY_ROUTES = [
    ("GET", "/boundaries/lines", "", READ),
    ("GET", "/boundaries/lines/{code}", "", READ),
    ("GET", "/boundaries/lines/{code}/versions", "", READ),
    # Derive with an empty body may mean "derive every line": a 200 is a permitted write there;
    # a township-scoped inspector may be refused the whole county (403).
    ("POST", "/boundaries/lines", "", {"admin": {200, 400, 422}, "boundary_inspector": {200, 400, 403, 422}, "*": {403}}),
    ("GET", "/boundaries/check", "", READ),
    ("GET", "/boundaries/export", "?codes={code}", READ),
    ("GET", "/boundaries/simplify", "?tolerance=100", READ),
    ("GET", "/boundaries/markers", "", READ),
    ("POST", "/boundaries/markers", "", WRITE),
    ("GET", "/boundaries/markers.csv", "", READ),
    ("GET", "/boundaries/lines/{code}/markers.csv", "", READ),
    ("GET", "/boundaries/markers/{number}", "", READ),
    ("GET", "/boundaries/markers/{number}/history", "", READ),
    ("GET", "/boundaries/inspections", "", READ),
    ("POST", "/boundaries/inspections", "", WRITE),
    ("GET", "/boundaries/inspections/{round}", "", READ),
    ("POST", "/boundaries/inspections/{round}/findings", "", WRITE),
    ("GET", "/boundaries/inspections/{round}/report", "", READ),
]
# The rapid disaster reports' submission path (no report is seeded: the id is unknown, 404).
REPORT_ROUTES = [
    ("POST", "/reports", "", {"admin": {400, 422}, "disaster_reporter": {400, 422}, "*": {403}}),
    ("GET", "/reports/{reportId}", "", {"*": {404}}),
    ("POST", "/reports/{reportId}/photos", "", {"admin": {404}, "disaster_reporter": {404}, "*": {403}}),
]
# The disaster events' routes (灾害过程), checked the same way: reads open to every valid token;
# the writes go to disaster_reviewer and admin only, sent an empty JSON object: 403 for the
# other roles before the body is read, then 400 (hazard, name, start or status missing).
DISASTER_WRITE = {"admin": {400}, "disaster_reviewer": {400}, "*": {403}}
DISASTER_ROUTES = [
    ("GET", "/events", "", READ),
    ("POST", "/events", "", DISASTER_WRITE),
    ("GET", "/events/{event}", "", READ),
    ("POST", "/events/{event}/status", "", DISASTER_WRITE),
    ("GET", "/events/{event}/summary", "", READ),
    ("GET", "/events/{event}/summary.html", "", READ),
    ("GET", "/events/{event}/deadlines", "", READ),
    # The reviews and exports; no report is seeded, so a report's routes answer 404.
    ("POST", "/reports/{reportId}/review", "", {"admin": {400, 404}, "disaster_reviewer": {400, 404}, "disaster_approver": {400, 404}, "*": {403}}),
    ("GET", "/reports/{reportId}/versions", "", {"*": {404}}),
    ("GET", "/events/{event}/reports", "", READ),
    ("GET", "/events/{event}/reports.geojson", "", READ),
    ("GET", "/events/{event}/reports.csv", "", READ),
    ("GET", "/events/{event}/archive.zip", "", READ),
]
# The county's filings (上报) and the review locks (审核锁): filings are prepared by reviewers,
# approvers and admins and approved by approvers and admins (403 for the others before the body
# is read, then 400 for the empty object); no filing is seeded ({filing} is 999999: 404) and no
# report ({reportId} unknown: 404 once the role may lock).
LOCKERS = {"admin": {404}, "disaster_reviewer": {404}, "disaster_approver": {404}, "*": {403}}
APPROVAL_ROUTES = [
    ("GET", "/events/{event}/filings", "", READ),
    ("POST", "/events/{event}/filings", "", {"admin": {400}, "disaster_reviewer": {400}, "disaster_approver": {400}, "*": {403}}),
    ("GET", "/events/{event}/filings/{filing}", "", {"*": {404}}),
    ("POST", "/events/{event}/filings/{filing}/approval", "", {"admin": {400, 404}, "disaster_approver": {400, 404}, "*": {403}}),
    ("GET", "/reports/{reportId}/lock", "", {"*": {404}}),
    ("POST", "/reports/{reportId}/lock", "", LOCKERS),
    ("DELETE", "/reports/{reportId}/lock", "", LOCKERS),
]
DISASTER_ROUTES += APPROVAL_ROUTES
# Role.editableLayers (Sources/DimingCore/Access/Role.swift); admins edit every layer.
# A file to attach: the start of a JPEG is enough, the server does not decode it.
PHOTO = b"\xff\xd8\xff\xe0" + b"diming attack photo" * 10
PROBLEM = "application/problem+json"
SECURITY_HEADERS = [("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"), ("referrer-policy", None)]


class Catalogue:
    def __init__(self, args):
        self.args = args
        self.passed = 0
        self.failed = 0
        self.failures = []

    def result(self, name, ok, sent="", got=""):
        if ok:
            self.passed += 1
            print(f"PASS  {name}", flush=True)
        else:
            self.failed += 1
            self.failures.append(name)
            detail = "; ".join(x for x in (f"sent {sent}" if sent else "", f"got {got}" if got else "") if x)
            print(f"FAIL  {name}" + (f" — {detail}" if detail else ""), flush=True)
        return ok

    def section(self, title):
        print(f"── {title}", flush=True)


def cli(args, *rest, check=True, timeout=120):
    p = subprocess.run([args.diming] + list(rest) + ["--db", args.db], capture_output=True, text=True, timeout=timeout)
    if check and p.returncode != 0:
        raise RuntimeError(f"{' '.join(rest)} failed ({p.returncode}): {p.stderr.strip()[-300:]}")
    return p


def one_line(text, limit=200):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


def describe(exc):
    return one_line(f"{exc.__class__.__name__}: {exc}") if str(exc) else exc.__class__.__name__


def health_ok(port, within=2.0):
    t0 = time.monotonic()
    try:
        r = request(port, "GET", "/health", timeout=within)
        dt = time.monotonic() - t0
        return r.status == 200 and dt <= within, f"{r.status} in {dt:.2f} s"
    except OSError as e:
        return False, f"no answer within {within:.0f} s ({describe(e)})"


def is_problem(r, status):
    if r.status != status or r.content_type != PROBLEM:
        return False
    try:
        doc = r.json()
    except ValueError:
        return False
    return doc.get("status") == status


# ───────────────────────────────────────────── f. headers ─────────────────────────────────────────────

def case_headers(cat, port, admin):
    cat.section("f. security headers, CORS, methods, limits, Host")
    samples = [
        ("GET", "/", {}), ("GET", "/?f=html", {}), ("GET", "/collections", {}),
        ("GET", "/collections/divisions/items?limit=1", {}), ("GET", "/collections/divisions/items/420581", {}),
        ("GET", "/collections/divisions/items?limit=1&f=html", {}), ("GET", "/api", {}), ("GET", "/api.html", {}),
        ("GET", "/health", {}), ("GET", "/metrics", {"Authorization": f"Bearer {admin}"}), ("GET", "/map", {}),
        ("GET", "/map/map.js", {}), ("GET", "/no/such/route", {}), ("GET", "/collections/divisions/items?limit=0", {}),
        ("GET", "/audit", {}), ("GET", "/collections/divisions/items/999999999", {}), ("TRACE", "/collections", {}),
    ]
    for method, path, hs in samples:
        name = f"f. security headers on {method} {path}"
        try:
            r = request(port, method, path, hs)
        except OSError as e:
            cat.result(name, False, f"{method} {path}", describe(e))
            continue
        missing = []
        for h, want in SECURITY_HEADERS:
            v = r.header(h)
            if v is None or (want is not None and v.strip().lower() != want.lower()):
                missing.append(f"{h}={v!r}")
        if r.content_type == "text/html" and not r.header("content-security-policy"):
            missing.append("content-security-policy=None (HTML answer)")
        cat.result(name, not missing, f"{method} {path}", f"{r.status} {r.content_type}, wrong or missing: {', '.join(missing)}")

    # CORS preflight
    hs = {"Origin": "http://gis.example", "Access-Control-Request-Method": "GET"}
    try:
        r = request(port, "OPTIONS", "/collections", hs)
        ok = r.status == 204 and r.header("access-control-allow-origin") and r.header("access-control-allow-methods")
        cat.result("f. OPTIONS /collections preflight → 204 with Access-Control-Allow-Origin/-Methods", bool(ok),
                   "OPTIONS /collections Origin: http://gis.example, Access-Control-Request-Method: GET",
                   f"{r.status}, ACAO={r.header('access-control-allow-origin')!r}, ACAM={r.header('access-control-allow-methods')!r}")
    except OSError as e:
        cat.result("f. OPTIONS /collections preflight → 204", False, "OPTIONS /collections", describe(e))

    for method, path in [("TRACE", "/collections"), ("POST", "/collections/divisions/items/420581")]:
        name = f"f. {method} {path} → 405 with Allow listing GET"
        try:
            r = request(port, method, path, {"Content-Length": "0"} if method == "POST" else {})
            allow = [m.strip().upper() for m in (r.header("allow") or "").split(",")]
            cat.result(name, r.status == 405 and "GET" in allow, f"{method} {path}", f"{r.brief(150)}, Allow={r.header('allow')!r}")
        except OSError as e:
            cat.result(name, False, f"{method} {path}", describe(e))

    for path, token in [("/collections/divisions/items?limit=10001", None), ("/collections/addresses/items?limit=10001", None),
                        ("/audit?limit=1001", admin)]:
        name = f"f. GET {path} → 400 problem with field \"limit\""
        try:
            r = get(port, path, token)
            ok = is_problem(r, 400) and r.json().get("field") == "limit"
            cat.result(name, ok, f"GET {path}" + (" (admin token)" if token else ""), r.brief())
        except (OSError, ValueError) as e:
            cat.result(name, False, f"GET {path}", describe(e))

    origin = f"http://{HOST}:{port}"
    for path in ["/", "/collections", "/?f=html", "/collections?f=html", "/collections/divisions"]:
        name = f"f. Host: evil.example not in the links of {path} (links start with {origin})"
        try:
            r = request(port, "GET", path, host="evil.example")
            bad = []
            if b"evil.example" in r.body:
                bad.append("evil.example appears in the body")
            if r.content_type.endswith("json") and r.status == 200:
                for link in r.json().get("links", []):
                    href = link.get("href", "")
                    # A licence's page is on another site by design (the data's licence, e.g. MIT).
                    if "://" in href and not href.startswith(origin + "/") and link.get("rel") != "license":
                        bad.append(f"link {href}")
            cat.result(name, r.status == 200 and not bad, f"GET {path} Host: evil.example", f"{r.status}: " + "; ".join(bad[:3]))
        except (OSError, ValueError) as e:
            cat.result(name, False, f"GET {path} Host: evil.example", describe(e))


# ───────────────────────────────────────────── c. oversized ─────────────────────────────────────────────

def case_oversized(cat, port, admin, max_body):
    cat.section("c. oversized request line, headers, body")
    long_query = "/collections?x=" + "a" * 9000
    long_path = "/" + "a" * 9000
    many = [(f"X-Pad-{i}", "b" * 700) for i in range(100)]          # ~72 KiB of headers
    huge = [("X-Huge", "c" * (70 * 1024))]                          # one 70 KiB header
    cases = [
        ("c. request line over 8 KiB (long query) → 414 problem", "GET", long_query, [], b"", 414, f"GET /collections?x=<9000 a> ({len(long_query)} bytes URI)"),
        ("c. request line over 8 KiB (long path) → 414 problem", "GET", long_path, [], b"", 414, "GET /<9000 a>"),
        ("c. headers totalling over 64 KiB → 431 problem", "GET", "/collections", many, b"", 431, "GET /collections with 100 headers of 700 bytes (~72 KiB)"),
        ("c. one header over 64 KiB → 431 problem", "GET", "/collections", huge, b"", 431, "GET /collections with one 70 KiB header"),
    ]
    body = b'{"value": "open"}' + b" " * (max_body + 1024 - 17)
    auth = [("Authorization", f"Bearer {admin}"), ("Content-Type", "application/json")]
    cases.append(("c. body over --max-body (Content-Length) → 413 problem", "PUT", "/settings/read_access", auth, body, 413,
                  f"PUT /settings/read_access (admin) Content-Length {len(body)} > --max-body {max_body}"))
    for name, method, path, hs, b, want, sent in cases:
        try:
            r = request(port, method, path, hs, b, timeout=15)
            cat.result(name, is_problem(r, want), sent, r.brief())
        except OSError as e:
            cat.result(name, False, sent, describe(e))
        ok, got = health_ok(port)
        cat.result(f"{name.split(' →')[0]}: /health answers afterwards", ok, "GET /health", got)

    # The same over-long body, chunked (no Content-Length): the server must stop at the limit.
    name = "c. chunked body over --max-body → 413 problem"
    chunk = b"%x\r\n" % 65536 + b" " * 65536 + b"\r\n"
    n = max_body // 65536 + 2
    raw = (f"PUT /settings/read_access HTTP/1.1\r\nHost: {HOST}:{port}\r\nAuthorization: Bearer {admin}\r\n"
           f"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    raw += b"11\r\n" + b'{"value": "open"}' + b"\r\n" + chunk * n + b"0\r\n\r\n"
    try:
        r = request(port, raw=raw, timeout=15)
        cat.result(name, is_problem(r, 413), f"PUT /settings/read_access (admin) chunked, {n * 64} KiB", r.brief())
    except OSError as e:
        cat.result(name, False, "PUT /settings/read_access chunked", describe(e))
    ok, got = health_ok(port)
    cat.result("c. chunked body over --max-body: /health answers afterwards", ok, "GET /health", got)


# ───────────────────────────────────────────── a. concurrency ─────────────────────────────────────────────

class HealthPoller(threading.Thread):
    """Asks /health every 0.5 s on a new connection (its own thread: the event loop's load does
    not delay it) and records every probe slower than `within` or not 200."""

    def __init__(self, port, within=2.0):
        super().__init__(daemon=True)
        self.port, self.within = port, within
        self.stop_event = threading.Event()
        self.probes = 0
        self.bad = []
        self.worst = 0.0

    def run(self):
        while not self.stop_event.is_set():
            t0 = time.monotonic()
            try:
                r = request(self.port, "GET", "/health", timeout=self.within)
                dt = time.monotonic() - t0
                if r.status != 200 or dt > self.within:
                    self.bad.append(f"{r.status} in {dt:.2f} s")
            except OSError as e:
                dt = time.monotonic() - t0
                self.bad.append(f"{describe(e)} after {dt:.2f} s")
            self.probes += 1
            self.worst = max(self.worst, dt)
            self.stop_event.wait(max(0.0, 0.5 - dt))

    def stop(self):
        self.stop_event.set()
        self.join(5)


async def burst(port, path, n, timeout, headers=None, method="GET", body=b"", send_body=True):
    """n requests at once, each on its own connection, each bounded by `timeout`.
    Returns (status counts, first few errors, seconds)."""
    async def one():
        try:
            r = await asyncio.wait_for(arequest(port, method, path, headers, body, send_body=send_body), timeout)
            return r.status, None
        except asyncio.TimeoutError:
            return "timeout", f"no answer within {timeout:.0f} s"
        except (OSError, asyncio.IncompleteReadError, ValueError) as e:
            return "error", describe(e)

    t0 = time.monotonic()
    results = await asyncio.gather(*(one() for _ in range(n)))
    counts = {}
    kinds = {}
    for status, err in results:
        counts[status] = counts.get(status, 0) + 1
        if err:
            kinds[err] = kinds.get(err, 0) + 1
    errors = [f"{k} (×{v})" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:4]]
    return counts, errors, time.monotonic() - t0


def fmt_counts(counts):
    return ", ".join(f"{k}×{v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))


def case_concurrency(cat, server, n, timeout):
    port = server.port
    cat.section(f"a. {n} concurrent requests (read access from the database setting, no --open-read)")
    before = server.memory()
    for label, path in [("/locate", "/locate?lon=111.45&lat=30.39"), ("items", "/collections/divisions/items?limit=100")]:
        poller = HealthPoller(port)
        poller.start()
        counts, errors, secs = asyncio.run(burst(port, path, n, timeout))
        poller.stop()
        cat.result(f"a. {n} concurrent GET {path} all answer 200 (each within {timeout:.0f} s)",
                   counts.get(200, 0) == n, f"{n} × GET {path} at once",
                   f"{fmt_counts(counts)} in {secs:.1f} s; {' | '.join(errors)}")
        print(f"      ({n} × {label}: {fmt_counts(counts)} in {secs:.1f} s)", flush=True)
        cat.result(f"a. /health within 2 s during {n} × GET {path}", poller.probes > 0 and not poller.bad,
                   f"GET /health every 0.5 s ({poller.probes} probes)",
                   f"{len(poller.bad)} slow or failed: {', '.join(poller.bad[:4])}; worst {poller.worst:.2f} s")
        ok, got = health_ok(port)
        cat.result(f"a. /health within 2 s after {n} × GET {path}", ok, "GET /health", got)
    after = server.memory()
    print(f"      (server memory: VmRSS {before.get('VmRSS', 0) // 1024} MB before, {after.get('VmRSS', 0) // 1024} MB after, "
          f"VmHWM {after.get('VmHWM', 0) // 1024} MB)", flush=True)
    secs, rc = server.stop(10)
    cat.result("a. SIGTERM stops the server within 10 s (exit status 0) after the bursts", rc == 0 and secs <= 10,
               "SIGTERM", f"exit status {rc} after {secs:.1f} s" + (" (killed)" if rc is None else ""))


# ───────────────────────────────────────────── d. anonymous bodies ─────────────────────────────────────────────

def case_anonymous_bodies(cat, server, n, rss_bound_mb):
    port = server.port
    cat.section(f"d. {n} concurrent anonymous requests with 1 MiB bodies (read_access token)")
    before = server.memory()
    size = 1 << 20
    body = b'{"value": "open"}' + b" " * (size - 17)
    routes = [("PUT", "/settings/read_access", {401}, "401"),
              ("GET", "/collections/divisions/items", {401}, "401"),
              ("PUT", "/no/such/route", {401, 404}, "401 or 404"),
              ("GET", "/no/such/route", {401, 404}, "401 or 404")]
    for method, path, want, want_text in routes:
        hs = {"Content-Type": "application/json", "Content-Length": str(size)}
        for send_body, how, limit in [(False, "head only (the answer must not wait for the body)", 10.0),
                                      (True, "whole body sent", 20.0)]:
            counts, errors, secs = asyncio.run(burst(port, path, n, limit, hs, method, body, send_body))
            good = sum(v for k, v in counts.items() if k in want)
            cat.result(f"d. {n} × anonymous {method} {path}, Content-Length 1 MiB, {how} → {want_text}", good == n,
                       f"{n} × {method} {path} Content-Length: {size}, no token",
                       f"{fmt_counts(counts)} in {secs:.1f} s; {' | '.join(errors)}")
            m = server.memory()
            print(f"      (after {n} × {method} {path}, {'whole body' if send_body else 'head only'}: {fmt_counts(counts)} in {secs:.1f} s; "
                  f"server VmRSS {m.get('VmRSS', 0) / 1024:.0f} MB, VmHWM {m.get('VmHWM', 0) / 1024:.0f} MB)", flush=True)
        ok, got = health_ok(port)
        cat.result(f"d. /health answers after the {method} {path} bodies", ok, "GET /health", got)
    time.sleep(2)
    after = server.memory()
    grow = (after.get("VmRSS", 0) - before.get("VmRSS", 0)) / 1024
    cat.result(f"d. server RSS after the bodies stays under +{rss_bound_mb} MB", after and grow < rss_bound_mb,
               f"{len(routes) * 2} rounds of {n} anonymous 1 MiB requests",
               f"VmRSS {before.get('VmRSS', 0) / 1024:.0f} MB → {after.get('VmRSS', 0) / 1024:.0f} MB (+{grow:.0f} MB), "
               f"VmHWM {after.get('VmHWM', 0) / 1024:.0f} MB")
    base = max(before.get("VmHWM", 0), before.get("VmRSS", 0))
    peak_grow = (after.get("VmHWM", 0) - base) / 1024
    cat.result(f"d. server peak RSS (VmHWM) during the bodies stays under +{rss_bound_mb} MB over its peak before", after and peak_grow < rss_bound_mb,
               f"{len(routes) * 2} rounds of {n} anonymous 1 MiB requests",
               f"VmHWM {before.get('VmHWM', 0) / 1024:.0f} MB before → {after.get('VmHWM', 0) / 1024:.0f} MB after (+{peak_grow:.0f} MB)")
    print(f"      (server memory: VmRSS {before.get('VmRSS', 0) / 1024:.0f} MB before, {after.get('VmRSS', 0) / 1024:.0f} MB after, "
          f"VmHWM {before.get('VmHWM', 0) / 1024:.0f} MB before, {after.get('VmHWM', 0) / 1024:.0f} MB after)", flush=True)


# ───────────────────────────────────────────── e. role × scope × route ─────────────────────────────────────────────

def bbox_of(geometry):
    xs, ys = [], []

    def walk(c):
        if isinstance(c[0], (int, float)):
            xs.append(c[0])
            ys.append(c[1])
        else:
            for x in c:
                walk(x)
    walk(geometry["coordinates"])
    return [min(xs), min(ys), max(xs), max(ys)]


def inside_ring(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def point_inside(geometry, min_margin=0.0):
    """A point inside a (Multi)Polygon: the middle of the widest run of a horizontal line through
    the largest polygon, tried at several heights; checked against holes."""
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    poly = max(polys, key=lambda p: len(p[0]))
    ys = [pt[1] for pt in poly[0]]
    lo, hi = min(ys), max(ys)
    best = None
    for k in range(1, 20):
        y = lo + (hi - lo) * k / 20 + 1e-9
        xs = []
        for (x1, y1), (x2, y2) in zip(poly[0], poly[0][1:]):
            if (y1 > y) != (y2 > y):
                xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        xs.sort()
        for a, b in zip(xs[0::2], xs[1::2]):
            x = (a + b) / 2
            if any(inside_ring(x, y, hole) for hole in poly[1:]):
                continue
            if best is None or b - a > best[0]:
                best = (b - a, x, y)
    return (best[1], best[2]) if best else None


def in_township(cid, properties):
    """Whether a feature of `cid` belongs to TOWNSHIP: a division by its code, a boundary feature
    by either side's code (as the server's AccessScope reads it), any other by its `division`."""
    p = properties or {}
    if cid == "divisions":
        codes = [p.get("code")]
    elif cid == "disaster_reports":
        codes = [p.get("scope_code"), p.get("township_code"), p.get("county_code")]
    elif cid in BOUNDARY_LAYERS:
        codes = [p.get("left_code"), p.get("right_code")]
    else:
        codes = [p.get("division")]
    return any(str(c or "").startswith(TOWNSHIP) for c in codes)


def seed_boundaries(cat, args, port, admin, listed):
    """The demo data has no boundary features: the admin (the only writer of these layers, their
    editors are []) creates one line, marker and finding inside TOWNSHIP (its line to 姚家店镇)
    and one of each between two other townships, through Part 4, so the matrix has a feature
    inside and one outside the scope of every boundary collection. The findings need their
    round, which no route of this branch writes: it goes in with plain SQL (no geometry)."""
    present = [cid for cid in BOUNDARY_LAYERS if cid in listed]
    if not present:
        return {}
    points = {}
    for code in (TOWNSHIP,) + OTHER_TOWNSHIPS:
        try:
            points[code] = point_inside(get(port, f"/collections/divisions/items/{code}", admin).json()["geometry"], 0.002)
        except (OSError, ValueError, KeyError) as e:
            cat.result(f"e. division {code} readable to seed the boundary layers", False, f"GET /collections/divisions/items/{code}", describe(e))
            return {}
    seeded = {}
    pairs = [("inside", TOWNSHIP, YAOJIADIAN, points[TOWNSHIP]), ("outside", OTHER_TOWNSHIPS[0], OTHER_TOWNSHIPS[1], points[OTHER_TOWNSHIPS[0]])]
    if "inspections" in present:
        import sqlite3
        try:
            with sqlite3.connect(args.db, timeout=30) as db:
                db.execute("INSERT OR IGNORE INTO inspection_rounds (id, line, round, started_on, tolerance_m, created_at) "
                           "VALUES (?, ?, 1, '2024-05-01', 0.1, '2024-05-01T00:00:00Z')", (ATTACK_ROUND, f"{TOWNSHIP}-{YAOJIADIAN}"))
        except sqlite3.Error as e:
            cat.result("e. an inspection round for the seeded findings", False, f"INSERT INTO inspection_rounds ({args.db})", describe(e))
    for side, left, right, (x, y) in pairs:
        line = f"{left}-{right}"
        number = f"{line}-001"
        bodies = {
            "boundary_lines": {"code": line, "left_code": left, "right_code": right, "level": "township", "version": 1},
            "boundary_markers": {"number": number, "line": line, "left_code": left, "right_code": right, "sequence": 1,
                                 "type_code": "Q", "kind": "single", "x_cgcs2000_gk": 3360000.0, "y_cgcs2000_gk": 540000.0,
                                 "epsg": 4546, "status": "intact"},
            "inspections": {"round": ATTACK_ROUND, "line": line, "left_code": left, "right_code": right, "marker": number,
                            "kind": "intact", "inspection_date": "2024-05-01", "epsg": 4546},
        }
        geometries = {
            "boundary_lines": {"type": "MultiLineString", "coordinates": [[[x - 0.0005, y], [x, y], [x + 0.0005, y + 0.0001]]]},
            "boundary_markers": {"type": "Point", "coordinates": [x, y]},
            "inspections": {"type": "Point", "coordinates": [x, y]},
        }
        for cid in present:
            feature = {"type": "Feature", "properties": bodies[cid], "geometry": geometries[cid]}
            path = f"/collections/{cid}/items"
            try:
                r = request(port, "POST", path, {"Authorization": f"Bearer {admin}", "Content-Type": "application/geo+json"},
                            json.dumps(feature).encode(), timeout=30)
                ok, got = r.status == 201, f"{r.status} {one_line(r.body.decode(errors='replace'))}"
            except OSError as e:
                ok, got = False, describe(e)
            cat.result(f"e. the admin creates one {cid} feature {side} {TOWNSHIP} (Part 4)", ok, f"POST {path} ({line})", got)
        seeded[side] = {"code": line, "number": number, "round": ATTACK_ROUND}
    return seeded


def boundary_route(template, method):
    """The BOUNDARY_ROUTES entry of an /api path, or None."""
    return next((r for r in BOUNDARY_ROUTES + REPORT_ROUTES + DISASTER_ROUTES if r[0] == method.upper() and r[1] == template), None)


def in_matrix(template):
    """Whether a route's expected statuses come from BOUNDARY_ROUTES, REPORT_ROUTES or DISASTER_ROUTES."""
    return template.startswith(("/boundaries/", "/reports")) or template == "/events" or template.startswith("/events/")


def seed_reports(cat, port, admin, event):
    """Two rapid disaster reports for the event, filed by the admin through POST /reports: one in
    TOWNSHIP, one in another township, so that the matrix has a disaster_reports feature inside
    and one outside every scope (the layer's generic writes are refused)."""
    for side, code in (("inside", TOWNSHIP), ("outside", OTHER_TOWNSHIPS[0])):
        try:
            x, y = point_inside(get(port, f"/collections/divisions/items/{code}", admin).json()["geometry"], 0.002)
            feature = {"type": "Feature", "id": str(uuid.uuid4()), "geometry": {"type": "Point", "coordinates": [x, y]},
                       "properties": {"event": int(event), "observed_at": "2025-07-10T08:00:00+08:00", "location_source": "gps",
                                      "accuracy_m": 10, "affected_people": 5}}
            r = request(port, "POST", "/reports", {"Authorization": f"Bearer {admin}", "Content-Type": "application/geo+json"},
                        json.dumps(feature).encode(), timeout=30)
            ok, got = r.status == 201, f"{r.status} {one_line(r.body.decode(errors='replace'))}"
        except (OSError, ValueError, KeyError, TypeError) as e:
            ok, got = False, describe(e)
        cat.result(f"e. the admin files one disaster report {side} {TOWNSHIP}", ok, "POST /reports", got)


def seed_event(cat, port, admin):
    """One disaster event, opened by the admin, for the /events/{event} routes; its id or None."""
    body = json.dumps({"hazard": "flood", "name": "attack", "start": "2025-07-10T03:00+08:00"}).encode()
    try:
        r = request(port, "POST", "/events", {"Authorization": f"Bearer {admin}", "Content-Type": "application/json"}, body, timeout=30)
        ok, got = r.status == 201, f"{r.status}"
        event = str(json.loads(r.body)["id"]) if ok else None
    except (OSError, ValueError, KeyError) as e:
        ok, got, event = False, describe(e), None
    cat.result("e. the admin opens a disaster event", ok, "POST /events", got)
    return event


def case_matrix(cat, args, server, tokens, scoped_admin_refused):
    port = server.port
    cat.section("e. role × scope × route (read_access token)")
    cat.result("e. `diming user add --role admin --division 420581001` is refused (non-zero exit)", scoped_admin_refused[0],
               "diming user add twp-admin --role admin --division 420581001", scoped_admin_refused[1])
    admin = tokens["all-admin"]
    identities = [("anonymous", None), ("bad token", BAD_TOKEN)] + [(name, tok) for name, tok in tokens.items()]
    valid = {name for name, _ in identities if name not in ("anonymous", "bad token")}

    # The routes, from /api (read with the admin token), with path parameters filled from the data.
    try:
        api = get(port, "/api", admin).json()
        listed = get(port, "/collections", admin).json()["collections"]
        collections = [c["id"] for c in listed]
        # Who writes each layer, as the catalog says (x-diming.editors; admins write all).
        editors = {c["id"]: set((c.get("x-diming") or {}).get("editors") or []) for c in listed}
    except (OSError, ValueError, KeyError) as e:
        cat.result("e. /api and /collections readable with the admin token", False, "GET /api, GET /collections", describe(e))
        return
    seeded = seed_boundaries(cat, args, port, admin, collections).get("inside", {})
    event = seed_event(cat, port, admin) if "/events" in api.get("paths", {}) else None
    if event is not None and "disaster_reports" in collections:
        seed_reports(cat, port, admin, event)
    inside_id, outside_id, all_features = {}, {}, {}
    for cid in collections:
        try:
            fs = get(port, f"/collections/{cid}/items?limit=10000", admin, timeout=60).json()["features"]
        except (OSError, ValueError, KeyError) as e:
            cat.result(f"e. items of {cid} readable with the admin token", False, f"GET /collections/{cid}/items?limit=10000", describe(e))
            continue
        all_features[cid] = fs
        for f in fs:
            slot = inside_id if in_township(cid, f.get("properties")) else outside_id
            slot.setdefault(cid, f["id"])

    # One attachment on each collection's feature inside the township, attached by the admin, so
    # that …/attachments/{sha256} has a file to read and every permitted POST of it answers 200.
    photo_sha = {}
    for cid, fid in inside_id.items():
        path = f"/collections/{cid}/items/{fid}/attachments"
        try:
            r = request(port, "POST", path, {"Authorization": f"Bearer {admin}", "Content-Type": "image/jpeg"}, PHOTO, timeout=30)
            photo_sha[cid] = json.loads(r.body)["sha256"]
            ok, got = r.status in (200, 201), f"{r.status}"
        except (OSError, ValueError, KeyError) as e:
            ok, got = False, describe(e)
        cat.result(f"e. the admin attaches a photo to {cid} {fid}", ok, f"POST {path} (image/jpeg)", got)

    def fill(path, cid=None):
        if "{featureId}" in path:
            cid = path.split("/")[2]
            if cid not in inside_id:
                return None
            path = path.replace("{featureId}", str(inside_id[cid]))
        if "{placeId}" in path:
            # The gazetteer's routes: a place inside the township (its id is the feature's).
            if "places" not in inside_id:
                return None
            path = path.replace("{placeId}", str(inside_id["places"]))
        if "{sha256}" in path:
            if cid not in photo_sha:
                return None
            path = path.replace("{sha256}", photo_sha[cid])
        if path.startswith("/reports/"):
            path = path.replace("{reportId}", "00000000-0000-4000-8000-000000000000")
        if path.startswith("/boundaries/") and "{" in path:
            # The seeded line, marker and round inside the township (names as the routes may call them).
            values = {"code": seeded.get("code"), "lineCode": seeded.get("code"), "line": seeded.get("code"),
                      "number": seeded.get("number"), "marker": seeded.get("number"),
                      "round": seeded.get("round"), "roundId": seeded.get("round"), "id": seeded.get("round")}
            for name, value in values.items():
                if value:
                    path = path.replace("{" + name + "}", value)
            if "{" in path:
                return None
        if "{event}" in path:
            if event is None:
                return None
            path = path.replace("{event}", event).replace("{filing}", "999999")
        module = "api.js" if path.startswith("/map/js/") else "leaflet.js"
        page_file = "form.js" if path.startswith("/report/") else "map.js"  # the field form's files: maps/report/
        return (path.replace("{key}", "read_access").replace("{file}", page_file).replace("{path}", module))

    routes = []
    for path, ops in api.get("paths", {}).items():
        for method in ops:
            if method.lower() not in ("get", "put", "post", "delete", "patch"):
                continue
            filled = fill(path)
            if filled is None:
                cat.result(f"e. a feature inside {TOWNSHIP} to fill {path}", False, f"GET {path.split('{')[0]}?limit=10000", "none found")
                continue
            if path == "/locate":
                filled = "/locate?lon=111.45&lat=30.39"
            # Routes that need a query to answer 200 (解放路 as the name to check, spell, find).
            queries = {"/gazetteer/check": "?name=%E8%A7%A3%E6%94%BE%E8%B7%AF&category=road",
                       "/pinyin": "?text=%E8%A7%A3%E6%94%BE%E8%B7%AF", "/search": "?q=%E8%A7%A3%E6%94%BE%E8%B7%AF"}
            filled += queries.get(path, "")
            if in_matrix(path):
                entry = boundary_route(path, method)
                if entry is None:
                    cat.result(f"e. {method.upper()} {path} has its expectations in BOUNDARY_ROUTES, REPORT_ROUTES or DISASTER_ROUTES (tools/attack/attack.py)",
                               False, "GET /api", "listed by the server, not in BOUNDARY_ROUTES, REPORT_ROUTES or DISASTER_ROUTES")
                    continue
                filled += entry[2].replace("{code}", seeded.get("code", ""))
            routes.append((method.upper(), filled, path))
    api_paths = api.get("paths", {})
    waiting = [f"{m} {t}" for m, t, _, _ in BOUNDARY_ROUTES + DISASTER_ROUTES if m.lower() not in (api_paths.get(t) or {})]
    if waiting:
        print(f"note: {len(waiting)} BOUNDARY_ROUTES/DISASTER_ROUTES not served by this server, not checked: {', '.join(waiting)}")
    listed = {p for _, _, p in routes}
    for extra in ["/locate", "/health", "/metrics", "/audit", "/settings/{key}", "/map"]:
        if extra not in listed:
            cat.result(f"e. {extra} is listed in /api", False, "GET /api", "not in paths")
            routes.append(("PUT" if extra == "/settings/{key}" else "GET",
                           fill(extra) if extra != "/locate" else "/locate?lon=111.45&lat=30.39", extra))

    # Public by design when reading needs a token: the API description and the map's static
    # files and texts hold no data (the map asks for a token, in the reader's language, before it
    # reads), and monitors call /health. A token that is sent but wrong is refused everywhere,
    # /health included (401).
    public = ("/health", "/api", "/api.html", "/map", "/map/{file}", "/map/js/{path}", "/map/messages.json",
              "/static/leaflet/{path}")
    # DISASTER_ROUTES (field form): the offline form's page and files hold no data either.
    public += ("/report", "/report/{file}")

    def expected(template, who, method="GET"):
        if who == "bad token":
            return 401
        if in_matrix(template):
            if who == "anonymous":
                return 401
            statuses = boundary_route(template, method)[3]
            role = who.split("-", 1)[1]
            return statuses.get(role, statuses["*"])
        if method == "POST" and template.endswith("/attachments"):
            if who == "anonymous":
                return 401
            role = who.split("-", 1)[1]
            return 200 if role == "admin" or role in editors.get(template.split("/")[2], set()) else 403
        if method in ("POST", "PUT", "PATCH", "DELETE") and template.startswith("/collections/"):
            # Part 4 writes, sent here without a feature and without If-Match: refused for the
            # role before anything else, then 400 (no feature in the body) or 428 (no If-Match).
            if who == "anonymous":
                return 401
            role = who.split("-", 1)[1]
            if role != "admin" and role not in editors.get(template.split("/")[2], set()):
                return 403
            return 400 if method == "POST" else 428
        if method == "POST" and template.startswith("/gazetteer/"):
            # The naming workflow, sent here an empty JSON object: refused for the role before
            # the body is read; a place-name officer or an admin is then refused for the body
            # (400: a field missing) or for the place's status (409: an approved place cannot go
            # to review) — never a write, never a 5xx.
            if who == "anonymous":
                return 401
            role = who.split("-", 1)[1]
            return {400, 409, 422} if role in ("admin", "placename_officer") else 403
        if template in public or template.startswith("/static/leaflet/"):
            return 200
        if template in ("/audit", "/settings/{key}"):
            if who == "anonymous":
                return 401
            return 200 if who == "all-admin" else 403
        return 200 if who in valid else 401   # data, /metrics: a valid token is needed

    for method, path, template in routes:
        wrong = []
        for who, tok in identities:
            hs = {"Authorization": f"Bearer {tok}"} if tok else {}
            body = b""
            if method == "PUT":
                hs["Content-Type"] = "application/json"
                body = b'{"value": "token"}'
            if method == "POST" and template.endswith("/attachments"):
                hs["Content-Type"] = "image/jpeg"
                body = PHOTO
            elif method == "POST" and (template.startswith("/gazetteer/") or in_matrix(template)):
                hs["Content-Type"] = "application/json"
                body = b"{}"
            elif method in ("POST", "PATCH"):
                hs["Content-Type"] = "application/geo+json"
                body = b"{}"
            want = expected(template, who, method)
            try:
                r = request(port, method, path, hs, body, timeout=30)
                if r.status not in (want if isinstance(want, set) else {want}):
                    wrong.append(f"{who}: {r.status} (want {want})")
            except OSError as e:
                wrong.append(f"{who}: {describe(e)} (want {want})")
        cat.result(f"e. {method} {path}: status by identity as intended", not wrong,
                   f"{method} {path} as {len(identities)} identities", "; ".join(wrong[:8]) + (" …" if len(wrong) > 8 else ""))

    # No row outside the scope in any answer of a scoped account.
    scoped = {name: tok for name, tok in tokens.items() if name.startswith("twp-")}
    try:
        township = get(port, f"/collections/divisions/items/{TOWNSHIP}", admin).json()
        tbox = bbox_of(township["geometry"])
    except (OSError, ValueError, KeyError) as e:
        cat.result(f"e. division {TOWNSHIP} readable", False, f"GET /collections/divisions/items/{TOWNSHIP}", describe(e))
        return
    eps = 1e-7
    for cid in collections:
        key = ("code" if cid == "divisions" else "left_code or right_code" if cid in BOUNDARY_LAYERS
               else "scope_code, township_code or county_code" if cid == "disaster_reports" else "division")
        leaks = []
        for who, tok in scoped.items():
            try:
                r = get(port, f"/collections/{cid}/items?limit=10000", tok, timeout=60)
                doc = r.json() if r.status == 200 else None
            except (OSError, ValueError) as e:
                leaks.append(f"{who}: {describe(e)}")
                continue
            if doc is None:
                leaks.append(f"{who}: {r.status}")
                continue
            fs = doc.get("features", [])
            out = [str(f.get("id")) for f in fs if not in_township(cid, f.get("properties"))]
            if out:
                leaks.append(f"{who}: {len(out)} of {len(fs)} features outside ({', '.join(sorted(set(out))[:4])})")
            nm = doc.get("numberMatched")
            if nm is not None and nm != len(fs) and not any(link.get("rel") == "next" for link in doc.get("links", [])):
                leaks.append(f"{who}: numberMatched {nm} but {len(fs)} features on the only page")
        cat.result(f"e. scoped accounts: every feature of /collections/{cid}/items?limit=10000 has {key} in {TOWNSHIP}",
                   not leaks, f"GET /collections/{cid}/items?limit=10000 as {len(scoped)} scoped accounts", "; ".join(leaks[:5]))

        bad = []
        for who, tok in scoped.items():
            for path in [f"/collections/{cid}", "/collections"]:
                try:
                    doc = get(port, path, tok).json()
                    if path == "/collections":
                        doc = next(c for c in doc["collections"] if c["id"] == cid)
                    for b in doc["extent"]["spatial"]["bbox"]:
                        if not (b[0] >= tbox[0] - eps and b[1] >= tbox[1] - eps and b[2] <= tbox[2] + eps and b[3] <= tbox[3] + eps):
                            bad.append(f"{who} {path}: {b}")
                except (OSError, ValueError, KeyError, StopIteration, TypeError, IndexError) as e:
                    bad.append(f"{who} {path}: {describe(e)}")
        cat.result(f"e. scoped accounts: extent.spatial.bbox of {cid} lies within {TOWNSHIP}'s bbox {[round(v, 5) for v in tbox]}",
                   not bad, f"GET /collections/{cid} and /collections as scoped accounts", "; ".join(bad[:4]))

        if cid in outside_id:
            fid = outside_id[cid]
            got = []
            for who, tok in scoped.items():
                try:
                    r = get(port, f"/collections/{cid}/items/{fid}", tok)
                    if r.status != 404:
                        got.append(f"{who}: {r.status}")
                except OSError as e:
                    got.append(f"{who}: {describe(e)}")
            cat.result(f"e. scoped accounts: feature {fid} of {cid} (outside {TOWNSHIP}) → 404", not got,
                       f"GET /collections/{cid}/items/{fid}", "; ".join(got[:6]))

    # /locate at 姚家店镇 for scoped accounts: no division outside the scope in the answer.
    yjd = next((f for f in all_features.get("divisions", []) if str(f["id"]) == YAOJIADIAN
                or (f.get("properties") or {}).get("code") == YAOJIADIAN), None)
    point = point_inside(yjd["geometry"]) if yjd else None
    if point is None:
        cat.result(f"e. a point inside {YAOJIADIAN} 姚家店镇 from the demo data", False, "GET /collections/divisions/items", "not found")
        return
    path = f"/locate?lon={point[0]:.6f}&lat={point[1]:.6f}"
    try:
        chain = [d["code"] for d in get(port, path, admin).json()["divisions"]]
        cat.result(f"e. {path} as the unscoped admin lists {YAOJIADIAN} (the point is in 姚家店镇)", YAOJIADIAN in chain,
                   f"GET {path}", f"chain {chain}")
    except (OSError, ValueError, KeyError) as e:
        cat.result(f"e. {path} as the unscoped admin", False, f"GET {path}", describe(e))
    leaks = []
    for who, tok in scoped.items():
        try:
            r = get(port, path, tok)
            doc = r.json()
            codes = [d.get("code") for d in doc.get("divisions", []) + doc.get("neighbours", [])]
            out = [c for c in codes if not str(c).startswith(TOWNSHIP)]
            if r.status != 200 or out:
                leaks.append(f"{who}: {r.status} {out}")
        except (OSError, ValueError, AttributeError) as e:
            leaks.append(f"{who}: {describe(e)}")
    cat.result(f"e. {path} (姚家店镇) as scoped accounts (viewer and every other role): 200, no division outside {TOWNSHIP}",
               not leaks, f"GET {path}", "; ".join(leaks[:6]))


# ───────────────────────────────────────────── b. idle and slow sockets ─────────────────────────────────────────────

def open_idle(port, n, wait=5.0, batch=50, pause=0.05):
    """n connections that never send anything, opened in batches (a burst of 1,100 SYNs would
    overflow the listen backlog and the kernel, not the server, would drop them); those
    established within `wait` after the last batch."""
    pending = {}
    poller = select.poll()
    connected = []

    def reap(timeout_ms):
        for fd, _ in poller.poll(timeout_ms):
            s = pending.pop(fd, None)
            if s is None:
                continue
            poller.unregister(fd)
            if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                connected.append(s)
            else:
                s.close()

    for i in range(n):
        s = socket.socket()
        s.setblocking(False)
        if s.connect_ex((HOST, port)) in (0, errno.EINPROGRESS):
            pending[s.fileno()] = s
            poller.register(s.fileno(), select.POLLOUT)
        else:
            s.close()
        if (i + 1) % batch == 0:
            reap(int(pause * 1000))
            time.sleep(pause)
    end = time.monotonic() + wait
    while pending and time.monotonic() < end:
        reap(200)
    for s in pending.values():
        s.close()
    return connected


def _readable(s, timeout):
    p = select.poll()
    p.register(s.fileno(), select.POLLIN)
    return bool(p.poll(int(timeout * 1000)))


def closed_by_peer(s):
    try:
        data = s.recv(4096)
        return data == b"" or data.startswith(b"HTTP/1.1 408")
    except BlockingIOError:
        return False
    except OSError:
        return True


def case_idle(cat, args, server, idle_timeout, header_timeout, options_ok):
    port = server.port
    cat.section(f"b. idle and slow sockets (server under ulimit -n 1024, idle {idle_timeout} s, header {header_timeout} s)")
    n = 1100
    t0 = time.monotonic()
    socks = open_idle(port, n)
    fds = len(os.listdir(f"/proc/{server.pid}/fd")) if server.alive() else 0
    print(f"      ({len(socks)} of {n} idle connections established in {time.monotonic() - t0:.1f} s; "
          f"the server holds {fds} file descriptors of its 1024)", flush=True)
    ok, got = health_ok(port, 5.0)
    cat.result(f"b. /health answers within 5 s while {n} idle connections are open", ok, f"{len(socks)} idle + GET /health", got)

    deadline = t0 + idle_timeout + header_timeout + 8
    open_socks = {s.fileno(): s for s in socks}
    poller = select.poll()
    for fd in open_socks:
        poller.register(fd, select.POLLIN)
    while open_socks and time.monotonic() < deadline:
        for fd, _ in poller.poll(500):
            s = open_socks.get(fd)
            if s is not None and closed_by_peer(s):
                poller.unregister(fd)
                del open_socks[fd]
                s.close()
    still = len(open_socks)
    cat.result(f"b. the server closes idle connections after its idle timeout ({idle_timeout} s; waited "
               f"{deadline - t0:.0f} s)", len(socks) > 0 and still == 0,
               f"{len(socks)} connections that send nothing", f"{still} still open after {time.monotonic() - t0:.1f} s")
    for s in open_socks.values():
        s.close()
    ok, got = health_ok(port, 5.0)
    cat.result("b. /health answers after the idle connections", ok, "GET /health", got)

    # A request head trickled one byte per second.
    head = f"GET /health HTTP/1.1\r\nHost: {HOST}:{port}\r\nUser-Agent: trickle\r\nAccept: */*\r\n\r\n".encode()
    limit = header_timeout + 3
    s = socket.create_connection((HOST, port), timeout=5)
    s.setblocking(False)
    t0 = time.monotonic()
    outcome = None
    for i in range(len(head)):
        if time.monotonic() - t0 > max(limit + 6, 12):
            break
        try:
            s.send(head[i:i + 1])
        except OSError as e:
            outcome = f"closed ({describe(e)} on byte {i + 1})"
            break
        if _readable(s, 1.0):
            try:
                data = s.recv(4096)
                outcome = "closed" if data == b"" else f"answered {data[:40]!r}"
            except OSError as e:
                outcome = f"closed ({describe(e)})"
            break
    secs = time.monotonic() - t0
    s.close()
    good = outcome is not None and (outcome.startswith("closed") or "408" in outcome) and secs <= limit
    cat.result(f"b. a head trickled 1 byte/s is cut off within the header timeout + 3 s ({limit} s)", good,
               f"GET /health head one byte per second ({len(head)} bytes)",
               f"{outcome or 'still open'} after {secs:.1f} s")
    ok, got = health_ok(port)
    cat.result("b. /health answers after the trickled head", ok, "GET /health", got)


# ───────────────────────────────────────────── h. answers cut off by the client ─────────────────────────────────────────────

def case_aborted(cat, server, rounds=20):
    """Clients that go away in the middle of a large answer: read 1 KB, then close (FIN) or
    reset (SO_LINGER 0). The server must stay up and keep answering."""
    port = server.port
    cat.section(f"h. clients that leave in the middle of an answer ({rounds} per page and way)")
    for path in ["/collections/divisions/items?limit=100", "/collections/addresses/items?limit=10000",
                 "/collections/divisions/items?limit=100&f=html"]:
        for how in ("close", "reset"):
            errors = []
            for _ in range(rounds):
                try:
                    s = socket.create_connection((HOST, port), timeout=5)
                    s.sendall(f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nAccept-Encoding: identity\r\n\r\n".encode())
                    s.recv(1024)
                    if how == "reset":
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    s.close()
                except OSError as e:
                    errors.append(describe(e))
                    if not server.alive():
                        break
            time.sleep(0.5)
            ok, got = health_ok(port)
            alive = server.alive()
            status = "" if alive else f"the server exited with status {server.proc.returncode}: {server.log_tail(1)}"
            cat.result(f"h. after {rounds} × GET {path} left after 1 KB ({how}): the server is up and /health answers within 2 s",
                       ok and alive, f"{rounds} × GET {path}, read 1 KB, {'close' if how == 'close' else 'RST (SO_LINGER 0)'}",
                       "; ".join(x for x in (got, status, " | ".join(errors[:2])) if x))
            if not alive:
                return


# ───────────────────────────────────────────── g. absurd option values ─────────────────────────────────────────────

def case_bad_options(cat, args):
    cat.section("g. absurd timeout values")
    tries = [("--request-timeout", v) for v in ("1e300", "inf", "nan")]
    tries += [("--idle-timeout", "1e300"), ("--header-timeout", "1e300")]
    for option, value in tries:
        cmd = [args.diming, "serve", "--host", HOST, "--port", "0", "--db", args.db, option, value]
        name = f"g. diming serve {option} {value} exits non-zero, first line an error naming the option (not 'Unknown option'), no crash signal"
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
            out = p.stderr + p.stdout
            lines = [ln for ln in out.strip().splitlines() if ln.strip()]
            crash = p.returncode < 0 or p.returncode >= 128 or any(
                w in out for w in ("Fatal error", "Stack dump", "Current stack trace", "💣", "Illegal instruction"))
            first = lines[0] if lines else ""
            good = (p.returncode != 0 and not crash and "timeout" in first.lower()
                    and "unknown option" not in first.lower())
            cat.result(name, bool(good), " ".join(cmd[1:]), f"exit status {p.returncode}; first line: {one_line(first or '(none)')}")
        except subprocess.TimeoutExpired:
            cat.result(name, False, " ".join(cmd[1:]), "still running after 10 s (it accepted the value and served); killed")


# ───────────────────────────────────────────── main ─────────────────────────────────────────────

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--diming", required=True)
    ap.add_argument("--db", required=True, help="a fresh demo database (made by run.sh)")
    ap.add_argument("--work", required=True)
    ap.add_argument("--maps", required=True)
    ap.add_argument("--only", default="fcaedbhg", help="which cases, by letter (default all: fcaedbhg)")
    ap.add_argument("--concurrency", type=int, default=1000)
    ap.add_argument("--timeout", type=float, default=20.0, help="per request in the concurrency bursts")
    ap.add_argument("--bodies", type=int, default=400)
    ap.add_argument("--rss-growth-mb", type=float, default=64)
    ap.add_argument("--max-body", type=int, default=1 << 20)
    ap.add_argument("--idle-timeout", type=int, default=2)
    ap.add_argument("--header-timeout", type=int, default=2)
    args = ap.parse_args()
    cat = Catalogue(args)
    pidfile = os.path.join(args.work, "server.pids")
    env = {"DIMING_MAPS": args.maps}
    base = ["--log-level", "warning", "--max-body", str(args.max_body)]

    # Accounts: every role unscoped (all-ROLE) and scoped to the township (twp-ROLE), except a scoped admin.
    tokens = {}
    for role in ROLES:
        cli(args, "user", "add", f"all-{role}", "--role", role)
    p = cli(args, "user", "add", "twp-admin", "--role", "admin", "--division", TOWNSHIP, check=False)
    refused = (p.returncode != 0 and p.returncode < 128,
               f"exit status {p.returncode}: {one_line(p.stderr or p.stdout)}")
    for role in ROLES[1:]:
        cli(args, "user", "add", f"twp-{role}", "--role", role, "--division", TOWNSHIP)
    for role in ROLES:
        tokens[f"all-{role}"] = cli(args, "user", "token", f"all-{role}").stdout.strip()
    for role in ROLES[1:]:
        tokens[f"twp-{role}"] = cli(args, "user", "token", f"twp-{role}").stdout.strip()
    admin = tokens["all-admin"]

    servers = []
    try:
        if any(c in args.only for c in "fca"):
            cli(args, "config", "read_access", "open")
            a = Server(args.diming, args.db, base, os.path.join(args.work, "serve-A.log"), pidfile, env=env)
            servers.append(a)
            why = a.start()
            cat.result("server A (read_access=open in the database) starts", why is None, " ".join(a.command), why or "")
            if why is None:
                if "f" in args.only:
                    case_headers(cat, a.port, admin)
                if "c" in args.only:
                    case_oversized(cat, a.port, admin, args.max_body)
                if "a" in args.only:
                    case_concurrency(cat, a, args.concurrency, args.timeout)
            a.stop(10)

        if any(c in args.only for c in "ed"):
            cli(args, "config", "read_access", "token")
            b = Server(args.diming, args.db, base, os.path.join(args.work, "serve-B.log"), pidfile, env=env)
            servers.append(b)
            why = b.start()
            cat.result("server B (read_access=token in the database) starts", why is None, " ".join(b.command), why or "")
            if why is None:
                if "e" in args.only:
                    case_matrix(cat, args, b, tokens, refused)
                if "d" in args.only:
                    case_anonymous_bodies(cat, b, args.bodies, args.rss_growth_mb)
            secs, rc = b.stop(10)
            cat.result("server B stops on SIGTERM within 10 s (exit status 0)", rc == 0, "SIGTERM", f"exit status {rc} after {secs:.1f} s")

        if "b" in args.only:
            cli(args, "config", "read_access", "open")
            timeouts = ["--idle-timeout", str(args.idle_timeout), "--header-timeout", str(args.header_timeout)]
            c = Server(args.diming, args.db, base + timeouts, os.path.join(args.work, "serve-C.log"), pidfile, fd_limit=1024, env=env)
            servers.append(c)
            why = c.start(wait=30)
            options_ok = why is None
            cat.result("server C starts with --idle-timeout and --header-timeout under ulimit -n 1024", options_ok,
                       " ".join(c.command), why or "")
            if not options_ok:
                c.stop(5)
                print("      (starting server C without those options, to run the socket cases anyway)", flush=True)
                c = Server(args.diming, args.db, base, os.path.join(args.work, "serve-C2.log"), pidfile, fd_limit=1024, env=env)
                servers.append(c)
                why = c.start(wait=30)
            if why is None:
                case_idle(cat, args, c, args.idle_timeout, args.header_timeout, options_ok)
            else:
                cat.result("server C starts under ulimit -n 1024", False, " ".join(c.command), why)
            c.stop(10)

        if "h" in args.only:
            cli(args, "config", "read_access", "open")
            d = Server(args.diming, args.db, base, os.path.join(args.work, "serve-D.log"), pidfile, env=env)
            servers.append(d)
            why = d.start()
            cat.result("server D (read_access=open) starts", why is None, " ".join(d.command), why or "")
            if why is None:
                case_aborted(cat, d)
                secs, rc = d.stop(10)
                cat.result("h. server D stops on SIGTERM within 10 s (exit status 0)", rc == 0, "SIGTERM", f"exit status {rc} after {secs:.1f} s")

        if "g" in args.only:
            case_bad_options(cat, args)
    finally:
        for s in servers:
            if s.alive():
                s.stop(10)

    if cat.failures:
        print(f"failed: {len(cat.failures)} case(s); server logs in {args.work}", flush=True)
    print(f"attack: {cat.passed} passed, {cat.failed} failed", flush=True)
    return 1 if cat.failed else 0


if __name__ == "__main__":
    sys.exit(main())
