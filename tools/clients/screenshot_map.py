#!/usr/bin/env python3
"""Screenshots of the web map with headless chromium, each with a check of what it shows.

    tools/clients/work/venv/bin/python tools/clients/screenshot_map.py [--diming PATH] [--db PATH]
        [--out maps/screenshots] [--town 陆城]

(Any python3 will do: it re-runs itself under tools/clients/work/venv, made by setup.sh.)

Starts a real `diming serve` on the demo database (a fresh `diming demo` unless --db is given)
behind a small reverse proxy that serves it at the sub-path /gis/ (`--base-url
http://127.0.0.1:PROXY/gis/`, the proxy strips /gis), so that the whole run also checks that the
page, its modules, Leaflet and every fetch stay below the base URL. Then saves, in --out:

  opening.png        the view the map opens on: it must be the home division's box (config.json:
                     the only county of the demo, 宜都市), not the whole city; township names are
                     written on the map; no two point symbols (markers, clusters) overlap
  locate.png         a real click inside the township named --town (a point taken from the data,
                     checked with /locate): the popup names the township, the division chain, the
                     longitude and latitude with 7 decimals, and the Gauss-Krüger metres when
                     /locate gives them
  house-numbers.png  zoom 17 over a house number of the data: numbers are written as text
  phone.png          390×844, the opening view: no horizontal overflow, the header is short, the
                     zoom and layer controls are on screen; then a locate popup fits the screen

Every request the page made (Performance API) must start with the proxy's /gis/. Exits 1 naming
what failed.
"""
import argparse
import atexit
import http.client
import http.server
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import headless  # beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
WORK = os.path.join(HERE, "work")
VENV_PY = os.path.join(WORK, "venv", "bin", "python")
PREFIX = "/gis"

try:
    import selenium  # noqa: F401
except ImportError:
    if os.path.exists(VENV_PY) and os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(WORK, "venv")):
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    print("screenshot_map: FAIL: selenium is missing; run tools/clients/setup.sh", file=sys.stderr)
    sys.exit(2)

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

failures = []


def say(msg):
    print("screenshot_map: " + msg, file=sys.stderr, flush=True)


def fail(msg):
    failures.append(msg)
    say("FAIL: " + msg)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ---- the reverse proxy: /gis/… → the server's /… ----------------------------------------------

def start_proxy(port, upstream_port):
    hop = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}

    class Proxy(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def forward(self):
            if not (self.path == PREFIX or self.path.startswith(PREFIX + "/")):
                body = b"outside the proxied path\n"
                self.send_response(404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            path = self.path[len(PREFIX):] or "/"
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else None
            conn = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=60)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in hop and k.lower() != "host"}
            try:
                conn.request(self.command, path, body=data, headers=headers)
                r = conn.getresponse()
                body = r.read()
            except OSError:  # the server is not up yet (or gone): a gateway's answer
                self.send_response(502)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(r.status, r.reason)
            for k, v in r.getheaders():
                if k.lower() not in hop and k.lower() != "content-length":
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            conn.close()

        do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = forward

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Proxy)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def get_json(url, lang=None):
    req = urllib.request.Request(url, headers={"Accept": "application/json", **({"Accept-Language": lang} if lang else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


# ---- the browser ----------------------------------------------------------------------------------

def make_driver(width, height, phone=False):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="chrome-profile.", dir=WORK)
    atexit.register(shutil.rmtree, profile, True)
    for a in headless.chromium_arguments(width, height, profile):
        opts.add_argument(a)
    # A Chinese-speaking officer's browser: Accept-Language zh-CN first.
    opts.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    if phone:
        # A desktop window is at least 500 px wide: a phone's viewport is emulated.
        opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1}})
    service = Service(executable_path="/usr/bin/chromedriver", log_output=os.path.join(WORK, "chromedriver.screenshots.log"))
    return webdriver.Chrome(service=service, options=opts)


