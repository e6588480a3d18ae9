"""Package net/http: a server on real sockets (api.go declares the API).

Each accepted connection is served on its own goroutine (a go statement: Go's goroutine ids);
a goroutine whose accept, read or write would block parks in "IO wait" on the netpoller
(``gomem.runtime.netpoll``), so the program's other goroutines run while the server waits.
The wire behaviour follows Go 1.23's server: HTTP/1.1 keep-alive, the response buffered up
to 2048 bytes (then Content-Length) or else sent chunked, handler headers sorted by key and
then Content-Type (sniffed when unset), Connection, Transfer-Encoding, Date, Content-Length;
Go's texts for malformed requests (400/431/505, connection closed). ServeMux matches plain
paths and subtrees ("/x/"), with an optional method ("GET /x", GET also serving HEAD; other
methods 405 with Allow); wildcards ("{name}") and host patterns are an honest error.
"""

from __future__ import annotations

import email.utils
import html
import socket
import sys
import time
from typing import Any

from gomem.runtime import netpoll
from gomem.runtime import sched as _sched
from gomem.runtime.osio import stderr_write
from gomem.runtime.panic import GoPanic, as_go_panic, go_panic, panic_value_text
from gomem.runtime.values import Iface, Slice, slice_of, struct_class
from gomem.stdlib import errors as _errors
from gomem.stdlib import net as _net

RESPONSE = SERVEMUX = HANDLERFUNC = None  # api.go types, found by gomem_bind
_RESPONSE_PTR = None
DefaultServeMux: Any = None  # made by gomem_bind

_STATUS = {
    100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information",
    204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status",
    208: "Already Reported", 226: "IM Used",
    300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    304: "Not Modified", 305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
    407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
    411: "Length Required", 412: "Precondition Failed", 413: "Request Entity Too Large",
    414: "Request URI Too Long", 415: "Unsupported Media Type",
    416: "Requested Range Not Satisfiable", 417: "Expectation Failed", 418: "I'm a teapot",
    421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
    424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required",
    428: "Precondition Required", 429: "Too Many Requests",
    431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
    510: "Not Extended", 511: "Network Authentication Required",
}

_BUFFER_BEFORE_CHUNKING = 2048  # Go's bufferBeforeChunkingSize
_ERROR_HEADERS = b"\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"
_TOKEN = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def gomem_bind(pkg: Any) -> None:
    global RESPONSE, SERVEMUX, HANDLERFUNC, _RESPONSE_PTR, DefaultServeMux
    from gomem.stdlib.bytes import install_methods
    from gomem.types.types import new_pointer
    RESPONSE = pkg.scope.names["response"].type
    SERVEMUX = pkg.scope.names["ServeMux"].type
    HANDLERFUNC = pkg.scope.names["HandlerFunc"].type
    _RESPONSE_PTR = new_pointer(RESPONSE)
    install_methods(pkg, globals())
    if DefaultServeMux is None:
        DefaultServeMux = NewServeMux()


_run_marker: list[Any] = [None]


def begin_run() -> None:
    """A program starts (once per run, whichever package's gomem_start comes first): the
    muxes forget a previous program's registrations (a process may run several programs)."""
    from gomem.stdlib import os as _os
    if _run_marker[0] is not _os.Args:
        _run_marker[0] = _os.Args
        for table in _muxes.values():
            table.clear()
        _responses.clear()


def gomem_start() -> None:
    begin_run()


def handler_func(fn: Any) -> Iface:
    """A Python function (w, r) as an http.Handler (an http.HandlerFunc value)."""
    return Iface(HANDLERFUNC, fn)


def _self() -> Any:
    return sys.modules[__name__]


def _slice(items: list) -> Slice:
    return Slice(items, 0, len(items), len(items))


def _strings(s: Slice) -> list[bytes]:
    return [] if s is None or s.a is None else list(s.a[s.off:s.off + s.len])


# --------------------------------------------------------------------------- small helpers

def CanonicalHeaderKey(s: bytes) -> bytes:
    if not s or any(c not in _TOKEN for c in s):
        return s  # Go leaves keys with spaces or other bytes as they are
    out = bytearray(s)
    upper = True
    for i, c in enumerate(out):
        if upper and 0x61 <= c <= 0x7A:
            out[i] = c - 32
        elif not upper and 0x41 <= c <= 0x5A:
            out[i] = c + 32
        upper = c == 0x2D
    return bytes(out)


