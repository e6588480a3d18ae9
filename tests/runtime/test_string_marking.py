"""Marking strings in bulk (malloc.string_allocations, Marker.shade_strings) marks exactly the
slots that marking each string on its own marks: heap strings, substrings, the parts of a
split, lists a program changed after the split, literals and one-byte strings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.runtime import core, malloc
from gomem.stdlib import strings as gostrings


def _slot(a: int) -> tuple[int, int]:
    s = malloc.heap.span_of(a)
    return (s.base, (a - s.base) // s.elemsize)


def _slots_one_by_one(strs: list) -> set[tuple[int, int]]:
    out = set()
    for x in strs:
        a = malloc.address_of_heap(x) if type(x) is bytes else 0
        if a:
            out.add(_slot(a))
    return out


def _heap(s: bytes) -> bytes:
    return malloc.heap_string(s, malloc.mallocgc(max(len(s), 1), True))


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text("abc1", min_size=0, max_size=6), min_size=1, max_size=30),
       edits=st.lists(st.tuples(st.integers(0, 6), st.sampled_from(["heap", "sub", "literal", "other"])),
                      max_size=4))
def test_bulk_marking_marks_the_slots_each_string_marks(words: list[str], edits: list) -> None:
    text = _heap(" ".join(words).encode() + b" tail")
    other = _heap(b"another heap string")
    parts = gostrings.Fields(text).a
    for i, kind in edits:
        if i < len(parts):
            parts[i] = {"heap": lambda: _heap(b"fresh-" + bytes([48 + i % 10])),
                        "sub": lambda: core.slice_string(other, 2, 9),
                        "literal": lambda: b"literal",
                        "other": lambda: 7}[kind]()
    bulk = {_slot(a) for a in malloc.string_allocations(parts)}
    assert bulk == _slots_one_by_one(parts)
    lines = gostrings.Split(text, b"a").a
    assert {_slot(a) for a in malloc.string_allocations(lines)} == _slots_one_by_one(lines)
