"""The filters of ``gomem tool pprof``, applied to the profile before a report as pprof
applies them: -focus, -ignore, -hide, -show, -show_from, -prune_from (by function name,
file or mapping), -tagfocus, -tagignore, -tagshow, -taghide (by sample label), and the
label pseudo frames of -tagroot/-tagleaf."""

from __future__ import annotations

import re
from collections.abc import Callable

from gomem.pprof import units
from gomem.pprof.profile_read import Function, Line, Location, Profile, Sample, simple_function_name


class FilterError(Exception):
    """A filter pprof refuses (a bad regexp)."""


FILTERS = ("focus", "ignore", "hide", "show", "show_from", "tagfocus", "tagignore", "tagshow", "taghide",
           "prune_from")
TAG_FILTERS = ("tagfocus", "tagignore")


def _line_matches(line: Line, rx: re.Pattern[str]) -> bool:
    fn = line.function
    return fn is not None and (rx.search(fn.name) is not None or rx.search(fn.filename) is not None)


def _mapping_matches(loc: Location, rx: re.Pattern[str]) -> bool:
    return loc.mapping is not None and rx.search(loc.mapping.file) is not None


TagFilter = Callable[[Sample], bool]

# a number with an optional unit, as -tagfocus ranges are written ("32kb", "1ms:", ":4mb")
_TAG_RANGE = re.compile(r"([+-]?[0-9]+)([A-Za-z]+)?")


def compile_tag_filter(name: str, value: str, label_units: dict[str, str]) -> tuple[TagFilter, str]:
    """The sample predicate of -tagfocus/-tagignore=[KEY=]VALUE: a numeric range of a
    numeric label ("1kb:64kb", in the label's unit) or regexps (comma-separated) matching
    "key:value" of string labels (just the value with KEY=); and pprof's note for a range."""
    want_key = ""
    if "=" in value:
        want_key, value = value.split("=", 1)
    in_range = _tag_range(value)
    if in_range is not None:
        def labels_in_range(vals: list[int], unit: str) -> bool:
            return any(in_range(v, unit) for v in vals)
        if not want_key:
            def pred(s: Sample) -> bool:
                return any(labels_in_range(vals, label_units.get(k, "")) for k, vals in s.num_labels.items())
        else:
            def pred(s: Sample) -> bool:
                vals = s.num_labels.get(want_key)
                return vals is not None and labels_in_range(vals, label_units.get(want_key, ""))
        return pred, f"{name}:Interpreted '{value}' as range, not regexp"
    try:
        rxs = [re.compile(part) for part in value.split(",")]
    except re.error as e:
        raise FilterError(f"parsing {name} regexp: {e}") from None
    if not want_key:
        def pred(s: Sample) -> bool:
            return all(any(rx.search(f"{k}:{v}") for k, vals in s.labels.items() for v in vals) for rx in rxs)
    else:
        def pred(s: Sample) -> bool:
            vals = s.labels.get(want_key)
            return vals is not None and any(rx.search(v) for rx in rxs for v in vals)
    return pred, ""


def _tag_range(text: str) -> Callable[[int, str], bool] | None:
    ranges = list(_TAG_RANGE.finditer(text))[:2]
    if not ranges:
        return None
    lo, unit = units.scale(int(ranges[0].group(1)), ranges[0].group(2) or "", ranges[0].group(2) or "")

    def scaled(v: int, u: str) -> float | None:
        sv, su = units.scale(v, u, unit)
        return sv if su == unit else None

    first = ranges[0].group(0)
    if len(ranges) == 1:
        if text == first:
            return lambda v, u: scaled(v, u) == lo
        if text == first + ":":
            return lambda v, u: (sv := scaled(v, u)) is not None and sv >= lo
        if text == ":" + first:
            return lambda v, u: (sv := scaled(v, u)) is not None and sv <= lo
        return None
    if text != first + ":" + ranges[1].group(0):
        return None
    hi, unit2 = units.scale(int(ranges[1].group(1)), ranges[1].group(2) or "", unit)
    if unit2 != unit:
        return None
    return lambda v, u: (sv := scaled(v, u)) is not None and lo <= sv <= hi


def add_label_frames(prof: Profile, root_keys: list[str], leaf_keys: list[str], output_unit: str) -> list[str]:
    """-tagroot/-tagleaf: pseudo frames for the samples' label values, above the root
    (first key outermost) or below the leaf, named by the values (joined by ",", numbers
    scaled) with the key as their file; pprof's notes for keys no sample has."""
    next_loc = max((loc.id for loc in prof.locations), default=0) + 1
    frames: dict[tuple[str, str], Location] = {}

    def frame(name: str, key: str) -> Location:
        nonlocal next_loc
        loc = frames.get((name, key))
        if loc is None:
            fn = Function(name, "", key, 0)
            prof.functions.append(fn)
            loc = frames[(name, key)] = Location(next_loc, None, 0, [Line(fn, 0, 0)])
            next_loc += 1
            prof.locations.append(loc)
        return loc

    def label_values(sample: Sample, key: str) -> list[str]:
        values = list(sample.labels.get(key, []))
        nums, num_units = sample.num_labels.get(key, []), sample.num_units.get(key, [])
        if num_units and len(nums) != len(num_units):
            return values
        for i, v in enumerate(nums):
            values.append(units.scaled_label(v, num_units[i], output_unit) if num_units
                          else units.scaled_label(v, "", ""))
        return values

    def frames_for(sample: Sample, keys: list[str]) -> tuple[list[Location], bool]:
        locs, matched = [], False
        for key in reversed(keys):
            values = label_values(sample, key)
            matched = matched or bool(values)
            locs.append(frame(",".join(values), key))
        return locs, matched

    root_matched = leaf_matched = False
    for sample in prof.samples:
        roots, rm = frames_for(sample, root_keys)
        leaves, lm = frames_for(sample, leaf_keys)
        root_matched = root_matched or rm
        leaf_matched = leaf_matched or lm
        if roots or leaves:
            sample.locations = leaves + sample.locations + roots
    notes = []
    if root_keys and not root_matched:
        notes.append("TagRoot expression matched no samples")
    if leaf_keys and not leaf_matched:
        notes.append("TagLeaf expression matched no samples")
    return notes


