#!/usr/bin/env python3
"""A real-browser check of the web map: Debian's chromium, headless, driven by selenium.

    tools/clients/work/venv/bin/python tools/clients/check_map.py PORT [--host 127.0.0.1]
        [--screenshot maps/screenshot.png] [--screenshot-detail PATH] [--token TOKEN]

(Any python3 will do: it re-runs itself under tools/clients/work/venv, which tools/clients/setup.sh
makes with selenium from PyPI; chromium and chromium-driver come from Debian.)

Loads http://HOST:PORT/map and waits until map.js says it is done (document.body.dataset.state).
Everything layer-specific is taken from the server's /collections and its "x-diming" metadata
(this script names no layer either). Then checks:
  * the modules: every ES module of the page's static import graph (read from maps/ on disk,
    starting at map.js) and every drawer the metadata names (maps/js/drawers/<drawer>.js) was
    loaded with 200 and a JavaScript type; no answer from the server was 4xx/5xx; every .js file
    under maps/ is served as text/javascript; each drawer file registers the drawer named like it;
  * no file of maps/ (nor any module the page loaded) spells a collection id, a collection's
    Chinese label, or a class value or class label of the metadata: those come from the server;
  * the page loaded every feature of every collection that /collections lists (window.diming.counts
    against the server's numberMatched / full paging; body data-loaded is the total);
  * the registry (window.diming.registry) has one entry per collection, drawn with the drawer its
    metadata names ("generic" when it names none);
  * the layer switcher shows each collection's Chinese label from the metadata (for
    "areas-by-level": each level's label), its English label, and the labels of the classes drawn;
  * class colours follow the metadata: the stroke of each class's SVG paths and the background of
    its markers are the class's colour;
  * SVG paths (areas, lines) and markers are in the DOM; the scale bar is metric; a click on a
    marker opens a popup with the collection's label and the Chinese labels of the properties
    (with units and referenced names); Escape closes it, Tab reaches markers, Enter opens them;
  * a "house-numbers" collection is not drawn below its minZoom and drawn whole from it;
  * no console errors, and no request left the server's origin (the bureau has no internet);
  * with --token: the page first asks for a token (the server answers 401), then loads with it;
  * a search for an area's name gives results, and choosing one moves the map.
Saves a screenshot of the whole map (and, with --screenshot-detail, one zoomed in on the town).
Exits 1 naming what failed.
"""
import argparse
import atexit
import json
import os
import re
import shutil
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import headless  # beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")
MAPS = os.path.normpath(os.path.join(HERE, "..", "..", "maps"))
VENV_PY = os.path.join(WORK, "venv", "bin", "python")

try:
    import selenium  # noqa: F401
except ImportError:
    if os.path.exists(VENV_PY) and os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(WORK, "venv")):
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    print("check_map: FAIL: selenium is missing; run tools/clients/setup.sh (it makes tools/clients/work/venv)",
          file=sys.stderr)
    sys.exit(2)

# Selenium Manager must never be asked for anything (it would try to download a driver).
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

failures = []


def say(msg):
    print(f"check_map: {msg}", file=sys.stderr, flush=True)


def fail(msg):
    say("FAIL: " + msg)
    failures.append(msg)


def get_json(url, token=None):
    headers = {"Accept": "application/geo+json, application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
        return json.load(r)


def server_counts(base, token, collections):
    """{collection: number of features}, None for a collection whose items answer 401 (locked)."""
    counts = {}
    for c in collections:
        url, n, matched = f"{base}/collections/{c['id']}/items?limit=1000", 0, None
        while url:
            try:
                fc = get_json(url, token)
            except urllib.error.HTTPError as e:
                if e.code != 401 or token:
                    raise
                n = None
                break
            matched = fc.get("numberMatched") if matched is None else matched
            n += len(fc.get("features", []))
            if fc.get("features"):
                geometry_types.setdefault(c["id"], (fc["features"][0].get("geometry") or {}).get("type") or "")
            if not fc.get("features"):
                break
            url = next((l["href"] for l in fc.get("links", []) if l.get("rel") == "next"), None)
        counts[c["id"]] = n if (matched is None or n is None) else matched
    return counts


def find_binary(*names):
    for n in names:
        if os.path.exists(n):
            return n
    return None


def make_driver(width, height):
    chromium = find_binary("/usr/bin/chromium", "/usr/lib/chromium/chromium")
    driver_path = find_binary("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
    if not chromium or not driver_path:
        say("FAIL: chromium or chromium-driver is missing; run tools/clients/setup.sh")
        sys.exit(2)
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="chrome-profile.", dir=WORK)  # fresh: no token or cache from a past run
    atexit.register(shutil.rmtree, profile, True)
    for a in headless.chromium_arguments(width, height, profile):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=driver_path, log_output=os.path.join(WORK, "chromedriver.log"))
    return webdriver.Chrome(service=service, options=opts)


