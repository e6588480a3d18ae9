"""Compiler directives (``//go:noinline`` ...) where gc does not accept them.

gc's parser hands each ``//go:`` line comment to the compiler, which remembers the directives
it knows (go:build, go:noinline, go:nosplit, ...) until the next declaration takes them or a
construct that takes none ends them. Observed rules (``go build`` on misplaced directives):

- A directive that does not stand alone on its line is misplaced, whatever it says.
- A known directive before a top-level ``func`` is taken by that function (``//go:build``
  there is misplaced); before the package clause only ``//go:build`` is allowed.
- Before a ``var``, ``const``, ``type`` or ``import`` declaration (or one spec of a group)
  it is taken and then rejected, once the type checker has passed: such errors are *late*
  ones, reported only when there are no other errors. Before the ``(`` of a group, before
  any statement, or at the end of the file, it is rejected while parsing.
- Unknown ``//go:`` words are ignored; a few known ones are restricted: the write-barrier and
  systemstack ones to the runtime, go:uintptrkeepalive to the standard library, go:cgo_* to
  cgo-generated code; go:linkname needs one or two arguments.

All errors are at the directive's text (after the ``//``): "misplaced compiler directive".
"""

from __future__ import annotations

import bisect

from gomem.frontend.lexer import Tok

__all__ = ["Directives", "check_directives"]

# the directives gc gives a meaning (its pragma flags); go:nointerface needs an experiment
_KNOWN = frozenset({
    "go:build", "go:noescape", "go:norace", "go:nosplit", "go:noinline", "go:nocheckptr", "go:systemstack",
    "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec", "go:cgo_unsafe_args",
    "go:uintptrkeepalive", "go:uintptrescapes", "go:registerparams",
})
_RUNTIME_ONLY = frozenset({"go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec"})
_MISPLACED = "misplaced compiler directive"

Err = tuple[int, int, str]


class Directives:
    """A file's directive problems: early (reported while parsing), late (reported after a
    successful type check), and the //go:linkname directives: (local name, line, col) (in a
    file that imports unsafe, the function named may lack a body)."""

    def __init__(self) -> None:
        self.early: list[Err] = []
        self.late: list[Err] = []
        self.linknames: list[tuple[str, int, int]] = []


def check_directives(src: bytes, toks: list[Tok]) -> Directives:
    out = Directives()
    offsets = toks[0].lines.directives if toks else []
    if not offsets:
        return out
    lines = toks[0].lines
    starts = [t.offset for t in toks]
    brace_depth, paren_depth = _depths(toks)
    for d in offsets:
        end = src.find(b"\n", d)
        text = src[d + 2:end if end >= 0 else len(src)].decode("utf-8", "replace").rstrip("\r")
        fields = text.split()
        verb = fields[0] if fields else text
        ln, col = lines.pos(d)
        at = (ln, col + 2)
        line_start = lines.starts[ln - 1]
        if src[line_start:d].strip(b" \t") != b"":
            out.early.append(at + (_MISPLACED,))
            continue
        if verb == "go:linkname":
            if 2 <= len(fields) <= 3:
                out.linknames.append((fields[1],) + at)
            else:
                out.early.append(at + ("usage: //go:linkname localname [linkname]",))
            continue
        if verb.startswith("go:cgo_"):
            out.early.append(at + (f"//{text} only allowed in cgo-generated code",))
        if verb in _RUNTIME_ONLY:
            out.early.append(at + (f"//{verb} only allowed in runtime",))
        if verb == "go:uintptrkeepalive":
            out.early.append(at + (f"//{verb} is only allowed in the standard library",))
        if verb not in _KNOWN and verb != "go:embed":
            continue
        i = bisect.bisect_left(starts, d)
        while i < len(toks) and toks[i].kind == ";" and toks[i].text == "newline":
            i += 1  # (the newline ending the line before the directive)
        t = toks[min(i, len(toks) - 1)]
        k = t.kind
        if verb == "go:embed":
            # judged once the type check has passed; gomem has no package embed, so only a
            # file without the import is compiled this far
            if k == "var" and not _imports(toks, '"embed"'):
                out.late.append(at + ('go:embed only allowed in Go files that import "embed"',))
            elif k in ("func", "const", "type", "import") and brace_depth[i] == 0:
                out.late.append(at + ("misplaced go:embed directive",))
            continue
        following = toks[i + 1].kind if i + 1 < len(toks) else "EOF"
        late = False
        if k == "package":
            if verb == "go:build":
                continue
            late = True
        elif k == "func" and brace_depth[i] == 0:
            if verb != "go:build":
                continue
            late = True
        elif k in ("import", "const", "var", "type"):
            late = following != "("  # before a group's '(' the parser drops it
        elif k == "name" and brace_depth[i] == 0 and paren_depth[i] > 0:
            late = True  # a spec of a grouped declaration
        (out.late if late else out.early).append(at + (_MISPLACED,))
    return out


def _imports(toks: list[Tok], quoted_path: str) -> bool:
    """Whether the file's import declarations name the path (as quoted in the source)."""
    in_import = False
    for t in toks:
        if t.kind == "import":
            in_import = True
        elif t.kind in ("func", "var", "const", "type"):
            return False  # (imports come first)
        elif in_import and t.kind == "string" and t.text.strip('"`') == quoted_path.strip('"'):
            return True
    return False


def _depths(toks: list[Tok]) -> tuple[list[int], list[int]]:
    """For each token, the number of '{' and of '(' open before it."""
    braces, parens = [], []
    b = p = 0
    for t in toks:
        braces.append(b)
        parens.append(p)
        k = t.kind
        if k == "{":
            b += 1
        elif k == "}":
            b -= 1
        elif k == "(":
            p += 1
        elif k == ")":
            p -= 1
    return braces, parens
