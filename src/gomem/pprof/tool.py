"""``gomem tool pprof``: google/pprof's command-line reports over a profile.proto file, for
users without Go: -top, -tree, -traces, -list=REGEX, and -flame (gomem's own: a flame
graph as one self-contained HTML page). Flags are parsed as Go's flag package parses them
(they end at the first argument that is not a flag); pprof's flags that gomem does not
implement are refused by name ("gomem does not support pprof -X yet", exit status 2).
"""

from __future__ import annotations

import re
import sys

from gomem.pprof import filters, flame, report
from gomem.pprof.profile_read import (
    Profile,
    ProfileError,
    num_label_units,
    prepare_mappings,
    read_file,
    remove_uninteresting,
)

USAGE = """usage: gomem tool pprof <format> [options] [binary] <profile>

Reads a profile in profile.proto format (gzipped or not), as runtime/pprof, net/http/pprof
and gomem write it, and prints the report `go tool pprof` prints for the same flags.

  Output formats (select at most one):
    -top, -text      Top entries in text form
    -tree            A text rendering of the call graph
    -traces          All profile samples in text form
    -list=REGEX      Annotated source for functions matching REGEX (the source files
                     the profile names, looked up as pprof does: -source_path, -trim_path)
    -peek=REGEX      -tree's entries for the functions matching REGEX only
    -tags            The labels of the samples, each value with its share
    -comments        The profile's comments
    -raw             The profile's contents as text (samples, locations, mappings)
    -callgrind       The graph in callgrind format (for KCachegrind)
    -flame           A flame graph: one self-contained HTML page (hover for details,
                     click a frame to zoom); use -output=FILE to write it to a file

  Options:
    -sample_index=NAME|N  Sample value to report (default: the profile's default type,
                          else its last); -inuse_space, -inuse_objects, -alloc_space,
                          -alloc_objects, -total_delay, -contentions are shorthands
    -nodecount=N     Max number of nodes to show (-top: all, -tree: 80)
    -nodefraction=F  Hide nodes below F*total (default 0.005)
    -edgefraction=F  Hide edges below F*total (default 0.001)
    -cum, -flat      Sort entries by cumulative or own weight (default -flat)
    -unit=UNIT       Measurement unit to display (minimum, auto, B, kB, MB, ms, s, ...)
    -functions, -filefunctions, -files, -lines, -addresses
                     Granularity (default -functions)
    -noinlines       Attribute inlined calls to their caller
    -trim=false      Show all nodes (no node/edge fraction, no node count)
    -compact_labels  Show minimal headers
    -output=FILE     Write the report to FILE
    -divide_by=F     Divide all values by F
    -mean            Average values over the first sample value (the count); -mean_delay
                     is -mean -sample_index=delay
    -drop_negative   Leave out nodes with negative values
    -showcolumns     Show source columns (with -lines)
    -call_tree, -intel_syntax   Accepted; they shape pprof's graph and -disasm outputs only

  Filters (regular expressions over function names, file names and mapping files):
    -focus=RE        Only the samples with a frame matching RE
    -ignore=RE       Without the samples with a frame matching RE
    -hide=RE         Without the frames matching RE
    -show=RE         Only the frames matching RE
    -show_from=RE    Drop the frames above the highest frame matching RE
    -tagfocus=[KEY=]V, -tagignore=[KEY=]V
                     Only / without the samples with a label matching V: regexps
                     (comma-separated) over "key:value", or a range of a numeric
                     label ("64", "1kb:", ":2ms", "1kb:4mb")
    -tagshow=RE, -taghide=RE   Only / without the labels whose key matches RE
    -prune_from=RE   Drop the frames below the lowest one matching RE
    -tagroot=KEYS, -tagleaf=KEYS
                     Frames for the values of these labels (comma-separated keys)
                     above the root or below the leaf of each sample
    -relative_percentages      Percentages of the filtered samples' total

A binary argument (an executable before the profile) only names the profile's main binary
in the File: header: gomem does not read symbols from binaries.
pprof's other modes (interactive shell, -http, -web, -svg and the other graph formats,
-base, -diff_base) and its legacy text profile formats are not
supported yet.
"""

