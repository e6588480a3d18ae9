"""Package net/http/pprof: Go 1.23's HTTP endpoints for the runtime's profiles.

Importing the package registers "GET /debug/pprof/", ".../cmdline", ".../profile",
".../symbol" and ".../trace" on http.DefaultServeMux (Go's init; GET also answers HEAD, other
methods get 405 with Allow). Named profiles are written through runtime/pprof's public
functions (Lookup(name).WriteTo), so every profile runtime/pprof can write is served; one it
knows but cannot write yet is an honest 501 "gomem does not support the X profile yet", an
unknown name Go's 404 "Unknown profile". ``seconds=N`` gives Go's delta profile (the profile
now minus the profile N seconds ago, the waiting goroutine parked, the program running on).
The CPU profile and the execution trace answer 501 until runtime/pprof has a CPU profiler
(StartCPUProfile). Every profile is written by the serving goroutine between two of its own
scheduling points: the program's goroutines are stopped at safe points meanwhile (gomem runs
one goroutine at a time), so a fetched profile is a consistent snapshot.
"""

from __future__ import annotations

import gzip
import html
import sys
import time
from typing import Any

from gomem.pprof import decode
from gomem.pprof import profile_pb as pb
from gomem.runtime import mprof as _mprof
from gomem.runtime import sched as _sched
from gomem.runtime.panic import FatalError
from gomem.runtime.values import Iface, Slice, struct_class
from gomem.stdlib import net_http as _http
from gomem.stdlib import runtime_pprof as _rp
from gomem.stdlib.fmt import write_to

BYTESINK = None
_BYTESINK_PTR = None

_DESCRIPTIONS = {
    "allocs": "A sampling of all past memory allocations",
    "block": "Stack traces that led to blocking on synchronization primitives",
    "cmdline": "The command line invocation of the current program",
    "goroutine": "Stack traces of all current goroutines. Use debug=2 as a query parameter to export in the same format as an unrecovered panic.",
    "heap": "A sampling of memory allocations of live objects. You can specify the gc GET parameter to run GC before taking the heap sample.",
    "mutex": "Stack traces of holders of contended mutexes",
    "profile": "CPU profile. You can specify the duration in the seconds GET parameter. After you get the profile file, use the go tool pprof command to investigate the profile.",
    "threadcreate": "Stack traces that led to the creation of new OS threads",
    "trace": "A trace of execution of the current program. You can specify the duration in the seconds GET parameter. After you get the trace file, use the go tool trace command to investigate the trace.",
}


def gomem_bind(pkg: Any) -> None:
    global BYTESINK, _BYTESINK_PTR
    from gomem.stdlib.bytes import install_methods
    from gomem.types.types import new_pointer
    BYTESINK = pkg.scope.names["byteSink"].type
    _BYTESINK_PTR = new_pointer(BYTESINK)
    install_methods(pkg, globals())


def gomem_start() -> None:
    """Go's init of net/http/pprof: the five patterns on DefaultServeMux."""
    _http.begin_run()
    mux = _http.DefaultServeMux
    for pattern, fn in ((b"GET /debug/pprof/", Index), (b"GET /debug/pprof/cmdline", Cmdline),
                        (b"GET /debug/pprof/profile", Profile), (b"GET /debug/pprof/symbol", Symbol),
                        (b"GET /debug/pprof/trace", Trace)):
        _http.ServeMux_Handle(mux, pattern, _http.handler_func(fn))


# --------------------------------------------------------------------------- helpers

_sinks: dict[int, bytearray] = {}


def byteSink_Write(s: Any, p: Slice) -> tuple[int, Any]:
    data = bytes(p.a[p.off:p.off + p.len]) if p.len else b""
    _sinks[s.id] += data
    return len(data), None


def _header(w: Any) -> Any:
    return w.t.m_Header(w.v)


def _set(w: Any, key: bytes, value: bytes) -> None:
    _header(w)[key] = Slice([value], 0, 1, 1)


def _write(w: Any, data: bytes) -> None:
    write_to(w, data)


def _query(r: Any) -> dict[bytes, bytes]:
    """The first value of each query parameter (Go's r.FormValue for a GET)."""
    from gomem.stdlib.net_url import split_query
    out: dict[bytes, bytes] = {}
    for k, v in split_query(r.URL.RawQuery)[0]:
        out.setdefault(k, v)
    return out