def wait_state(driver, states, timeout):
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.2).until(
            lambda d: d.execute_script("return document.body && document.body.dataset.state") in states)
    except TimeoutException:
        pass
    return driver.execute_script("return document.body && document.body.dataset.state")


# ---- what the server says about its layers ------------------------------------------------------

def css_token(value):
    """The page's cssToken (maps/js/kit.js): class names for collection ids and class values."""
    return "".join(ch if re.match(r"[A-Za-z0-9-]", ch) else "_%x" % ord(ch) for ch in str(value))


def label_of(value, fallback=""):
    """The page's labelOf (maps/js/meta.js): {zh, en} from a label object or a "中文 English" title."""
    if isinstance(value, dict) and (value.get("zh") or value.get("en")):
        return {"zh": str(value.get("zh") or value.get("en")), "en": str(value.get("en") or "")}
    if isinstance(value, str) and value.strip():
        m = re.match(r"^\s*([^A-Za-z]*[\u2e80-\u9fff\uf900-\ufaff][^A-Za-z]*?)\s+([A-Za-z].*)$", value)
        return {"zh": m.group(1).strip(), "en": m.group(2).strip()} if m else {"zh": value.strip(), "en": ""}
    return label_of(fallback) if fallback else {"zh": "", "en": ""}


def describe(c):
    x = c.get("x-diming") if isinstance(c.get("x-diming"), dict) else None
    style = (x or {}).get("style") or {}
    properties = [p for p in ((x or {}).get("properties") or []) if isinstance(p, dict) and p.get("name")]
    # A class's label is its own, else the class property's vocabulary's (as the page does).
    vocabulary = next((p.get("values") or [] for p in properties if p["name"] == style.get("classProperty")), [])
    classes = []
    for k in style.get("classes") or []:
        if isinstance(k, dict) and "value" in k:
            v = next((v for v in vocabulary if isinstance(v, dict) and str(v.get("value")) == str(k["value"])), {})
            classes.append(dict(k, label=k.get("label") or v.get("label")))
    return {
        "id": c["id"], "has": x is not None, "label": label_of((x or {}).get("label"), c.get("title") or c["id"]),
        "drawer": style.get("drawer") if isinstance(style.get("drawer"), str) else None,
        "style": style, "classes": classes, "properties": properties,
        "geometryType": (x or {}).get("geometryType"),
    }


