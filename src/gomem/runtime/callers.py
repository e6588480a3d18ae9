"""The Go call stack as Go code sees it: the frames of compiled Go code, named and placed.

Compiled code runs as Python functions in code named ``<gomem>``; the compiler records, in the
program's namespace, the Go name of each function (``__funcnames__``: ``main.f``,
``main.T.M``, ``main.main.func1``), its file (``__funcfiles__``) and marks each generated line
with the Go line it comes from (``#@N`` comments, in ``__source_lines__``). This module turns a
Python frame (or traceback entry) into a ``GoFrame`` with that information. Panic tracebacks
(compiler/driver.py), runtime.Caller/Callers/Stack and log's Lshortfile all use it.

Program counters are synthetic but stable within a run: each Go function gets a block of PCs
starting at its entry, and a PC inside the block encodes the Go line (see ``pc_of``), so that
FuncForPC, Func.FileLine and CallersFrames can map PCs back without a table per line.

Inlining: gomem runs every Go call as a Python call, but Go's stacks show a call gc inlines as
an inlined frame (no frame of its own: a PC inside its caller's code that stands for the
callee's line, with the caller's entry; tracebacks print it as ``f(...)``, profiles put it in
its caller's Location as one more Line). The compiler records the inlined calls
(``__inline_sites__``, see ``inline_sites``; from escape/inline.py), and
``stack_frames`` marks the frame of such a callee ``inlined_into`` its caller's frame. An
inlined frame's PC is one of the upper half of its physical function's block, numbered as
they are first asked for.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from types import FrameType
from typing import Any

GOMEM_CODE = "<gomem>"

# PCs: function k's block starts at _PC_BASE + k * _PC_BLOCK; line l of a function that starts
# at line s is at entry + (l - s) * _PC_LINE (a return address is one more, as Go's are), in
# the lower half of the block; the upper half holds the PCs of the frames inlined into it
_PC_BASE = 0x401000
_PC_BLOCK = 0x10000
_PC_LINE = 8
_PC_INLINED = _PC_BLOCK // 2


@dataclass(frozen=True)
class GoFrame:
    function: str  # Go's name: main.main, main.(*T).M, main.f.func1
    file: str  # absolute path
    line: int
    start_line: int  # the line of the func keyword
    has_args: bool  # whether tracebacks print "(...)"
    # gc inlined this call: the caller's frame (itself inlined or not), whose code holds this one
    inlined_into: GoFrame | None = None

    def __hash__(self) -> int:
        # computed once per frame (the dataclass's own hashes every field at every call): the
        # heap profile hashes a whole stack at each sampled allocation (every one at rate 1)
        try:
            return self.__dict__["_hash"]
        except KeyError:
            h = self.__dict__["_hash"] = hash((self.function, self.file, self.line, self.start_line,
                                               self.has_args, self.inlined_into))
            return h


def go_line(src_lines: list[str], pyline: int) -> int:
    """The Go line of generated Python line pyline (the nearest `#@N` marker at or above it)."""
    for i in range(min(pyline, len(src_lines)) - 1, -1, -1):
        text = src_lines[i]
        k = text.rfind("#@")
        if k >= 0 and text[k + 2:].isdigit():
            return int(text[k + 2:])
    return 0


_abs_paths: dict[str, str] = {}


def _abspath(path: str) -> str:
    # resolved once, so that a program's Chdir does not move its own source files
    p = _abs_paths.get(path)
    if p is None:
        p = _abs_paths[path] = os.path.abspath(path)
    return p


# Python functions of gomem's standard library that stand for a Go function Go shows in
# stacks (runtime/pprof.Do, between the program's caller and the function it calls): their
# code -> that frame
STD_FRAMES: dict[Any, GoFrame] = {}


def go_frame(code: Any, pyline: int, ns: dict) -> GoFrame | None:
    """The Go frame of compiled code `code` executing generated line `pyline`, or None when
    the code is not a Go function (module-level helpers)."""
    if code.co_filename != GOMEM_CODE:
        return STD_FRAMES.get(code)
    name = ns.get("__funcnames__", {}).get(code.co_name)
    if not name:
        return None
    path, has_args = ns.get("__funcfiles__", {}).get(code.co_name, ("", False))
    src_lines = ns.get("__source_lines__", [])
    return GoFrame(name, _abspath(path) if path else "", go_line(src_lines, pyline),
                   go_line(src_lines, code.co_firstlineno), has_args)


def stack_frames(frame: FrameType | None, limit: int | None = None) -> list[GoFrame]:
    """The Go frames from `frame` outwards (innermost first); Python frames of gomem's runtime
    and standard library in between are skipped (they stand for Go code Go would show).
    During package initialisation the frames Go has there follow: main.init (the package
    variables' initialisers) and the runtime's doInit1/doInit/main."""
    out: list[GoFrame] = []
    sites: list[Any] = []  # each frame's namespace's inlined calls
    while frame is not None and (limit is None or len(out) <= limit):  # (a deep stack: only its top)
        code = frame.f_code
        f = go_frame(code, frame.f_lineno, frame.f_globals)
        if f is not None:
            out.append(f)
            sites.append(frame.f_globals.get("__inline_sites__"))
        elif code.co_name == "_init_package" and code.co_filename == GOMEM_CODE:
            init = _init_frames(frame)
            out.extend(init)
            sites.extend([None] * len(init))
        frame = frame.f_back
    if any(sites):
        mark_inlined(out, sites)
    return out


def inline_sites(calls: Any) -> dict[tuple[str, str], tuple[tuple[int, int], ...]]:
    """The program's inlined calls as the runtime looks them up: (caller, callee) (Go names)
    -> the (first, last) lines of the calls, from escape's (caller, first, last, callee)."""
    out: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}
    for caller, first, last, callee in calls:
        out[caller, callee] = out.get((caller, callee), ()) + ((first, last),)
    return out


