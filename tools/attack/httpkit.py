"""Small HTTP/1.1 tools for the attack checks (standard library only).

Raw sockets, so that a request can be malformed, oversized, trickled or left idle on purpose:
`request` (blocking, one connection per call), `arequest` (asyncio), `Server` (starts and stops
one `diming serve` on a free loopback port and reads its memory from /proc).
"""
import asyncio
import json
import os
import signal
import socket
import subprocess
import time

HOST = "127.0.0.1"


def free_port():
    s = socket.socket()
    s.bind((HOST, 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Resp:
    def __init__(self, status, reason, headers, body, closed=None):
        self.status = status
        self.reason = reason
        self.headers = headers  # list of (name, value) as received
        self.body = body
        self.closed = closed

    def header(self, name):
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None

    def header_all(self, name):
        name = name.lower()
        return [v for k, v in self.headers if k.lower() == name]

    @property
    def content_type(self):
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def brief(self, limit=300):
        text = self.body[:limit].decode("utf-8", "replace").replace("\n", " ")
        more = "…" if len(self.body) > limit else ""
        return f"{self.status} {self.content_type or '-'} {text}{more}"


def parse_head(head):
    lines = head.decode("iso-8859-1").split("\r\n")
    first = lines[0].split(" ", 2)
    if len(first) < 2 or not first[0].startswith("HTTP/"):
        raise ValueError(f"not an HTTP answer: {lines[0][:80]!r}")
    status = int(first[1])
    reason = first[2] if len(first) > 2 else ""
    headers = []
    for line in lines[1:]:
        if not line:
            continue
        k, _, v = line.partition(":")
        headers.append((k.strip(), v.strip()))
    return status, reason, headers


def dechunk(data):
    out = bytearray()
    i = 0
    while True:
        j = data.index(b"\r\n", i)
        size = int(data[i:j].split(b";")[0], 16)
        if size == 0:
            return bytes(out)
        out += data[j + 2:j + 2 + size]
        i = j + 2 + size + 2


def build(method, path, headers=None, body=b"", host=None, port=None, close=True):
    hs = [("Host", host or f"{HOST}:{port}")]
    names = set()
    for k, v in (headers or {}).items() if isinstance(headers, dict) else (headers or []):
        hs.append((k, v))
        names.add(k.lower())
    if body and "content-length" not in names and "transfer-encoding" not in names:
        hs.append(("Content-Length", str(len(body))))
    if close and "connection" not in names:
        hs.append(("Connection", "close"))
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hs) + "\r\n"
    return head.encode("utf-8") + (body or b"")


def read_response(sock, method="GET", deadline=None):
    """Reads one answer from a blocking socket; raises socket.timeout / ConnectionError."""
    data = b""
    while b"\r\n\r\n" not in data:
        if deadline is not None:
            sock.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = sock.recv(65536)
        if not chunk:
            if data:
                raise ConnectionError(f"connection closed inside the answer's head ({len(data)} bytes)")
            raise ConnectionError("connection closed without an answer")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status, reason, headers = parse_head(head)
    r = Resp(status, reason, headers, b"")
    length = r.header("content-length")
    chunked = "chunked" in (r.header("transfer-encoding") or "").lower()
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        return r
    body = rest
    while True:
        if length is not None and len(body) >= int(length):
            body = body[:int(length)]
            break
        if chunked and body.endswith(b"0\r\n\r\n"):
            try:
                r.body = dechunk(body)
                return r
            except (ValueError, IndexError):
                pass
        if deadline is not None:
            sock.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = sock.recv(1 << 20)
        if not chunk:
            break
        body += chunk
    r.body = dechunk(body) if chunked else body
    return r


def request(port, method="GET", path="/", headers=None, body=b"", timeout=10.0, host=None, raw=None):
    """One request on a new connection. `raw` replaces the whole request bytes. A server that
    answers and closes while the request is still being sent is fine: the answer is read."""
    deadline = time.monotonic() + timeout
    data = raw if raw is not None else build(method, path, headers, body, host=host, port=port)
    with socket.create_connection((HOST, port), timeout=timeout) as s:
        send_error = None
        try:
            s.sendall(data)
        except (BrokenPipeError, ConnectionResetError) as e:
            send_error = e
        try:
            return read_response(s, method, deadline)
        except ConnectionError as e:
            if send_error is not None:
                raise ConnectionError(f"{send_error.__class__.__name__} while sending, then {e}")
            raise


def get(port, path, token=None, headers=None, **kw):
    hs = dict(headers or {})
    if token:
        hs["Authorization"] = f"Bearer {token}"
    return request(port, "GET", path, hs, **kw)


async def aread_response(reader, method="GET"):
    head = await reader.readuntil(b"\r\n\r\n")
    status, reason, headers = parse_head(head[:-4])
    r = Resp(status, reason, headers, b"")
    if method == "HEAD" or status in (204, 304):
        return r
    length = r.header("content-length")
    if length is not None:
        r.body = await reader.readexactly(int(length))
    elif "chunked" in (r.header("transfer-encoding") or "").lower():
        body = bytearray()
        while True:
            line = await reader.readuntil(b"\r\n")
            size = int(line.split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            body += await reader.readexactly(size)
            await reader.readexactly(2)
        r.body = bytes(body)
    else:
        r.body = await reader.read()
    return r


async def arequest(port, method="GET", path="/", headers=None, body=b"", send_body=True, host=None):
    """One request on a new connection (asyncio). With send_body=False only the head is sent
    (its Content-Length still declared): the answer must come without the body. With a body,
    it is written while the answer is read, so an early answer is seen."""
    reader, writer = await asyncio.open_connection(HOST, port, limit=1 << 20)
    try:
        data = build(method, path, headers, b"", host=host, port=port)
        writer.write(data)
        await writer.drain()

        async def pump():
            try:
                view = memoryview(body)
                for i in range(0, len(view), 65536):
                    writer.write(view[i:i + 65536])
                    await writer.drain()
            except (ConnectionError, OSError):
                pass

        pumper = asyncio.ensure_future(pump()) if (body and send_body) else None
        try:
            return await aread_response(reader, method)
        finally:
            if pumper is not None:
                pumper.cancel()
    finally:
        writer.close()
        try:
            await asyncio.wait_for(writer.wait_closed(), 1)
        except Exception:
            pass


def proc_status(pid):
    """{'VmRSS': kB, 'VmHWM': kB} of a process, or {} when it is gone."""
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("VmRSS", "VmHWM"):
                    out[k] = int(v.split()[0])
    except OSError:
        pass
    return out


class Server:
    """`diming serve` on a free loopback port. `fd_limit` runs it under `ulimit -n N` (a shell
    that execs the server, so the pid is the server's). The pid is appended to `pidfile` so that
    the calling shell script can kill it if this process dies first."""

    def __init__(self, diming, db, args, log, pidfile=None, fd_limit=None, env=None):
        self.diming, self.db, self.args, self.log = diming, db, list(args), log
        self.pidfile, self.fd_limit, self.env = pidfile, fd_limit, env
        self.port = free_port()
        self.proc = None

    @property
    def command(self):
        cmd = [self.diming, "serve", "--host", HOST, "--port", str(self.port), "--db", self.db] + self.args
        if self.fd_limit:
            cmd = ["bash", "-c", f'ulimit -n {int(self.fd_limit)} && exec "$@"', "bash"] + cmd
        return cmd

    def start(self, wait=60.0):
        """Starts and waits for /health. Returns None when up, else a one-line reason."""
        self.logfile = open(self.log, "ab")
        env = dict(os.environ)
        env.update(self.env or {})
        self.proc = subprocess.Popen(self.command, stdout=self.logfile, stderr=subprocess.STDOUT, env=env)
        if self.pidfile:
            with open(self.pidfile, "a") as f:
                f.write(f"{self.proc.pid}\n")
        end = time.monotonic() + wait
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                return f"exited with status {self.proc.returncode} before answering /health: {self.log_tail()}"
            try:
                if request(self.port, "GET", "/health", timeout=2).status == 200:
                    return None
            except OSError:
                pass
            time.sleep(0.2)
        return f"no 200 from /health within {wait:.0f} s"

    def log_tail(self, n=3):
        try:
            with open(self.log, "rb") as f:
                lines = f.read().decode("utf-8", "replace").strip().splitlines()
            return " | ".join(lines[-n:])
        except OSError:
            return "(no log)"

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def memory(self):
        return proc_status(self.pid) if self.alive() else {}

    def stop(self, timeout=10.0):
        """SIGTERM, then wait up to `timeout`; SIGKILL after that. Returns (seconds, exit status
        or None when it had to be killed, or 'not running')."""
        if self.proc is None:
            return 0.0, "not running"
        if self.proc.poll() is not None:
            return 0.0, self.proc.returncode
        t0 = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
            return time.monotonic() - t0, rc
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return time.monotonic() - t0, None
        finally:
            self.logfile.close()
