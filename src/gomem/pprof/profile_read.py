"""Reading a profile.proto file (any writer's: Go's runtime, gomem, other pprof producers)
into plain objects for ``gomem tool pprof``.

The wire decoding is ``profile_pb``'s (the one schema gomem has); this module resolves the
ids and string indexes into objects, as google/pprof's own reader does after parsing: each
Sample points at its Locations, each Line at its Function, each Location at its Mapping,
labels become ``{key: [values]}``. The mappings keep the file's order (the report's
``File:`` header names the first). Nothing here depends on fields only gomem writes.

Legacy text profiles (the ``debug=1`` formats) are not read: ``ProfileError`` says so.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass, field

from google.protobuf.message import DecodeError

from gomem.pprof import profile_pb as pb

# the first line of the text profiles pprof also reads (Go's debug=1 formats, gperftools')
_LEGACY = re.compile(rb"\s*(heap profile:|heap_v2/|goroutine profile:|threadcreate profile:|--- contention|"
                     rb"--- mutex|[a-z_]+ profile: total \d+)")


class ProfileError(Exception):
    """A file that is not a readable profile; the message is pprof's words for the reason."""


@dataclass(eq=False)
class Function:
    name: str
    system_name: str
    filename: str
    start_line: int


@dataclass(eq=False)
class Mapping:
    start: int
    limit: int
    offset: int
    file: str
    build_id: str
    id: int = 1
    # what the mapping says its locations have: [FN], [FL], [LN], [IN] in -raw
    has_functions: bool = False
    has_filenames: bool = False
    has_line_numbers: bool = False
    has_inline_frames: bool = False

    @property
    def symbolized(self) -> bool:
        return self.has_functions or self.has_filenames or self.has_line_numbers


@dataclass(eq=False)
class Line:
    function: Function | None
    line: int
    column: int


@dataclass(eq=False)
class Location:
    id: int
    mapping: Mapping | None
    address: int
    lines: list[Line]   # innermost (inlined callee) first, as in the file
    is_folded: bool = False


@dataclass(eq=False)
class Sample:
    locations: list[Location]   # leaf first
    values: list[int]
    labels: dict[str, list[str]] = field(default_factory=dict)
    num_labels: dict[str, list[int]] = field(default_factory=dict)
    num_units: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ValueType:
    type: str
    unit: str


@dataclass
class Profile:
    sample_types: list[ValueType]
    default_sample_type: str
    samples: list[Sample]
    mappings: list[Mapping]
    locations: list[Location]
    functions: list[Function]
    comments: list[str]
    drop_frames: str
    keep_frames: str
    time_nanos: int
    duration_nanos: int
    period_type: ValueType
    period: int


def read_file(path: str) -> Profile:
    """The profile in file ``path`` (gzipped or not); ProfileError for anything unreadable."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise ProfileError(f"{path}: stat {path}: no such file or directory") from None
    except IsADirectoryError:
        raise ProfileError(f"{path}: read {path}: is a directory") from None
    except OSError as e:
        raise ProfileError(f"{path}: {e.strerror.lower() if e.strerror else e}") from None
    return parse(data, path)


def parse(data: bytes, name: str = "profile") -> Profile:
    """Decode a profile's bytes; ``name`` prefixes the error messages."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error):
            raise ProfileError(f"{name}: decompressing profile: unexpected EOF") from None
    if not data:
        raise ProfileError(f"{name}: parsing profile: empty input file")
    if _LEGACY.match(data):
        raise ProfileError(f"{name}: gomem does not support pprof's legacy text profile formats yet "
                           "(write the profile with debug=0)")
    msg = pb.ProfileWithByteStrings()
    try:
        msg.ParseFromString(data)
    except (DecodeError, RuntimeError, ValueError):
        raise ProfileError(f"{name}: parsing profile: unrecognized profile format") from None
    try:
        return _resolve(msg)
    except (IndexError, KeyError) as e:
        raise ProfileError(f"{name}: parsing profile: malformed profile: {e}") from None


def _resolve(msg: pb.ProfileWithByteStrings) -> Profile:
    strings = [b.decode("utf-8", errors="replace") for b in msg.string_table]
    if strings and strings[0] != "":
        raise ProfileError("parsing profile: malformed profile: string_table[0] must be ''")

    def s(i: int) -> str:
        if i < 0 or i >= len(strings):
            raise IndexError(f"string index {i} out of range")
        return strings[i]

    mappings = {m.id: Mapping(m.memory_start, m.memory_limit, m.file_offset, s(m.filename), s(m.build_id), m.id,
                              m.has_functions, m.has_filenames, m.has_line_numbers, m.has_inline_frames)
                for m in msg.mapping}
    functions = {f.id: Function(s(f.name), s(f.system_name), s(f.filename), f.start_line) for f in msg.function}
    locations: dict[int, Location] = {}
    for loc in msg.location:
        lines = [Line(functions.get(ln.function_id) if ln.function_id else None, ln.line, ln.column)
                 for ln in loc.line]
        for ln, raw in zip(lines, loc.line):
            if raw.function_id and ln.function is None:
                raise KeyError(f"location {loc.id} names function {raw.function_id}, which the profile does not have")
        mapping = mappings.get(loc.mapping_id) if loc.mapping_id else None
        locations[loc.id] = Location(loc.id, mapping, loc.address, lines, loc.is_folded)
    samples = []
    n_types = len(msg.sample_type)
    for sm in msg.sample:
        if len(sm.value) != n_types:
            raise IndexError(f"mismatch: sample has {len(sm.value)} values vs. {n_types} types")
        try:
            locs = [locations[i] for i in sm.location_id]
        except KeyError as e:
            raise KeyError(f"sample names location {e.args[0]}, which the profile does not have") from None
        sample = Sample(locs, list(sm.value))
        for lab in sm.label:
            key = s(lab.key)
            if lab.str:
                sample.labels.setdefault(key, []).append(s(lab.str))
            elif lab.num or lab.num_unit:   # pprof drops a numeric label of 0 without a unit
                nums = sample.num_labels.setdefault(key, [])
                if lab.num_unit:
                    units = sample.num_units.setdefault(key, [])
                    units += [""] * (len(nums) - len(units)) + [s(lab.num_unit)]
                nums.append(lab.num)
        # a key with units has one per value ("" for the values without)
        for key, units in sample.num_units.items():
            units += [""] * (len(sample.num_labels[key]) - len(units))
        samples.append(sample)
    # (pprof always has one: empty when the file has none)
    period_type = ValueType(s(msg.period_type.type), s(msg.period_type.unit))
    prof = Profile(
        sample_types=[ValueType(s(t.type), s(t.unit)) for t in msg.sample_type],
        default_sample_type=s(msg.default_sample_type),
        samples=samples,
        mappings=[mappings[m.id] for m in msg.mapping],
        locations=list(locations.values()),
        functions=list(functions.values()),
        comments=[s(c) for c in msg.comment],
        drop_frames=s(msg.drop_frames),
        keep_frames=s(msg.keep_frames),
        time_nanos=msg.time_nanos,
        duration_nanos=msg.duration_nanos,
        period_type=period_type,
        period=msg.period,
    )
    return prof


