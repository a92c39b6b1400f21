#!/usr/bin/env python3
"""The power-cut test of the report submission path (disaster.md TC-6.5): fsync fails under the
server, which must never acknowledge a report it could not make durable, and after a kill -9 at the
moment of failure nothing acknowledged is lost or doubled.

    python3 tools/crash/fsync_fault.py --diming PATH --db FILE --token T [--token T2 …] --event ID
                                       --shim fsync_fault.so [--work DIR]

The server runs with LD_PRELOAD=SHIM and FSYNC_FAULT_TRIGGER=WORK/fsync.fail: while that file exists
every fsync/fdatasync of the server fails with EIO (tools/crash/fsync_fault.c).
1. no fault: 4 clients submit 10 reports each, all acknowledged (201);
2. a short fault: 3 reports are answered 503 disk-failed problem JSON, promptly (no hang), /health still
   answers, and a photo upload for an acknowledged report is a 503 too; the fault is lifted: the
   photo resent is stored (201, present once, no staged file left behind) and the same 3 reports,
   resent, are stored (201) by the SAME process: a failed commit does not leave the server broken;
3. the power cut: the fault is on again, 4 clients submit the rest; every answer must be a 503
   (never 201/200), and once 8 have failed the server gets SIGKILL with requests in flight;
4. the fault is lifted, the server starts again on the same file, each client resends everything it
   has no acknowledgement for, byte for byte: 201, or 200 when the failed commit's WAL frames
   survived in the page cache (a kill -9 is not a real power cut) — never 409, never a 5xx;
5. with no server running, the file read-only: PRAGMA integrity_check ok, no uid twice, every
   acknowledged report present with its figures, exactly the reports sent.
Standard library only. The last line is `fsync-fault: N passed, M failed`; exit status 1 on failure.
"""
import argparse
import base64
import http.client
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crash  # noqa: E402  (the same server, client and file checks as the kill -9 test)
from crash import Client, Server, free_port, make_report, rows  # noqa: E402

CLIENTS = 4
results = []


def say(msg):
    print(f"fsync-fault: {msg}", file=sys.stderr, flush=True)


def check(name, ok, detail=""):
    results.append(ok)
    say(f"{'PASS' if ok else 'FAIL'}: {name}" + (f" — {detail}" if detail else ""))


class FaultClient(Client):
    """A crash.py client that also keeps each answer's status, media type and time (the fault phases)."""

    def __init__(self, *args):
        super().__init__(*args)
        self.seen = []  # (uid, status, content type, seconds)

    def post(self, body):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(crash.HOST, self.port, timeout=20)
        t = time.monotonic()
        try:
            self.conn.request("POST", "/reports", body=body, headers={
                "Authorization": f"Bearer {self.token}", "Content-Type": "application/geo+json",
                "Accept": "application/geo+json, application/json", "Accept-Language": "zh-CN"})
            r = self.conn.getresponse()
            text = r.read()
            self.last = (r.status, r.getheader("Content-Type") or "", time.monotonic() - t, text)
            return r.status, text
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            raise

    def send(self, uid, body):
        status = super().send(uid, body)
        self.seen.append((uid, status, self.last[1], self.last[2], self.last[3]))
        return status


def disk_failed_503(entry):
    """A 503 answered as RFC 9457 problem JSON of type disk-failed (the disk refused the commit: try again)."""
    _, status, ctype, _, text = entry
    if not (status == 503 and "problem+json" in ctype):
        return False
    try:
        doc = json.loads(text)
        return doc.get("status") == status and str(doc.get("type", "")).endswith("disk-failed")
    except ValueError:
        return False


# The smallest JPEG there is (1×1): a photo of a report (POST /reports/{id}/photos).
JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////"
                        "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")


def request(port, token, method, path, body=None, ctype=None):
    """(status, content type, parsed JSON or None) of one request on its own connection."""
    c = http.client.HTTPConnection(crash.HOST, port, timeout=20)
    try:
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/geo+json, application/json"}
        if ctype:
            headers["Content-Type"] = ctype
        c.request(method, path, body=body, headers=headers)
        r = c.getresponse()
        text = r.read()
        try:
            doc = json.loads(text)
        except ValueError:
            doc = None
        return r.status, r.getheader("Content-Type") or "", doc
    finally:
        c.close()


def stray_files(db):
    """Files of the attachment store outside its content folder (staged uploads left behind)."""
    root = db + ".files"
    out = []
    for folder, _, files in os.walk(root):
        if os.path.relpath(folder, root).split(os.sep)[0] != "sha256":
            out += [os.path.join(folder, f) for f in files]
    return out