def StatusText(code: int) -> bytes:
    return _STATUS.get(code, "").encode()


def htmlEscape(s: bytes) -> bytes:
    return html.escape(s.decode("utf-8", "surrogateescape"), quote=True).replace("&#x27;", "&#39;").encode("utf-8", "surrogateescape")


def _error(text: str) -> Iface:
    return _errors.New(text.encode())


# --------------------------------------------------------------------------- ServeMux

_muxes: dict[int, dict[bytes, tuple[bytes, bytes, Any]]] = {}


def NewServeMux() -> Any:
    mux = struct_class(SERVEMUX)(len(_muxes) + 1)
    _muxes[mux.id] = {}
    return mux


def ServeMux_Handle(mux: Any, pattern: bytes, handler: Any) -> None:
    if not pattern:
        go_panic("http: invalid pattern")
    if handler is None:
        go_panic("http: nil handler")
    method, _, path = pattern.rpartition(b" ")
    method = method.strip()
    if not path.startswith(b"/"):
        go_panic(f"gomem does not support host patterns ({pattern.decode(errors='replace')!r}) in ServeMux yet")
    if b"{" in path:
        go_panic(f"gomem does not support wildcard patterns ({pattern.decode(errors='replace')!r}) in ServeMux yet")
    table = _muxes[mux.id]
    if pattern in table:
        go_panic(f"pattern {pattern.decode(errors='replace')!r} conflicts with an earlier registration of the same pattern")
    table[pattern] = (method, path, handler)


def _method_matches(pattern_method: bytes, method: bytes) -> bool:
    return not pattern_method or pattern_method == method or (pattern_method == b"GET" and method == b"HEAD")


def _match(table: dict, path: bytes, method: bytes) -> tuple[Any, set[bytes]]:
    """Go 1.22's rule: the most specific pattern matching both the path and the method (a
    longer path first, an exact path over a subtree, a method over none); when only other
    methods' patterns match the path, None and the methods to list in Allow."""
    best = None
    best_key: tuple = ()
    allowed: set[bytes] = set()
    for m, p, h in table.values():
        if not (p == path or (p.endswith(b"/") and path.startswith(p))):
            continue
        if not _method_matches(m, method):
            allowed.add(m)
            if m == b"GET":
                allowed.add(b"HEAD")
            continue
        key = (len(p), p == path, bool(m))
        if best is None or key > best_key:
            best, best_key = h, key
    return best, allowed


def _clean_path(p: bytes) -> bytes:
    """Go's cleanPath: a rooted, cleaned path keeping a trailing slash."""
    if not p:
        return b"/"
    if not p.startswith(b"/"):
        p = b"/" + p
    parts: list[bytes] = []
    for seg in p.split(b"/"):
        if seg in (b"", b"."):
            continue
        if seg == b"..":
            if parts:
                parts.pop()
            continue
        parts.append(seg)
    np = b"/" + b"/".join(parts)
    if p.endswith(b"/") and np != b"/":
        np += b"/"
    return np


def ServeMux_ServeHTTP(mux: Any, w: Any, r: Any) -> None:
    mod = _self()
    table = _muxes[mux.id]
    if r.RequestURI == b"*":  # Go: 400 without a body, and the connection closed
        if (r.ProtoMajor, r.ProtoMinor) >= (1, 1):
            w.t.m_Header(w.v)[b"Connection"] = _slice([b"close"])
        w.t.m_WriteHeader(w.v, 400)
        return
    path = r.URL.Path
    clean = _clean_path(path)
    if r.Method != b"CONNECT" and clean != path:
        url = clean + (b"?" + r.URL.RawQuery if r.URL.RawQuery else b"")
        mod.F_Redirect(w, r, url, 301)
        return
    # a subtree registered as "/x/" answers "/x" with a redirect when "/x" itself is not
    slash = [e for e in table.values() if e[1] == path + b"/"]
    if not any(e[1] == path for e in table.values()) and slash and _method_ok(slash, r.Method):
        q = b"?" + r.URL.RawQuery if r.URL.RawQuery else b""
        mod.F_Redirect(w, r, path + b"/" + q, 301)
        return
    handler, allowed = _match(table, path, r.Method)
    if handler is None and allowed:
        w.t.m_Header(w.v).__setitem__(b"Allow", _slice([b", ".join(sorted(allowed))]))
        mod.F_Error(w, StatusText(405), 405)
        return
    if handler is None:
        mod.F_NotFound(w, r)
        return
    mod.F_callHandler(handler, w, r)