def prepare_mappings(prof: Profile, binary: str = "") -> list[str]:
    """What pprof does to the mappings before a report, and the notes it prints on standard
    error: a profile without mappings gets one with no file (every location in it); the
    binary named on the command line becomes the first mapping's file. pprof would then
    symbolize the addresses of mappings without symbol information from their binaries;
    gomem does not (the notes say where that leaves addresses without names)."""
    notes: list[str] = []
    if not prof.mappings:
        fake = Mapping(0, 0, 0, "", "")
        prof.mappings.append(fake)
        for loc in prof.locations:
            loc.mapping = fake
    if binary:
        prof.mappings[0].file = binary
    used: dict[int, list[Location]] = {}
    for loc in prof.locations:
        if loc.mapping is not None:
            used.setdefault(id(loc.mapping), []).append(loc)
    missing = False
    for i, m in enumerate(prof.mappings):
        locs = used.get(id(m))
        if not locs or m.symbolized:
            continue
        if not m.file:
            if i == 0:
                notes.append("Main binary filename not available.")
            else:
                missing = True
            continue
        if any(not loc.lines for loc in locs):
            notes.append(f"gomem does not support symbolizing addresses from binaries yet: "
                         f"{sum(not loc.lines for loc in locs)} location(s) of {m.file} stay unnamed")
    if missing:
        notes.append("Some binary filenames not available. Symbolization may be incomplete.\n"
                     "Try setting PPROF_BINARY_PATH to the search path for local binaries.")
    return notes


def simple_function_name(name: str) -> str:
    """The name pprof matches -prune_from and drop_frames against: without a leading "."
    and cut at the first "(" (but for C++'s "(anonymous namespace)" and "operator()")."""
    name = name.removeprefix(".")
    for m in re.finditer(r"\(anonymous namespace\)|operator\(\)|\(", name):
        if m.group(0) == "(":
            return name[:m.start()]
    return name


def remove_uninteresting(prof: Profile) -> None:
    """Apply the profile's drop_frames/keep_frames as pprof does when it reads a file: a
    location whose (innermost-matching) function is dropped and not kept loses that frame
    and its callers within the location; a sample's stack is cut below the first such
    location under its first frame that is kept (frames nearer the root stay)."""
    if not prof.drop_frames:
        return
    try:
        drop = re.compile(f"^({prof.drop_frames})$")
        keep = re.compile(f"^({prof.keep_frames})$") if prof.keep_frames else None
    except re.error:
        return   # pprof ignores the error and keeps the profile as it is
    cache: dict[str, bool] = {}

    def prune_here(name: str) -> bool:
        r = cache.get(name)
        if r is None:
            simple = simple_function_name(name)
            r = cache[name] = bool(drop.search(simple)) and not (keep and keep.search(simple))
        return r

    prune: set[int] = set()
    beneath: set[int] = set()
    for loc in prof.locations:
        for i in range(len(loc.lines) - 1, -1, -1):
            fn = loc.lines[i].function
            if fn is not None and fn.name and prune_here(fn.name):
                beneath.add(loc.id)
                if i == len(loc.lines) - 1:
                    prune.add(loc.id)
                else:
                    loc.lines = loc.lines[i + 1:]
                break
    for sample in prof.samples:
        found_user = False
        for i in range(len(sample.locations) - 1, -1, -1):
            lid = sample.locations[i].id
            if lid not in prune and lid not in beneath:
                found_user = True
                continue
            if not found_user:
                continue
            sample.locations = sample.locations[i + 1:] if lid in prune else sample.locations[i:]
            break


def num_label_units(prof: Profile) -> dict[str, str]:
    """The unit of each numeric label key: the first unit a sample gives it, else one implied
    by the key's name ("bytes" for bytes, "nanoseconds" for request/alloc times), as pprof."""
    units: dict[str, str] = {}
    seen: set[str] = set()
    for sample in prof.samples:
        for key in sample.num_labels:
            seen.add(key)
            for unit in sample.num_units.get(key, ()):
                if unit and key not in units:
                    units[key] = unit
    for key in seen:
        if key not in units:
            if key in ("alignment", "request"):
                units[key] = "bytes"
            else:
                units[key] = key
    return units