def is_inlined(sites: Any, caller: GoFrame, callee: str) -> bool:
    """Whether the call of function `callee` that frame `caller` is making is inlined
    (sites: its program's inline_sites, or None)."""
    lines = sites.get((caller.function, callee)) if sites else None
    return lines is not None and any(first <= caller.line <= last for first, last in lines)


def mark_inlined(frames: list[GoFrame], sites: list[Any]) -> None:
    """Mark (in place) each frame whose call gc inlines into its caller, the next frame:
    sites[i] holds the inlined calls of frames[i]'s namespace (or None)."""
    for i in range(len(frames) - 2, -1, -1):  # (outermost first: a caller is marked before its callee)
        if is_inlined(sites[i + 1], frames[i + 1], frames[i].function):
            frames[i] = replace(frames[i], inlined_into=frames[i + 1])


# In a table of frames of Go's own code that gomem supplies (runtime/pprof's writer frames, the
# frames inside a parked goroutine), a frame that Go always inlines into the frame after it
# has this as its inlined_into; join_frames points it at the actual frame
INLINED_INTO_NEXT = GoFrame("", "", 0, 0, False)


def join_frames(inner: list[GoFrame] | tuple[GoFrame, ...], outer: list[GoFrame], sites: Any) -> list[GoFrame]:
    """inner (frames of Go's own code, leaf first) on top of outer (stack_frames' frames): the
    frames marked INLINED_INTO_NEXT inlined into the next one, and inner's outermost frame
    inlined into outer's innermost when gc inlines that call (sites: the program's inlined
    calls, see sites_of)."""
    out = [*inner, *outer]
    for i in range(len(inner) - 1, -1, -1):
        f = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else None
        if f.inlined_into is not None:
            out[i] = replace(f, inlined_into=nxt)
        elif i == len(inner) - 1 and nxt is not None and is_inlined(sites, nxt, f.function):
            out[i] = replace(f, inlined_into=nxt)
    return out


def sites_of(frame: FrameType | None) -> Any:
    """The inlined calls of the program whose compiled code runs at or below frame (None when
    no compiled code does)."""
    while frame is not None:
        if frame.f_code.co_filename == GOMEM_CODE:
            return frame.f_globals.get("__inline_sites__")
        frame = frame.f_back
    return None


# stack_ends follows f_back this far at most: each frame it passes becomes a frame object
# (about 200 bytes, kept while the frame lives)
STACK_ENDS_MAX_WALK = 100_000


