"""Package net: TCP listeners and connections (api.go) on real non-blocking sockets.

A goroutine whose Accept, Read or Write would block parks in "IO wait" on the netpoller
(``gomem.runtime.netpoll``). Listen binds exactly where the program says (Go's rules for the
host part: empty = every interface, a name resolved with IPv4 first). Errors carry Go's
texts (``listen tcp 127.0.0.1:80: bind: address already in use``, ``use of closed network
connection``); deadlines are not modelled (an error "gomem does not support ... yet").
"""

from __future__ import annotations

import errno
import socket
from typing import Any, Callable

from gomem.runtime import netpoll
from gomem.runtime.values import Iface, Slice, slice_of, struct_class
from gomem.stdlib import errors as _errors

LISTENER = CONN = ADDR = None  # api.go types, found by gomem_bind
_LISTENER_PTR = _CONN_PTR = _ADDR_PTR = _CONN_INNER = None

_socks: dict[int, socket.socket] = {}  # a TCPListener's or TCPConn's fd -> its socket
_closed_msg = "use of closed network connection"


def gomem_bind(pkg: Any) -> None:
    global LISTENER, CONN, ADDR, _LISTENER_PTR, _CONN_PTR, _ADDR_PTR
    from gomem.stdlib.bytes import install_methods
    from gomem.types.types import new_pointer
    LISTENER = pkg.scope.names["TCPListener"].type
    CONN = pkg.scope.names["TCPConn"].type
    ADDR = pkg.scope.names["TCPAddr"].type
    global _CONN_INNER
    _CONN_INNER = pkg.scope.names["conn"].type
    _LISTENER_PTR, _CONN_PTR, _ADDR_PTR = new_pointer(LISTENER), new_pointer(CONN), new_pointer(ADDR)
    install_methods(pkg, globals())
    # *TCPConn's methods are promoted from its embedded conn: values made here dispatch too
    for name in ("Read", "Write", "Close", "LocalAddr", "RemoteAddr", "SetDeadline",
                 "SetReadDeadline", "SetWriteDeadline"):
        setattr(_CONN_PTR, "m_" + name, (lambda f: lambda c, *a: f(c.conn, *a))(globals()["conn_" + name]))


def _error(text: str) -> Iface:
    return _errors.New(text.encode())


def _text(b: bytes) -> str:
    return b.decode("utf-8", "replace")


def listen_socket(address: bytes) -> tuple[socket.socket | None, str | None]:
    """A listening non-blocking TCP socket bound to address, or Go's error text."""
    host, sep, port = address.rpartition(b":")
    a = _text(address)
    if not sep:
        return None, f"listen tcp: address {a}: missing port in address"
    h = _text(host)
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    try:
        p = int(port) if port else 0
        if not 0 <= p <= 65535:
            raise ValueError
    except ValueError:
        return None, f"listen tcp: address {_text(port)}: invalid port"
    try:
        if h == "":
            sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            bind_to: tuple = ("", p)
        else:
            infos = socket.getaddrinfo(h, p, 0, socket.SOCK_STREAM)
            infos.sort(key=lambda i: i[0] != socket.AF_INET)  # Go prefers IPv4 for "localhost"
            fam, _, _, _, bind_to = infos[0]
            sock = socket.socket(fam, socket.SOCK_STREAM)
    except socket.gaierror:
        return None, f"listen tcp: lookup {h}: no such host"
    except OSError as e:
        return None, f"listen tcp {a}: socket: {(e.strerror or str(e)).lower()}"
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(bind_to)
        sock.listen(socket.SOMAXCONN)
    except OSError as e:
        sock.close()
        msg = {errno.EADDRINUSE: "address already in use", errno.EACCES: "permission denied",
               errno.EADDRNOTAVAIL: "cannot assign requested address"}.get(e.errno, (e.strerror or str(e)).lower())
        shown = bind_to[0]
        where = f"[{shown}]:{p}" if ":" in shown else f"{shown}:{p}"
        return None, f"listen tcp {where}: bind: {msg}"
    sock.setblocking(False)
    return sock, None


