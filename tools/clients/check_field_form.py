#!/usr/bin/env python3
"""The offline field form (/report) in a real headless Chromium, with the network cut and restored.

    tools/clients/work/venv/bin/python tools/clients/check_field_form.py [--diming PATH] [--screenshot PNG]

(Any python3 will do: it re-runs itself under tools/clients/work/venv, which tools/clients/setup.sh
makes with selenium.) Starts its own `diming serve` on a fresh `diming demo` file with a
disaster_reporter account and an event, opens /report at a phone's size (390×844) and checks:
  * the token is asked for once and kept in localStorage; the event is offered from GET /events
    (or typed when this build has no such route);
  * network cut (DevTools offline): two reports saved → both "queued" in the outbox, each with a
    UUID v4 made at saving, and NOT on the server (the file, read-only);
  * the page reloaded while POST /reports is blocked: both still queued (storage survives), and
    the failed sends leave them queued;
  * network back (the browser's `online` event): both become "sent", the server has exactly these
    2 reports, with the figures typed (亩 kept as entered);
  * a lost acknowledgement: a third report sent, marked queued again in storage and resent with the
    same id and body → "sent" again (the server answers 200), still one row for it;
  * the same id with other content (a changed body) → 409 → "refused" with the server's reason,
    not retried; a report breaking a consistency rule (绝收 > 受灾) → "refused" naming the field;
  * TC-6.1: a queued report reads 已保存，尚未提交 (saved, not yet submitted), never "sent";
  * TC-6.2: fields typed and a photo chosen, the renderer killed (DevTools Page.crash) and the form
    opened again: the draft is back with every field and the photo's bytes (IndexedDB); finalize
    makes one outbox entry (UUID v4, the photo) and clears the draft; online, the report then its
    photo are sent (the server: photos expected 1, present 1) and the photo leaves the browser;
  * the photo cut off after the report's acknowledgement: "partial" (报告已送达，照片待发送), the
    server has the report with 0 of 1 photos; "立即发送" sends the photo alone and the entry is sent;
  * TC-6.4: 5 reports queued offline, the browser killed (SIGKILL) and started again on the same
    profile (a reboot, the hard way): still 5 queued and none on the server; online, each is sent
    once (201);
  * the browser refusing storage (setItem and IndexedDB throwing): the page says so in red, the
    text stays in the form;
  * no request leaves the server's origin. Saves a screenshot.
Exits 1 naming what failed; the last line is `field_form: N passed, M failed`.
"""
import argparse
import atexit
import base64
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import headless  # beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
WORK = os.path.join(HERE, "work")
VENV_PY = os.path.join(WORK, "venv", "bin", "python")

try:
    import selenium  # noqa: F401
except ImportError:
    if os.path.exists(VENV_PY) and os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(WORK, "venv")):
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    print("field_form: FAIL: selenium is missing; run tools/clients/setup.sh", file=sys.stderr)
    sys.exit(2)

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download anything
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
results = []


def say(msg):
    print(f"field_form: {msg}", file=sys.stderr, flush=True)


def check(name, ok, detail=""):
    results.append(bool(ok))
    say(f"{'ok' if ok else 'FAIL'}: {name}" + (f" — {detail}" if detail and not ok else ""))
    return ok


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def prepare(diming, folder):
    """A demo file with a reporter's token and an event: (db, token, event id)."""
    db = os.path.join(folder, "demo.sqlite")
    run([diming, "demo", "--db", db, "--data", os.path.join(REPO, "gazetteer")])
    run([diming, "user", "add", "field-reporter", "--role", "disaster_reporter", "--db", db])
    token = run([diming, "user", "token", "field-reporter", "--db", db]).strip().splitlines()[-1]
    event = int(run([os.path.join(REPO, "tools", "crash", "event.sh"), diming, db, "外业表单测试 field form"]).strip().splitlines()[-1])
    return db, token, event