def stack_ends(frame: FrameType | None, half: int) -> tuple[list[GoFrame], int | None, list[GoFrame]]:
    """The innermost and outermost `half` Go frames from `frame` outwards, and how many Go
    frames lie between them. A stack deeper than STACK_ENDS_MAX_WALK frames is not walked to
    its end: then the outermost frames are [] and the count None."""
    from collections import deque
    inner_py: list[FrameType] = []
    n_inner = 0
    while frame is not None and n_inner < half:
        inner_py.append(frame)
        n_inner += len(stack_frames(_one(frame)))
        frame = frame.f_back
    inner = _frames_of(inner_py)
    outer: deque[FrameType] = deque(maxlen=half)
    between = walked = 0
    while frame is not None:
        walked += 1
        if walked > STACK_ENDS_MAX_WALK:
            return inner, None, []
        if frame.f_code.co_filename == GOMEM_CODE:
            if len(outer) == half:
                between += 1
            outer.append(frame)
        frame = frame.f_back
    return inner, between, _frames_of(list(outer))


def _frames_of(pyframes: list[FrameType]) -> list[GoFrame]:
    """The Go frames of consecutive Python frames (innermost first), inlined ones marked."""
    out: list[GoFrame] = []
    sites: list[Any] = []
    for fr in pyframes:
        got = stack_frames(_one(fr))
        out.extend(got)
        sites.extend([fr.f_globals.get("__inline_sites__")] * len(got))
    if any(sites):
        mark_inlined(out, sites)
    return out


class _one:
    """A frame without its callers (stack_frames of it gives that frame's Go frames only)."""

    __slots__ = ("f_code", "f_lineno", "f_globals", "f_back", "frame")

    def __init__(self, frame: FrameType):
        self.f_code = frame.f_code
        self.f_lineno = frame.f_lineno
        self.f_globals = frame.f_globals
        self.f_back = None
        self.frame = frame


def _init_frames(frame: FrameType) -> list[GoFrame]:
    ns = frame.f_globals
    src_lines = ns.get("__source_lines__", [])
    out = []
    text = src_lines[frame.f_lineno - 1] if 0 < frame.f_lineno <= len(src_lines) else ""
    if "F_init_" not in text:  # a package variable's initialiser, in Go's main.init
        # (in main's file: the initialisers' own files are not recorded)
        main_file = ns.get("__funcfiles__", {}).get("F_main", ("", False))
        f = go_frame(frame.f_code, frame.f_lineno, {**ns, "__funcnames__": {"_init_package": "main.init"},
                                                     "__funcfiles__": {"_init_package": main_file}})
        if f is not None:
            out.append(GoFrame(f.function, f.file, f.line, f.line, False))
    root = goroot() + "/src/runtime/proc.go"
    return out + [GoFrame("runtime.doInit1", root, 7291, 7262, True),
                  GoFrame("runtime.doInit", root, 7258, 7256, True),
                  GoFrame("runtime.main", root, 254, 147, False)]


def current_frames() -> list[GoFrame]:
    """The Go frames of the running goroutine, innermost first."""
    return stack_frames(sys._getframe(1))


def goroutine_frames() -> list[GoFrame]:
    """The Go frames of the running goroutine, innermost first, down to runtime.main (the main
    goroutine) and runtime.goexit, as Go's runtime.Callers reports them."""
    from gomem.runtime import sched
    frames = stack_frames(sys._getframe(1))
    in_init = bool(frames) and frames[-1].function == "runtime.main"
    return frames + goroutine_root_frames(sched.goid() == 1 and not in_init)


def goroutine_root_frames(is_main: bool) -> list[GoFrame]:
    """The runtime frames Go shows below a goroutine's first function in runtime.Callers:
    runtime.main for the main goroutine, then runtime.goexit."""
    root = goroot() + "/src/runtime/"
    frames = [GoFrame("runtime.goexit", root + "asm_amd64.s", 1700, 1700, False)]
    if is_main:
        frames.insert(0, GoFrame("runtime.main", root + "proc.go", 272, 147, False))
    return frames


_goroot: str | None = None


def goroot() -> str:
    """runtime.GOROOT: $GOROOT, else the Go installation found on PATH or in the usual places."""
    global _goroot
    if _goroot is None:
        env = os.environ.get("GOROOT")
        if env:
            _goroot = env
        else:
            import glob
            import shutil
            go = shutil.which("go")
            candidates = [os.path.dirname(os.path.dirname(os.path.realpath(go)))] if go else []
            candidates += ["/usr/local/go", "/usr/lib/go"] + sorted(glob.glob("/usr/lib/go-1.*"), reverse=True)
            _goroot = next((c for c in candidates if os.path.isdir(os.path.join(c, "src", "runtime"))),
                           "/usr/local/go")
    return _goroot