def accept(sock: socket.socket) -> tuple[socket.socket | None, Any, str | None]:
    """The next connection (non-blocking, TCP_NODELAY as Go sets), parking while none is
    pending; (None, None, error text) once the listener is closed."""
    from gomem.runtime import sched as _sched
    while True:
        if sock.fileno() < 0:
            return None, None, _closed_msg
        try:
            cs, peer = sock.accept()
        except BlockingIOError:
            netpoll.wait(sock, netpoll.READ)
            continue
        except OSError as e:
            if e.errno in (errno.EMFILE, errno.ENFILE, errno.ECONNABORTED):
                _sched.current.sleep(5_000_000)  # Go backs off on temporary accept errors
                continue
            return None, None, _closed_msg if e.errno == errno.EBADF else (e.strerror or str(e)).lower()
        cs.setblocking(False)
        cs.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cs, peer, None


def host_port(sockaddr: Any) -> str:
    host, port = sockaddr[0], sockaddr[1]
    if host.startswith("::ffff:") and "." in host:
        host = host[7:]
    if host == "::" :
        host = "::"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def listener_socket(lis: Any) -> socket.socket | None:
    """The socket of a net.Listener interface value made by Listen (None for another type)."""
    if lis is None or lis.t is not _LISTENER_PTR:
        return None
    return _socks.get(lis.v.fd)


# --------------------------------------------------------------------------- the API

def Listen(network: bytes, address: bytes) -> tuple[Any, Any]:
    if network not in (b"tcp", b"tcp4", b"tcp6"):
        return None, _error(f"listen {_text(network)}: gomem does not support the {_text(network)} network yet")
    sock, err = listen_socket(address)
    if err is not None:
        return None, _error(err)
    lis = struct_class(LISTENER)(sock.fileno())
    _socks[lis.fd] = sock
    return Iface(_LISTENER_PTR, lis), None


def pkg_conn() -> Any:
    return _CONN_INNER


def _sock(obj: Any) -> socket.socket | None:
    s = _socks.get(obj.fd)
    return s if s is not None and s.fileno() >= 0 else None


def _addr(sockaddr: Any) -> Iface:
    import ipaddress
    host = sockaddr[0]
    if host.startswith("::ffff:") and "." in host:
        host = host[7:]
    ip = ipaddress.ip_address(host or "0.0.0.0")
    raw = ip.packed if ip.version == 6 else b"\x00" * 10 + b"\xff\xff" + ip.packed
    a = struct_class(ADDR)(slice_of(bytearray(raw)), sockaddr[1], b"")
    return Iface(_ADDR_PTR, a)


def TCPListener_Accept(lis: Any) -> tuple[Any, Any]:
    c, err = TCPListener_AcceptTCP(lis)
    return (Iface(_CONN_PTR, c) if c is not None else None), err


def TCPListener_AcceptTCP(lis: Any) -> tuple[Any, Any]:
    sock = _sock(lis)
    if sock is None:
        return None, _error(f"accept tcp {host_port(_laddr(lis))}: {_closed_msg}")
    cs, _peer, err = accept(sock)
    if err is not None:
        return None, _error(f"accept tcp {host_port(_laddr(lis))}: {err}")
    inner = struct_class(pkg_conn())(cs.fileno())
    _socks[inner.fd] = cs
    return struct_class(CONN)(inner), None


_last_laddr: dict[int, Any] = {}


def _laddr(obj: Any) -> Any:
    s = _sock(obj)
    if s is not None:
        _last_laddr[obj.fd] = s.getsockname()
    return _last_laddr.get(obj.fd, ("0.0.0.0", 0))


def _close(obj: Any, closed_error: Callable[[], str]) -> Any:
    """Close a listener's or a connection's socket (its local address kept for messages);
    closed_error: the error text when it is closed already."""
    s = _sock(obj)
    if s is None:
        return _error(closed_error())
    _laddr(obj)
    netpoll.forget(s)
    s.close()
    return None


