"""The goroutine profile's texts (debug=1 and debug=2, as programs/goroutines.go prints them)
in the form in which gomem's must equal real Go's: addresses and PC offsets dropped, the
program's directory as $DIR, goroutine ids other than 1 as N, arguments as (...), the records
of equal counts (ordered by their PCs in Go's text) sorted. Go's `created by` lines are dropped:
gomem does not record where a goroutine was created (docs/profiling.md)."""

from __future__ import annotations

import re


def normalize(text: str, prog_dir: str) -> str:
    text = text.replace(prog_dir.rstrip("/") + "/", "$DIR/")
    head, _, rest = text.partition("--- debug=1\n")
    one, _, two = rest.partition("--- debug=2\n")
    return head + "--- debug=1\n" + _debug1(one) + "--- debug=2\n" + _debug2(two)


def _debug1(text: str) -> str:
    header, _, text = text.partition("\n")
    records = text.split("\n\n")
    out = []
    for rec in records:
        lines = rec.splitlines()
        if not lines:
            continue
        count = lines[0].split(" @ ")[0]
        frames = [re.sub(r"^#\t0x[0-9a-f]+\t(\S+)\+0x[0-9a-f]+\t+(\S+)$", r"#\t\1\t\2", line) for line in lines[1:]]
        out.append((-int(count), "\n".join([f"{count} @ ..."] + frames)))
    return header + "\n" + "\n\n".join(r for _n, r in sorted(out)) + "\n\n"


def _debug2(text: str) -> str:
    return "\n".join(traceback_lines(text)) + "\n"


def traceback_lines(text: str, keep_empty_args: bool = False) -> list[str]:
    """A goroutine debug=2 dump's lines: `created by` lines (and the line under each) dropped,
    goroutine ids other than 1 as N, `+0x..` dropped, a frame's argument words as (...) (an
    empty list too, unless keep_empty_args)."""
    args = re.compile(r"^(\S*)\([^()]+\)$" if keep_empty_args else r"^(\S*)\([^()]*\)$")
    out = []
    skip = False
    for line in text.splitlines():
        if skip:
            skip = False
            continue
        if line.startswith("created by "):
            skip = True
            continue
        line = re.sub(r"^goroutine (?!1 )\d+ ", "goroutine N ", line)
        line = args.sub(r"\1(...)", line)
        out.append(re.sub(r" \+0x[0-9a-f]+$", "", line))
    return out


def normalize_contention(text: str, prog_dir: str) -> str:
    """The block and mutex profiles' debug=1 texts (programs/contention.go) as they must equal
    Go's: cycles and cycles/second as N (Go counts CPU ticks, gomem nanoseconds), addresses
    and offsets dropped, the program's directory as $DIR."""
    text = text.replace(prog_dir.rstrip("/") + "/", "$DIR/")
    text = re.sub(r"^cycles/second=\d+$", "cycles/second=N", text, flags=re.M)
    text = re.sub(r"^\d+ (\d+) @( 0x[0-9a-f]+)+$", r"N \1 @ ...", text, flags=re.M)
    return re.sub(r"^#\t0x[0-9a-f]+\t(\S+)\+0x[0-9a-f]+\t+(\S+)$", r"#\t\1\t\2", text, flags=re.M)


def labels_traces(text: str) -> str:
    """`go tool pprof -traces` of a goroutine profile as gomem's must equal Go's: the header
    (file, type, time) dropped, `(inline)` marks dropped (gomem's Locations have no inlined
    frames), the traces (labels, count, frames) sorted (pprof orders equal counts by
    address)."""
    blocks = text.split("-----------+-------------------------------------------------------\n")[1:]
    return "".join(sorted(b.replace(" (inline)", "") for b in blocks))