def _method_ok(entries: list, method: bytes) -> bool:
    return any(_method_matches(m, method) for m, _p, _h in entries)


# --------------------------------------------------------------------------- responses

class _Resp:
    """One response in progress: the connection, the header map, what is buffered."""

    def __init__(self, conn: _Conn, req_method: bytes, proto: tuple[int, int], close: bool):
        self.conn = conn
        self.header = _self().F_newHeader()
        self.method = req_method
        self.proto = proto
        self.close = close
        self.status = 0
        self.buf = bytearray()
        self.sent_header = False
        self.chunked = False
        self.written = 0
        self.clen = -1


_responses: dict[int, _Resp] = {}
_next_resp = [0]


def response_Header(w: Any) -> Any:
    return w.header


def response_WriteHeader(w: Any, code: int) -> None:
    st = _responses[w.id]
    if code < 100 or code > 999:
        go_panic(f"invalid WriteHeader code {code}")
    if st.status:
        stderr_write(_log_prefix() + b"http: superfluous response.WriteHeader call\n")
        return
    st.status = code
    cl = _header_get(st.header, b"Content-Length")
    if cl is not None:
        try:
            st.clen = int(cl)
        except ValueError:
            stderr_write(_log_prefix() + b"http: invalid Content-Length of %r\n" % cl)
            del st.header[b"Content-Length"]


def response_Write(w: Any, b: Slice) -> tuple[int, Any]:
    st = _responses[w.id]
    if not st.status:
        response_WriteHeader(w, 200)
    data = bytes(b.a[b.off:b.off + b.len]) if b.len else b""
    if not _body_allowed(st.status):
        return 0, _error("http: request method or response status code does not allow body")
    if st.clen >= 0 and st.written + len(data) > st.clen:
        return 0, _error("http: wrote more than the declared Content-Length")
    st.written += len(data)
    try:
        _buffered_write(st, data)
    except OSError:
        return len(data), _error("write tcp " + st.conn.remote.decode() + ": broken pipe")
    return len(data), None


def _buffered_write(st: _Resp, data: bytes) -> None:
    """Go's bufio.Writer of _BUFFER_BEFORE_CHUNKING bytes in front of the connection: a full
    buffer is flushed as one piece (the first flush sends the headers, chunked); a write
    larger than an empty buffer goes out as it is."""
    while len(data) > _BUFFER_BEFORE_CHUNKING - len(st.buf):
        if not st.buf:
            st.buf += data
            data = b""
        else:
            n = _BUFFER_BEFORE_CHUNKING - len(st.buf)
            st.buf += data[:n]
            data = data[n:]
        _flush(st, final=False)
    st.buf += data


def _body_allowed(status: int) -> bool:
    return not (100 <= status <= 199 or status in (204, 304))


def _header_get(h: Any, key: bytes) -> bytes | None:
    v = h.get(key)
    if v is None or not v.len:
        return None
    return v.a[v.off]


def _sniff(data: bytes) -> bytes:
    """A subset of Go's DetectContentType: HTML, a few binary signatures, UTF-8 text."""
    d = data[:512].lstrip(b"\t\n\x0c\r ")
    low = d[:14].lower()
    for sig in (b"<!doctype html", b"<html", b"<head", b"<script", b"<iframe", b"<h1", b"<div",
                b"<font", b"<table", b"<a", b"<style", b"<title", b"<b", b"<body", b"<br", b"<p", b"<!--"):
        if low.startswith(sig) and (len(d) > len(sig) and d[len(sig)] in b" >" or sig == b"<!--"):
            return b"text/html; charset=utf-8"
    if d.startswith(b"<?xml"):
        return b"text/xml; charset=utf-8"
    if data.startswith(b"\x1f\x8b\x08"):
        return b"application/x-gzip"
    if data.startswith(b"%PDF-"):
        return b"application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"image/png"
    if any(c < 0x20 and c not in b"\t\n\x0c\r\x1b" or c == 0x7F for c in data[:512]):
        return b"application/octet-stream"
    return b"text/plain; charset=utf-8"


