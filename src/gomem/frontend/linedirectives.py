"""Line directives: ``//line file:line[:col]`` at the start of a line, ``/*line file:line[:col]*/``
anywhere. gc reports the positions after one as the directive says (generated code uses them
to point at its source): the text right after the directive (the next line for ``//line``)
is at file:line:col, and positions further on count from there. Without a column, columns
are unknown and gc prints ``file:line: msg``; with one, an empty file name keeps the
current one. A directive whose numbers do not parse is ignored here (gc also reports it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from gomem.frontend.lexer import tokenize

__all__ = ["LineMap", "line_map"]


@dataclass
class _Base:
    line: int  # where it takes effect, in the file's own numbering
    col: int
    filename: str
    to_line: int
    to_col: int  # 0: unknown


class LineMap:
    """The line directives of one file, to translate its positions."""

    def __init__(self, bases: list[_Base]) -> None:
        self.bases = bases
        self.keys = [(b.line, b.col) for b in bases]

    def base_index(self, line: int, col: int) -> int:
        """Which directive's part of the file a position is in (-1: before any)."""
        return bisect.bisect_right(self.keys, (line, col)) - 1

    def position(self, path: str, line: int, col: int) -> str:
        """gc's text for a position of the file (``file:line:col`` or ``file:line``)."""
        i = self.base_index(line, col)
        if i < 0 or line == 0:
            return f"{path}:{line}:{col}"
        b = self.bases[i]
        new_line = b.to_line + line - b.line
        if b.to_col == 0:
            return f"{b.filename}:{new_line}"
        new_col = b.to_col + col - b.col if line == b.line else col
        return f"{b.filename}:{new_line}:{new_col}"


def _trailing_number(text: str) -> tuple[int, int | None]:
    """(index after the last ':', its number) or (0, None) without a ':'; number None when
    what follows the ':' is not a number."""
    i = text.rfind(":")
    if i < 0:
        return 0, None
    digits = text[i + 1:]
    return i + 1, int(digits) if digits.isascii() and digits.isdigit() else None


def line_map(path: str, src: bytes) -> LineMap | None:
    """The file's line directives, or None if it has none."""
    if b"line " not in src:
        return None
    toks, _ = tokenize(src)
    lines = toks[0].lines
    bases: list[_Base] = []
    filename = path
    for off in lines.line_directives:
        line, col = lines.pos(off)
        if src[off + 1] == 0x2F:  # '//': only at the start of a line; the next line is meant
            if col != 1:
                continue
            end = src.find(b"\n", off)
            end = len(src) if end < 0 else end
            text = src[off + 7:end].decode("utf-8", "replace").rstrip("\r")
            at = (line + 1, 1)
        else:
            end = src.find(b"*/", off)
            text = src[off + 7:end].decode("utf-8", "replace")
            if "\n" in text:
                continue
            at = (line, col + end + 2 - off)
        i, n = _trailing_number(text)
        if i == 0 or n is None:
            continue
        i2, n2 = _trailing_number(text[:i - 1])
        if n2 is not None:  # file:line:col
            to_line, to_col, name = n2, n, text[:i2 - 1]
            if to_col == 0:
                continue
            if name == "":
                name = filename
        else:
            to_line, to_col, name = n, 0, text[:i - 1]
        if to_line == 0:
            continue
        filename = name
        bases.append(_Base(at[0], at[1], name, to_line, to_col))
    return LineMap(bases) if bases else None
