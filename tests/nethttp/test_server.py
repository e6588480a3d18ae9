"""net/http's server against real Go's: raw replies to well-formed and malformed requests
(goldens from tests/nethttp/regen.py), concurrency and robustness."""

from __future__ import annotations

import json
import random
import threading
import urllib.request

import pytest
import rawhttp
from conftest import HERE, Served

GOLDENS = json.loads((HERE / "goldens/handlers.json").read_text())


@pytest.mark.parametrize("name,request_bytes", rawhttp.REQUESTS, ids=[n for n, _ in rawhttp.REQUESTS])
def test_raw_reply_as_go(handlers_server: Served, name: str, request_bytes: bytes) -> None:
    got = rawhttp.normalise(rawhttp.exchange(handlers_server.port, request_bytes)).decode("latin-1")
    assert got == GOLDENS[name]


def test_concurrent_fetches(handlers_server: Served) -> None:
    results: list[bytes] = []
    errors: list[BaseException] = []

    def fetch(i: int) -> None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{handlers_server.port}/hello?q={i}", timeout=30) as r:
                results.append(r.read())
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=fetch, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results) == sorted(f'hello GET /hello q="{i}" all=["{i}"]\n'.encode() for i in range(20))


def test_malformed_requests_leave_server_answering(handlers_server: Served) -> None:
    rng = random.Random(8)
    bad: list[bytes] = []
    for _ in range(80):
        bad.append(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))) + b"\r\n\r\n")
    for _ in range(60):
        path = "/" + "".join(rng.choice("ab%/.?&=+#~{}\\") for _ in range(rng.randrange(1, 60)))
        bad.append(f"GET {path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n".encode())
    for _ in range(30):
        bad.append(b"GET /hello?" + b"q=x&" * rng.randrange(1000, 20000) + b" HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    for m in (b"PUT", b"DELETE", b"BREW", b"G\x00T", b"", b"get", b"\xff\xfe"):
        for p in (b"/getonly", b"/hello", b"*", b"", b"/debug"):
            bad.append(m + b" " + p + b" HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    bad += [b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 5000 + b"\r\n", b"\r\n\r\n\r\n", b"GET /hello HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nab",
            b"POST /hello HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"]
    assert len(bad) >= 200
    for req in bad:
        reply = rawhttp.exchange(handlers_server.port, req, timeout=10, quiet=0.2)
        assert reply == b"" or reply.startswith(b"HTTP/1."), (req[:80], reply[:200])
    assert handlers_server.alive()
    with urllib.request.urlopen(f"http://127.0.0.1:{handlers_server.port}/hello?q=ok", timeout=30) as r:
        assert r.read() == b'hello GET /hello q="ok" all=["ok"]\n'


def test_server_binds_where_the_program_says(handlers_server: Served) -> None:
    import socket
    # the program listens on 127.0.0.1 only: no other local address answers
    addrs = {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)} - {"127.0.0.1"}
    for a in addrs:
        if a.startswith("127."):
            continue
        with pytest.raises(OSError):
            socket.create_connection((a, handlers_server.port), timeout=2).close()


def test_select_forever_while_serving_is_not_a_deadlock() -> None:
    from conftest import serve
    s = serve("select_forever.go")
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{s.port}/x", timeout=30) as r:
            assert r.read() == b"still here\n"
        assert s.alive()
        # a second server on the same port: Go's listen error, then os.Exit(3)
        import subprocess
        import sys
        r2 = subprocess.run([sys.executable, "-m", "gomem", "run", str(HERE / "programs/select_forever.go"), str(s.port)],
                            capture_output=True, timeout=60)
        assert r2.stdout == f"listen tcp 127.0.0.1:{s.port}: bind: address already in use\n".encode()
        assert r2.returncode == 3
        assert s.alive()
    finally:
        s.proc.kill()
        s.proc.communicate()


def test_net_listen_serve_and_raw_connections() -> None:
    """net.Listen + http.Serve, and a TCP echo whose Reads and Writes park in IO wait; the
    output is what the same program prints under Go (checked by hand: Go 1.23)."""
    import socket
    import time

    from conftest import serve
    s = serve("net_listen.go", port=rawhttp.free_port_pair())
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{s.port}/a", timeout=30) as r:
            assert r.read() == b"served /a\n"
        rawhttp.wait_port(s.port + 1)
        with socket.create_connection(("127.0.0.1", s.port + 1), timeout=10) as c:
            c.sendall(b"hello world")
            got = b""
            deadline = time.monotonic() + 10
            while len(got) < 17 and time.monotonic() < deadline:
                got += c.recv(100)
        assert got == b"[hello][ worl][d]"
        assert s.alive()
    finally:
        s.proc.kill()
        out, _err = s.proc.communicate()
    assert out == (f"tcp 127.0.0.1:{s.port}\n"
                   f"listen tcp 127.0.0.1:{s.port}: bind: address already in use\n").encode()