def _atoi(s: bytes) -> int | None:
    """strconv.Atoi's accepted forms (sign and decimal digits), None otherwise."""
    t = s[1:] if s[:1] in (b"+", b"-") else s
    if not t or not t.isdigit():
        return None
    n = int(s)
    return n if -(1 << 63) <= n < (1 << 63) else None


def _serve_error(w: Any, status: int, text: str) -> None:
    """Go's serveError: X-Go-Pprof set, Content-Disposition removed, http.Error."""
    h = _header(w)
    h[b"X-Go-Pprof"] = Slice([b"1"], 0, 1, 1)
    h.pop(b"Content-Disposition", None)
    sys.modules["gomem.stdlib.net_http"].F_Error(w, text.encode(), status)


def _unsupported_profile(e: FatalError) -> str | None:
    msg = str(e.args[0]) if e.args else str(e)
    return msg if "does not support" in msg else None


# --------------------------------------------------------------------------- handlers

def Cmdline(w: Any, r: Any) -> None:
    from gomem.stdlib import os as _os
    _set(w, b"X-Content-Type-Options", b"nosniff")
    _set(w, b"Content-Type", b"text/plain; charset=utf-8")
    args = _os.Args
    _write(w, b"\x00".join(args.a[args.off:args.off + args.len]) if args.len else b"")


def Symbol(w: Any, r: Any) -> None:
    # gomem's programs have no machine code: no address resolves to a function, so the reply
    # is the header line alone (Go writes one line per address it resolves)
    _set(w, b"X-Content-Type-Options", b"nosniff")
    _set(w, b"Content-Type", b"text/plain; charset=utf-8")
    _write(w, b"num_symbols: 1\n")


def Profile(w: Any, r: Any) -> None:
    _set(w, b"X-Content-Type-Options", b"nosniff")
    q = _query(r)
    sec = _atoi(q.get(b"seconds", b""))
    if sec is None or sec <= 0:
        sec = 30
    start = getattr(_rp, "StartCPUProfile", None)
    stop = getattr(_rp, "StopCPUProfile", None)
    if start is None or stop is None:
        _serve_error(w, 501, "gomem does not support the CPU profile yet")
        return
    _set(w, b"Content-Type", b"application/octet-stream")
    _set(w, b"Content-Disposition", b'attachment; filename="profile"')
    err = start(w)
    if err is not None:
        from gomem.stdlib.errors import error_text
        _serve_error(w, 500, "Could not enable CPU profiling: " + error_text(err).decode(errors="replace"))
        return
    _sched.current.sleep(sec * 1_000_000_000)
    stop()


def Trace(w: Any, r: Any) -> None:
    _set(w, b"X-Content-Type-Options", b"nosniff")
    _serve_error(w, 501, "gomem does not support the execution trace yet")


def Index(w: Any, r: Any) -> None:
    path = r.URL.Path
    prefix = b"/debug/pprof/"
    if path.startswith(prefix) and path != prefix:
        _serve_profile(path[len(prefix):].decode("utf-8", "surrogateescape"), w, r)
        return
    _set(w, b"X-Content-Type-Options", b"nosniff")
    _set(w, b"Content-Type", b"text/html; charset=utf-8")
    _write(w, index_page())


def Handler(name: bytes) -> Iface:
    n = name.decode("utf-8", "surrogateescape")
    return _http.handler_func(lambda w, r: _serve_profile(n, w, r))


