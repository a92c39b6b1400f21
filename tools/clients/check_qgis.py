#!/usr/bin/python3
"""QGIS as a client: load collections through QGIS's OAPIF provider, headless.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/clients/check_qgis.py PORT [--host 127.0.0.1]
        [--collections divisions,addresses,boundary_lines,boundary_markers,inspections]

Needs Debian's python3-qgis and qgis-providers (tools/clients/setup.sh installs them). For each
collection (default: divisions; addresses, which takes more than one page; the three boundary
layers, which run_all.sh fills with seed_boundaries.py — 130 markers, more than QGIS's first page):
  * QgsVectorLayer("url='http://HOST:PORT' typename='<id>'", ..., "OAPIF") is valid;
  * iterating its features gives exactly the server's number of features (numberMatched, or the
    count over every `next` page), each feature once (distinct ids and distinct contents);
  * the layer CRS is geographic and the features' extent lies inside the collection's extent
    (so longitude and latitude are not swapped).
Exits 1 naming what failed. QGIS's profile goes to tools/clients/work/qgis-profile, not $HOME.
Note: layer.error().summary() is never called: it segfaulted QGIS 3.22's bindings.
"""
import argparse
import json
import os
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")

import headless  # noqa: E402 (beside this script)

headless.prepare_qgis()  # QGIS's Python is Debian's, headless, its profile in work/


def say(msg):
    print(f"check_qgis: {msg}", file=sys.stderr, flush=True)


def get_json(url, accept="application/json"):
    req = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def server_count(base, cid):
    """(numberMatched or the paged count, the paged count)."""
    url, n, matched, pages = f"{base}/collections/{cid}/items?limit=1000", 0, None, 0
    while url and pages < 10000:
        fc = get_json(url, "application/geo+json")
        pages += 1
        if matched is None:
            matched = fc.get("numberMatched")
        n += len(fc.get("features", []))
        if not fc.get("features"):
            break
        url = next((l["href"] for l in fc.get("links", []) if l.get("rel") == "next"), None)
    return (n if matched is None else matched), n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("port", type=int)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--collections", default="divisions,addresses,boundary_lines,boundary_markers,inspections")
    a = ap.parse_args()
    base = f"http://{a.host}:{a.port}"

    try:
        from qgis.core import Qgis, QgsApplication, QgsProviderRegistry, QgsRectangle, QgsVectorLayer
    except ImportError as e:
        say(f"FAIL: QGIS's Python bindings are missing ({e}); run tools/clients/setup.sh (python3-qgis, qgis-providers)")
        return 2

    try:
        collections = {c["id"]: c for c in get_json(f"{base}/collections")["collections"]}
    except Exception as e:
        say(f"FAIL: {base}/collections did not answer: {e}")
        return 1

    app = QgsApplication([], False)
    app.initQgis()
    say(f"QGIS {Qgis.QGIS_VERSION}")
    if "OAPIF" not in QgsProviderRegistry.instance().providerList():
        say("FAIL: QGIS has no OAPIF provider; install qgis-providers (tools/clients/setup.sh)")
        app.exitQgis()
        return 2
    failures = []

    def fail(msg):
        say("FAIL: " + msg)
        failures.append(msg)

    for cid in [c for c in a.collections.split(",") if c]:
        if cid not in collections:
            fail(f"the server has no collection '{cid}'")
            continue
        expected, paged = server_count(base, cid)
        if expected != paged:
            fail(f"{cid}: numberMatched {expected} but paging the server's next links gave {paged}")
        t0 = time.monotonic()
        layer = QgsVectorLayer(f"url='{base}' typename='{cid}'", cid, "OAPIF")
        if not layer.isValid():
            fail(f"{cid}: QGIS's OAPIF provider could not open url='{base}' typename='{cid}'")
            continue
        crs = layer.crs()
        if not crs.isValid() or not crs.isGeographic():
            fail(f"{cid}: layer CRS {crs.authid() or '(invalid)'} is not geographic")
        fids, contents, n = set(), set(), 0
        extent = QgsRectangle()
        extent.setMinimal()
        for f in layer.getFeatures():
            n += 1
            fids.add(f.id())
            g = f.geometry()
            if g is None or g.isEmpty():
                fail(f"{cid}: feature {f.id()} has no geometry")
                break
            extent.combineExtentWith(g.boundingBox())
            contents.add((g.asWkt(7), json.dumps([str(v) for v in f.attributes()], ensure_ascii=False)))
        secs = time.monotonic() - t0
        if n != expected:
            fail(f"{cid}: QGIS read {n} features, the server has {expected}")
        if len(fids) != n or len(contents) != n:
            fail(f"{cid}: {n} features but {len(fids)} distinct ids and {len(contents)} distinct features (paging overlaps)")
        bbox = (collections[cid].get("extent", {}).get("spatial", {}).get("bbox") or [None])[0]
        if bbox and n:
            w, s, e, nn = (bbox[0], bbox[1], bbox[2], bbox[3]) if len(bbox) == 4 else (bbox[0], bbox[1], bbox[3], bbox[4])
            tol = 1e-4
            if not (extent.xMinimum() >= w - tol and extent.xMaximum() <= e + tol
                    and extent.yMinimum() >= s - tol and extent.yMaximum() <= nn + tol):
                fail(f"{cid}: features span {extent.toString(4)}, outside the collection extent {bbox} (axis order?)")
        if n == expected:
            say(f"ok: {cid}: {n} features in {secs:.1f}s, CRS {crs.authid()} (geographic), "
                f"extent {extent.toString(4)}")
        del layer

    app.exitQgis()
    if failures:
        say(f"FAILED ({len(failures)})")
        return 1
    say("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
