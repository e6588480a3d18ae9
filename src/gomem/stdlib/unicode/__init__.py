"""Package unicode: the Python implementations of the body-less declarations in api.go.

The predicates answer Latin-1 runes from a per-rune bit table and the others from Go's range
tables (``_tables.py``, generated from Go 1.23 by tests/stdlib/gen/unicodepkg). The case
mappings are gomem.stdlib.gostrings' (Go-exact tables too).

The package variables (``unicode.Upper``, ``unicode.Han``, ``unicode.Categories``, ...) are
``*RangeTable`` values, built on first use by the module's ``__getattr__`` and then kept, so each
is one pointer as in Go. ``Is`` on one of these tables uses the flat tables directly; on a
table the program built itself it runs Go's algorithm on the struct values.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from gomem.runtime.values import NIL_SLICE, Slice, struct_class
from gomem.stdlib import gostrings as _gs
from gomem.stdlib.unicode import _tables as _T
from gomem.types.types import (
    INT,
    INT32,
    UINT16,
    UINT32,
    Field,
    Named,
    Type,
    new_array,
    new_pointer,
    new_slice,
    new_struct,
)

MaxRune = 0x10FFFF
ReplacementChar = 0xFFFD
MaxASCII = 0x7F
MaxLatin1 = 0xFF
UpperCase, LowerCase, TitleCase, MaxCase = 0, 1, 2, 3
UpperLower = MaxRune + 1
Version = b"15.0.0"


# ---------------------------------------------------------------------------
# Types


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...]) -> Named:
    return Named(name, "unicode", new_struct(tuple(Field(n, t, False, "unicode") for n, t in fields)))


RANGE16 = _named_struct("Range16", (("Lo", UINT16), ("Hi", UINT16), ("Stride", UINT16)))
RANGE32 = _named_struct("Range32", (("Lo", UINT32), ("Hi", UINT32), ("Stride", UINT32)))
RANGE_TABLE = _named_struct("RangeTable", (("R16", new_slice(RANGE16)), ("R32", new_slice(RANGE32)),
                                           ("LatinOffset", INT)))
D = Named("d", "unicode", new_array(INT32, MaxCase))
CASE_RANGE = _named_struct("CaseRange", (("Lo", UINT32), ("Hi", UINT32), ("Delta", D)))
SPECIAL_CASE = Named("SpecialCase", "unicode", new_slice(CASE_RANGE))
RANGE_TABLE_PTR = new_pointer(RANGE_TABLE)

TYPES: dict[str, Named] = {"Range16": RANGE16, "Range32": RANGE32, "RangeTable": RANGE_TABLE,
                           "d": D, "CaseRange": CASE_RANGE, "SpecialCase": SPECIAL_CASE}

_Range16 = struct_class(RANGE16)
_Range32 = struct_class(RANGE32)
_RangeTable = struct_class(RANGE_TABLE)
_CaseRange = struct_class(CASE_RANGE)


# ---------------------------------------------------------------------------
# Fast tables


class _Flat:
    """A range table as parallel lists (lo, hi, stride) for bisection."""

    __slots__ = ("los", "his", "strides")

    def __init__(self, r16: tuple, r32: tuple):
        flat = r16 + r32
        self.los = list(flat[0::3])
        self.his = list(flat[1::3])
        self.strides = list(flat[2::3])

    def contains(self, r: int) -> bool:
        i = bisect_right(self.los, r) - 1
        if i < 0 or r > self.his[i]:
            return False
        s = self.strides[i]
        return s == 1 or (r - self.los[i]) % s == 0


_ALIASES = {"Digit": "Nd", "Letter": "L", "Lower": "Ll", "Mark": "M", "Number": "N", "Other": "C",
            "Punct": "P", "Space": "Z", "Symbol": "S", "Title": "Lt", "Upper": "Lu",
            "STerm": "Sentence_Terminal"}


def _raw(name: str) -> tuple | None:
    name = _ALIASES.get(name, name)
    for m in (_T.CATEGORIES, _T.SCRIPTS, _T.PROPERTIES):
        t = m.get(name)
        if t is not None:
            return t
    return None


_flat_cache: dict[str, _Flat] = {}


def _flat(name: str) -> _Flat:
    f = _flat_cache.get(name)
    if f is None:
        raw = _raw(name)
        assert raw is not None, name
        f = _flat_cache[name] = _Flat(raw[0], raw[1])
    return f


_L1 = _T.LATIN1
_LETTER = _flat("L")
_UPPER = _flat("Lu")
_LOWER = _flat("Ll")
_TITLE = _flat("Lt")
_MARK = _flat("M")
_NUMBER = _flat("N")
_DIGIT = _flat("Nd")
_PUNCT = _flat("P")
_SYMBOL = _flat("S")
_ZS = _flat("Zs")
_WHITE = _flat("White_Space")


# ---------------------------------------------------------------------------
# The *RangeTable package variables, built on first use


_tables: dict[str, Any] = {}  # canonical table name -> *RangeTable struct object
_builtin_flat: dict[int, _Flat] = {}  # id(struct object) -> its flat table


def _make_table(raw: tuple) -> Any:
    r16, r32, latin = raw
    s16 = [_Range16(r16[i], r16[i + 1], r16[i + 2]) for i in range(0, len(r16), 3)]
    s32 = [_Range32(r32[i], r32[i + 1], r32[i + 2]) for i in range(0, len(r32), 3)]
    return _RangeTable(Slice(s16, 0, len(s16), len(s16)) if s16 else NIL_SLICE,
                       Slice(s32, 0, len(s32), len(s32)) if s32 else NIL_SLICE, latin)


def _range_table(name: str) -> Any:
    key = _ALIASES.get(name, name)
    t = _tables.get(key)
    if t is None:
        t = _make_table(_raw(key))  # type: ignore[arg-type]
        _tables[key] = t
        _builtin_flat[id(t)] = _flat(key)
    return t


def _table_map(names) -> dict:
    return {k.encode(): _range_table(k) for k in names}


def _special_case(rows: list[tuple[int, int, tuple[int, int, int]]]) -> Slice:
    items = [_CaseRange(lo, hi, list(delta)) for lo, hi, delta in rows]
    return Slice(items, 0, len(items), len(items))


def __getattr__(name: str) -> Any:
    """The package variables, made on first use (PEP 562) and then module attributes."""
    if name == "Categories":
        v: Any = _table_map(_T.CATEGORIES)
    elif name == "Scripts":
        v = _table_map(_T.SCRIPTS)
    elif name == "Properties":
        v = _table_map(_T.PROPERTIES)
    elif name in ("FoldCategory", "FoldScript"):
        # the runes outside a table whose case-folding orbit meets it (Go's foldL, foldGreek, ...)
        raw = _T.FOLD_CATEGORY if name == "FoldCategory" else _T.FOLD_SCRIPT
        v = {k.encode(): _make_table(t) for k, t in raw.items()}
    elif name == "CaseRanges":
        flat = _T.CASE_RANGES
        v = _special_case([(flat[i], flat[i + 1], flat[i + 2:i + 5]) for i in range(0, len(flat), 5)])
    elif name == "GraphicRanges":
        items = [_range_table(n) for n in ("L", "M", "N", "P", "S", "Zs")]
        v = Slice(items, 0, len(items), len(items))
    elif name == "PrintRanges":
        items = [_range_table(n) for n in ("L", "M", "N", "P", "S")]
        v = Slice(items, 0, len(items), len(items))
    elif name in ("TurkishCase", "AzeriCase"):
        v = globals().get("TurkishCase") or _special_case([
            (0x0049, 0x0049, (0, 0x131 - 0x49, 0)),
            (0x0069, 0x0069, (0x130 - 0x69, 0, 0x130 - 0x69)),
            (0x0130, 0x0130, (0, 0x69 - 0x130, 0)),
            (0x0131, 0x0131, (0x49 - 0x131, 0, 0x49 - 0x131)),
        ])
        globals()["TurkishCase"] = v
    elif name[:1].isupper() and _raw(name) is not None:
        v = _range_table(name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = v
    return v


# ---------------------------------------------------------------------------
# Is, In, IsOneOf


def _is16(ranges: Slice, r: int) -> bool:
    a, off, n = ranges.a, ranges.off, ranges.len
    if n <= 18 or r <= MaxLatin1:
        for i in range(off, off + n):
            rg = a[i]
            if r < rg.Lo:
                return False
            if r <= rg.Hi:
                return rg.Stride == 1 or (r - rg.Lo) % rg.Stride == 0
        return False
    lo, hi = 0, n
    while lo < hi:
        m = lo + (hi - lo) // 2
        rg = a[off + m]
        if rg.Lo <= r <= rg.Hi:
            return rg.Stride == 1 or (r - rg.Lo) % rg.Stride == 0
        if r < rg.Lo:
            hi = m
        else:
            lo = m + 1
    return False


def Is(rangeTab: Any, r: int) -> bool:  # noqa: N803 - Go parameter name
    """unicode.Is: whether r is in the table (a nil table panics like Go's nil dereference)."""
    f = _builtin_flat.get(id(rangeTab))  # the package's tables live forever: ids are not reused
    if f is not None:
        return 0 <= r and f.contains(r)
    if rangeTab is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    r16 = rangeTab.R16
    if r16.len > 0 and r >= 0 and r <= r16.a[r16.off + r16.len - 1].Hi:
        return _is16(r16, r)
    r32 = rangeTab.R32
    if r32.len > 0 and r >= r32.a[r32.off].Lo:
        return _is16(r32, r)
    return False


def In(r: int, ranges: Slice) -> bool:
    if ranges.a is None:
        return False
    return any(Is(t, r) for t in ranges.a[ranges.off:ranges.off + ranges.len])


def IsOneOf(ranges: Slice, r: int) -> bool:
    return In(r, ranges)


# ---------------------------------------------------------------------------
# The predicates


def IsControl(r: int) -> bool:
    return 0 <= r <= MaxLatin1 and _L1[r] & _T.L1_CONTROL != 0


def IsDigit(r: int) -> bool:
    if r <= MaxLatin1:
        return 0x30 <= r <= 0x39
    return _DIGIT.contains(r)


def IsGraphic(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_GRAPHIC != 0
    return (_LETTER.contains(r) or _MARK.contains(r) or _NUMBER.contains(r) or _PUNCT.contains(r)
            or _SYMBOL.contains(r) or _ZS.contains(r))


def IsLetter(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_LETTER != 0
    return _LETTER.contains(r)


def IsLower(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_LOWER != 0
    return _LOWER.contains(r)


def IsMark(r: int) -> bool:
    return r > MaxLatin1 and _MARK.contains(r)


def IsNumber(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_NUMBER != 0
    return _NUMBER.contains(r)


def IsPrint(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_PRINT != 0
    return (_LETTER.contains(r) or _MARK.contains(r) or _NUMBER.contains(r) or _PUNCT.contains(r)
            or _SYMBOL.contains(r))


def IsPunct(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_PUNCT != 0
    return _PUNCT.contains(r)


def IsSpace(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_SPACE != 0
    return _WHITE.contains(r)


def IsSymbol(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_SYMBOL != 0
    return _SYMBOL.contains(r)


def IsTitle(r: int) -> bool:
    return r > MaxLatin1 and _TITLE.contains(r)


def IsUpper(r: int) -> bool:
    if r <= MaxLatin1:
        return r >= 0 and _L1[r] & _T.L1_UPPER != 0
    return _UPPER.contains(r)


# ---------------------------------------------------------------------------
# Case mapping


def ToUpper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return _gs.to_upper_rune(r)


def ToLower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    return _gs.to_lower_rune(r)


def ToTitle(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return _gs.to_title_rune(r)


def To(_case: int, r: int) -> int:
    if _case < 0 or _case >= MaxCase:
        return ReplacementChar
    return (ToUpper, ToLower, ToTitle)[_case](r)


def SimpleFold(r: int) -> int:
    return _gs.simple_fold(r)


def _to_special(case: int, r: int, ranges: Slice) -> tuple[int, bool]:
    """Go's unicode.to on a CaseRange table: (mapped rune, whether a range matched)."""
    if case < 0 or case >= MaxCase:
        return ReplacementChar, False
    a, off = ranges.a, ranges.off
    lo, hi = 0, ranges.len
    while lo < hi:
        m = lo + (hi - lo) // 2
        cr = a[off + m]
        if cr.Lo <= r <= cr.Hi:
            delta = cr.Delta[case]
            if delta > MaxRune:
                # UpperLower: alternating upper and lower case starting with upper
                return cr.Lo + (((r - cr.Lo) & ~1) | (case & 1)), True
            return r + delta, True
        if r < cr.Lo:
            hi = m
        else:
            lo = m + 1
    return r, False


def SpecialCase_ToUpper(special: Slice, r: int) -> int:
    r1, had = _to_special(UpperCase, r, special)
    if r1 == r and not had:
        r1 = ToUpper(r)
    return r1


def SpecialCase_ToTitle(special: Slice, r: int) -> int:
    r1, had = _to_special(TitleCase, r, special)
    if r1 == r and not had:
        r1 = ToTitle(r)
    return r1


def SpecialCase_ToLower(special: Slice, r: int) -> int:
    r1, had = _to_special(LowerCase, r, special)
    if r1 == r and not had:
        r1 = ToLower(r)
    return r1