def stored(db):
    """uid → (affected_people, crops_affected_mu) of the rows in the file (read-only)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {uid: (n, mu) for uid, n, mu in
                con.execute('SELECT "uid", "affected_people", "crops_affected_mu" FROM "disaster_reports"')}
    finally:
        con.close()


def make_driver(profile=None):
    """Chromium at a phone's size; the same PROFILE again is the same phone after a reboot."""
    chromium = next((p for p in ("/usr/bin/chromium", "/usr/lib/chromium/chromium") if os.path.exists(p)), None)
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    if not chromium or not driver_path:
        say("FAIL: chromium or chromium-driver is missing; run tools/clients/setup.sh")
        sys.exit(2)
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    if profile is None:
        profile = tempfile.mkdtemp(prefix="chrome-profile.", dir=WORK)
        atexit.register(shutil.rmtree, profile, True)
    for a in headless.chromium_arguments(390, 844, profile):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=driver_path, log_output=os.path.join(WORK, "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=opts)
    driver.profile = profile
    # A phone's viewport whatever the headless window's minimum width.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    return driver


def requested(driver, urls):
    """Adds the URLs the page requested (the performance log, read once) to URLS."""
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.add(msg["params"]["request"]["url"])
    return urls


def open_form(driver, origin):
    driver.get(origin + "/report")
    return wait_for(driver, lambda: driver.execute_script("return document.body.dataset.state") == "ready", 20)


def badges(driver):
    """id → the state's text as the list shows it."""
    return driver.execute_script("""var o = {};
        document.querySelectorAll('#outbox li').forEach(function (li) { o[li.dataset.id] = li.querySelector('.badge').textContent; });
        return o;""")


def value(driver, selector):
    return driver.find_element(By.CSS_SELECTOR, selector).get_attribute("value")


def report_json(origin, token, uid):
    req = urllib.request.Request(f"{origin}/reports/{uid}", headers={"Authorization": f"Bearer {token}"})
    return json.loads(urllib.request.urlopen(req, timeout=10).read())


def network(driver, offline):
    """DevTools network emulation: offline fires the page's `offline`/`online` events."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def outbox(driver):
    return driver.execute_script("return window.dimingReport ? window.dimingReport.outbox() : null") or []


def shown(driver):
    """id → state as the list on the page shows it."""
    return driver.execute_script("""var o = {};
        document.querySelectorAll('#outbox li').forEach(function (li) { o[li.dataset.id] = li.dataset.state; });
        return o;""")


def wait_for(driver, predicate, timeout):
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.2).until(lambda d: predicate())
        return True
    except TimeoutException:
        return False


def fill(driver, event, lon, lat, figures, unit="ha", note=""):
    type_fields(driver, event, lon, lat, figures, unit, note)
    driver.find_element(By.ID, "save").click()


def type_fields(driver, event, lon, lat, figures, unit="ha", note=""):
    def put(selector, value):
        el = driver.find_element(By.CSS_SELECTOR, selector)
        el.clear()
        el.send_keys(str(value))
    if driver.execute_script("return document.getElementById('event-select').value") != str(event):
        put("#event", event)
    put("#lon", lon)
    put("#lat", lat)
    driver.find_element(By.CSS_SELECTOR, f'input[name="area-unit"][value="{unit}"]').click()
    for name, value in figures.items():
        put(f'[data-indicator="{name}"]', value)
    if note:
        put("#note", note)


def kill_browser(driver, urls):
    """SIGKILL to this driver's Chromium (the chromedriver's child using its profile), then a new
    Chromium on the same profile: the phone's app killed and opened again. The URLs requested so
    far are added to URLS first."""
    requested(driver, urls)
    profile, parent = driver.profile, driver.service.process.pid
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if ppid == parent and profile.encode() in cmdline:
            os.kill(int(pid), signal.SIGKILL)
    try:
        driver.quit()
    except Exception:  # its browser is gone: the session ends badly, as it should
        pass
    return make_driver(profile)


def draft_savepoint(driver, origin, token, event, folder, db, urls):
    """TC-6.2: fields typed and a photo chosen, the page's renderer killed, the draft back with the
    photo; finalize turns it into an outbox entry that is sent with its photo, and clears the draft."""
    photo = os.path.join(folder, "灾情照片-1.jpg")
    data = driver.execute_script("""var c = document.createElement('canvas'); c.width = 320; c.height = 240;
        var g = c.getContext('2d'); g.fillStyle = '#b3261e'; g.fillRect(0, 0, 320, 240);
        g.fillStyle = '#fff'; g.fillRect(40, 40, 120, 80); return c.toDataURL('image/jpeg', 0.9);""")
    with open(photo, "wb") as f:
        f.write(base64.b64decode(data.split(",", 1)[1]))
    size = os.path.getsize(photo)
    type_fields(driver, event, "111.4333", "30.3777", {"affected_people": 42, "collapsed_households": 1,
                                                       "collapsed_rooms": 3, "crops_affected": "12.5"}, unit="mu", note="草稿恢复")
    driver.find_element(By.ID, "photos").send_keys(photo)
    def draft_kept():
        draft = driver.execute_script("return JSON.parse(localStorage.getItem(window.dimingReport.keys.draft) || 'null')") or {}
        durable = driver.find_element(By.ID, "draft-status").get_attribute("data-durable")
        return len(draft.get("photos") or []) == 1 and durable == draft.get("saved_at")
    # Kept = the page says so: the draft with its photo written to IndexedDB (its mirror) too.
    kept = wait_for(driver, draft_kept, 10)
    check("TC-6.2: the draft (fields and 1 photo) is saved as typed, before any save button", kept)
    check("the draft's status line says it is saved", "草稿已自动保存" in driver.find_element(By.ID, "draft-status").text,
          driver.find_element(By.ID, "draft-status").text)
    # The kill: the browser itself gets SIGKILL (no unload handler, no shutdown flush), as when a
    # phone ends the app; then it is started again on the same profile.
    driver = kill_browser(driver, urls)
    open_form(driver, origin)
    check("after the kill: the form reloads", driver.execute_script("return !!window.dimingReport"))
    check("after the kill: the recovered-draft notice shows", driver.find_element(By.ID, "draft-recovered").is_displayed())
    restored = {"lon": value(driver, "#lon"), "lat": value(driver, "#lat"), "note": value(driver, "#note"),
                "affected": value(driver, '[data-indicator="affected_people"]'),
                "crops": value(driver, '[data-indicator="crops_affected"]'),
                "unit": driver.execute_script("return document.querySelector('input[name=\"area-unit\"]:checked').value")}
    check("after the kill: every field is back as typed (亩 kept)", restored == {"lon": "111.4333", "lat": "30.3777",
          "note": "草稿恢复", "affected": "42", "crops": "12.5", "unit": "mu"}, restored)
    names = driver.execute_script("return Array.from(document.querySelectorAll('#photo-list li .name')).map(e => e.textContent)")
    check("after the kill: the photo is listed in the draft", len(names) == 1 and names[0].startswith("灾情照片-1.jpg"), names)
    check("after the kill: the photo's thumbnail shows", wait_for(driver, lambda: driver.execute_script(
        "var i = document.querySelector('#photo-list img'); return !!i && i.complete && i.naturalWidth > 0"), 10))
    for shot, element in (("field-form-draft.png", "draft-recovered"), ("field-form-photo.png", "photo-list")):
        # Below the sticky header; the recovered form as the reporter sees it (kept in work/).
        driver.execute_script("window.scrollTo(0, document.getElementById(arguments[0]).getBoundingClientRect().top"
                              " + window.scrollY - 120)", element)
        driver.save_screenshot(os.path.join(WORK, shot))
    key = driver.execute_script("var li = document.querySelector('#photo-list li'); return li ? li.dataset.key : ''")
    got = driver.execute_async_script("""var done = arguments[arguments.length - 1];
        window.dimingReport.getPhoto(arguments[0]).then(function (p) { done(p ? p.blob.size : -1); }, function () { done(-2); });""", key)
    check(f"after the kill: the photo's bytes are kept in the browser ({size} bytes)", got == size, got)

    before = {x["id"] for x in outbox(driver)}
    driver.find_element(By.ID, "save").click()
    wait_for(driver, lambda: any(x["id"] not in before for x in outbox(driver)), 10)
    item = next((x for x in outbox(driver) if x["id"] not in before), {})
    check("finalize: the draft becomes one outbox entry with a UUID v4 and its photo",
          UUID4.match(item.get("id", "")) and len(item.get("photos") or []) == 1, item)
    check("finalize: the draft is cleared (storage, fields, photo list)",
          driver.execute_script("return localStorage.getItem(window.dimingReport.keys.draft)") is None
          and value(driver, "#note") == "" and value(driver, '[data-indicator="affected_people"]') == ""
          and not driver.find_elements(By.CSS_SELECTOR, "#photo-list li"))
    uid = item.get("id")
    sent = wait_for(driver, lambda: next((x for x in outbox(driver) if x["id"] == uid), {}).get("state") == "sent", 20)
    item = next((x for x in outbox(driver) if x["id"] == uid), {"id": uid, "photos": []})
    check("online: the report and then its photo are sent (state sent, photo sent)",
          sent and [p["state"] for p in item.get("photos") or []] == ["sent"], item)
    try:
        props = report_json(origin, token, uid)["properties"]
    except (OSError, ValueError, TypeError) as e:
        props = {"error": str(e)}
    check("the server has the report with its photo (photos expected 1, present 1)",
          props.get("photos_expected") == 1 and props.get("photos_present") == 1 and props.get("affected_people") == 42,
          {k: props.get(k) for k in ("photos", "photos_expected", "photos_present", "affected_people")})
    gone = driver.execute_async_script("""var done = arguments[arguments.length - 1];
        window.dimingReport.getPhoto(arguments[0]).then(function (p) { done(p === null); }, function () { done(false); });""", key)
    check("a photo the server has is deleted from the browser", gone)
    check("one row for it on the server", item["id"] in stored(db))
    return driver


def photo_after_report(driver, origin, token, event, folder, db):
    """The report acknowledged but its photo cut off: 报告已送达，照片待发送 (partial), not "sent";
    with "立即发送" the photo alone goes (the report is not sent again) and the entry is sent."""
    photo = os.path.join(folder, "灾情照片-1.jpg")  # made by draft_savepoint
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/photos?*"]})
    before = {x["id"] for x in outbox(driver)}
    type_fields(driver, event, "111.4355", "30.3755", {"affected_people": 7}, note="照片后到")
    driver.find_element(By.ID, "photos").send_keys(photo)
    wait_for(driver, lambda: len(driver.find_elements(By.CSS_SELECTOR, "#photo-list li")) == 1, 10)
    driver.find_element(By.ID, "save").click()
    uid = None
    if wait_for(driver, lambda: any(x["id"] not in before for x in outbox(driver)), 10):
        uid = next(x["id"] for x in outbox(driver) if x["id"] not in before)
    entry = lambda: next((x for x in outbox(driver) if x["id"] == uid), {})  # noqa: E731
    partial = wait_for(driver, lambda: entry().get("state") == "partial" and entry().get("reason"), 20)
    badge = badges(driver).get(uid, "")
    check("photo cut off: the entry is partial, 报告已送达，照片待发送, with the reason",
          partial and "照片待发送" in badge, f"{entry()} {badge}")
    check("photo cut off: the server has the report, 1 photo expected, 0 present",
          uid in stored(db) and report_json(origin, token, uid)["properties"].get("photos_present") == 0)
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    driver.find_element(By.ID, "send-now").click()
    done = wait_for(driver, lambda: entry().get("state") == "sent", 20)
    props = report_json(origin, token, uid)["properties"]
    check("send now: the photo goes, the entry is sent, the report was not sent again (201 kept)",
          done and entry().get("tries") == 1 and entry().get("status") == 201 and props.get("photos_present") == 1,
          f"{entry()} photos_present {props.get('photos_present')}")


def storage_refused(driver, origin):
    """The browser refuses to store anything (quota, private mode): the page says so in red and the
    text typed stays in the form."""
    driver.execute_script("""
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
        IDBDatabase.prototype.transaction = function () { throw new DOMException('refused', 'UnknownError'); };""")
    note = driver.find_element(By.CSS_SELECTOR, "#note")
    note.clear()
    note.send_keys("存储被拒绝")
    status = driver.find_element(By.ID, "draft-status")
    said = wait_for(driver, lambda: "拒绝" in status.text and "problem" in (status.get_attribute("class") or ""), 5)
    check("storage refused: the page says the draft is not kept (in red)", said, status.text)
    check("storage refused: the text typed stays in the form", value(driver, "#note") == "存储被拒绝")
    open_form(driver, origin)  # the browser's own storage functions again
    driver.find_element(By.ID, "note").clear()


def reboot_with_queue(driver, origin, event, db, urls):
    """TC-6.4: 5 reports queued offline, the browser killed (SIGKILL) and started again on the same
    profile (the phone rebooted, the hard way): all 5 still queued; online, each is sent once (201)."""
    network(driver, True)
    wait_for(driver, lambda: driver.execute_script("return navigator.onLine") is False, 5)
    before = {x["id"] for x in outbox(driver)}
    for n in range(5):
        fill(driver, event, f"111.44{n}", "30.381", {"affected_people": 100 + n}, note=f"重启前 {n + 1}")
    wait_for(driver, lambda: len(outbox(driver)) == len(before) + 5, 10)
    five = [x["id"] for x in outbox(driver) if x["id"] not in before]
    check("TC-6.4: offline, 5 reports saved, all queued",
          len(five) == 5 and all(x["state"] == "queued" for x in outbox(driver) if x["id"] in five))
    mirrored = driver.execute_async_script("""var done = arguments[arguments.length - 1];
        window.dimingReport.written().then(done, function () { done(false); });""")
    check("the outbox is written to IndexedDB too (what a killed browser keeps)", mirrored is True, mirrored)
    # The phone switched off hard: SIGKILL, no shutdown; localStorage's last writes are lost then.
    driver = kill_browser(driver, urls)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/reports"]})
    open_form(driver, origin)
    time.sleep(1.5)
    after = {x["id"]: x["state"] for x in outbox(driver)}
    check("after the reboot: the 5 reports are still there, queued", all(after.get(i) == "queued" for i in five), after)
    check("after the reboot: none of them is on the server", not (set(five) & set(stored(db))))
    network(driver, True)
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    time.sleep(0.5)
    network(driver, False)
    done = wait_for(driver, lambda: all(x["state"] == "sent" for x in outbox(driver) if x["id"] in five), 30)
    items = [x for x in outbox(driver) if x["id"] in five]
    check("online again: all 5 sent, each acknowledged 201 on its first arrival (sent once)",
          done and len(items) == 5 and all(x.get("status") == 201 for x in items), [(x["state"], x.get("status")) for x in items])
    rows = stored(db)
    check("the server has the 5 reports, once each", len(five) == 5 and all(i in rows for i in five), sorted(set(five) - set(rows)))
    return driver


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--diming", default=os.environ.get("DIMING_BIN", os.path.join(REPO, ".build", "debug", "diming")))
    ap.add_argument("--screenshot", default=os.path.join(WORK, "field-form.png"))
    a = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="field-form.", dir=WORK)
    t0 = time.monotonic()
    db, token, event = prepare(os.path.abspath(a.diming), folder)
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    log = open(os.path.join(folder, "serve.log"), "wb")
    server = subprocess.Popen([a.diming, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db],
                              stdout=log, stderr=subprocess.STDOUT)
    atexit.register(lambda: server.poll() is None and server.kill())
    for _ in range(300):
        try:
            urllib.request.urlopen(origin + "/health", timeout=2).read()
            break
        except OSError:
            time.sleep(0.2)
    say(f"server on {origin}, event {event}, demo file {db}")
    try:
        urllib.request.urlopen(urllib.request.Request(origin + "/events", headers={"Authorization": f"Bearer {token}"}), timeout=10).read()
        has_events = True
    except urllib.error.HTTPError:
        has_events = False

    driver = make_driver()
    urls = set()
    try:
        driver.get(origin + "/report")
        wait_for(driver, lambda: driver.execute_script("return document.body.dataset.state") == "ready", 20)
        check("/report loads the form (its script ran)", driver.execute_script("return !!window.dimingReport"))
        check("no token yet: the page asks for one", driver.find_element(By.ID, "token-box").is_displayed())
        driver.find_element(By.ID, "token").send_keys(token)
        driver.find_element(By.CSS_SELECTOR, "#token-form button").click()
        check("the token is kept in localStorage",
              driver.execute_script("return JSON.parse(localStorage.getItem(window.dimingReport.keys.token))") == token)
        if has_events:
            check("GET /events fills the event list",
                  wait_for(driver, lambda: driver.execute_script(
                      "return Array.from(document.querySelectorAll('#event-select option')).some(o => o.value === arguments[0])", str(event)), 10))
        else:
            say("this build has no GET /events: the event id is typed")

        # Offline: two reports saved, both queued, neither on the server.
        network(driver, True)
        check("offline: the page knows (navigator.onLine false)",
              wait_for(driver, lambda: driver.execute_script("return navigator.onLine") is False, 5))
        fill(driver, event, "111.4521", "30.3921", {"affected_people": 120, "dead": 0, "collapsed_households": 2,
                                                    "collapsed_rooms": 5, "crops_affected": "7.5"}, unit="mu", note="离线一")
        fill(driver, event, "111.4400", "30.3800", {"affected_people": 30, "crops_affected": "0.1",
                                                    "direct_loss_10k_yuan": "12.34"}, note="离线二")
        time.sleep(1.0)
        items = outbox(driver)
        ids = [x["id"] for x in items]
        check("offline: both saved reports are in the outbox, queued",
              len(items) == 2 and all(x["state"] == "queued" for x in items), json.dumps(items)[:300])
        check("each has a UUID v4 made at saving, two different ids", len(set(ids)) == 2 and all(UUID4.match(i) for i in ids), ids)
        check("the list on the page shows both as queued", all(shown(driver).get(i) == "queued" for i in ids), shown(driver))
        texts = badges(driver)
        check("TC-6.1: a queued report reads 已保存，尚未提交 (saved, not yet submitted), never submitted/sent",
              all("尚未提交" in texts.get(i, "") and "已送达" not in texts.get(i, "") and "已提交" not in texts.get(i, "")
                  for i in ids), texts)
        check("offline: neither is on the server", not (set(ids) & set(stored(db))))

        # Reload while POST /reports is blocked: storage survives, the failed sends keep them queued.
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/reports"]})
        network(driver, False)
        driver.get(origin + "/report")
        wait_for(driver, lambda: driver.execute_script("return document.body.dataset.state") == "ready", 20)
        time.sleep(1.5)
        check("after a reload (POST /reports failing): still 2 reports, the same ids, queued",
              sorted(x["id"] for x in outbox(driver)) == sorted(ids) and all(x["state"] == "queued" for x in outbox(driver)),
              json.dumps(outbox(driver))[:300])
        check("after a reload: the list shows them queued", all(shown(driver).get(i) == "queued" for i in ids), shown(driver))
        check("after a reload: still none on the server", not (set(ids) & set(stored(db))))

        # Network back: the `online` event sends them.
        network(driver, True)
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
        time.sleep(0.5)
        back = time.monotonic()
        network(driver, False)
        sent = wait_for(driver, lambda: all(x["state"] == "sent" for x in outbox(driver)), 30)
        took = time.monotonic() - back
        check("network back: both become sent", sent, json.dumps(outbox(driver))[:400])
        # The retry timer stands at 10 s after the failed sends: sooner means the `online` event sent them.
        check(f"sent on the browser's online event ({took:.1f} s, before the retry timer)", sent and took < 8)
        check("the list shows both as sent", all(shown(driver).get(i) == "sent" for i in ids), shown(driver))
        rows = stored(db)
        check("the server has exactly these 2 reports", set(rows) == set(ids), sorted(rows))
        by_note = {x["id"]: json.loads(x["body"]) for x in outbox(driver)}
        first = next(i for i, f in by_note.items() if f["properties"].get("note") == "离线一")
        check("the figures arrived as typed (120 people, 7.5 亩 kept as entered)",
              rows.get(first) == (120, "7.5"), rows.get(first))

        # A lost acknowledgement: the same report sent twice → one row.
        fill(driver, event, "111.4600", "30.4000", {"affected_people": 8}, note="重发")
        wait_for(driver, lambda: len(outbox(driver)) == 3 and all(x["state"] == "sent" for x in outbox(driver)), 20)
        third = next(x for x in outbox(driver) if x["id"] not in ids)
        check("online: a third report is sent on saving (201)", third["state"] == "sent" and third.get("status") == 201, third)
        driver.execute_script("""
            var k = window.dimingReport.keys.outbox, items = JSON.parse(localStorage.getItem(k));
            items.forEach(function (x) { if (x.id === arguments[0]) { x.state = 'queued'; x.status = null; } });
            localStorage.setItem(k, JSON.stringify(items));
            window.dimingReport.flush();""".replace("arguments[0]", json.dumps(third["id"])))
        again = wait_for(driver, lambda: next(x for x in outbox(driver) if x["id"] == third["id"]).get("status") == 200, 20)
        item = next(x for x in outbox(driver) if x["id"] == third["id"])
        check("resent with the same id: sent again, the server answered 200", again and item["state"] == "sent", item)
        rows = stored(db)
        check("still one row for it, 3 reports on the server", len(rows) == 3 and third["id"] in rows, sorted(rows))

        # The same id with other content → 409 → refused with the reason, not retried.
        driver.execute_script("""
            var k = window.dimingReport.keys.outbox, items = JSON.parse(localStorage.getItem(k)), id = arguments[0];
            items.forEach(function (x) { if (x.id === id) { x.state = 'queued'; x.body = x.body.replace('"affected_people":8', '"affected_people":9'); } });
            localStorage.setItem(k, JSON.stringify(items));
            window.dimingReport.flush();""", third["id"])
        wait_for(driver, lambda: next(x for x in outbox(driver) if x["id"] == third["id"])["state"] == "refused", 20)
        item = next(x for x in outbox(driver) if x["id"] == third["id"])
        check("the same id with other content: refused (409) with the server's reason",
              item["state"] == "refused" and item.get("status") == 409 and item.get("reason"), item)
        tries = item.get("tries")
        driver.execute_script("window.dimingReport.flush()")
        time.sleep(1.0)
        item = next(x for x in outbox(driver) if x["id"] == third["id"])
        check("a refused report is not sent again", item.get("tries") == tries and item["state"] == "refused", item)
        reason = driver.execute_script("var li = document.querySelector('#outbox li[data-id=\"' + arguments[0] + '\"] .reason');"
                                       "return li ? li.textContent : ''", third["id"])
        check("the list shows the reason", "409" in reason, reason)
        check("the server still has the first content (8 people)", stored(db).get(third["id"], (None,))[0] == 8)

        # A report the server refuses for a field: 绝收 more than 受灾.
        fill(driver, event, "111.4500", "30.3900", {"affected_people": 5, "crops_affected": "1", "crops_hit": "1",
                                                    "crops_lost": "2"}, note="不一致")
        wait_for(driver, lambda: any(x["state"] == "refused" and "crops" in (x.get("reason") or "")
                                     for x in outbox(driver) if x["id"] != third["id"]), 20)
        bad = next((x for x in outbox(driver) if x["id"] not in ids and x["id"] != third["id"]), {})
        check("绝收 > 受灾: refused with a 4xx naming the field", bad.get("state") == "refused"
              and 400 <= (bad.get("status") or 0) < 500 and "crops" in (bad.get("reason") or ""), bad)
        check("the server did not store it", bad.get("id") not in stored(db))
        # Corrected from the outbox: back in the form, saved again as a new report (a new id).
        driver.find_element(By.XPATH, f'//li[@data-id="{bad.get("id")}"]//button[contains(., "改正")]').click()
        lost = driver.find_element(By.CSS_SELECTOR, '[data-indicator="crops_lost"]')
        check("改正后重报 puts the refused figures back in the form", lost.get_attribute("value") == "2",
              lost.get_attribute("value"))
        lost.clear()
        lost.send_keys("1")
        driver.find_element(By.ID, "save").click()
        fixed = wait_for(driver, lambda: len(outbox(driver)) == 5 and outbox(driver)[0]["state"] == "sent", 20)
        newest = outbox(driver)[0]
        check("the corrected report is sent with a new id", fixed and newest["id"] != bad.get("id") and newest["id"] in stored(db), newest)

        driver = draft_savepoint(driver, origin, token, event, folder, db, urls)
        photo_after_report(driver, origin, token, event, folder, db)
        driver = reboot_with_queue(driver, origin, event, db, urls)
        storage_refused(driver, origin)

        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        driver.save_screenshot(a.screenshot)
        say(f"screenshot saved: {a.screenshot}")
        overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
        check("at a phone's width (390 px) nothing overflows sideways", not overflow)

        requested(driver, urls)
        outside = sorted(u for u in urls if u.startswith(("http:", "https:")) and not u.startswith(origin + "/"))
        check("every request of the page goes to the server itself", not outside, outside[:5])
    except Exception as e:  # a step that broke (an element missing, a timeout): a failure, not a crash
        check("the check ran to its end", False, f"{type(e).__name__}: {str(e)[:300]}")
    finally:
        driver.quit()
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
    passed, failed = results.count(True), results.count(False)
    say(f"{'passed' if not failed else 'FAILED'} in {time.monotonic() - t0:.1f} s")
    if not failed:
        shutil.rmtree(folder, True)
    else:
        say(f"server log and file kept in {folder}")
    print(f"field_form: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
