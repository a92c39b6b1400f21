#!/usr/bin/env python3
"""A real-browser check of the web map: Debian's chromium, headless, driven by selenium.

    tools/clients/work/venv/bin/python tools/clients/check_map.py PORT [--host 127.0.0.1]
        [--screenshot maps/screenshot.png] [--screenshot-detail PATH] [--token TOKEN]

(Any python3 will do: it re-runs itself under tools/clients/work/venv, which tools/clients/setup.sh
makes with selenium from PyPI; chromium and chromium-driver come from Debian.)

Loads http://HOST:PORT/map and waits until map.js says it is done (document.body.dataset.state).
Then checks:
  * the page loaded every feature of every collection that /collections lists (window.diming.counts
    against the server's numberMatched / full paging), with divisions, roads, addresses and shelters
    not empty;
  * SVG paths (divisions, roads) and point markers are in the DOM; the scale bar and the layer
    switcher are there; a click on a shelter opens a popup with Chinese labels; zooming in draws
    the house numbers (门牌);
  * no console errors, and no request left the server's origin (the bureau has no internet);
  * with --token: the page first asks for a token (the server answers 401), then loads with it;
  * if the server advertises search, a search for a division name gives results.
Saves a screenshot of the whole map (and, with --screenshot-detail, one zoomed in on the town).
Exits 1 naming what failed.
"""
import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")
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