# ----------------------------------------------------------------------------- program counters

_funcs: list[GoFrame] = []  # function k's entry frame (line = start line)
_func_index: dict[tuple[str, str, int], int] = {}
_inlined_frames: dict[int, list[GoFrame]] = {}  # function k -> the inlined frames given PCs in it
_inlined_pcs: dict[GoFrame, int] = {}


def physical(f: GoFrame) -> GoFrame:
    """The frame whose code runs f: f, or for an inlined frame the function it is inlined into."""
    while f.inlined_into is not None:
        f = f.inlined_into
    return f


def entry_pc(f: GoFrame) -> int:
    """The entry PC of f's function (of the function it is inlined into, as Go's Entry)."""
    f = physical(f)
    key = (f.function, f.file, f.start_line)
    k = _func_index.get(key)
    if k is None:
        k = _func_index[key] = len(_funcs)
        _funcs.append(GoFrame(f.function, f.file, f.start_line, f.start_line, f.has_args))
    return _PC_BASE + k * _PC_BLOCK


def pc_of(f: GoFrame) -> int:
    """The return PC of a call made at frame f's line (as runtime.Callers reports it)."""
    if f.inlined_into is not None:
        return _inlined_pc(f)
    off = max(0, f.line - f.start_line) * _PC_LINE
    return entry_pc(f) + min(off, _PC_INLINED - _PC_LINE) + 1


def _inlined_pc(f: GoFrame) -> int:
    pc = _inlined_pcs.get(f)
    if pc is None:
        entry = entry_pc(f)
        frames = _inlined_frames.setdefault((entry - _PC_BASE) // _PC_BLOCK, [])
        if len(frames) * _PC_LINE >= _PC_BLOCK - _PC_INLINED:  # (no room left: the caller's line)
            return pc_of(physical(f))
        pc = _inlined_pcs[f] = entry + _PC_INLINED + len(frames) * _PC_LINE + 1
        frames.append(f)
    return pc


def frame_of_pc(pc: int) -> GoFrame | None:
    """The frame a PC stands for (the function, its line, and whether it is inlined into
    another), or None for a PC gomem did not hand out."""
    k, off = divmod(pc - _PC_BASE, _PC_BLOCK)
    if pc < _PC_BASE or k >= len(_funcs):
        return None
    if off >= _PC_INLINED:
        frames = _inlined_frames.get(k, [])
        j = (off - _PC_INLINED) // _PC_LINE
        return frames[j] if j < len(frames) else None
    f = _funcs[k]
    return GoFrame(f.function, f.file, f.start_line + off // _PC_LINE, f.start_line, f.has_args)


# Go prints at most this many frames of a goroutine: the innermost and outermost halves
# around "...N frames elided..." (or "...additional frames elided..." after the innermost
# ones when the stack was not walked to its end)
TRACEBACK_MAX_FRAMES = 100


def format_frames(frames: list[GoFrame], complete: bool = True) -> str:
    """Frames as Go's tracebacks print them: `main.f(...)` then `\\t/abs/file.go:LINE`.
    complete: frames is the whole stack (else only its innermost part)."""
    half = TRACEBACK_MAX_FRAMES // 2
    if len(frames) <= TRACEBACK_MAX_FRAMES:
        inner, elided, outer = frames, "", []
    elif complete:
        inner, outer = frames[:half], frames[-half:]
        elided = f"...{len(frames) - TRACEBACK_MAX_FRAMES} frames elided...\n"
    else:
        inner, elided, outer = frames[:TRACEBACK_MAX_FRAMES], "...additional frames elided...\n", []
    out = []
    for i, f in enumerate(inner + outer):
        if i == len(inner):
            out.append(elided)
        # (an inlined frame's arguments are not known: always "(...)", as in Go)
        out.append(f"{f.function}({'...' if f.has_args or f.inlined_into is not None else ''})\n")
        if f.file and f.line:
            out.append(f"\t{f.file}:{f.line}\n")
    if not outer:
        out.append(elided)
    return "".join(out)
