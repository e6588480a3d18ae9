"""pprof's measurement units: scaling a sample value to a readable unit (6.19MB, 10ms) and
the percentage column, with pprof's choices of units, aliases and number formats."""

from __future__ import annotations

from typing import NamedTuple


class _Unit(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    factor: float


class _UnitType(NamedTuple):
    units: tuple[_Unit, ...]
    default: _Unit


_UNIT_TYPES = (
    _UnitType((
        _Unit("B", ("b", "byte"), 1),
        _Unit("kB", ("kb", "kbyte", "kilobyte"), float(1 << 10)),
        _Unit("MB", ("mb", "mbyte", "megabyte"), float(1 << 20)),
        _Unit("GB", ("gb", "gbyte", "gigabyte"), float(1 << 30)),
        _Unit("TB", ("tb", "tbyte", "terabyte"), float(1 << 40)),
        _Unit("PB", ("pb", "pbyte", "petabyte"), float(1 << 50)),
    ), _Unit("B", ("b", "byte"), 1)),
    _UnitType((
        _Unit("ns", ("ns", "nanosecond"), 1.0),
        _Unit("us", ("μs", "us", "microsecond"), 1e3),
        _Unit("ms", ("ms", "millisecond"), 1e6),
        _Unit("s", ("s", "sec", "second"), 1e9),
        _Unit("hrs", ("hour", "hr"), 3600e9),
    ), _Unit("s", (), 1e9)),
    _UnitType((
        _Unit("n*GCU", ("nanogcu",), 1e-9),
        _Unit("u*GCU", ("microgcu",), 1e-6),
        _Unit("m*GCU", ("milligcu",), 1e-3),
        _Unit("GCU", ("gcu",), 1),
        _Unit("k*GCU", ("kilogcu",), 1e3),
        _Unit("M*GCU", ("megagcu",), 1e6),
        _Unit("G*GCU", ("gigagcu",), 1e9),
        _Unit("T*GCU", ("teragcu",), 1e12),
        _Unit("P*GCU", ("petagcu",), 1e15),
    ), _Unit("GCU", (), 1.0)),
)

# units that are not worth printing after a number
_UNINTERESTING = frozenset({"count", "sample", "unit", "minimum", "auto"})


def _sniff(ut: _UnitType, unit: str) -> _Unit | None:
    unit = unit.lower()
    if len(unit) > 2 and unit.endswith("s"):
        unit = unit[:-1]
    for u in ut.units:
        if unit in u.aliases:
            return u
    return None


def known_unit(unit: str) -> bool:
    """Whether pprof can scale values of this unit (bytes or time or GCU)."""
    return any(_sniff(ut, unit) for ut in _UNIT_TYPES)


def scale(value: int, from_unit: str, to_unit: str) -> tuple[float, str]:
    """value (in from_unit) in to_unit ("minimum"/"auto": the largest unit keeping it >= 1),
    and the unit's name ("" when not worth printing, as for counts)."""
    if value < 0:
        v, u = scale(-value, from_unit, to_unit)
        return -v, u
    for ut in _UNIT_TYPES:
        src = _sniff(ut, from_unit)
        if src is None:
            continue
        v = value * src.factor
        if to_unit in ("minimum", "auto"):
            best: _Unit | None = None
            for u in ut.units:
                if (best is None or u.factor >= best.factor) and v / u.factor >= 1.0:
                    best = u
            if best is not None:
                return v / best.factor, best.name
            return v / ut.default.factor, ut.default.name
        dst = _sniff(ut, to_unit)
        if dst is None:
            return v / ut.default.factor, ut.default.name
        return v / dst.factor, dst.name
    if to_unit in _UNINTERESTING:
        return float(value), ""
    return float(value), to_unit


def scaled_label(value: int, from_unit: str, to_unit: str) -> str:
    """value as pprof prints it: two decimals unless whole ("6.19MB", "10ms", "0")."""
    v, u = scale(value, from_unit, to_unit)
    s = f"{v:.2f}"
    if s.endswith(".00"):
        s = s[:-3]
    if s in ("0", "-0"):
        return "0"
    return s + u


def label(value: int, unit: str) -> str:
    """A measurement in its own best unit (pprof's ``measurement.Label``)."""
    return scaled_label(value, unit, "auto")


def percentage(value: int, total: int) -> str:
    """value's share of total in pprof's 6-column form ("  100%", "79.94%", "0.016%")."""
    ratio = abs(value / total) * 100 if total else 0.0
    if 99.95 <= ratio <= 100.05:
        return "  100%"
    if ratio >= 1.0:
        return f"{ratio:5.2f}%"
    return f"{ratio:5.2g}%"
