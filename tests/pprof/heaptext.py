"""The parts of a heap profile's debug=1 text that must equal real Go's: the records of the
program's own functions (leaf frame in `main.` other than main.main, whose runtime.GC line
allocates the runtime's own objects) as `counts  func:line <- ...` lines, sorted; and the
names of the `# runtime.MemStats` trailer in order."""

from __future__ import annotations

import re

_RECORD = re.compile(r"^(\d+): (\d+) \[(\d+): (\d+)\] @( 0x[0-9a-f]+)+$")
_FRAME = re.compile(r"^#\t0x[0-9a-f]+\t(\S+)\+0x[0-9a-f]+\t+(\S+):(\d+)$")


def program_records(text: str) -> list[str]:
    out = []
    cur: list = []
    for line in text.splitlines():
        m = _RECORD.match(line)
        if m:
            cur = [" ".join(m.groups()[:4]), []]
            out.append(cur)
            continue
        m = _FRAME.match(line)
        if m and cur:
            cur[1].append(f"{m.group(1)}:{m.group(3)}")
    return sorted(f"{c}  {' <- '.join(f)}" for c, f in out
                  if f and f[0].startswith("main.") and f[0] != "main.main" and f[0].split(":")[0] != "main.main")


def trailer_names(text: str) -> list[str]:
    lines = text.splitlines()
    i = lines.index("# runtime.MemStats")
    return [line[2:].split(" = ")[0] for line in lines[i + 1:] if line.startswith("# ")]


def golden_text(text: str) -> str:
    return "\n".join(program_records(text) + ["--"] + trailer_names(text)) + "\n"
