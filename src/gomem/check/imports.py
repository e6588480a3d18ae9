"""What gc's type checker and importer say about an import path (the go command, which
`gomem build` models, rejects such paths in its own words before gc runs; `gomem tool
compile` gets these).

``invalid_import_path`` is the type checker's judgement of the path's characters;
``unimportable`` is the importer's (absolute or unclean paths, "main"). Both return "" for a
path they accept, else the text gc puts in parentheses.
"""

from __future__ import annotations

import posixpath
import unicodedata

from gomem.check.objects import PkgName

__all__ = ["invalid_import_path", "unimportable", "rune_u_text", "unused_import_msg"]

# characters no import path may hold, besides spaces and non-graphic ones
_ILLEGAL = frozenset('!"#$%&\'()*,:;<=>?[\\]^{|}`\ufffd')


def _graphic(ch: str) -> bool:
    """Go's unicode.IsGraphic: letters, marks, numbers, punctuation, symbols and spaces (Zs)."""
    return unicodedata.category(ch)[0] in "LMNPS" or unicodedata.category(ch) == "Zs"


def _space(ch: str) -> bool:
    """Go's unicode.IsSpace."""
    return ch in "\t\n\v\f\r \x85\xa0" or (ord(ch) > 0xff and unicodedata.category(ch) == "Zs") \
        or ch in "\u2028\u2029"


def rune_u_text(ch: str) -> str:
    """Go's %#U of a rune: U+0041 'A', or U+0000 when the rune is not printable."""
    code = f"U+{ord(ch):04X}"
    printable = unicodedata.category(ch)[0] in "LMNPS" or ch == " "  # strconv.IsPrint
    return f"{code} '{ch}'" if printable else code


def invalid_import_path(path: str) -> str:
    """Why gc's type checker rejects an import path ("empty string", "invalid character
    U+0020 ' '"), or "". path: the decoded literal; invalid UTF-8 decodes to U+FFFD."""
    if path == "":
        return "empty string"
    for ch in path:
        if not _graphic(ch) or _space(ch) or ch in _ILLEGAL:
            return "invalid character " + rune_u_text(ch)
    return ""


def unimportable(path: str) -> str:
    """Why gc's importer cannot import a path the type checker accepted, or ""."""
    if path == "main":
        return 'cannot import "main"'
    if path.startswith("/"):
        return "import path cannot be absolute path"
    local = path in (".", "..") or path.startswith(("./", "../"))
    if not local and posixpath.normpath(path) != path:
        return f'non-canonical import path "{path}" (should be "{posixpath.normpath(path)}")'
    return ""


def unused_import_msg(pn: PkgName) -> str:
    """gc's complaint about an import the file does not use: it names the local name when
    that is not the last element of the path."""
    path = pn.package.path
    if pn.name in ("", ".", path.rsplit("/", 1)[-1]):
        return f'"{path}" imported and not used'
    return f'"{path}" imported as {pn.name} and not used'
