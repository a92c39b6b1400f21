#!/usr/bin/env python3
"""The kill -9 test of the report submission path (issue 11, "Done when"): no acknowledged report is
ever lost or stored twice, and the file stays sound.

    python3 tools/crash/crash.py --diming PATH --db FILE --token T [--token T2 …] --event ID
                                 [--clients 16] [--reports 60] [--kill-after 0.3] [--work DIR]

1. starts `diming serve` on the file (a free loopback port) and waits for /health;
2. CLIENTS threads each submit their REPORTS reports (POST /reports, a client UUID each, one
   keep-alive connection per client) and record which were acknowledged (201 or 200);
3. once KILL_AFTER of all reports are acknowledged, sends SIGKILL to the server: requests in flight
   break, and the clients stop;
4. starts the server again on the same file; each client resends every report it holds no
   acknowledgement for, byte for byte (same id, same body): 201 if it was lost, 200 if it had been
   stored before the kill — never 409, never a 5xx;
5. stops the server (SIGTERM) and, with no server running, opens the file read-only: every
   acknowledged report is there exactly once with the figures it was sent with, no uid twice, the
   row count is the number of reports, and PRAGMA integrity_check says ok.
Standard library only. The last line is `crash: N passed, M failed`; the exit status is 1 on failure.
"""
import argparse
import http.client
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

HOST = "127.0.0.1"
results = []


def say(msg):
    print(f"crash: {msg}", file=sys.stderr, flush=True)


def check(name, ok, detail=""):
    results.append(ok)
    say(f"{'PASS' if ok else 'FAIL'}: {name}" + (f" — {detail}" if detail else ""))


