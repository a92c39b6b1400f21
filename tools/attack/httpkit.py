"""Small HTTP/1.1 tools for the attack checks (standard library only).

Raw sockets, so that a request can be malformed, oversized, trickled or left idle on purpose:
`request` (blocking, one connection per call), `arequest` (asyncio), `Server` (starts and stops
one `diming serve` on a free loopback port and reads its memory from /proc).
"""
import asyncio
import json
import os
import selectors
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


def _finish(buf, method, closed_by):
    """The answer when the connection ended (EOF or reset): complete, or a body without length
    that ends with the connection; else ConnectionError."""
    r = _parse_complete(buf, method)
    if r is not None:
        return r
    if closed_by is None and b"\r\n\r\n" in buf:
        head, _, rest = bytes(buf).partition(b"\r\n\r\n")
        status, reason, hs = parse_head(head)
        return Resp(status, reason, hs, rest)
    what = "connection closed" if closed_by is None else closed_by.__class__.__name__
    if not buf:
        raise ConnectionError(f"{what} without an answer")
    raise ConnectionError(f"{what} after {len(buf)} bytes of the answer")


def request(port, method="GET", path="/", headers=None, body=b"", timeout=10.0, host=None, raw=None):
    """One request on a new connection, bounded by `timeout` (socket.timeout after it). `raw`
    replaces the whole request bytes. The request is written while the answer is read, so a
    server that answers and closes before taking all of it is seen answering."""
    deadline = time.monotonic() + timeout
    data = memoryview(raw if raw is not None else build(method, path, headers, body, host=host, port=port))
    with socket.create_connection((HOST, port), timeout=timeout) as s:
        s.setblocking(False)
        sel = selectors.DefaultSelector()
        sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE)
        sent = 0
        writing = True
        buf = bytearray()
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise socket.timeout(f"timed out ({len(buf)} bytes of the answer, {sent} of {len(data)} bytes sent)")
                for _, mask in sel.select(left):
                    if writing and mask & selectors.EVENT_WRITE:
                        try:
                            sent += s.send(data[sent:sent + 65536])
                        except BlockingIOError:
                            pass
                        except OSError:
                            sent = len(data)   # the server stopped reading: read its answer
                        if sent >= len(data):
                            writing = False
                            sel.modify(s, selectors.EVENT_READ)
                    if mask & selectors.EVENT_READ:
                        try:
                            chunk = s.recv(1 << 18)
                        except BlockingIOError:
                            continue
                        except OSError as e:
                            return _finish(buf, method, e)
                        if not chunk:
                            return _finish(buf, method, None)
                        buf += chunk
                        r = _parse_complete(buf, method)
                        if r is not None:
                            return r
        finally:
            sel.close()


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


def _parse_complete(buf, method):
    """The answer in `buf` if it is complete (head and Content-Length body, or chunked up to
    its last chunk), else None."""
    i = buf.find(b"\r\n\r\n")
    if i < 0:
        return None
    status, reason, headers = parse_head(bytes(buf[:i]))
    r = Resp(status, reason, headers, b"")
    rest = bytes(buf[i + 4:])
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        return r
    length = r.header("content-length")
    if length is not None:
        if len(rest) < int(length):
            return None
        r.body = rest[:int(length)]
        return r
    if "chunked" in (r.header("transfer-encoding") or "").lower():
        try:
            r.body = dechunk(rest)
            return r
        except (ValueError, IndexError):
            return None
    return None  # read until the connection closes


async def arequest(port, method="GET", path="/", headers=None, body=b"", send_body=True, host=None):
    """One request on a new connection (asyncio, non-blocking socket). With send_body=False
    only the head is sent (its Content-Length still declared): the answer must come without the
    body. With a body, it is written while the answer is read, so an early answer is seen; a
    failed write (the server answered and closed) does not hide an answer already received."""
    loop = asyncio.get_running_loop()
    s = socket.socket()
    s.setblocking(False)
    pumper = None
    try:
        await loop.sock_connect(s, (HOST, port))
        await loop.sock_sendall(s, build(method, path, headers, b"", host=host, port=port))

        async def pump():
            try:
                view = memoryview(body)
                for i in range(0, len(view), 65536):
                    await loop.sock_sendall(s, view[i:i + 65536])
            except OSError:
                pass

        if body and send_body:
            pumper = asyncio.ensure_future(pump())
        buf = bytearray()
        while True:
            try:
                data = await loop.sock_recv(s, 1 << 18)
            except OSError as e:
                r = _parse_complete(buf, method)
                if r is not None:
                    return r
                raise ConnectionError(f"{e.__class__.__name__} after {len(buf)} bytes of the answer") from e
            if not data:
                r = _parse_complete(buf, method)
                if r is not None:
                    return r
                if b"\r\n\r\n" in buf:  # no length: the body ends with the connection
                    head, _, rest = bytes(buf).partition(b"\r\n\r\n")
                    status, reason, hs = parse_head(head)
                    return Resp(status, reason, hs, rest)
                raise ConnectionError(f"connection closed after {len(buf)} bytes of the answer")
            buf += data
            r = _parse_complete(buf, method)
            if r is not None:
                return r
    finally:
        if pumper is not None:
            pumper.cancel()
        s.close()


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
