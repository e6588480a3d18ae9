"""What programs/inline.go prints (and its mem.prof holds) in the form in which gomem's must equal
real Go's: the inlined frames marked, addresses dropped.

In a debug=1 record a frame is inlined into the next one when both have the same function entry
(PC minus the `+0x..` offset: Go gives an inlined frame's PC the entry of the function whose code
holds it); it is then shown as `func:line (inline)`. A proto sample is shown by its Locations,
each as its Lines (leaf first) joined with `,`."""

from __future__ import annotations

import re

from goroutinetext import traceback_lines

from gomem.pprof import decode

_RECORD = re.compile(r"^(\d+): (\d+) \[(\d+): (\d+)\] @( 0x[0-9a-f]+)+$")
_COUNT = re.compile(r"^(\d+) @( 0x[0-9a-f]+)+$")
_FRAME = re.compile(r"^#\t(0x[0-9a-f]+)\t(\S+)\+(0x[0-9a-f]+)\t+(\S+)$")


def _frames(lines: list[str]) -> list[str]:
    """A record's frame lines as `func file:line`, each marked `(inline)` when it is inlined
    into the next."""
    parsed = []
    for line in lines:
        m = _FRAME.match(line)
        if m:
            parsed.append((int(m.group(1), 16) - int(m.group(3), 16), f"{m.group(2)} {m.group(4)}"))
    out = []
    for i, (entry, text) in enumerate(parsed):
        inlined = i + 1 < len(parsed) and parsed[i + 1][0] == entry
        out.append(text + (" (inline)" if inlined else ""))
    return out


def heap_records(text: str) -> list[str]:
    """The records of the program's own functions (leaf frame in main., not main.main), sorted."""
    out = []
    for rec in text.split("\n\n"):
        lines = rec.splitlines()
        m = _RECORD.match(lines[0]) if lines else None
        if not m:
            continue
        frames = _frames(lines[1:])
        if frames and frames[0].startswith("main.") and not frames[0].startswith("main.main "):
            out.append(" ".join(m.groups()[:4]) + "\n  " + "\n  ".join(frames))
    return sorted(out)


def goroutine_records(text: str) -> list[str]:
    header, _, text = text.partition("\n")
    out = [header]
    for rec in text.split("\n\n"):
        lines = rec.splitlines()
        m = _COUNT.match(lines[0]) if lines else None
        if m:
            out.append(m.group(1) + "\n  " + "\n  ".join(_frames(lines[1:])))
    return out[:1] + sorted(out[1:])


def goroutine_tracebacks(text: str) -> str:
    """debug=2 as goroutinetext normalises it, but an empty argument list stays () (an
    inlined frame's `f(...)` is what is checked)."""
    return "\n".join(traceback_lines(text, keep_empty_args=True)).strip("\n")


def _paths(text: str, prog_dir: str) -> str:
    text = text.replace(prog_dir.rstrip("/") + "/", "$DIR/")
    return re.sub(r"/\S+(/src/runtime/)", r"$GOROOT\1", text)


def normalize(out: str, prog_dir: str) -> str:
    out = _paths(out, prog_dir)
    parts = re.split(r"^--- (.*)\n", out, flags=re.M)
    sections = dict(zip(parts[1::2], parts[2::2]))
    return "\n".join([
        "--- callers", sections["callers"].rstrip("\n"),
        "--- heap debug=1", *heap_records(sections["heap debug=1"]),
        "--- heap debug=2", *heap_records(sections["heap debug=2"]),
        "--- goroutine debug=1", *goroutine_records(sections["goroutine debug=1"]),
        "--- goroutine debug=2", goroutine_tracebacks(sections["goroutine debug=2"]),
    ]) + "\n"


def proto_samples(data: bytes, prog_dir: str) -> str:
    """The samples of a heap profile whose leaf is one of the program's functions (not
    main.main): values, then each Location as its Lines (`func:line`, leaf first, `,`
    between them), the Locations leaf first; sorted."""
    p = decode(data)
    st = p.string_table
    funcs = {f.id: st[f.name] for f in p.function}
    locs = {loc.id: ",".join(f"{funcs[ln.function_id]}:{ln.line}" for ln in loc.line) for loc in p.location}
    out = []
    for s in p.sample:
        stack = [locs[i] for i in s.location_id]
        if stack and stack[0].startswith("main.") and not stack[0].startswith("main.main:"):
            out.append(" ".join(map(str, s.value)) + "  " + " | ".join(stack))
    return _paths("\n".join(sorted(out)), prog_dir) + "\n"


def traceback_text(stderr: str, prog_dir: str, lines: bool = True) -> str:
    """A panic's report: `+0x..` offsets dropped (gomem prints none), argument words as (...)
    (an empty list stays ()), paths as $DIR; without lines: the frames' file:line lines dropped."""
    text = re.sub(r" \+0x[0-9a-f]+$", "", stderr, flags=re.M)
    if not lines:
        text = re.sub(r"^\t\S+:\d+\n", "", text, flags=re.M)
    return _paths(re.sub(r"^(\S*)\([^()]+\)$", r"\1(...)", text, flags=re.M), prog_dir)


def inline_marks(text: str) -> str:
    """Each record of a debug=1 text as its functions, ` | ` between them, inlined ones marked."""
    out = []
    for rec in text.split("\n\n"):
        frames = _frames(rec.splitlines())
        if frames:
            out.append(" | ".join(f.split(" ")[0] + (" (inline)" if f.endswith(" (inline)") else "") for f in frames))
    return "\n".join(out) + "\n"