_REPORTS = ("top", "text", "tree", "traces", "list", "peek", "tags", "comments", "raw", "callgrind", "flame")
_PARAM_REPORTS = ("list", "peek")
_VALUE_FLAGS = {*filters.FILTERS, "list", "peek", "divide_by", "tagroot", "tagleaf", "sample_index", "nodecount", "nodefraction", "edgefraction", "unit", "output",
                "source_path", "trim_path"}
_BOOL_FLAGS = {"top", "text", "tree", "traces", "tags", "comments", "raw", "callgrind", "flame",
               "relative_percentages", "drop_negative", "showcolumns", "call_tree", "intel_syntax", "mean",
               "mean_delay",
               "cum", "flat", "noinlines", "trim", "compact_labels",
               "inuse_space", "inuse_objects", "alloc_space", "alloc_objects", "total_delay", "contentions",
               *report.GRANULARITIES}
_LEGACY_INDEX = {"total_delay": "delay", "mean_delay": "delay", "contentions": "contentions",
                 "inuse_space": "inuse_space", "inuse_objects": "inuse_objects", "alloc_space": "alloc_space",
                 "alloc_objects": "alloc_objects"}
# pprof's flags gomem knows of but does not implement
_UNSUPPORTED = {
    "disasm", "dot", "eog", "evince", "gif", "gv", "kcachegrind", "pdf",
    "png", "proto", "ps", "svg", "topproto", "web", "weblist",
    "normalize", "diff_base", "base", "symbolize", "buildid",
    "timeout", "add_comment", "seconds", "tools", "http", "no_browser", "tls_cert", "tls_key", "tls_ca",
}

_TRUE = ("1", "t", "T", "TRUE", "true", "True")
_FALSE = ("0", "f", "F", "FALSE", "false", "False")


class _Usage(Exception):
    """A flag error Go's flag package reports with the usage text (exit status 2)."""


class _Unsupported(Exception):
    pass


class _Help(Exception):
    """-h: the usage text on standard error, exit status 0 (Go's flag package)."""


def _parse(args: list[str]) -> tuple[dict[str, str], list[str], list[str]]:
    """(flag -> value, flags in the order given, positional arguments), Go's flag rules."""
    flags: dict[str, str] = {}
    order: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if len(a) < 2 or a[0] != "-":
            break
        i += 1
        if a == "--":
            break
        name = a[2:] if a.startswith("--") else a[1:]
        if not name or name[0] in "-=":
            raise _Usage(f"bad flag syntax: {a}")
        value: str | None = None
        if "=" in name:
            name, value = name.split("=", 1)
        if name in ("h", "help"):
            raise _Help
        if name in _UNSUPPORTED:
            raise _Unsupported(name)
        if name in _BOOL_FLAGS:
            if value is None:
                value = "true"
            elif value not in _TRUE + _FALSE:
                raise _Usage(f'invalid boolean value "{value}" for -{name}: parse error')
            value = "true" if value in _TRUE else "false"
        elif name in _VALUE_FLAGS:
            if value is None:
                if i >= len(args):
                    raise _Usage(f"flag needs an argument: -{name}")
                value = args[i]
                i += 1
        else:
            raise _Usage(f"flag provided but not defined: -{name}")
        flags[name] = value
        order.append(name)
    return flags, order, args[i:]


def _int_flag(flags: dict[str, str], name: str, default: int) -> int:
    if name not in flags:
        return default
    try:
        return int(flags[name], 0)
    except ValueError:
        raise _Usage(f'invalid value "{flags[name]}" for flag -{name}: parse error') from None