def _flush(st: _Resp, final: bool) -> None:
    conn = st.conn
    if not st.sent_header:
        st.sent_header = True
        h = st.header
        status = st.status or 200
        keys = sorted(h.keys())
        lines = [b"HTTP/1.%d %d %s" % (st.proto[1] if st.proto == (1, 0) else 1, status,
                                        StatusText(status) or b"status code %d" % status)]
        body_ok = _body_allowed(status)
        has_cl = b"Content-Length" in h
        te = _header_get(h, b"Transfer-Encoding")
        content_type = b""
        if b"Content-Type" not in h and body_ok and st.buf and te is None:
            content_type = _sniff(bytes(st.buf))
        clen: int | None = None
        if final and not has_cl and body_ok and te is None:
            clen = st.written  # the whole body is known (HEAD: what the handler wrote)
        if not final and not has_cl and body_ok and te is None:
            if st.proto >= (1, 1):
                st.chunked = True
            else:
                st.close = True
        for k in keys:
            for v in _strings(h[k]):
                v = v.replace(b"\r", b" ").replace(b"\n", b" ").strip(b" \t")
                lines.append(k + b": " + v)
        # then Go's extra headers, in its order: Date, Content-Length, Content-Type,
        # Connection, Transfer-Encoding
        if b"Date" not in h:
            lines.append(b"Date: " + email.utils.formatdate(time.time(), usegmt=True).encode())
        if clen is not None:
            lines.append(b"Content-Length: %d" % clen)
        if content_type:
            lines.append(b"Content-Type: " + content_type)
        if (_header_get(h, b"Connection") or b"").lower() == b"close":
            st.close = True  # the handler asked for it
        elif st.proto == (1, 0):  # closing is HTTP/1.0's default: only keep-alive is said
            if not st.close:
                lines.append(b"Connection: keep-alive")
        elif st.close:
            lines.append(b"Connection: close")
        if st.chunked:
            lines.append(b"Transfer-Encoding: chunked")
        conn.send(b"\r\n".join(lines) + b"\r\n\r\n")
    if st.method == b"HEAD":
        st.buf.clear()
        return
    if st.chunked:
        if st.buf:
            conn.send(b"%x\r\n" % len(st.buf) + bytes(st.buf) + b"\r\n")
        if final:
            conn.send(b"0\r\n\r\n")
    elif st.buf:
        conn.send(bytes(st.buf))
    st.buf.clear()


def _log_prefix() -> bytes:
    return time.strftime("%Y/%m/%d %H:%M:%S ").encode()


# --------------------------------------------------------------------------- connections