def free_port():
    s = socket.socket()
    s.bind((HOST, 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """One `diming serve` on a loopback port, its output appended to a log file."""

    def __init__(self, diming, db, port, log, env=None):
        self.port = port
        self.log = open(log, "ab")
        self.proc = subprocess.Popen([diming, "serve", "--host", HOST, "--port", str(port), "--db", db],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def wait_up(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                c = http.client.HTTPConnection(HOST, self.port, timeout=2)
                c.request("GET", "/health")
                ok = c.getresponse().status == 200
                c.close()
                if ok:
                    return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
                return None
        return self.proc.returncode


def make_report(event, rng):
    """A report that passes the consistency rules of disaster.md §3.3 (with a note: no jump warning)."""
    affected = rng.randint(1, 500)
    relocated = rng.randint(0, affected)
    concentrated = rng.randint(0, relocated)
    households = rng.randint(0, 20)
    rooms = households + (rng.randint(0, 40) if households else 0)
    hit_mu = rng.randint(0, 300)
    properties = {
        "event": event,
        "observed_at": time.strftime("%Y-%m-%dT%H:%M:%S+08:00", time.gmtime(time.time() + 8 * 3600 - rng.randint(60, 7200))),
        "location_source": "gps", "accuracy_m": rng.choice([4.5, 8, 12.3, 30]),
        "affected_people": affected, "relocated_people": relocated,
        "relocated_concentrated": concentrated, "relocated_dispersed": relocated - concentrated,
        "collapsed_households": households, "collapsed_rooms": rooms,
        "crops_affected_mu": hit_mu + rng.randint(0, 300), "crops_hit_mu": hit_mu,
        "direct_loss_10k_yuan": float(f"{rng.randint(0, 99999) / 100:.2f}"),
        "note": "crash test 断电测试",
    }
    # Inside 宜都市 (the demo's county): 陆城 and around.
    lon = round(111.38 + rng.random() * 0.12, 7)
    lat = round(30.33 + rng.random() * 0.10, 7)
    uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    feature = {"type": "Feature", "id": uid, "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
    return uid, json.dumps(feature, ensure_ascii=False).encode("utf-8"), properties


class Client(threading.Thread):
    """Submits its reports one after another on one keep-alive connection, noting each answer."""

    def __init__(self, index, port, token, reports, stop):
        super().__init__(daemon=True)
        self.index, self.port, self.token, self.reports, self.stop_flag = index, port, token, reports, stop
        self.acked = {}        # uid → status of the acknowledgement (200/201)
        self.answers = {}      # uid → last status seen (any)
        self.errors = []
        self.conn = None

    def post(self, body):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            self.conn.request("POST", "/reports", body=body, headers={
                "Authorization": f"Bearer {self.token}", "Content-Type": "application/geo+json",
                "Accept": "application/geo+json, application/json"})
            r = self.conn.getresponse()
            return r.status, r.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            raise

    def send(self, uid, body):
        status, text = self.post(body)
        self.answers[uid] = status
        if status in (200, 201):
            self.acked[uid] = status
        elif len(self.errors) < 5:
            self.errors.append(f"{uid}: {status} {text[:200].decode('utf-8', 'replace')}")
        return status

    def run(self):
        for uid, body, _ in self.reports:
            if self.stop_flag.is_set():
                return
            try:
                self.send(uid, body)
            except (OSError, http.client.HTTPException):
                return  # the server is gone: what has no ack is resent after the restart


def rows(db):
    """(uid → figures) and the integrity check, with the file opened read-only."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        found = {}
        twice = []
        for uid, n, observed, affected, households in con.execute(
                'SELECT "uid", COUNT(*), MIN("observed_at"), MIN("affected_people"), MIN("collapsed_households") '
                'FROM "disaster_reports" GROUP BY "uid"'):
            found[uid] = (observed, affected, households)
            if n != 1:
                twice.append(f"{uid} ×{n}")
        total = con.execute('SELECT COUNT(*) FROM "disaster_reports"').fetchone()[0]
    finally:
        con.close()
    return found, twice, total, integrity


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--diming", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--token", action="append", required=True, help="disaster_reporter tokens, used in turn by the clients")
    ap.add_argument("--event", type=int, required=True)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--reports", type=int, default=60, help="reports per client")
    ap.add_argument("--kill-after", type=float, default=0.3, help="share of all reports acknowledged before the kill")
    ap.add_argument("--work", default=".")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    t0 = time.monotonic()
    rng = random.Random(a.seed)
    log = os.path.join(a.work, "serve.log")
    total = a.clients * a.reports
    plans = [[make_report(a.event, rng) for _ in range(a.reports)] for _ in range(a.clients)]
    sent = {uid: props for plan in plans for uid, _, props in plan}

    # 1–3: submit, and kill -9 the server mid-way.
    server = Server(a.diming, a.db, free_port(), log)
    if not server.wait_up():
        check("the server answers /health", False, f"see {log}")
        return finish(t0)
    stop = threading.Event()
    clients = [Client(i, server.port, a.token[i % len(a.token)], plans[i], stop) for i in range(a.clients)]
    for c in clients:
        c.start()
    target = max(1, int(total * a.kill_after))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum(len(c.acked) for c in clients) < target and any(c.is_alive() for c in clients):
        time.sleep(0.005)
    acked_before = sum(len(c.acked) for c in clients)
    server.kill9()
    stop.set()
    for c in clients:
        c.join(35)
    acked_first = {uid: st for c in clients for uid, st in c.acked.items()}
    bad_first = [e for c in clients for e in c.errors]
    say(f"phase 1: {len(acked_first)} of {total} reports acknowledged "
        f"({acked_before} when SIGKILL was sent), then the server was killed")
    check("before the kill: every answer was 201 (fresh ids, valid reports)",
          not bad_first and all(st == 201 for st in acked_first.values()), "; ".join(bad_first[:3]))
    check("the kill came mid-way (some reports acknowledged, some not)", 0 < len(acked_first) < total,
          f"{len(acked_first)} of {total}")

    # 4: restart on the same file; resend whatever had no acknowledgement, same id and body.
    server = Server(a.diming, a.db, free_port(), log)
    if not server.wait_up():
        check("the server starts again on the killed file", False, f"see {log}")
        return finish(t0)
    check("the server starts again on the killed file", True)
    statuses = {}
    for c in clients:
        c.port, c.conn, c.errors = server.port, None, []
    retry = [(c, [(uid, body) for uid, body, _ in c.reports if uid not in c.acked]) for c in clients]

    def resend(c, todo):
        for uid, body in todo:
            for attempt in range(3):
                try:
                    statuses[uid] = c.send(uid, body)
                    break
                except (OSError, http.client.HTTPException) as e:
                    statuses[uid] = f"{type(e).__name__}"
                    time.sleep(0.2)
    threads = [threading.Thread(target=resend, args=(c, todo)) for c, todo in retry]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    counts = {}
    for st in statuses.values():
        counts[st] = counts.get(st, 0) + 1
    say(f"phase 2: resent {len(statuses)} reports without an acknowledgement: {counts} "
        "(200 = it had been stored before the kill, 201 = stored now)")
    check("every resend is acknowledged with 201 or 200 (no 409, no 5xx, no broken connection)",
          all(st in (200, 201) for st in statuses.values()),
          "; ".join(e for c in clients for e in c.errors[:2]))
    rc = server.stop()
    check("the restarted server stops cleanly on SIGTERM", rc == 0, f"exit status {rc}")

    # 5: the file, read-only, with no server running.
    try:
        found, twice, count, integrity = rows(a.db)
    except sqlite3.Error as e:
        check("the file opens read-only", False, str(e))
        return finish(t0)
    check("PRAGMA integrity_check = ok", integrity == ["ok"], "; ".join(integrity[:3]))
    check("no report id stored twice", not twice, ", ".join(twice[:5]))
    lost = [uid for uid in acked_first if uid not in found]
    check(f"every report acknowledged before the kill is present ({len(acked_first)})", not lost, ", ".join(lost[:5]))
    acked_all = set(acked_first) | {uid for uid, st in statuses.items() if st in (200, 201)}
    missing = [uid for uid in acked_all if uid not in found]
    check(f"every acknowledged report is present exactly once ({len(acked_all)} of {total})",
          not missing and not twice and len(acked_all) == total, ", ".join(missing[:5]))
    wrong = [uid for uid in acked_all if uid in found and
             (found[uid][0] != sent[uid]["observed_at"] or found[uid][1] != sent[uid]["affected_people"]
              or found[uid][2] != sent[uid]["collapsed_households"])]
    check("each stored report has the figures it was sent with", not wrong, ", ".join(wrong[:5]))
    extra = count - len([u for u in found if u in sent])
    check(f"the table holds exactly the {total} reports sent", count == total and extra == 0, f"{count} rows")
    return finish(t0)


def finish(t0):
    passed, failed = results.count(True), results.count(False)
    say(f"{'PASS' if failed == 0 and passed else 'FAIL'} in {time.monotonic() - t0:.1f} s")
    print(f"crash: {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed else 1


if __name__ == "__main__":
    sys.exit(main())