def load(driver, url, timeout=120):
    driver.get(url)
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.2).until(
            lambda d: d.execute_script("return document.body && document.body.dataset.state") in ("done", "error"))
    except TimeoutException:
        pass
    state = driver.execute_script("return document.body.dataset.state")
    if state != "done":
        errors = driver.execute_script("return window.diming ? window.diming.errors : []")
        fail(f"{url}: the page ended in state {state!r} (errors {errors})")
    time.sleep(0.8)  # labels are placed on the next animation frame


def settle(driver, seconds=0.8):
    time.sleep(seconds)


def view_bounds(driver):
    return driver.execute_script("""
        var b = window.diming.map.getBounds();
        return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), window.diming.map.getZoom()];""")


def requests_outside(driver, base):
    """Every resource the page fetched, by the Performance API: those not below the base URL."""
    names = driver.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    names.append(driver.current_url)
    return [n for n in names if not n.startswith(base) and not n.startswith("data:")], len(names)


def overlapping_symbols(driver):
    """Pairs of point symbols (markers, clusters) on screen that overlap by more than a third."""
    return driver.execute_script("""
        var els = Array.prototype.filter.call(document.querySelectorAll('#map .mk, #map .cluster'), function (e) {
          var r = e.getBoundingClientRect(); return r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; });
        var rs = els.map(function (e) { return e.getBoundingClientRect(); }), pairs = 0;
        for (var i = 0; i < rs.length; i++) for (var j = i + 1; j < rs.length; j++) {
          var a = rs[i], b = rs[j];
          var w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0 && h > 0 && w * h > Math.min(a.width * a.height, b.width * b.height) / 3) pairs++;
        }
        return [els.length, pairs];""")


def click_at(driver, lon, lat):
    """A real mouse click on the map at lon/lat (ActionChains, offsets from the map's centre)."""
    # A marker, a cluster disc, a road or a label may lie on that spot and take the click: the
    # nearest pixel (spiralling out to 80 px) where the area itself is on top is clicked instead.
    x, y, w, h = driver.execute_script("""
        var m = window.diming.map, p = m.latLngToContainerPoint([arguments[1], arguments[0]]), s = m.getSize();
        var box = m.getContainer().getBoundingClientRect();
        var free = function (x, y) {
          var e = document.elementFromPoint(box.left + x, box.top + y);
          if (!e) return false;
          var c = (e.getAttribute('class') || '');
          return c.indexOf('d-areas-by-level') >= 0 || e === m.getContainer() || c.indexOf('leaflet-tile') >= 0;
        };
        for (var r = 0; r <= 80; r += 4) {
          for (var a = 0; a < 16; a++) {
            var x = p.x + r * Math.cos(a * Math.PI / 8), y = p.y + r * Math.sin(a * Math.PI / 8);
            if (free(x, y)) return [x, y, s.x, s.y];
            if (r === 0) break;
          }
        }
        return [p.x, p.y, s.x, s.y];""", lon, lat)
    el = driver.find_element(By.ID, "map")
    ActionChains(driver).move_to_element_with_offset(el, int(round(x - w / 2)), int(round(y - h / 2))).click().perform()


def wait_popup(driver, timeout=15):
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.2).until(lambda d: d.execute_script(
            "var p = document.querySelector('.locate-popup'); return p && !p.querySelector('.locate-wait');"))
    except TimeoutException:
        pass
    return driver.execute_script("var p = document.querySelector('.locate-popup'); return p ? p.innerText : null;")


# ---- a point inside the town, from the data -----------------------------------------------------

def ring_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-15:
        return ring[0]
    return [cx / (3 * a), cy / (3 * a)]