class _Conn:
    """A non-blocking socket whose blocking operations park the goroutine (IO wait)."""

    def __init__(self, sock: socket.socket, remote: bytes):
        self.sock = sock
        self.remote = remote
        self.rbuf = bytearray()
        self.eof = False

    def fill(self) -> bool:
        """Read more bytes; False at EOF or on an error."""
        while True:
            try:
                data = self.sock.recv(65536)
            except BlockingIOError:
                netpoll.wait(self.sock, netpoll.READ)
                continue
            except OSError:
                self.eof = True
                return False
            if not data:
                self.eof = True
                return False
            self.rbuf += data
            return True

    def send(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                n = self.sock.send(view)
            except BlockingIOError:
                netpoll.wait(self.sock, netpoll.WRITE)
                continue
            view = view[n:]

    def close(self) -> None:
        netpoll.forget(self.sock)
        try:
            self.sock.close()
        except OSError:
            pass


class _BadRequest(Exception):
    def __init__(self, code: int = 400, text: str = ""):
        super().__init__(text)
        self.code = code
        self.text = text


def _read_head(c: _Conn, limit: int) -> bytes | None:
    """The request line and headers (without the blank line), None at a clean EOF."""
    while True:
        i = c.rbuf.find(b"\r\n\r\n")
        j = c.rbuf.find(b"\n\n")
        ends = [x for x in ((i, 4), (j, 2)) if x[0] >= 0]
        if ends:
            pos, n = min(ends)
            head = bytes(c.rbuf[:pos])
            del c.rbuf[:pos + n]
            if len(head) > limit + 4096:
                raise _BadRequest(431)
            return head
        if len(c.rbuf) > limit + 4096:
            raise _BadRequest(431)
        # leading blank lines before a request line are skipped, as Go does
        if not c.fill():
            if c.rbuf.strip():
                raise _BadRequest(400)
            return None


def _parse(c: _Conn, head: bytes) -> tuple:
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    while lines and lines[0] == b"":
        lines.pop(0)
    if not lines:
        raise _BadRequest(400)
    parts = lines[0].split(b" ")
    if len(parts) != 3:
        raise _BadRequest(400)  # Go: malformed HTTP request
    method, uri, proto = parts
    if not method or any(ch not in _TOKEN for ch in method):
        raise _BadRequest(400)
    if proto == b"HTTP/1.1":
        ver = (1, 1)
    elif proto == b"HTTP/1.0":
        ver = (1, 0)
    elif proto.startswith(b"HTTP/") and proto[5:6].isdigit():
        major = proto[5:].split(b".")[0]
        if not major.isdigit():
            raise _BadRequest(400)
        raise _BadRequest(505, "unsupported protocol version")
    else:
        raise _BadRequest(400)
    hdr: list[bytes] = []
    for ln in lines[1:]:
        if ln[:1] in (b" ", b"\t"):
            raise _BadRequest(400)
        k, sep, v = ln.partition(b":")
        if not sep or not k or any(ch not in _TOKEN for ch in k):
            raise _BadRequest(400, "invalid header name") if sep and k else _BadRequest(400)
        v = v.strip(b" \t")
        if any((ch < 0x20 and ch != 0x09) or ch == 0x7F for ch in v):
            raise _BadRequest(400, "invalid header value")
        hdr += [CanonicalHeaderKey(k), v]
    hosts = [hdr[i + 1] for i in range(0, len(hdr), 2) if hdr[i] == b"Host"]
    if ver == (1, 1) and not hosts:
        raise _BadRequest(400, "missing required Host header")
    if len(hosts) > 1:
        raise _BadRequest(400, "too many Host headers")
    host = hosts[0] if hosts else b""
    if any(ch <= 0x20 or ch in b"\"<>\\^`{|}" or ch == 0x7F for ch in host):
        raise _BadRequest(400, "malformed Host header")
    if uri == b"*":
        path, query = b"*", b""
    elif uri.startswith(b"/"):
        path, _, query = uri.partition(b"?")
        path = path.partition(b"#")[0]
    elif b"://" in uri:
        rest = uri.split(b"://", 1)[1]
        slash = rest.find(b"/")
        path, _, query = (rest[slash:] if slash >= 0 else b"").partition(b"?")
    else:
        raise _BadRequest(400)
    from gomem.stdlib.net_url import unescape
    upath = unescape(path, False)
    if upath is None:
        raise _BadRequest(400)
    if any(ch < 0x20 or ch == 0x7F for ch in uri):
        raise _BadRequest(400)
    return method, uri, proto, ver, hdr, host, upath, path if upath != path else b"", query


def _read_body(c: _Conn, hdr: list[bytes]) -> tuple[bytes, int]:
    te = [hdr[i + 1].lower() for i in range(0, len(hdr), 2) if hdr[i] == b"Transfer-Encoding"]
    cls = [hdr[i + 1] for i in range(0, len(hdr), 2) if hdr[i] == b"Content-Length"]
    if te:
        if te != [b"chunked"]:
            raise _BadRequest(501)
        body = bytearray()
        while True:
            line = _read_line(c)
            size_s = line.split(b";")[0].strip()
            try:
                size = int(size_s, 16)
            except ValueError:
                raise _BadRequest(400) from None
            if size == 0:
                while _read_line(c):
                    pass
                return bytes(body), -1
            while len(c.rbuf) < size + 2:
                if not c.fill():
                    raise _BadRequest(400)
            body += c.rbuf[:size]
            del c.rbuf[:size + 2]
            if len(body) > 10 << 20:
                raise _BadRequest(413)
    if cls:
        if len(set(cls)) > 1 or not cls[0].isdigit():
            raise _BadRequest(400)
        n = int(cls[0])
        if n > 10 << 20:
            raise _BadRequest(413)
        while len(c.rbuf) < n:
            if not c.fill():
                raise _BadRequest(400)
        body = bytes(c.rbuf[:n])
        del c.rbuf[:n]
        return body, n
    return b"", 0


def _read_line(c: _Conn) -> bytes:
    while True:
        i = c.rbuf.find(b"\n")
        if i >= 0:
            ln = bytes(c.rbuf[:i]).rstrip(b"\r")
            del c.rbuf[:i + 1]
            return ln
        if len(c.rbuf) > 4096 or not c.fill():
            raise _BadRequest(400)


def _reply_error(c: _Conn, e: _BadRequest) -> None:
    try:
        if e.code == 431:
            t = b"431 Request Header Fields Too Large"
            c.send(b"HTTP/1.1 " + t + _ERROR_HEADERS + t)
        elif e.code == 501:
            c.send(b"HTTP/1.1 501 Not Implemented" + _ERROR_HEADERS + b"Unsupported transfer encoding")
        elif e.text or e.code != 400:
            t = b"%d %s" % (e.code, StatusText(e.code))
            if e.text:
                t += b": " + e.text.encode()
            c.send(b"HTTP/1.1 " + t + _ERROR_HEADERS + t)
        else:
            t = b"400 Bad Request"
            c.send(b"HTTP/1.1 " + t + _ERROR_HEADERS + t)
    except OSError:
        pass


def _serve_conn(c: _Conn, handler: Any, limit: int) -> None:
    """One connection's goroutine: requests in turn until the client or the server closes."""
    mod = _self()
    try:
        while True:
            try:
                head = _read_head(c, limit)
                if head is None:
                    return
                method, uri, proto, ver, hdr, host, path, raw_path, query = _parse(c, head)
                body, clen = _read_body(c, hdr)
            except _BadRequest as e:
                _reply_error(c, e)
                return
            conn_hdr = b",".join(hdr[i + 1].lower() for i in range(0, len(hdr), 2) if hdr[i] == b"Connection")
            close = b"close" in conn_hdr or (ver == (1, 0) and b"keep-alive" not in conn_hdr)
            kept = [x for i in range(0, len(hdr), 2) if hdr[i] != b"Host" for x in hdr[i:i + 2]]
            req = mod.F_newRequest(method, uri, proto, ver[0], ver[1], _slice(kept), host, c.remote,
                                   path, raw_path, query, clen, slice_of(bytearray(body)))
            req.Close = close
            _next_resp[0] += 1
            rid = _next_resp[0]
            st = _responses[rid] = _Resp(c, method, ver, close)
            w = struct_class(RESPONSE)(rid, st.header)
            try:
                if method == b"OPTIONS" and uri == b"*":  # Go's globalOptionsHandler
                    st.header[b"Content-Length"] = _slice([b"0"])
                else:
                    mod.F_serveRequest(handler, w, req)
                if not st.status:
                    st.status = 200
                _flush(st, final=True)
            except OSError:  # the client went away
                return
            except Exception as exc:  # noqa: BLE001 - a handler's panic (Go's server recovers it)
                p = as_go_panic(exc)
                if not isinstance(p, GoPanic) or p.recovered:
                    raise
                stderr_write(_log_prefix() + b"http: panic serving " + c.remote + b": "
                             + panic_value_text(p.value).encode() + b"\n")
                return
            finally:
                del _responses[rid]
            if st.close:
                return
    finally:
        c.close()


def Server_ListenAndServe(srv: Any) -> Any:
    addr = srv.Addr or b":http"
    if addr.endswith(b":http"):
        addr = addr[:-4] + b"80"
    sock, err = _net.listen_socket(addr)
    if err is not None:
        return _error(err)
    try:
        return _serve(srv, sock)
    finally:
        netpoll.forget(sock)
        sock.close()


def Server_Serve(srv: Any, lis: Any) -> Any:
    sock = _net.listener_socket(lis)
    if sock is None:
        if lis is None:
            go_panic_nil()
        go_panic("gomem does not support serving on a net.Listener other than net.Listen's yet")
    return _serve(srv, sock)


def go_panic_nil() -> None:
    from gomem.runtime.panic import panic_nil_deref
    panic_nil_deref()


def _serve(srv: Any, sock: socket.socket) -> Any:
    """Accept connections until the listener fails, each served on a new goroutine."""
    limit = srv.MaxHeaderBytes if srv.MaxHeaderBytes > 0 else 1 << 20
    handler = srv.Handler
    laddr = _net.host_port(sock.getsockname())
    while True:
        cs, peer, err = _net.accept(sock)
        if err is not None:
            return _error(f"accept tcp {laddr}: {err}")
        _sched.go(_serve_conn, _Conn(cs, _net.host_port(peer).encode()), handler, limit)