def _float_flag(flags: dict[str, str], name: str, default: float) -> float:
    if name not in flags:
        return default
    try:
        return float(flags[name])
    except ValueError:
        raise _Usage(f'invalid value "{flags[name]}" for flag -{name}: parse error') from None


def main(args: list[str]) -> int:
    """Run ``gomem tool pprof ARGS``; the exit status."""
    try:
        return _run(args)
    except _Help:
        sys.stderr.write(USAGE)
        return 0
    except _Usage as e:
        if str(e):
            sys.stderr.write(f"{e}\n")
        sys.stderr.write(USAGE)
        return 2
    except _Unsupported as e:
        sys.stderr.write(f"gomem does not support pprof -{e} yet\n")
        return 2
    except ProfileError as e:
        sys.stderr.write(f"{e}\nfailed to fetch any source profiles\n")
        return 1
    except (report.ReportError, filters.FilterError) as e:
        sys.stderr.write(f"{e}\n")
        return 1


def _is_object_file(path: str) -> bool:
    """Whether path is an executable pprof could open: ELF, Mach-O or PE."""
    try:
        with open(path, "rb") as f:
            magic = f.read(4)
    except OSError:
        return False
    return magic in (b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                     b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe") or magic[:2] == b"MZ"


def _filter(prof: Profile, by_name: dict[str, re.Pattern[str]], tag_filters: dict[str, filters.TagFilter]) -> None:
    for note in filters.apply_filters(prof, by_name, tag_filters):
        sys.stderr.write(note + "\n")


def _run(args: list[str]) -> int:
    flags, order, sources = _parse(args)
    chosen = [f for f in _REPORTS if flags.get(f) if f in _PARAM_REPORTS or flags[f] == "true"]
    if len(chosen) > 1:
        raise report.ReportError("must set at most one output format")
    if not sources:
        raise report.ReportError("no profile source specified")
    if not chosen:
        sys.stderr.write("gomem does not support pprof's interactive mode yet (give a report: -top, -tree, "
                         "-traces, -list=REGEX, -peek=REGEX, -tags, -comments, -raw, -callgrind or -flame)\n")
        return 2
    if len(sources) > 2:
        sys.stderr.write("gomem does not support pprof with several profiles yet\n")
        return 2
    # with two arguments the first is the binary when it is one (pprof opens it as an object
    # file); else both are profiles to merge
    binary = sources[0] if len(sources) == 2 and _is_object_file(sources[0]) else ""
    if len(sources) == 2 and not binary:
        sys.stderr.write("gomem does not support pprof with several profiles yet\n")
        return 2
    source = sources[-1]
    if source.startswith(("http://", "https://")) or re.match(r"^[\w.-]+:\d+(/|$)", source):
        sys.stderr.write("gomem does not support pprof fetching profiles over HTTP yet\n")
        return 2
    kind = chosen[0]

    prof = read_file(source)
    if not prof.sample_types:
        raise report.ReportError("problem fetching source profiles: profiles have empty common sample type list")
    for note in prepare_mappings(prof, binary):
        sys.stderr.write(note + "\n")
    remove_uninteresting(prof)

    index_name = flags.get("sample_index", "")
    for name, type_name in _LEGACY_INDEX.items():   # the shorthands, in pprof's order
        if flags.get(name) == "true":
            if index_name:
                sys.stderr.write(f"Multiple value selections, ignoring -{name}\n")
            else:
                index_name = type_name
    opts = report.Options(sample_index=report.sample_index(prof, index_name))
    opts.output_unit = flags.get("unit", "minimum")
    opts.node_count = _int_flag(flags, "nodecount", -1)
    opts.node_fraction = _float_flag(flags, "nodefraction", 0.005)
    opts.edge_fraction = _float_flag(flags, "edgefraction", 0.001)
    opts.trim = flags.get("trim", "true") == "true"
    for name in order:  # the last of a group wins
        if name in ("cum", "flat") and flags[name] == "true":
            opts.cum_sort = name == "cum"
        if name in report.GRANULARITIES and flags[name] == "true":
            opts.granularity = name
    opts.no_inlines = flags.get("noinlines") == "true"
    opts.compact_labels = flags.get("compact_labels") == "true"
    opts.mean = flags.get("mean") == "true" or flags.get("mean_delay") == "true"
    if opts.mean and kind == "flame":
        sys.stderr.write("gomem does not support pprof -mean with -flame yet\n")
        return 2
    opts.show_columns = flags.get("showcolumns") == "true"
    opts.drop_negative = flags.get("drop_negative") == "true"
    divide_by = _float_flag(flags, "divide_by", 1.0)
    if divide_by == 0:
        raise report.ReportError("zero divisor specified")
    opts.ratio = 1 / divide_by
    # -call_tree shapes only pprof's graph formats and -intel_syntax its -disasm: no effect here
    opts.source_path = flags.get("source_path", "")
    opts.trim_path = flags.get("trim_path", "")

    # pprof's per-report overrides of the defaults
    if kind == "list":
        opts.granularity = "lines"
        opts.obj_names = True
    if kind in ("raw", "callgrind"):
        opts.trim = False
        opts.granularity = "addresses"
    if kind == "callgrind":
        opts.obj_names = True
    if kind in _PARAM_REPORTS:
        opts.trim = False
        try:
            opts.symbol = re.compile(flags[kind])
        except re.error as e:
            raise report.ReportError(f"parsing argument regexp {flags[kind]}: {e}") from None
    if opts.node_count == -1:
        opts.node_count = 0 if kind in ("top", "text") else 80
    if not opts.trim:
        opts.node_count, opts.node_fraction, opts.edge_fraction = 0, 0.0, 0.0

    # label pseudo frames come first: the filters may select them
    root_keys = [k for k in flags.get("tagroot", "").split(",") if k]
    leaf_keys = [k for k in flags.get("tagleaf", "").split(",") if k]
    for note in filters.add_label_frames(prof, root_keys, leaf_keys, opts.output_unit):
        sys.stderr.write(note + "\n")
    by_name: dict[str, re.Pattern[str]] = {}
    tag_filters: dict[str, filters.TagFilter] = {}
    label_units = num_label_units(prof)
    for name in filters.FILTERS:
        if not flags.get(name):
            continue
        if name != "prune_from":   # (pprof's header does not list it)
            opts.active_filters.append(f"{name}={flags[name]}")
        if name in filters.TAG_FILTERS:
            tag_filters[name], note = filters.compile_tag_filter(name, flags[name], label_units)
            if note:
                sys.stderr.write(note + "\n")
            continue
        try:
            by_name[name] = re.compile(flags[name])
        except re.error as e:
            raise report.ReportError(f"parsing {name} regexp: {e}") from None
    # the percentages are of the whole profile's total unless -relative_percentages
    relative = flags.get("relative_percentages") == "true"
    if relative:
        _filter(prof, by_name, tag_filters)
    rpt = report.Report(prof, opts)
    if not relative:
        _filter(prof, by_name, tag_filters)
    if kind in ("top", "text"):
        text = report.top(rpt)
    elif kind in ("tree", "peek"):
        text = report.tree(rpt)
    elif kind == "tags":
        text = report.tags(rpt)
    elif kind == "comments":
        text = report.comments(rpt)
    elif kind == "raw":
        text = report.raw(rpt)
    elif kind == "callgrind":
        text = report.callgrind(rpt)
    elif kind == "traces":
        text = report.traces(rpt)
    elif kind == "list":
        text = report.source_listing(rpt)
    else:
        text = flame.page(rpt, source)
    output = flags.get("output", "")
    if not output:
        sys.stdout.write(text)
        return 0
    sys.stderr.write(f"Generating report in {output}\n")
    try:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        raise report.ReportError(f"open {output}: {(e.strerror or str(e)).lower()}") from None
    return 0
