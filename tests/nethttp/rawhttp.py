"""Raw HTTP exchanges for the server tests: send bytes, read the reply until the server closes
or goes quiet, and normalise what legitimately differs between runs (the Date header)."""

from __future__ import annotations

import re
import socket
import time

# requests whose raw replies are compared with real Go's (name, bytes sent); the server is
# tests/nethttp/programs/handlers.go
REQUESTS: list[tuple[str, bytes]] = [
    ("hello", b"GET /hello?q=x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("head", b"HEAD /hello HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("post", b"POST /hello HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc"),
    ("error", b"GET /err HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("big_chunked", b"GET /big HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("big_http10", b"GET /big HTTP/1.0\r\n\r\n"),
    ("subtree", b"GET /sub/a/b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("subtree_redirect", b"GET /sub?k=v HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("not_found", b"GET /nope HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("unclean_path", b"GET /a/../hello HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("method_only_get", b"POST /getonly HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
    ("method_get_head", b"HEAD /getonly HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("status_codes", b"GET /status?code=204 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("status_unknown", b"GET /status?code=599 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("keepalive_two", b"GET /hello HTTP/1.1\r\nHost: h\r\n\r\nGET /hello?q=2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("http10", b"GET /hello HTTP/1.0\r\n\r\n"),
    ("http10_keepalive", b"GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /hello HTTP/1.0\r\n\r\n"),
    ("missing_host", b"GET /hello HTTP/1.1\r\n\r\n"),
    ("garbage", b"garbage\r\n\r\n"),
    ("bad_version", b"GET / HTTP/2.0\r\nHost: h\r\n\r\n"),
    ("bad_proto", b"GET / FOO/1.1\r\nHost: h\r\n\r\n"),
    ("bad_header_name", b"GET /hello HTTP/1.1\r\nHost: h\r\nBad Header: 1\r\n\r\n"),
    ("bad_method", b"G(T /hello HTTP/1.1\r\nHost: h\r\n\r\n"),
    ("bad_escape", b"GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n"),
    ("huge_header", b"GET /hello HTTP/1.1\r\nHost: h\r\nX-Big: " + b"a" * (1100 << 10) + b"\r\n\r\n"),
    ("chunked_request", b"POST /hello HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n"),
    ("bad_te", b"POST /hello HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n"),
    ("query_values", b"GET /hello?q=a+b%21&q=2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("header_get", b"GET /echo HTTP/1.1\r\nHost: h\r\nx-custom-thing: v1\r\nUser-Agent: raw\r\nConnection: close\r\n\r\n"),
    ("write_header_then", b"GET /created HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("options_star", b"OPTIONS * HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"),
    ("get_star", b"GET * HTTP/1.1\r\nHost: h\r\n\r\n"),
    ("handler_panic", b"GET /panic HTTP/1.1\r\nHost: h\r\n\r\n"),
    ("connection_close_header", b"GET /closing HTTP/1.1\r\nHost: h\r\n\r\nGET /hello HTTP/1.1\r\nHost: h\r\n\r\n"),
]

# requests to net/http/pprof's endpoints whose replies do not depend on the program's state
# (the server is tests/nethttp/programs/pprof_server.go)
PPROF_REQUESTS: list[tuple[str, bytes]] = [
    (name, b"%s %s HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n" % (method, path))
    for name, method, path in [
        ("unknown_profile", b"GET", b"/debug/pprof/nosuch"),
        ("unknown_profile_nested", b"GET", b"/debug/pprof/a/b"),
        ("seconds_abc", b"GET", b"/debug/pprof/heap?seconds=abc"),
        ("seconds_zero", b"GET", b"/debug/pprof/allocs?seconds=0"),
        ("seconds_negative", b"GET", b"/debug/pprof/heap?seconds=-1"),
        ("seconds_and_debug", b"GET", b"/debug/pprof/heap?seconds=1&debug=1"),
        ("unknown_with_seconds", b"GET", b"/debug/pprof/nosuch?seconds=1"),
        ("post_index", b"POST", b"/debug/pprof/"),
        ("post_symbol", b"POST", b"/debug/pprof/symbol"),
        ("delete_heap", b"DELETE", b"/debug/pprof/heap"),
        ("put_cmdline", b"PUT", b"/debug/pprof/cmdline"),
        ("no_slash", b"GET", b"/debug/pprof"),
        ("symbol_get", b"GET", b"/debug/pprof/symbol"),
        ("root_handler", b"GET", b"/other"),
        ("head_unknown", b"HEAD", b"/debug/pprof/nosuch"),
    ]
]


def exchange(port: int, data: bytes, timeout: float = 5.0, quiet: float = 0.5) -> bytes:
    """Send data on a new connection; return everything the server sends until it closes
    the connection (or sends nothing for `quiet` seconds after replying)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(data)
        except OSError:
            pass
        out = bytearray()
        deadline = time.monotonic() + timeout
        s.settimeout(quiet if out else timeout)
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                if out:
                    break
                continue
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            s.settimeout(quiet)
        return bytes(out)


def normalise(raw: bytes) -> bytes:
    return re.sub(rb"\r\nDate: [^\r]*\r\n", b"\r\nDate: <date>\r\n", raw)


INDEX_REQUEST = b"GET /debug/pprof/ HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"


def normalise_index(raw: bytes) -> bytes:
    """The index page's reply with the profile counts (which depend on the program's state)
    and the chunk sizes (which depend on them) left out."""
    head, _, body = normalise(raw).partition(b"\r\n\r\n")
    if b"Transfer-Encoding: chunked" in head:
        out = bytearray()
        while body:
            size_line, _, rest = body.partition(b"\r\n")
            n = int(size_line, 16)
            if n == 0:
                break
            out += rest[:n]
            body = rest[n + 2:]
        body = bytes(out)
        head = head.replace(b"\r\nTransfer-Encoding: chunked", b"")
    return head + b"\r\n\r\n" + re.sub(rb"<tr><td>\d+</td>", b"<tr><td>N</td>", body)


def wait_port(port: int, timeout: float = 30.0) -> None:
    """Wait until something listens on port."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port_pair() -> int:
    """A free port whose successor is free too (programs that listen on port and port+1; other
    test runs on the machine take ports of their own meanwhile)."""
    for _ in range(100):
        port = free_port()
        with socket.socket() as a, socket.socket() as b:
            try:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise OSError("no two adjacent free ports")