def index_page() -> bytes:
    """Go's index page: every profile runtime/pprof knows plus cmdline, profile, trace."""
    rows: list[tuple[str, int]] = []
    ps = _rp.Profiles()
    for p in ps.a[ps.off:ps.off + ps.len]:
        rows.append((_rp.Profile_Name(p).decode(), _rp.Profile_Count(p)))
    rows += [("cmdline", 0), ("profile", 0), ("trace", 0)]
    rows.sort()
    esc = html.escape
    out = ["<html>\n<head>\n<title>/debug/pprof/</title>\n<style>\n.profile-name{\n\tdisplay:inline-block;\n"
           "\twidth:6rem;\n}\n</style>\n</head>\n<body>\n/debug/pprof/\n<br>\n"
           "<p>Set debug=1 as a query parameter to export in legacy text format</p>\n<br>\n"
           "Types of profiles available:\n<table>\n<thead><td>Count</td><td>Profile</td></thead>\n"]
    for name, count in rows:
        out.append(f"<tr><td>{count}</td><td><a href='{esc(name)}?debug=1'>{esc(name)}</a></td></tr>\n")
    out.append('</table>\n<a href="goroutine?debug=2">full goroutine stack dump</a>\n<br>\n<p>\n'
               "Profile Descriptions:\n<ul>\n")
    for name, _count in rows:
        out.append(f"<li><div class=profile-name>{esc(name)}: </div> {esc(_DESCRIPTIONS.get(name, ''))}</li>\n")
    out.append("</ul>\n</p>\n</body>\n</html>")
    return "".join(out).encode()


def _serve_profile(name: str, w: Any, r: Any) -> None:
    """Go's handler.ServeHTTP for a named profile."""
    _set(w, b"X-Content-Type-Options", b"nosniff")
    p = _rp.Lookup(name.encode("utf-8", "surrogateescape"))
    if p is None:
        _serve_error(w, 404, "Unknown profile")
        return
    q = _query(r)
    if name in ("heap", "allocs") and (_atoi(q.get(b"now", b"")) or 0) > 0:
        with _mprof.viewing_now():  # gomem's now=1: the heap now, not as of the last GC (docs/profiling.md)
            _serve_query(name, p, w, r, q)
    else:
        _serve_query(name, p, w, r, q)


def _serve_query(name: str, p: Any, w: Any, r: Any, q: dict[bytes, bytes]) -> None:
    if b"seconds" in q:
        _serve_delta(name, p, w, r, q)
        return
    gc = _atoi(q.get(b"gc", b"")) or 0
    if name == "heap" and gc > 0:
        from gomem.stdlib import runtime as _runtime
        _runtime.GC()
    debug = _atoi(q.get(b"debug", b"")) or 0
    if debug != 0:
        _set(w, b"Content-Type", b"text/plain; charset=utf-8")
    else:
        _set(w, b"Content-Type", b"application/octet-stream")
        _set(w, b"Content-Disposition", f'attachment; filename="{name}"'.encode())
    # written to a buffer first, so that a profile gomem cannot write is a clean error reply
    data, err = _profile_bytes(p, debug)
    if err is not None:
        _serve_error(w, 501, err)
        return
    _write(w, data)


def _profile_bytes(p: Any, debug: int) -> tuple[bytes, str | None]:
    sink = struct_class(BYTESINK)(len(_sinks) + 1)
    while sink.id in _sinks:
        sink.id += 1
    _sinks[sink.id] = bytearray()
    try:
        _rp.Profile_WriteTo(p, Iface(_BYTESINK_PTR, sink), debug)
    except FatalError as e:
        msg = _unsupported_profile(e)
        if msg is None:
            raise
        return b"", msg
    finally:
        data = bytes(_sinks.pop(sink.id))
    return data, None


def _serve_delta(name: str, p: Any, w: Any, r: Any, q: dict[bytes, bytes]) -> None:
    sec = _atoi(q[b"seconds"])
    if sec is None or sec <= 0:
        _serve_error(w, 400, 'invalid value for "seconds" - must be a positive integer')
        return
    if name not in ("allocs", "block", "goroutine", "heap", "mutex", "threadcreate"):
        _serve_error(w, 400, '"seconds" parameter is not supported for this profile type')
        return
    if (_atoi(q.get(b"debug", b"")) or 0) != 0:
        _serve_error(w, 400, "seconds and debug params are incompatible")
        return
    t0 = time.time_ns()
    d0, err = _profile_bytes(p, 0)
    if err is not None:
        _serve_error(w, 501, err)
        return
    _sched.current.sleep(sec * 1_000_000_000)
    t1 = time.time_ns()
    d1, err = _profile_bytes(p, 0)
    if err is not None:
        _serve_error(w, 501, err)
        return
    try:
        data = delta(decode(d0), decode(d1), t1, t1 - t0)
    except Exception:  # noqa: BLE001 - Go's reply when a profile cannot be parsed
        _serve_error(w, 500, "failed to compute delta")
        return
    _set(w, b"Content-Type", b"application/octet-stream")
    _set(w, b"Content-Disposition", f'attachment; filename="{name}-delta"'.encode())
    _write(w, data)