def health(port):
    try:
        c = http.client.HTTPConnection(crash.HOST, port, timeout=10)
        c.request("GET", "/health")
        status = c.getresponse().status
        c.close()
        return status
    except OSError as e:
        return type(e).__name__


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--diming", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--token", action="append", required=True)
    ap.add_argument("--event", type=int, required=True)
    ap.add_argument("--shim", required=True, help="the compiled fsync_fault.so")
    ap.add_argument("--reports", type=int, default=25, help="reports per client")
    ap.add_argument("--work", default=".")
    ap.add_argument("--seed", type=int, default=65)
    a = ap.parse_args()
    t0 = time.monotonic()
    rng = random.Random(a.seed)
    log = os.path.join(a.work, "serve.log")
    trigger = os.path.join(a.work, "fsync.fail")
    env = dict(os.environ, LD_PRELOAD=os.path.abspath(a.shim), FSYNC_FAULT_TRIGGER=trigger)
    plans = [[make_report(a.event, rng) for _ in range(a.reports)] for _ in range(CLIENTS)]
    sent = {uid: props for plan in plans for uid, _, props in plan}
    total = len(sent)

    def fault(on):
        if on:
            open(trigger, "w").close()
        elif os.path.exists(trigger):
            os.remove(trigger)

    def failures():
        try:
            return os.path.getsize(trigger + ".count")
        except OSError:
            return 0

    fault(False)
    server = Server(a.diming, a.db, free_port(), log, env=env)
    if not server.wait_up():
        check("the server answers /health with the shim loaded", False, f"see {log}")
        return finish(t0)
    clients = [FaultClient(i, server.port, a.token[i % len(a.token)], plans[i], threading.Event()) for i in range(CLIENTS)]

    def run_all(work):
        threads = [threading.Thread(target=work, args=(c,)) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)

    # 1: no fault.
    def first(c):
        for uid, body, _ in c.reports[:10]:
            c.send(uid, body)
    run_all(first)
    acked = {uid: st for c in clients for uid, st in c.acked.items()}
    check(f"no fault: the first {10 * CLIENTS} reports are acknowledged with 201",
          len(acked) == 10 * CLIENTS and all(st == 201 for st in acked.values()),
          "; ".join(e for c in clients for e in c.errors[:2]))

    # 2: a short fault, lifted without a restart.
    c0 = clients[0]
    fault(True)
    mark = len(c0.seen)
    brief = c0.reports[10:13]
    for uid, body, _ in brief:
        c0.send(uid, body)
    answers = c0.seen[mark:]
    check("fsync fails: each report is answered 503 disk-failed problem JSON, never 201/200",
          len(answers) == 3 and all(disk_failed_503(e) for e in answers),
          ", ".join(f"{s} {ct}" for _, s, ct, _, _ in answers))
    check("fsync fails: the answers come promptly (no hang, < 10 s each)",
          all(e[3] < 10 for e in answers), ", ".join(f"{e[3]:.2f} s" for e in answers))
    check("the fault was hit (the shim failed fsync calls)", failures() > 0, f"{failures()} failed calls")
    check("/health still answers 200 during the fault, the process is alive",
          health(server.port) == 200 and server.proc.poll() is None)
    say(f"phase 2: the answers under the fault: {[(s, ct) for _, s, ct, _, _ in answers]}; "
        f"first detail: {answers[0][4][:200].decode('utf-8', 'replace') if answers else '-'}")
    # A photo of an acknowledged report: its file's fsync fails too, before any row commits.
    photo_of = c0.reports[0][0]
    path = f"/reports/{photo_of}/photos?name=fsync.jpg"
    st, ctype, doc = request(server.port, c0.token, "POST", path, JPEG, "image/jpeg")
    check("fsync fails: a photo upload is answered 503 disk-failed problem JSON too", st == 503 and "problem+json" in ctype
          and (doc or {}).get("status") == st and str((doc or {}).get("type", "")).endswith("disk-failed"), f"{st} {ctype}")
    fault(False)
    st, _, _ = request(server.port, c0.token, "POST", path, JPEG, "image/jpeg")
    _, _, doc = request(server.port, c0.token, "GET", f"/reports/{photo_of}")
    props = (doc or {}).get("properties") or {}
    check("fault lifted: the same photo resent is stored (201), the report shows it present once",
          st == 201 and props.get("photos_present") == 1, f"{st}, photos_present {props.get('photos_present')}")
    check("no staged upload is left behind by the failed one", not stray_files(a.db), ", ".join(stray_files(a.db)[:3]))
    mark = len(c0.seen)
    for uid, body, _ in brief:
        c0.send(uid, body)
    again = c0.seen[mark:]
    check("fault lifted, no restart: the same 3 reports resent are stored (201) by the same process",
          [s for _, s, _, _, _ in again] == [201, 201, 201], ", ".join(str(s) for _, s, _, _, _ in again))

    # 3: the power cut: fault on, clients submit, SIGKILL once 8 commits have failed.
    fault(True)
    marks = [len(c.seen) for c in clients]
    stop = threading.Event()
    for c in clients:
        c.stop_flag = stop

    def cut(c):
        for uid, body, _ in c.reports[13 if c is c0 else 10:]:
            if stop.is_set():
                return
            try:
                c.send(uid, body)
            except (OSError, http.client.HTTPException):
                return
    threads = [threading.Thread(target=cut, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sum(len(c.seen) - m for c, m in zip(clients, marks)) < 8:
        time.sleep(0.002)
    server.kill9()
    stop.set()
    for t in threads:
        t.join(30)
    during = [e for c, m in zip(clients, marks) for e in c.seen[m:]]
    check(f"power cut: every answer under the fault is a 5xx problem JSON ({len(during)} answers, then SIGKILL)",
          len(during) >= 8 and all(disk_failed_503(e) for e in during),
          ", ".join(sorted({f"{s}" for _, s, _, _, _ in during})))
    acked_before = {uid: st for c in clients for uid, st in c.acked.items()}
    fault(False)

    # 4: restart, resend whatever has no acknowledgement.
    server = Server(a.diming, a.db, free_port(), log, env=env)
    if not server.wait_up():
        check("the server starts again on the file cut mid-commit", False, f"see {log}")
        return finish(t0)
    check("the server starts again on the file cut mid-commit", True)
    statuses = {}
    for c in clients:
        c.port, c.conn, c.errors = server.port, None, []

    def resend(c):
        for uid, body, _ in c.reports:
            if uid in c.acked:
                continue
            for _ in range(3):
                try:
                    statuses[uid] = c.send(uid, body)
                    break
                except (OSError, http.client.HTTPException) as e:
                    statuses[uid] = type(e).__name__
                    time.sleep(0.2)
    run_all(resend)
    counts = {}
    for st in statuses.values():
        counts[st] = counts.get(st, 0) + 1
    say(f"phase 4: resent {len(statuses)} reports without an acknowledgement: {counts} "
        "(200 = the failed commit had reached the WAL file and was recovered, 201 = stored now)")
    check("every resend is acknowledged with 201 or 200 (no 409, no 5xx)",
          all(st in (200, 201) for st in statuses.values()), "; ".join(e for c in clients for e in c.errors[:2]))
    rc = server.stop()
    check("the restarted server stops cleanly on SIGTERM", rc == 0, f"exit status {rc}")

    # 5: the file, read-only, no server running.
    try:
        found, twice, count, integrity = rows(a.db)
    except Exception as e:  # noqa: BLE001 — any failure to read the file is the finding
        check("the file opens read-only", False, str(e))
        return finish(t0)
    check("PRAGMA integrity_check = ok", integrity == ["ok"], "; ".join(integrity[:3]))
    check("no report id stored twice", not twice, ", ".join(twice[:5]))
    lost = [uid for uid in acked_before if uid not in found]
    check(f"every report acknowledged before the power cut is present ({len(acked_before)})", not lost, ", ".join(lost[:5]))
    wrong = [uid for uid in found if uid in sent and
             (found[uid][0] != sent[uid]["observed_at"] or found[uid][1] != sent[uid]["affected_people"]
              or found[uid][2] != sent[uid]["collapsed_households"])]
    check("each stored report has the figures it was sent with", not wrong, ", ".join(wrong[:5]))
    check(f"the table holds exactly the {total} reports sent, once each", count == total and set(found) == set(sent),
          f"{count} rows")
    return finish(t0)


def finish(t0):
    passed, failed = results.count(True), results.count(False)
    say(f"{'PASS' if failed == 0 and passed else 'FAIL'} in {time.monotonic() - t0:.1f} s")
    print(f"fsync-fault: {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed else 1


if __name__ == "__main__":
    sys.exit(main())