def apply_filters(prof: Profile, filters: dict[str, re.Pattern[str]],
                  tag_filters: dict[str, TagFilter] | None = None) -> list[str]:
    """Keep the samples and frames the filters select, as pprof does (a frame matches by its
    function's name or file, or its mapping's file); the notes pprof prints for a filter
    that matched nothing."""
    focus, ignore = filters.get("focus"), filters.get("ignore")
    hide, show = filters.get("hide"), filters.get("show")
    notes = []
    if focus or ignore or hide or show:
        fm = im = hm = hnm = False
        selected: dict[int, bool] = {}   # location id -> focused (True) or ignored (False)
        hidden: set[int] = set()
        for loc in prof.locations:
            if ignore and (any(_line_matches(ln, ignore) for ln in loc.lines) or _mapping_matches(loc, ignore)):
                im = True
                selected[loc.id] = False
            elif focus is None or any(_line_matches(ln, focus) for ln in loc.lines) or _mapping_matches(loc, focus):
                fm = True
                selected[loc.id] = True
            if hide and (any(_line_matches(ln, hide) for ln in loc.lines) or _mapping_matches(loc, hide)):
                hm = True
                loc.lines = [] if _mapping_matches(loc, hide) else [ln for ln in loc.lines if not _line_matches(ln, hide)]
                if not loc.lines:
                    hidden.add(loc.id)
            if show:
                if not _mapping_matches(loc, show):
                    loc.lines = [ln for ln in loc.lines if ln.function is None or _line_matches(ln, show)]
                if not loc.lines:
                    hidden.add(loc.id)
                else:
                    hnm = True
        kept = []
        for sample in prof.samples:
            focused = False
            for loc in sample.locations:
                sel = selected.get(loc.id)
                if sel is False:
                    focused = False
                    break
                if sel:
                    focused = True
            if not focused:
                continue
            if hidden:
                sample.locations = [loc for loc in sample.locations if loc.id not in hidden]
                if not sample.locations:
                    continue
            kept.append(sample)
        prof.samples = kept
        for rx, matched, what in ((focus, fm, "Focus"), (ignore, im, "Ignore"), (hide, hm, "Hide"),
                                  (show, hnm, "Show")):
            if rx is not None and not matched:
                notes.append(f"{what} expression matched no samples")
    show_from = filters.get("show_from")
    if show_from is not None:
        matched = False
        starts: set[int] = set()
        for loc in prof.locations:
            if _mapping_matches(loc, show_from):
                starts.add(loc.id)
                matched = True
                continue
            for i in range(len(loc.lines) - 1, -1, -1):
                if _line_matches(loc.lines[i], show_from):
                    loc.lines = loc.lines[:i + 1]
                    starts.add(loc.id)
                    matched = True
                    break
        kept = []
        for sample in prof.samples:
            for i in range(len(sample.locations) - 1, -1, -1):
                if sample.locations[i].id in starts:
                    sample.locations = sample.locations[:i + 1]
                    kept.append(sample)
                    break
        prof.samples = kept
        if not matched:
            notes.append("ShowFrom expression matched no samples")
    tag_filters = tag_filters or {}
    tag_focus, tag_ignore = tag_filters.get("tagfocus"), tag_filters.get("tagignore")
    if tag_focus or tag_ignore:
        tfm = tim = False
        kept = []
        for sample in prof.samples:
            focused = tag_focus is None or tag_focus(sample)
            ignored = tag_ignore is not None and tag_ignore(sample)
            tfm = tfm or focused
            tim = tim or ignored
            if focused and not ignored:
                kept.append(sample)
        prof.samples = kept
        if tag_focus is not None and not tfm:
            notes.append("TagFocus expression matched no samples")
        if tag_ignore is not None and not tim:
            notes.append("TagIgnore expression matched no samples")
    tag_show, tag_hide = filters.get("tagshow"), filters.get("taghide")
    sm = thm = False
    for sample in prof.samples:
        for labels in (sample.labels, sample.num_labels):
            for key in list(labels):
                shown = tag_show is None or tag_show.search(key) is not None
                hidden_ = tag_hide is not None and tag_hide.search(key) is not None
                sm = sm or shown
                thm = thm or hidden_
                if not shown or hidden_:
                    del labels[key]
    prune_from = filters.get("prune_from")
    if prune_from is not None:
        beneath: set[int] = set()
        for loc in prof.locations:
            for i, ln in enumerate(loc.lines):
                if ln.function is not None and ln.function.name and prune_from.search(simple_function_name(ln.function.name)):
                    beneath.add(loc.id)
                    loc.lines = loc.lines[i:]
                    break
        for sample in prof.samples:
            for i, loc in enumerate(sample.locations):
                if loc.id in beneath:
                    sample.locations = sample.locations[i:]
                    break
    if tag_show is not None and not sm:
        notes.append("TagShow expression matched no samples")
    if tag_hide is not None and not thm:
        notes.append("TagHide expression matched no samples")
    return notes

