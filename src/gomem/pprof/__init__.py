"""Profiles in pprof's profile.proto format, for gomem's runtime/pprof (and later tools).

``ProfileBuilder`` collects samples whose stacks are Go frames (``callers.GoFrame``, leaf
first) and encodes them as Go's runtime does (../shared/reference/pprof.md §1.7): one Function
per Go function name (name = system_name, the source file, the line of its ``func``), one
Location per distinct PC (the frame's return PC − 1, as ``runtime.CallersFrames`` reports it)
with one Line per frame at that PC: the frames inlined into a function (``GoFrame.inlined_into``)
share their physical frame's Location, leaf first, at the innermost one's PC, as Go's do; one Mapping standing for the program's binary that every Location points to
(has_functions etc. set, so pprof never tries to symbolize), the string table with "" first,
the whole message gzipped. The message classes are in ``profile_pb``.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterable, Sequence

from gomem.pprof import profile_pb as pb
from gomem.runtime.callers import GoFrame, pc_of

# where the Mapping of the "binary" starts: gomem's synthetic PCs start above it (callers._PC_BASE)
TEXT_START = 0x400000


class ProfileBuilder:
    """One profile: its sample types, period, samples; ``encode`` gives the file's bytes."""

    def __init__(self, sample_types: Sequence[tuple[str, str]], period_type: tuple[str, str] | None = None,
                 period: int = 0, default_sample_type: str = "", binary: str = "",
                 time_nanos: int | None = None):
        self.msg = pb.Profile()
        self._strings: dict[str, int] = {}
        self.string("")
        self._functions: dict[str, int] = {}
        self._locations: dict[int, int] = {}
        self._max_pc = TEXT_START
        self.binary = binary
        if period_type is not None:
            self.msg.period_type.CopyFrom(self._value_type(*period_type))
        self.msg.period = period
        for t, unit in sample_types:
            self.msg.sample_type.append(self._value_type(t, unit))
        if default_sample_type:
            self.msg.default_sample_type = self.string(default_sample_type)
        self.msg.time_nanos = time.time_ns() if time_nanos is None else time_nanos

    def string(self, s: str) -> int:
        """s's index in the string table (added when new)."""
        i = self._strings.get(s)
        if i is None:
            i = self._strings[s] = len(self.msg.string_table)
            self.msg.string_table.append(s)
        return i

    def _value_type(self, t: str, unit: str) -> pb.ValueType:
        return pb.ValueType(type=self.string(t), unit=self.string(unit))

    def _function(self, f: GoFrame) -> int:
        fid = self._functions.get(f.function)
        if fid is None:
            fid = self._functions[f.function] = len(self._functions) + 1
            name = self.string(f.function)
            self.msg.function.append(pb.Function(id=fid, name=name, system_name=name,
                                                 filename=self.string(f.file), start_line=f.start_line))
        return fid

    def location(self, frames: Sequence[GoFrame]) -> int:
        """The id of the Location of one PC: frames are the frames inlined there (innermost
        first), then the function they are inlined into (one per distinct PC: the
        innermost's, which stands for all of them)."""
        pc = pc_of(frames[0]) - 1
        lid = self._locations.get(pc)
        if lid is None:
            lid = self._locations[pc] = len(self._locations) + 1
            self._max_pc = max(self._max_pc, pc + 1)
            self.msg.location.append(pb.Location(id=lid, mapping_id=1, address=pc, line=[
                pb.Line(function_id=self._function(f), line=f.line) for f in frames]))
        return lid

    def location_ids(self, frames: Iterable[GoFrame | None]) -> list[int]:
        """The Locations of a stack's frames (leaf first; None for a PC without a frame): the
        frames inlined into a function share its Location."""
        ids = []
        inlined: list[GoFrame] = []  # the inlined frames above the next physical one
        for f in frames:
            if f is None:
                ids.append(self.unknown_location())
            elif f.inlined_into is not None:
                inlined.append(f)
            else:
                ids.append(self.location(inlined + [f]))
                inlined = []
        if inlined:  # (a stack cut inside an inlined call: its frames as they are)
            ids.append(self.location(inlined))
        return ids

    def unknown_location(self) -> int:
        """The id of the Location Go writes for a PC it has no frame for (a stack-less
        record, as the threadcreate profile's): address 0xffffffffffffffff, no mapping, a line
        of a Function with no name."""
        pc = (1 << 64) - 1
        lid = self._locations.get(pc)
        if lid is None:
            lid = self._locations[pc] = len(self._locations) + 1
            fid = self._functions[""] = len(self._functions) + 1
            self.msg.function.append(pb.Function(id=fid))
            self.msg.location.append(pb.Location(id=lid, address=pc, line=[pb.Line(function_id=fid)]))
        return lid

    def add_sample(self, values: Sequence[int], frames: Iterable[GoFrame | None],
                   num_labels: Sequence[tuple[str, int]] = (),
                   str_labels: Sequence[tuple[str, str]] = ()) -> None:
        """A sample: its values (one per sample type) at the stack frames (leaf first; None
        for a PC without a frame), with numeric labels (key, number) and string labels
        (key, value: runtime/pprof's profiler labels)."""
        s = self.msg.sample.add(value=list(values), location_id=self.location_ids(frames))
        for key, num in num_labels:
            s.label.append(pb.Label(key=self.string(key), num=num))
        for key, value in str_labels:
            s.label.append(pb.Label(key=self.string(key), str=self.string(value)))

    def serialize(self) -> bytes:
        """The profile message's bytes (not compressed)."""
        self.msg.ClearField("mapping")
        self.msg.mapping.append(pb.Mapping(
            id=1, memory_start=TEXT_START, memory_limit=(self._max_pc + 0xFFF) & ~0xFFF,
            filename=self.string(self.binary), has_functions=True, has_filenames=True,
            has_line_numbers=True))
        return self.msg.SerializeToString()

    def encode(self) -> bytes:
        """The profile file: the message gzipped (Go uses its fastest level)."""
        return gzip.compress(self.serialize(), compresslevel=1)


def decode(data: bytes) -> pb.Profile:
    """A profile file's message (gzipped or not), for tests and tools."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    p = pb.Profile()
    p.ParseFromString(data)
    return p