# --------------------------------------------------------------------------- delta profiles

def _sample_key(p: pb.Profile, s: Any) -> tuple:
    """A sample's identity across two profiles: its frames (function, file, line) and labels."""
    st = p.string_table
    locs = {loc.id: loc for loc in p.location}
    funcs = {f.id: f for f in p.function}
    frames = []
    for lid in s.location_id:
        loc = locs[lid]
        frames.append((loc.address, tuple((st[funcs[ln.function_id].name], st[funcs[ln.function_id].filename],
                                           ln.line, funcs[ln.function_id].start_line) for ln in loc.line)))
    labels = tuple(sorted((st[lb.key], st[lb.str], lb.num, st[lb.num_unit]) for lb in s.label))
    return tuple(frames), labels


def delta(p0: pb.Profile, p1: pb.Profile, time_nanos: int, duration_nanos: int) -> bytes:
    """p1 − p0 as Go's delta profile: samples merged by stack and labels, those whose values
    all cancel dropped, with the Locations, Functions and Mapping the rest use; gzipped."""
    totals: dict[tuple, list[int]] = {}
    order: list[tuple] = []
    for prof, sign in ((p0, -1), (p1, 1)):
        for s in prof.sample:
            k = _sample_key(prof, s)
            if k not in totals:
                totals[k] = [0] * len(s.value)
                order.append(k)
            totals[k] = [a + sign * b for a, b in zip(totals[k], s.value)]
    out = pb.Profile()
    strings: dict[str, int] = {}

    def string(x: str) -> int:
        i = strings.get(x)
        if i is None:
            i = strings[x] = len(out.string_table)
            out.string_table.append(x)
        return i

    string("")
    st = p1.string_table
    for vt in p1.sample_type:
        out.sample_type.append(pb.ValueType(type=string(st[vt.type]), unit=string(st[vt.unit])))
    out.period_type.CopyFrom(pb.ValueType(type=string(st[p1.period_type.type]), unit=string(st[p1.period_type.unit])))
    out.period = p1.period
    if p1.default_sample_type:
        out.default_sample_type = string(st[p1.default_sample_type])
    out.time_nanos = time_nanos
    out.duration_nanos = duration_nanos
    funcs: dict[tuple, int] = {}
    locs: dict[tuple, int] = {}
    max_addr = 0
    for k in order:
        values = totals[k]
        if not any(values):
            continue
        frames, labels = k
        ids = []
        for addr, lines in frames:
            lid = locs.get((addr, lines))
            if lid is None:
                lid = locs[(addr, lines)] = len(locs) + 1
                pl = []
                for fname, ffile, line, start in lines:
                    fid = funcs.get((fname, ffile, start))
                    if fid is None:
                        fid = funcs[(fname, ffile, start)] = len(funcs) + 1
                        n = string(fname)
                        out.function.append(pb.Function(id=fid, name=n, system_name=n, filename=string(ffile), start_line=start))
                    pl.append(pb.Line(function_id=fid, line=line))
                out.location.append(pb.Location(id=lid, mapping_id=1, address=addr, line=pl))
                max_addr = max(max_addr, addr)
            ids.append(lid)
        s = out.sample.add(value=values, location_id=ids)
        for key, sv, num, unit in labels:
            lb = pb.Label(key=string(key), num=num)
            if sv:
                lb.str = string(sv)
            if unit:
                lb.num_unit = string(unit)
            s.label.append(lb)
    if out.location and p1.mapping:
        m = p1.mapping[0]
        out.mapping.append(pb.Mapping(id=1, memory_start=m.memory_start, memory_limit=max(m.memory_limit, max_addr + 1),
                                      filename=string(st[m.filename]), has_functions=m.has_functions,
                                      has_filenames=m.has_filenames, has_line_numbers=m.has_line_numbers))
    return gzip.compress(out.SerializeToString(), compresslevel=1)