def TCPListener_Close(lis: Any) -> Any:
    return _close(lis, lambda: f"close tcp {host_port(_laddr(lis))}: {_closed_msg}")


def TCPListener_Addr(lis: Any) -> Iface:
    return _addr(_laddr(lis))


def conn_Read(c: Any, b: Slice) -> tuple[int, Any]:
    s = _sock(c)
    if s is None:
        return 0, _error(f"read tcp: {_closed_msg}")
    if not b.len:
        return 0, None
    while True:
        try:
            data = s.recv(b.len)
        except BlockingIOError:
            netpoll.wait(s, netpoll.READ)
            continue
        except OSError as e:
            return 0, _error(f"read tcp: {(e.strerror or str(e)).lower()}")
        if not data:
            from gomem.stdlib import io as _io
            return 0, _io.EOF
        b.a[b.off:b.off + len(data)] = data
        return len(data), None


def conn_Write(c: Any, b: Slice) -> tuple[int, Any]:
    s = _sock(c)
    if s is None:
        return 0, _error(f"write tcp: {_closed_msg}")
    view = memoryview(bytes(b.a[b.off:b.off + b.len]) if b.len else b"")
    done = 0
    while done < len(view):
        try:
            done += s.send(view[done:])
        except BlockingIOError:
            netpoll.wait(s, netpoll.WRITE)
        except OSError as e:
            return done, _error(f"write tcp: {(e.strerror or str(e)).lower()}")
    return done, None


def conn_Close(c: Any) -> Any:
    return _close(c, lambda: f"close tcp: {_closed_msg}")


def conn_LocalAddr(c: Any) -> Iface:
    return _addr(_laddr(c))


def conn_RemoteAddr(c: Any) -> Any:
    s = _sock(c)
    return _addr(s.getpeername()) if s is not None else None


def _no_deadlines(_c: Any, t: Any) -> Any:
    return _error("gomem does not support network deadlines yet")


conn_SetDeadline = conn_SetReadDeadline = conn_SetWriteDeadline = _no_deadlines


def IP_String(ip: Slice) -> bytes:
    import ipaddress
    raw = bytes(ip.a[ip.off:ip.off + ip.len]) if ip is not None and ip.len else b""
    if not raw:
        return b"<nil>"
    if len(raw) == 16 and raw[:12] == b"\x00" * 10 + b"\xff\xff":
        raw = raw[12:]
    if len(raw) not in (4, 16):
        return b"?" + raw.hex().encode()
    return str(ipaddress.ip_address(raw)).encode()


def TCPAddr_Network(a: Any) -> bytes:
    return b"tcp"


def TCPAddr_String(a: Any) -> bytes:
    if a is None:
        return b"<nil>"
    ip = IP_String(a.IP) if a.IP is not None and a.IP.len else b""
    if a.Zone:
        ip += b"%" + a.Zone
    return JoinHostPort(ip, str(a.Port).encode())


def JoinHostPort(host: bytes, port: bytes) -> bytes:
    return b"[" + host + b"]:" + port if b":" in host else host + b":" + port


def SplitHostPort(hostport: bytes) -> tuple[bytes, bytes, Any]:
    def bad(why: str) -> tuple[bytes, bytes, Any]:
        return b"", b"", _error(f"address {_text(hostport)}: {why}")
    i = hostport.rfind(b":")
    if i < 0:
        return bad("missing port in address")
    if hostport.startswith(b"["):
        end = hostport.find(b"]")
        if end < 0:
            return bad("missing ']' in address")
        if end + 1 != i:
            return bad("missing port in address" if end + 1 == len(hostport) else "too many colons in address")
        host = hostport[1:end]
    else:
        host = hostport[:i]
        if b":" in host:
            return bad("too many colons in address")
    if b"[" in hostport[1:] or b"]" in hostport[i:]:
        return bad("unexpected '[' in address")
    return host, hostport[i + 1:], None