def inside_point(base, chain_collection, name_part):
    """A point of the township whose name contains name_part that /locate places in it."""
    items = get_json(f"{base}/collections/{urllib.parse.quote(chain_collection)}/items?f=json&limit=1000")
    town = next((f for f in items.get("features", []) if name_part in str((f.get("properties") or {}).get("name", ""))
                 and (f.get("properties") or {}).get("level") not in ("county", "city", "province")), None)
    if not town:
        fail(f"no division named like {name_part!r} in {chain_collection}")
        return None, None
    name = town["properties"]["name"]
    polys = town["geometry"]["coordinates"] if town["geometry"]["type"] == "MultiPolygon" else [town["geometry"]["coordinates"]]
    outer = max((p[0] for p in polys), key=len)
    candidates = [ring_centroid(outer)]
    # Fall back on points between the centroid and the ring's vertices.
    c = candidates[0]
    candidates += [[(c[0] + v[0]) / 2, (c[1] + v[1]) / 2] for v in outer[:: max(1, len(outer) // 12)]]
    for lon, lat in candidates:
        loc = get_json(f"{base}/locate?lon={lon:.7f}&lat={lat:.7f}")
        chain = loc.get(chain_collection) or []
        if chain and chain[0].get("name") == name and not loc.get("on_border"):
            return (lon, lat), name
    fail(f"found no point that /locate places inside {name}")
    return None, name


# ---- the shots ------------------------------------------------------------------------------------

def shot_opening(driver, base, home, out):
    b = view_bounds(driver)
    box = home.get("bbox")
    d = home.get("division") or {}
    if not box:
        fail("/map/config.json gives no home box")
    else:
        w, s, e, n = box
        bw, bh = e - w, n - s
        tol = 0.02
        contains = b[0] <= w + bw * tol and b[1] <= s + bh * tol and b[2] >= e - bw * tol and b[3] >= n - bh * tol
        tight = (b[2] - b[0]) <= 1.6 * bw or (b[3] - b[1]) <= 1.6 * bh
        if not contains or not tight:
            fail(f"the opening view {[round(v, 4) for v in b[:4]]} (zoom {b[4]}) is not the home box {box} of "
                 f"{d.get('name')} (contains {contains}, tight {tight})")
        else:
            say(f"opening view: zoom {b[4]}, fits {d.get('name') or 'the divisions'} ({home.get('source')}) "
                f"{[round(v, 4) for v in box]}")
    title = driver.execute_script("return document.getElementById('title').textContent")
    if d.get("name") and d["name"] not in title:
        fail(f"the header {title!r} does not name the home division {d['name']!r}")
    labels = driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('#map .leaflet-tooltip.label-area'),
          function (e) { return e.textContent; });""")
    if len(labels) < 5:
        fail(f"only {len(labels)} area names written on the opening view: {labels}")
    else:
        say(f"{len(labels)} area names written: {'、'.join(labels[:12])}")
    n, pairs = overlapping_symbols(driver)
    if pairs:
        fail(f"{pairs} pairs of the {n} point symbols on screen overlap (clusters should gather them)")
    else:
        say(f"{n} point symbols (markers and clusters) on screen, none overlapping")
    driver.save_screenshot(os.path.join(out, "opening.png"))


def shot_locate(driver, base, point, town, out):
    lon, lat = point
    driver.execute_script("window.diming.map.setView([arguments[1], arguments[0]], 14, {animate: false});", lon, lat)
    settle(driver)
    loc = get_json(f"{base}/locate?lon={lon:.7f}&lat={lat:.7f}")
    click_at(driver, lon, lat)
    text = wait_popup(driver)
    if not text:
        fail("a click on the map opened no locate popup")
        return
    flat = " ".join(text.split())
    want = [town]
    gk = loc.get("gauss_kruger")
    if gk:
        want.append(str(gk.get("epsg")))
    missing = [w for w in want if w not in flat]
    if missing:
        fail(f"the locate popup lacks {missing}: {flat!r}")
    if not re.search(r"\d+\.\d{7}, \d+\.\d{7}", flat):
        fail(f"the locate popup has no longitude, latitude with 7 decimals: {flat!r}")
    if not gk:
        say("/locate gives no gauss_kruger yet: the popup leaves the metres out")
    elif not re.search(r"E \d+\.\d\d m, N \d+\.\d\d m", flat):
        fail(f"the locate popup lacks the Gauss-Krüger metres: {flat!r}")
    if not failures:
        say(f"locate popup: {flat}")
    settle(driver, 0.6)  # the popup fades in
    driver.save_screenshot(os.path.join(out, "locate.png"))
    driver.execute_script("window.diming.map.closePopup()")


def shot_house_numbers(driver, base, out):
    cid = driver.execute_script("""
        var r = window.diming.registry;
        return Object.keys(r).filter(function (k) { return r[k].drawer === 'house-numbers' && r[k].count; })[0] || null;""")
    if not cid:
        fail("no collection is drawn as house numbers")
        return
    items = get_json(f"{base}/collections/{urllib.parse.quote(cid)}/items?f=json&limit=1000")
    pts = [f["geometry"]["coordinates"] for f in items.get("features", []) if f.get("geometry")]
    # The house number with the most others within ~150 m: a street, not an outlier.
    sample = pts[:: max(1, len(pts) // 200)]
    lon, lat = max(sample, key=lambda p: sum(1 for q in sample if abs(q[0] - p[0]) < 0.0015 and abs(q[1] - p[1]) < 0.0015))
    driver.execute_script("window.diming.map.setView([arguments[1], arguments[0]], 17, {animate: false});", lon, lat)
    settle(driver, 1.2)
    numbers = driver.execute_script("""
        return Array.prototype.filter.call(document.querySelectorAll('#map .house-number span'), function (e) {
          var r = e.getBoundingClientRect(); return r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.left < innerWidth && r.right > 0
            && getComputedStyle(e).visibility !== 'hidden';
        }).map(function (e) { return e.textContent; });""")
    plates = [n for n in numbers if re.match(r"^\d+", n)]
    if len(plates) < 5:
        fail(f"at zoom 17 only {len(plates)} house numbers are written on screen: {numbers[:10]}")
    else:
        say(f"zoom 17: {len(plates)} house numbers written, e.g. {', '.join(plates[:8])}")
    driver.save_screenshot(os.path.join(out, "house-numbers.png"))


def shot_phone(driver, base, point, out):
    m = driver.execute_script("""
        var d = document.documentElement, bar = document.querySelector('.bar').getBoundingClientRect();
        var on = function (s) { var e = document.querySelector(s); if (!e) return null; var r = e.getBoundingClientRect();
          return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight; };
        return {scroll: Math.max(d.scrollWidth, document.body.scrollWidth), width: innerWidth, height: innerHeight, bar: bar.height,
                zoom: on('.leaflet-control-zoom'), layers: on('.leaflet-control-layers'), menu: on('#menu-toggle')};""")
    if m["scroll"] > m["width"]:
        fail(f"at {m['width']} px the page is {m['scroll']} px wide (horizontal overflow)")
    if m["bar"] > m["height"] * 0.15:
        fail(f"at {m['width']} px the header takes {m['bar']:.0f} of {m['height']} px")
    for k in ("zoom", "layers", "menu"):
        if not m[k]:
            fail(f"at {m['width']} px the {k} control is not on screen")
    # The picture: the opening view at a phone's width; then a locate popup must fit the screen.
    driver.save_screenshot(os.path.join(out, "phone.png"))
    if point:
        lon, lat = point
        driver.execute_script("window.diming.map.setView([arguments[1], arguments[0]], 13, {animate: false});", lon, lat)
        settle(driver)
        click_at(driver, lon, lat)
        if wait_popup(driver) is None:
            say("phone: the first tap opened no popup; tapping again")
            click_at(driver, lon, lat)
            wait_popup(driver)
        settle(driver, 0.5)
        r = driver.execute_script("""
            var p = document.querySelector('.leaflet-popup'); if (!p) return null; var r = p.getBoundingClientRect();
            return [r.left, r.right, innerWidth];""")
        if not r:
            what = driver.execute_script("""
                var m = window.diming.map, p = m.latLngToContainerPoint([arguments[1], arguments[0]]);
                var box = m.getContainer().getBoundingClientRect(), e = document.elementFromPoint(box.left + p.x, box.top + p.y);
                return e ? e.tagName + '.' + (e.getAttribute('class') || '') : 'nothing';""", lon, lat)
            driver.save_screenshot(os.path.join(WORK, "phone-no-popup.png"))
            fail(f"on the phone a click on the map opened no popup (on top at the point: {what})")
        elif r[0] < 0 or r[1] > r[2]:
            fail(f"on the phone the popup spills off the screen ({r[0]:.0f}…{r[1]:.0f} of {r[2]} px)")
    if not any(f.startswith("at 390") or f.startswith("on the phone") for f in failures):
        say(f"phone {m['width']}×{m['height']}: no overflow, header {m['bar']:.0f} px, controls on screen, the locate popup fits")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--diming", default=os.environ.get("DIMING_BIN", os.path.join(REPO, ".build", "debug", "diming")))
    ap.add_argument("--db", help="the database to serve (default: a fresh `diming demo`)")
    ap.add_argument("--out", default=os.path.join(REPO, "maps", "screenshots"))
    ap.add_argument("--town", default="陆城", help="part of the name of the township to click in")
    a = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(a.out, exist_ok=True)
    run = tempfile.mkdtemp(prefix="screenshots.", dir=WORK)
    db = a.db
    if not db:
        db = os.path.join(run, "demo.sqlite")
        subprocess.run([a.diming, "demo", "--db", db, "--data", os.path.join(REPO, "gazetteer")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    server_port, proxy_port = free_port(), free_port()
    base = f"http://127.0.0.1:{proxy_port}{PREFIX}"
    log = open(os.path.join(run, "serve.log"), "w")
    server = subprocess.Popen([a.diming, "serve", "--host", "127.0.0.1", "--port", str(server_port), "--db", db,
                               "--open-read", "--base-url", base + "/"], stdout=log, stderr=log)
    atexit.register(lambda: server.poll() is None and server.send_signal(signal.SIGTERM))
    proxy = start_proxy(proxy_port, server_port)
    for _ in range(300):
        try:
            get_json(base + "/health")
            break
        except OSError:
            if server.poll() is not None:
                say(f"FAIL: the server exited: see {log.name}")
                return 1
            time.sleep(0.2)
    say(f"server on {server_port}, served at {base}/ through a proxy (--base-url {base}/)")

    try:
        config = get_json(base + "/map/config.json")
    except OSError as e:
        fail(f"/map/config.json: {e}")
        config = {}
    home = config.get("home") or {}
    chain_collection = config.get("chainCollection") or next(
        (c["id"] for c in get_json(base + "/collections").get("collections", [])
         if ((c.get("x-diming") or {}).get("style") or {}).get("drawer") == "areas-by-level"), None)
    point, town = inside_point(base, chain_collection, a.town) if chain_collection else (None, None)
    try:
        messages = get_json(base + "/map/messages.json", lang="zh-CN,zh;q=0.9")
    except OSError as e:
        fail(f"/map/messages.json: {e}")
        messages = {}
    if messages and messages.get("lang") != "zh":
        fail(f"/map/messages.json answers Accept-Language zh-CN with {messages.get('lang')!r}")

    driver = make_driver(1280, 860)
    try:
        load(driver, base + "/map")
        lang = driver.execute_script("return document.body.dataset.lang")
        if lang != "zh":
            fail(f"a zh-CN browser got the page's texts in {lang!r}")
        shot_opening(driver, base, home, a.out)
        if point:
            shot_locate(driver, base, point, town, a.out)
        shot_house_numbers(driver, base, a.out)
        outside, total = requests_outside(driver, base + "/")
        if outside:
            fail(f"{len(outside)} of {total} requests left {base}/: {outside[:5]}")
        else:
            say(f"all {total} requests of the page stayed below {base}/")
    finally:
        driver.quit()

    driver = make_driver(390, 844, phone=True)
    try:
        load(driver, base + "/map")
        shot_phone(driver, base, point, a.out)
    finally:
        driver.quit()

    proxy.shutdown()
    server.send_signal(signal.SIGTERM)
    if server.wait(timeout=20) != 0:
        fail(f"the server exited with status {server.returncode} after SIGTERM")
    if failures:
        say(f"{len(failures)} failed; server log: {log.name}")
        return 1
    shutil.rmtree(run, True)
    say(f"4 screenshots in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