def hex_rgb(color):
    m = re.match(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", color or "")
    if not m:
        return None
    h = m.group(1) if len(m.group(1)) == 6 else "".join(ch * 2 for ch in m.group(1))
    return "rgb(%d, %d, %d)" % tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


# ---- the page's files ---------------------------------------------------------------------------

IMPORT = re.compile(r"""(?:^|[;\s])(?:import|export)\s+(?:[\w*{}\s,$]+\sfrom\s+)?['"](\.{1,2}/[^'"]+)['"]""", re.M)


def static_graph(maps_dir, entry="map.js"):
    """The modules reachable by static imports from maps/<entry>: paths relative to maps/."""
    seen, todo = set(), [entry]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        try:
            text = open(os.path.join(maps_dir, rel), encoding="utf-8").read()
        except OSError:
            continue  # reported as a missing module by the network check
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # examples in comments are not imports
        text = re.sub(r"(?m)^\s*//.*$", "", text)
        for spec in IMPORT.findall(text):
            todo.append(os.path.normpath(os.path.join(os.path.dirname(rel), spec)).replace(os.sep, "/"))
    return seen


def map_files(maps_dir):
    out = []
    for root, _, files in os.walk(maps_dir):
        for f in files:
            if f.endswith((".js", ".html", ".css")):
                out.append(os.path.relpath(os.path.join(root, f), maps_dir).replace(os.sep, "/"))
    return sorted(out)


def spells(text, word):
    if not word:
        return False
    if re.search(r"[^\x00-\x7f]", word):
        return word in text
    return re.search(r"(?<![A-Za-z0-9_])" + re.escape(word) + r"(?![A-Za-z0-9_])", text) is not None


def check_no_layer_names(metas, maps_dir, served):
    """maps/ names no layer: collection ids nowhere, the metadata's Chinese labels not in the modules,
    class values not as string literals in the modules (prose may use the same English words)."""
    ids = [m["id"] for m in metas]
    labels, values = set(), set()
    for m in metas:
        labels.add(m["label"]["zh"])
        for k in m["classes"]:
            labels.add(label_of(k.get("label")).get("zh", ""))
            values.add(str(k["value"]))
    labels.discard("")
    files = {rel: open(os.path.join(maps_dir, rel), encoding="utf-8").read() for rel in map_files(maps_dir)}
    files.update(served)  # the modules as the server gave them to the page
    bad = 0
    for rel, text in sorted(files.items()):
        for w in ids:
            if spells(text, w):
                fail(f"maps/{rel} spells the collection id {w!r} (layer names come from /collections)")
                bad += 1
        if ".js" not in rel:
            continue
        for w in sorted(labels):
            if spells(text, w):
                fail(f"maps/{rel} spells {w!r}, a label of the server's metadata")
                bad += 1
        for v in sorted(values):
            if re.search(r"""(['"`])""" + re.escape(v) + r"\1", text):
                fail(f"maps/{rel} has the class value {v!r} as a string (classes come from the metadata)")
                bad += 1
    if not bad:
        say(f"no layer names in maps/: {len(files)} files free of {len(ids)} collection ids, "
            f"{len(labels)} labels and {len(values)} class values")


def check_drawer_files(maps_dir):
    folder = os.path.join(maps_dir, "js", "drawers")
    names = []
    for f in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not f.endswith(".js"):
            continue
        name = f[:-3]
        names.append(name)
        text = open(os.path.join(folder, f), encoding="utf-8").read()
        if not re.search(r"registerDrawer\(\s*['\"]" + re.escape(name) + r"['\"]", text):
            fail(f"maps/js/drawers/{f} does not register a drawer named {name!r}")
    if "generic" not in names:
        fail("maps/js/drawers/generic.js (the fallback drawer) is missing")
    return names


def check_served(base, maps_dir):
    """Every .js file of maps/ is served below /map/ as text/javascript."""
    bad = []
    for rel in map_files(maps_dir):
        if not rel.endswith(".js") or rel.startswith("report/"):
            continue  # maps/report/ is the field form, served at /report/ (check_field_form.py)
        try:
            with urllib.request.urlopen(f"{base}/map/{rel}", timeout=30) as r:
                ctype = r.headers.get("Content-Type", "")
                if r.status != 200 or not ctype.startswith("text/javascript"):
                    bad.append(f"{rel}: {r.status} {ctype}")
        except urllib.error.HTTPError as e:
            bad.append(f"{rel}: {e.code}")
    for b in bad:
        fail(f"/map/{b} (every module must be served as text/javascript)")
    return not bad


def network(driver):
    """(requested URLs, {url: (status, mimeType)}, [failed URLs]) from chromium's performance log."""
    urls, responses, failed, ids = set(), {}, [], {}
    for entry in driver.get_log("performance"):
        try:
            m = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        p = m.get("params", {})
        if m.get("method") == "Network.requestWillBeSent":
            urls.add(p["request"]["url"])
            ids[p.get("requestId")] = p["request"]["url"]
        elif m.get("method") == "Network.responseReceived":
            r = p.get("response", {})
            responses[r.get("url")] = (r.get("status"), r.get("mimeType"))
        elif m.get("method") == "Network.loadingFailed" and not p.get("canceled") and p.get("requestId") in ids:
            failed.append(f"{ids[p['requestId']]} ({p.get('errorText')})")  # (the browser's own requests have no id here)
    return urls, responses, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("port", type=int)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--screenshot", help="save a screenshot of the whole map here (PNG)")
    ap.add_argument("--screenshot-detail", help="save a screenshot zoomed in on the house numbers here (PNG)")
    ap.add_argument("--token", help="the server needs this token for reading: check the page's token form")
    ap.add_argument("--maps", default=MAPS, help="the maps/ folder the server serves (default: the repository's)")
    ap.add_argument("--timeout", type=float, default=90)
    ap.add_argument("--size", default="1280x860")
    a = ap.parse_args()
    base = f"http://{a.host}:{a.port}"
    origin = base
    width, height = (int(x) for x in a.size.split("x"))

    try:
        collections = get_json(f"{base}/collections", a.token)["collections"]
        expected = server_counts(base, a.token, collections)
    except Exception as e:
        say(f"FAIL: cannot read {base}/collections: {e}")
        return 1
    metas = [describe(c) for c in collections]
    by_id = {m["id"]: m for m in metas}
    say(f"server has {expected}")
    say("drawers named by the metadata: " + ", ".join(f"{m['id']}→{m['drawer'] or '(none: generic)'}" for m in metas))

    # The files, before the browser: served as modules, drawers named like their files, no layer names.
    drawer_files = check_drawer_files(a.maps)
    check_served(base, a.maps)

    os.makedirs(WORK, exist_ok=True)
    t0 = time.monotonic()
    driver = make_driver(width, height)
    try:
        driver.set_page_load_timeout(a.timeout)
        driver.get(f"{base}/map")

        if a.token:
            st = wait_state(driver, ("auth", "done", "error"), a.timeout)
            page_locked = driver.execute_script("return (window.diming || {}).locked || []")
            if st != "auth" and not (st == "done" and page_locked):
                fail(f"with a closed server the page should ask for a token; its state is {st!r}")
            else:
                if page_locked:
                    say(f"the page drew the open layers; {page_locked} need a token")
                field = driver.find_element(By.ID, "auth-token")
                if not field.is_displayed():
                    fail("the token field is not shown")
                field.send_keys(a.token)
                field.send_keys(Keys.ENTER)
                say("the page asked for a token (401); token entered")

        st = wait_state(driver, ("done", "error"), a.timeout)
        info = driver.execute_script("""
            var d = window.diming || {};
            return {state: document.body.dataset.state, loaded: document.body.dataset.loaded,
                    counts: d.counts || {}, levels: d.levels || {}, errors: d.errors || [],
                    registry: d.registry || {}, status: (document.getElementById('status') || {}).textContent};""")
        say(f"page state {info['state']!r} after {time.monotonic() - t0:.1f}s: {info['status']}")
        # The title names the home division the map opened on (/map/config.json).
        try:
            home = (get_json(f"{base}/map/config.json", a.token).get("home") or {}).get("division") or {}
        except (urllib.error.URLError, ValueError):
            home = {}
        if home.get("name") and home["name"] not in driver.title:
            fail(f"page title {driver.title!r} does not name the home division {home['name']!r}")
        if st != "done":
            fail(f"the map did not finish loading (state {st!r}, errors {info['errors']})")
        counts, registry = info["counts"], info["registry"]
        locked = sorted(k for k, v in expected.items() if v is None)
        if locked:
            page_locked = driver.execute_script("return (window.diming || {}).locked || []")
            if sorted(page_locked) != locked:
                fail(f"collections {locked} need a token; the page says {page_locked}")
            elif not driver.find_element(By.ID, "auth-token").is_displayed():
                fail("some layers need a token but the page offers no token field")
            else:
                say(f"layers that need a token: {locked}; the page drew the others and offers a token field")
                driver.find_element(By.ID, "auth-cancel").click()
            expected = {k: v for k, v in expected.items() if v is not None}
        for cid, n in expected.items():
            if counts.get(cid) != n:
                fail(f"{cid}: the page loaded {counts.get(cid)} features, the server has {n}")
        if info["loaded"] != str(sum(expected.values())):
            fail(f"body data-loaded is {info['loaded']!r}, expected {sum(expected.values())}")

        # The registry: one entry per collection, with the drawer the metadata names.
        if sorted(registry) != sorted(by_id):
            fail(f"the registry has {sorted(registry)}, /collections lists {sorted(by_id)}")
        for m in metas:
            r = registry.get(m["id"])
            if not r:
                continue
            want = m["drawer"] or "generic"
            if r.get("drawer") != want:
                hint = f" (no maps/js/drawers/{want}.js)" if want not in drawer_files else ""
                fail(f"{m['id']}: drawn by {r.get('drawer')!r}, the metadata names {want!r}{hint}")
        say("registry: " + ", ".join(f"{k}→{v.get('drawer')}" for k, v in sorted(registry.items())))

        dom = driver.execute_script("""
            var q = function (s) { return document.querySelectorAll(s).length; };
            return {paths: q('#map svg path.leaflet-interactive'), markers: q('#map .leaflet-marker-icon'),
                    labels: q('#map .leaflet-tooltip'),
                    scale: (document.querySelector('.leaflet-control-scale-line') || {}).textContent || '',
                    overlays: Array.prototype.map.call(document.querySelectorAll('.leaflet-control-layers-overlays label'),
                                                       function (l) { return l.textContent.replace(/\\s+/g, ' ').trim(); })};""")
        say(f"DOM: {dom['paths']} SVG paths, {dom['markers']} markers, {dom['labels']} labels, scale {dom['scale']!r}")
        say(f"layer switcher: {dom['overlays']}")
        vector = sum(expected.get(m["id"], 0) for m in metas
                     if re.search(r"Polygon|LineString", m["geometryType"] or geometry_types.get(m["id"], "")))
        if dom["paths"] < vector:
            fail(f"only {dom['paths']} SVG paths in the map for {vector} areas and lines")
        if not dom["scale"].strip().endswith(("km", "m")):
            fail(f"no metric scale bar (got {dom['scale']!r})")

        # The switcher's labels come from the metadata: Chinese first, English beside it, classes drawn.
        overlays = " | ".join(dom["overlays"])
        for m in metas:
            r = registry.get(m["id"]) or {}
            if m["id"] not in expected or not expected[m["id"]]:
                continue
            stats = r.get("stats") or {}
            if r.get("drawer") == "areas-by-level" and m["classes"]:
                present = stats.get("levels") or {}
                for k in m["classes"]:
                    lab = label_of(k.get("label"), str(k["value"]))
                    if present.get(str(k["value"])) and not any(lab["zh"] in o for o in dom["overlays"]):
                        fail(f"{m['id']}: the switcher has no entry {lab['zh']!r} for level {k['value']!r}")
            else:
                entry = next((o for o in dom["overlays"] if m["label"]["zh"] in o), None)
                if not entry:
                    fail(f"the layer switcher has no entry {m['label']['zh']!r} for {m['id']}")
                elif m["label"]["en"] and m["label"]["en"] not in entry:
                    fail(f"the switcher's entry for {m['id']} lacks its English label {m['label']['en']!r}")
                present = stats.get("classes") or {}
                for k in m["classes"]:
                    lab = label_of(k.get("label"), str(k["value"]))
                    if present.get(str(k["value"])) and lab["zh"] not in (entry or ""):
                        fail(f"{m['id']}: the switcher's legend lacks class {k['value']!r} ({lab['zh']!r})")
        say("layer switcher labels follow the metadata" if not failures else "layer switcher checked")

        # Class colours: SVG strokes and marker backgrounds are the metadata's.
        checked = 0
        for m in metas:
            for k in m["classes"]:
                color = k.get("color")
                if not isinstance(color, str) or not hex_rgb(color):
                    continue
                sel = ".c-%s.v-%s" % (css_token(m["id"]), css_token(k["value"]))
                got = driver.execute_script("""
                    var p = document.querySelector('#map path' + arguments[0]), mk = document.querySelector('#map .mk' + arguments[0]);
                    return {stroke: p && p.getAttribute('stroke'), fill: p && p.getAttribute('fill'),
                            bg: mk && getComputedStyle(mk).backgroundColor};""", sel)
                if got["stroke"] is None and got["bg"] is None:
                    continue  # no feature of this class in the data
                checked += 1
                if got["stroke"] is not None and got["stroke"].lower() != color.lower() and \
                        not (got["stroke"] == "#ffffff" and (got["fill"] or "").lower() == color.lower()):
                    fail(f"{m['id']} class {k['value']!r}: stroke {got['stroke']}, the metadata says {color}")
                if got["bg"] is not None and got["bg"] != hex_rgb(color):
                    fail(f"{m['id']} class {k['value']!r}: marker colour {got['bg']}, the metadata says {color}")
        say(f"class colours: {checked} classes drawn in the metadata's colours" if checked else
            "class colours: the metadata gives none (no x-diming yet?)")

        if a.screenshot:
            os.makedirs(os.path.dirname(os.path.abspath(a.screenshot)), exist_ok=True)
            driver.save_screenshot(a.screenshot)
            say(f"screenshot saved: {a.screenshot}")

        check_popup(driver, base, a.token, metas, registry)
        check_house_numbers(driver, metas, registry, expected, a.screenshot_detail)
        check_search(driver, base, metas, registry)

        # No console errors (401s are expected when the token flow is being checked).
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                if (a.token or locked) and " 401 " in entry.get("message", ""):
                    continue
                fail(f"console error: {entry.get('message')}")

        # Every module loaded; every request the page made went to the server itself.
        urls, responses, failed = network(driver)
        modules = sorted(static_graph(a.maps)) + sorted(
            {f"js/drawers/{m['drawer'] or 'generic'}.js" for m in metas} | {"js/drawers/generic.js"})
        for rel in modules:
            st_mime = responses.get(f"{origin}/map/{rel}")
            if st_mime is None:
                fail(f"the page did not load the module /map/{rel}")
            elif st_mime[0] not in (200, 304) or "javascript" not in (st_mime[1] or ""):
                fail(f"/map/{rel}: {st_mime[0]} {st_mime[1]}")
        for u, (status, _) in sorted(responses.items()):
            if u.startswith(origin) and status and status >= 400 and not (status == 401 and (a.token or locked)):
                fail(f"{status} for {u}")
        for f in failed:
            fail(f"request failed: {f}")
        say(f"modules: {len(modules)} loaded (static graph from map.js and the drawers named), none missing"
            if not any("module" in f or "/map/" in f for f in failures) else "modules checked")
        served = {}
        for u in sorted(urls):
            if u.startswith(origin + "/map/") and u.endswith(".js"):
                try:
                    with urllib.request.urlopen(u, timeout=30) as r:
                        served[u[len(origin + "/map/"):] + " (served)"] = r.read().decode("utf-8", "replace")
                except urllib.error.URLError:
                    pass
        check_no_layer_names(metas, a.maps, served)

        # (chrome:// and the like are the browser's own pages, e.g. the new tab before /map.)
        web = {u for u in urls if urllib.parse.urlsplit(u).scheme in ("http", "https", "ws", "wss", "ftp")}
        outside = sorted(u for u in web if not (u.startswith(origin + "/") or u == origin))
        say(f"{len(web)} distinct web requests, all to {origin}" if not outside else f"{len(outside)} requests elsewhere")
        for u in outside[:10]:
            fail(f"the page requested {u} (outside {origin})")
    finally:
        driver.quit()

    if failures:
        say(f"FAILED ({len(failures)})")
        return 1
    say(f"passed in {time.monotonic() - t0:.1f}s")
    return 0


def check_popup(driver, base, token, metas, registry):
    """A click on a marker opens a popup with the metadata's labels; Escape, Tab and Enter work."""
    # The marker collection whose metadata describes the most properties.
    candidates = sorted((m for m in metas if (registry.get(m["id"]) or {}).get("count")),
                        key=lambda m: -len(m["properties"]))
    target = None
    for m in candidates:
        feature = driver.execute_script("""
            var tok = arguments[0], m = window.diming.map, found = null;
            m.closePopup();
            m.eachLayer(function (l) { if (!found && l.feature && l._icon && l._icon.classList.contains(tok)) found = l; });
            if (!found) return null;
            m.setView(found.getLatLng(), 17, {animate: false}); // past the zoom where clusters open
            return {id: found.feature.id, properties: found.feature.properties || {}};""", "c-" + css_token(m["id"]))
        if feature:
            target = (m, feature)
            break
    if not target:
        fail("no collection is drawn with markers (a click on one should open a popup)")
        return
    m, feature = target
    time.sleep(0.5)
    tok = "c-" + css_token(m["id"])

    def marker():
        return driver.execute_script("""
            var tok = arguments[0], id = arguments[1], el = null;
            window.diming.map.eachLayer(function (l) { if (!el && l.feature && l.feature.id === id && l._icon && l._icon.classList.contains(tok)) el = l._icon; });
            return el;""", tok, feature["id"])

    el = marker()
    try:
        el.click()
    except WebDriverException:
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", el)
    time.sleep(0.5)
    popup = driver.execute_script("var p = document.querySelector('.leaflet-popup-content'); return p ? p.textContent : null;")
    if not popup:
        fail(f"a click on a marker of {m['id']} opened no popup")
        return
    want = [m["label"]["zh"]]
    props = feature["properties"]
    for p in m["properties"]:
        v = props.get(p["name"])
        if v is None or v == "":
            continue
        want.append(label_of(p.get("label"), p["name"])["zh"])
        unit = label_of(p.get("unit")) if p.get("unit") else None
        if unit and isinstance(v, (int, float)) and unit["zh"]:
            want.append(unit["zh"])
        for val in p.get("values") or []:
            if isinstance(val, dict) and str(val.get("value")) == str(v):
                want.append(label_of(val.get("label"), str(v))["zh"])
        if isinstance(p.get("references"), str):
            ref = by_label_property(metas, p["references"])
            try:
                f = get_json(f"{base}/collections/{urllib.parse.quote(p['references'])}/items/{urllib.parse.quote(str(v))}", token)
                name = (f.get("properties") or {}).get(ref)
                if name:
                    want.append(str(name))
            except (urllib.error.URLError, ValueError):
                pass
    missing = [w for w in want if w not in popup]
    if missing:
        fail(f"the popup of a {m['id']} marker lacks {missing} (got {popup[:160]!r})")
    else:
        say(f"{m['id']} popup ({len(want)} labels, units and names from the metadata): {popup[:90]}…")
    # Keyboard: Escape closes it; a marker reached with the keyboard opens its popup with Enter.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    time.sleep(0.3)
    if driver.execute_script("return !!document.querySelector('.leaflet-popup-content')"):
        fail("Escape did not close the popup")
    el = marker()
    if el.get_attribute("tabindex") != "0":
        fail(f"markers are not reachable with Tab (tabindex {el.get_attribute('tabindex')!r})")
    driver.execute_script("arguments[0].focus()", el)
    el.send_keys(Keys.ENTER)
    time.sleep(0.5)
    if not driver.execute_script("return !!document.querySelector('.leaflet-popup-content')"):
        fail("Enter on a focused marker opened no popup")
    else:
        say("keyboard: Escape closes the popup, Enter on a focused marker opens it")
    driver.execute_script("window.diming.map.closePopup()")


def by_label_property(metas, cid):
    m = next((x for x in metas if x["id"] == cid), None)
    return (m and m["style"].get("labelProperty")) or "name"


def check_house_numbers(driver, metas, registry, expected, detail):
    """A "house-numbers" collection: nothing below its minZoom, everything from it."""
    hn = [m for m in metas if (registry.get(m["id"]) or {}).get("drawer") == "house-numbers" and expected.get(m["id"])]
    if not hn:
        say("no collection is drawn as house numbers")
        return
    for m in hn:
        sel = "#map .c-" + css_token(m["id"])
        min_zoom = m["style"].get("minZoom") if isinstance(m["style"].get("minZoom"), (int, float)) else None
        below = (min_zoom - 1) if min_zoom is not None else 10
        n = driver.execute_script("""
            var d = window.diming, b = d.bounds(arguments[0]);
            d.map.setView([(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2], arguments[1], {animate: false});
            return document.querySelectorAll(arguments[2]).length;""", m["id"], below, sel)
        time.sleep(0.3)
        n = driver.execute_script("return document.querySelectorAll(arguments[0]).length", sel)
        if n:
            fail(f"{m['id']}: {n} drawn at zoom {below} (below its minZoom {min_zoom})")
        zoom, drawn = driver.execute_script("""
            var d = window.diming; d.map.fitBounds(d.bounds(arguments[0]), {animate: false});
            if (arguments[2] !== null && d.map.getZoom() < arguments[2]) d.map.setZoom(arguments[2], {animate: false});
            return [d.map.getZoom(), 0];""", m["id"], sel, min_zoom)
        time.sleep(1.0)
        drawn = driver.execute_script("return document.querySelectorAll(arguments[0]).length", sel)
        say(f"{m['id']}: none at zoom {below}; at zoom {zoom} {drawn} drawn")
        if drawn != expected[m["id"]]:
            fail(f"{m['id']}: at zoom {zoom} {drawn} drawn of {expected[m['id']]}")
        if detail:
            driver.execute_script("window.diming.map.setZoom(window.diming.map.getZoom() + 2, {animate: false})")
            time.sleep(0.8)
            driver.save_screenshot(detail)
            say(f"screenshot saved: {detail}")
            detail = None


def check_search(driver, base, metas, registry):
    """Search, when the server has it: the name of an area finds results."""
    if not driver.execute_script("return !document.getElementById('search').hidden"):
        say("the server advertises no search: the search box is hidden")
        return
    areas = [m for m in metas if (registry.get(m["id"]) or {}).get("count") and
             re.search(r"Polygon", m["geometryType"] or geometry_types.get(m["id"], ""))]
    name = None
    for m in areas:
        name = driver.execute_script("""
            var tok = arguments[0], prop = arguments[1], n = null;
            window.diming.map.eachLayer(function (l) {
              if (!n && l.feature && l._path && l._path.classList.contains(tok)) {
                var v = (l.feature.properties || {})[prop]; if (v && String(v).length >= 2) n = String(v); } });
            return n;""", "c-" + css_token(m["id"]), m["style"].get("labelProperty") or "name")
        if name:
            break
    name = name or "宜都"
    try:
        found = get_json(f"{base}/search?q={urllib.parse.quote(name[:2])}").get("results", [True])
    except (urllib.error.URLError, ValueError):
        found = [True]  # a closed server or another search: keep the area's name
    if not found:
        # The gazetteer's /search finds places, not divisions: take a point's name instead.
        name = driver.execute_script("""
            var n = null;
            window.diming.map.eachLayer(function (l) {
              if (!n && l.feature && l.getLatLng && l.feature.geometry && l.feature.geometry.type === 'Point') {
                var v = (l.feature.properties || {}).name; if (v && String(v).length >= 2) n = String(v); } });
            return n;""") or name
    box = driver.find_element(By.ID, "search-q")
    box.clear()
    box.send_keys(name[:2])
    box.send_keys(Keys.ENTER)
    time.sleep(1.0)
    results = driver.find_elements(By.CSS_SELECTOR, "#results-list button")
    if not results:
        fail(f"search for {name[:2]!r} gave no results")
    else:
        view = "var m = window.diming.map, c = m.getCenter(); return [c.lat, c.lng, m.getZoom()];"
        before = driver.execute_script(view)
        results[0].click()
        time.sleep(1.5)  # the fly-to animation
        after = driver.execute_script(view)
        if after == before:
            fail(f"choosing the first result for {name[:2]!r} did not move the map")
        say(f"search {name[:2]!r}: {len(results)} results; the map moved to the first one")


geometry_types = {}


if __name__ == "__main__":
    sys.exit(main())