def server_counts(base, token):
    """{collection: number of features}, None for a collection whose items answer 401 (locked)."""
    counts = {}
    for c in get_json(f"{base}/collections", token)["collections"]:
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
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              f"--window-size={width},{height}", f"--user-data-dir={profile}", "--lang=zh-CN",
              "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--disable-default-apps",
              "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
              "--hide-scrollbars", "--force-device-scale-factor=1"):
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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("port", type=int)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--screenshot", help="save a screenshot of the whole map here (PNG)")
    ap.add_argument("--screenshot-detail", help="save a screenshot zoomed in on the house numbers here (PNG)")
    ap.add_argument("--token", help="the server needs this token for reading: check the page's token form")
    ap.add_argument("--timeout", type=float, default=90)
    ap.add_argument("--size", default="1280x860")
    a = ap.parse_args()
    base = f"http://{a.host}:{a.port}"
    origin = base
    width, height = (int(x) for x in a.size.split("x"))

    try:
        expected = server_counts(base, a.token)
    except Exception as e:
        say(f"FAIL: cannot read {base}/collections: {e}")
        return 1
    say(f"server has {expected}")

    os.makedirs(WORK, exist_ok=True)
    t0 = time.monotonic()
    driver = make_driver(width, height)
    try:
        driver.set_page_load_timeout(a.timeout)
        driver.get(f"{base}/map")
        if driver.title.find("宜都市") < 0:
            fail(f"page title is {driver.title!r}")

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
                    status: (document.getElementById('status') || {}).textContent};""")
        say(f"page state {info['state']!r} after {time.monotonic() - t0:.1f}s: {info['status']}")
        if st != "done":
            fail(f"the map did not finish loading (state {st!r}, errors {info['errors']})")
        counts = info["counts"]
        for cid in ("divisions", "roads", "addresses", "shelters"):
            if not counts.get(cid):
                fail(f"no {cid} drawn (counts {counts})")
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

        dom = driver.execute_script("""
            var q = function (s) { return document.querySelectorAll(s).length; };
            return {paths: q('#map svg path.leaflet-interactive'), markers: q('#map .leaflet-marker-icon'),
                    shelters: q('#map .mk-shelter'), labels: q('#map .leaflet-tooltip'),
                    scale: (document.querySelector('.leaflet-control-scale-line') || {}).textContent || '',
                    overlays: Array.prototype.map.call(document.querySelectorAll('.leaflet-control-layers-overlays label'),
                                                       function (l) { return l.textContent.trim(); })};""")
        say(f"DOM: {dom['paths']} SVG paths, {dom['markers']} markers, {dom['labels']} labels, scale {dom['scale']!r}")
        say(f"layer switcher: {dom['overlays']}")
        if dom["paths"] < expected.get("divisions", 0) + expected.get("roads", 0):
            fail(f"only {dom['paths']} SVG paths in the map for {expected.get('divisions')} divisions "
                 f"and {expected.get('roads')} roads")
        if dom["shelters"] != expected.get("shelters", 0):
            fail(f"{dom['shelters']} shelter markers, the server has {expected.get('shelters')}")
        if not dom["scale"].strip().endswith(("km", "m")):
            fail(f"no metric scale bar (got {dom['scale']!r})")
        for word in ("行政区", "道路", "门牌", "应急避难场所"):
            if not any(word in o for o in dom["overlays"]):
                fail(f"the layer switcher has no entry with {word!r}")

        if a.screenshot:
            os.makedirs(os.path.dirname(os.path.abspath(a.screenshot)), exist_ok=True)
            driver.save_screenshot(a.screenshot)
            say(f"screenshot saved: {a.screenshot}")

        # A click on a shelter opens a popup in Chinese.
        shelters = driver.find_elements(By.CSS_SELECTOR, "#map .mk-shelter")
        if shelters:
            driver.execute_script("""
                var m = window.diming.map, ll = [];
                m.eachLayer(function (l) { if (l.getLatLng && l.options.icon && /mk-shelter/.test(l.options.icon.options.className)) ll.push(l.getLatLng()); });
                if (ll.length) m.setView(ll[0], 15, {animate: false});""")
            time.sleep(0.5)
            target = driver.find_elements(By.CSS_SELECTOR, "#map .mk-shelter")[0]
            try:
                target.click()
            except WebDriverException:
                driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", target)
            time.sleep(0.5)
            popup = driver.execute_script(
                "var p = document.querySelector('.leaflet-popup-content'); return p ? p.textContent : null;")
            if not popup or "可容纳人数" not in popup:
                fail(f"a click on a shelter gave no popup with Chinese labels (got {popup!r})")
            else:
                say(f"shelter popup: {popup[:80]}…")
            # Keyboard: Escape closes it; a marker reached with the keyboard opens its popup with Enter.
            driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
            time.sleep(0.3)
            if driver.execute_script("return !!document.querySelector('.leaflet-popup-content')"):
                fail("Escape did not close the popup")
            target = driver.find_elements(By.CSS_SELECTOR, "#map .mk-shelter")[0]
            if target.get_attribute("tabindex") != "0":
                fail(f"shelter markers are not reachable with Tab (tabindex {target.get_attribute('tabindex')!r})")
            driver.execute_script("arguments[0].focus()", target)
            target.send_keys(Keys.ENTER)
            time.sleep(0.5)
            if not driver.execute_script("return !!document.querySelector('.leaflet-popup-content')"):
                fail("Enter on a focused shelter marker opened no popup")
            else:
                say("keyboard: Escape closes the popup, Enter on a focused marker opens it")

        # House numbers are drawn once zoomed in.
        if expected.get("addresses"):
            driver.execute_script("""
                var d = window.diming; d.map.closePopup();
                d.map.setView([30.38, 111.45], 10, {animate: false});""")
            time.sleep(0.3)
            before = driver.execute_script("return document.querySelectorAll('#map svg path.addr').length")
            if before:
                fail(f"{before} house numbers drawn at zoom 10 (they should appear only when zoomed in)")
            driver.execute_script("window.diming.map.fitBounds(window.diming.addressLayer.getBounds(), {animate: false})")
            time.sleep(1.0)
            zoom, drawn = driver.execute_script(
                "return [window.diming.map.getZoom(), document.querySelectorAll('#map svg path.addr').length]")
            say(f"zoomed to the house numbers (zoom {zoom}): {drawn} drawn")
            if drawn != expected["addresses"]:
                fail(f"at zoom {zoom} {drawn} house-number markers drawn of {expected['addresses']}")
            if a.screenshot_detail:
                driver.execute_script("window.diming.map.setZoom(Math.max(window.diming.map.getZoom(), 15), {animate: false})")
                time.sleep(0.6)
                driver.save_screenshot(a.screenshot_detail)
                say(f"screenshot saved: {a.screenshot_detail}")

        # Search, when the server has it.
        if driver.execute_script("return !document.getElementById('search').hidden"):
            name = driver.execute_script("""
                var n = null; window.diming.map.eachLayer(function (l) {
                  if (!n && l.feature && l.feature.properties && l.feature.properties.level === 'township') n = l.feature.properties.name; });
                return n;""") or "宜都"
            box = driver.find_element(By.ID, "search-q")
            box.clear()
            box.send_keys(name[:2])
            box.send_keys(Keys.ENTER)
            time.sleep(1.0)
            results = driver.find_elements(By.CSS_SELECTOR, "#results-list button")
            if not results:
                fail(f"search for {name[:2]!r} gave no results")
            else:
                results[0].click()
                time.sleep(0.5)
                say(f"search {name[:2]!r}: {len(results)} results")
        else:
            say("the server advertises no search: the search box is hidden")

        # No console errors (401s are expected when the token flow is being checked).
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                if (a.token or locked) and " 401 " in entry.get("message", ""):
                    continue
                fail(f"console error: {entry.get('message')}")

        # Every request the page made went to the server itself.
        urls = set()
        for entry in driver.get_log("performance"):
            try:
                m = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            if m.get("method") == "Network.requestWillBeSent":
                urls.add(m["params"]["request"]["url"])
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


if __name__ == "__main__":
    sys.exit(main())
