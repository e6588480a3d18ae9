"""The reports of ``gomem tool pprof``, laid out as google/pprof (Go 1.23's `go tool pprof`)
lays them out: -top, -tree/-peek, -traces, -list, -tags, -comments, -raw, -callgrind.

A report starts from a call graph of the profile at a granularity (functions by default,
source lines for -list): one node per distinct (function, file, line, address) as the
granularity keeps them, flat = the samples whose leaf is the node, cum = the samples the
node is anywhere on (once per sample, however deep the recursion), and an edge caller →
callee weighted like cum. pprof then trims it: nodes whose cum is below 0.5% of the total
are dropped (and the graph rebuilt without them, so a sample's stack skips them: a
"residual" edge), then only the first -nodecount nodes are kept (all for -top, 80 for
-tree), edges below 0.1% go. Sorting (flat or cum, then name, then the other value, then
the node's whole description) and the unit of the columns (the one that suits the smallest
value shown, see ``Report.select_unit``) follow pprof's rules so the outputs match byte for
byte. The filters that select samples and frames first are in ``filters.py``.
"""

from __future__ import annotations

import os
import posixpath
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from gomem.pprof import units
from gomem.pprof.profile_read import (
    Line,
    Location,
    Profile,
    num_label_units,
)


class ReportError(Exception):
    """A report pprof refuses (no match for -list's regexp, a bad -sample_index...)."""


class NodeInfo(NamedTuple):
    """What tells graph nodes apart (pprof's NodeInfo, field for field)."""
    name: str = ""
    orig_name: str = ""
    address: int = 0
    file: str = ""
    start_line: int = 0
    lineno: int = 0
    column: int = 0
    objfile: str = ""

    def printable_name(self) -> str:
        parts = []
        if self.address:
            parts.append(f"{self.address:016x}")
        if self.name:
            parts.append(self.name)
        if self.lineno:
            s = f"{self.file}:{self.lineno}"
            if self.column:
                s += f":{self.column}"
            parts.append(s)
        elif self.file:
            parts.append(self.file)
        elif self.name:
            pass
        elif self.objfile:
            parts.append(f"[{posixpath.basename(self.objfile)}]")
        else:
            parts.append("<unknown>")
        return " ".join(parts)

    def go_string(self) -> str:
        """The info as Go's fmt.Sprint prints the struct: pprof's last tie-break."""
        return (f"{{{self.name} {self.orig_name} {self.address} {self.file} {self.start_line} "
                f"{self.lineno} {self.column} {self.objfile}}}")


@dataclass(eq=False)
class Edge:
    src: Node
    dest: Node
    weight: int = 0
    residual: bool = False
    inline: bool = True


@dataclass(eq=False)
class Node:
    info: NodeInfo
    flat: int = 0
    cum: int = 0
    flat_div: int = 0   # with -mean: the divisors (the samples' counts) of flat and cum
    cum_div: int = 0
    ins: dict[Node, Edge] = field(default_factory=dict)    # caller -> edge
    outs: dict[Node, Edge] = field(default_factory=dict)   # callee -> edge

    def add_edge(self, to: Node, weight: int, residual: bool, inline: bool) -> None:
        e = self.outs.get(to)
        if e is None:
            e = self.outs[to] = to.ins[self] = Edge(self, to, 0, residual, inline)
        else:
            e.residual = e.residual or residual
            e.inline = e.inline and inline
        e.weight += weight

    @property
    def flat_value(self) -> int:
        """flat, or its mean with -mean."""
        return _go_div(self.flat, self.flat_div) if self.flat_div else self.flat

    @property
    def cum_value(self) -> int:
        return _go_div(self.cum, self.cum_div) if self.cum_div else self.cum


def _go_div(a: int, b: int) -> int:
    """Go's integer division (truncating toward zero)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


GRANULARITIES = ("functions", "filefunctions", "files", "lines", "addresses")


@dataclass
class Options:
    """A report's settings: pprof's config, with its defaults."""
    sample_index: int = -1
    sample_type: str = ""
    sample_unit: str = ""
    output_unit: str = "minimum"
    node_count: int = -1          # -1: pprof's default for the report (all for -top, 80 else)
    node_fraction: float = 0.005
    edge_fraction: float = 0.001
    trim: bool = True
    cum_sort: bool = False
    granularity: str = "functions"
    no_inlines: bool = False
    source_path: str = ""
    trim_path: str = ""
    symbol: re.Pattern[str] | None = None
    obj_names: bool = False
    compact_labels: bool = False
    mean: bool = False
    show_columns: bool = False    # keep source columns at -lines granularity
    drop_negative: bool = False   # leave out nodes whose value is negative
    ratio: float = 1.0            # 1 / -divide_by
    active_filters: list[str] = field(default_factory=list)   # "focus=REGEX", ... as given


def sample_index(prof: Profile, name: str) -> int:
    """The index of the sample type -sample_index names ("" = the profile's default type,
    else the last), with pprof's errors."""
    types = [t.type for t in prof.sample_types]
    if not types:
        raise ReportError("profile has no samples")
    if name == "":
        if prof.default_sample_type and prof.default_sample_type in types:
            return types.index(prof.default_sample_type)
        return len(types) - 1
    if re.fullmatch(r"[+-]?[0-9]+", name):
        i = int(name)
        if i < 0 or i >= len(types):
            raise ReportError(f"sample_index {name} is outside the range [0..{len(types) - 1}]")
        return i
    no_inuse = name.removeprefix("inuse_")
    for i, t in enumerate(types):
        if t in (name, no_inuse):
            return i
    raise ReportError(f'sample_index "{name}" must be one of: [{" ".join(types)}]')


def clean_path(p: str) -> str:
    """Go's filepath.Clean."""
    if not p:
        return "."
    c = posixpath.normpath(p)
    if c.startswith("//"):
        c = "/" + c.lstrip("/")
    return c


def trim_path(path: str, trim: str, search_path: str) -> str:
    """pprof's guess of a source file's path relative to the search path: the part after the
    search directory's base name when the recorded path contains it, else the path without
    a configured (or /proc/self/cwd) prefix."""
    if trim == "":
        for d in (x for x in search_path.split(os.pathsep) if x):
            want = "/" + posixpath.basename(d.rstrip("/") or "/") + "/"
            i = path.find(want)
            if i != -1:
                return path[i + len(want):]
    for t in [x for x in trim.split(os.pathsep) if x] + ["/proc/self/cwd/./", "/proc/self/cwd/"]:
        if not t.endswith("/"):
            t += "/"
        if path.startswith(t):
            return path[len(t):]
    return path


class Report:
    """A profile and the options of one report over it."""

    def __init__(self, prof: Profile, opts: Options):
        self.prof = prof
        self.opts = opts
        st = prof.sample_types[opts.sample_index]
        opts.sample_type = st.type
        opts.sample_unit = st.unit
        idx = opts.sample_index
        self.value: Callable[[list[int]], int] = lambda v: v[idx]
        # -mean: values are divided by the samples' first value (their count)
        self.mean_div: Callable[[list[int]], int] | None = (lambda v: v[0]) if opts.mean else None
        if opts.mean:
            opts.sample_type = "mean_" + opts.sample_type
        self.total = sum(abs(self.value(s.values)) for s in prof.samples)
        if self.mean_div is not None:
            div = sum(self.mean_div(s.values) for s in prof.samples)
            if div:
                self.total = _go_div(self.total, div)
        self.keep_function = opts.granularity in ("functions", "filefunctions", "lines", "addresses")
        self.keep_file = opts.granularity in ("filefunctions", "files", "lines", "addresses")
        self.keep_line = opts.granularity in ("lines", "addresses")
        self.keep_address = opts.granularity == "addresses"
        # -granularity=addresses with inlined frames: pprof keeps the locations as they are
        self.keep_all = opts.granularity == "addresses" and not opts.no_inlines

    def format_value(self, v: int) -> str:
        r = self.opts.ratio
        if r > 0 and r != 1:
            v = int(float(v) * r)
        return units.scaled_label(v, self.opts.sample_unit, self.opts.output_unit)

    # --- the graph

    def _node_info(self, loc: Location, line: Line) -> NodeInfo:
        objfile = loc.mapping.file if loc.mapping is not None else ""
        address = loc.address if self.keep_address or self.keep_all else 0
        fn = line.function
        if fn is None:
            return NodeInfo(address=address, objfile=objfile)
        name = fn.name if self.keep_function or self.keep_all else ""
        fname = fn.filename if self.keep_file or self.keep_all else ""
        fname = trim_path(fname, self.opts.trim_path, self.opts.source_path) if fname else ""
        info = NodeInfo(name=name, address=address, file=clean_path(fname) if fname else "",
                        lineno=line.line if self.keep_line or self.keep_all else 0,
                        column=line.column if self.keep_all or (self.keep_line and self.opts.show_columns) else 0)
        if self.opts.obj_names or not name:
            info = info._replace(objfile=objfile, start_line=fn.start_line)
        return info

    def _location_lines(self, loc: Location) -> list[Line]:
        lines = loc.lines or [Line(None, 0, 0)]
        if self.opts.no_inlines and len(lines) > 1:
            lines = lines[-1:]
        return lines

    def location_nodes(self, kept: set[NodeInfo] | None = None) -> tuple[dict[NodeInfo, Node], dict[int, list[Node | None]]]:
        """A node per distinct info (only the kept ones when given) and each location's
        nodes, one per line (inlined callee first; None for a line whose node is not kept)."""
        nodes: dict[NodeInfo, Node] = {}
        by_location: dict[int, list[Node | None]] = {}
        for loc in self.prof.locations:
            row: list[Node | None] = []
            for line in self._location_lines(loc):
                info = self._node_info(loc, line)
                if kept is not None and info not in kept:
                    row.append(None)
                    continue
                n = nodes.get(info)
                if n is None:
                    n = nodes[info] = Node(info)
                row.append(n)
            by_location[loc.id] = row
        return nodes, by_location

    def graph(self, kept: set[NodeInfo] | None = None) -> list[Node]:
        """The call graph's nodes (those with a value), pprof's graph.New."""
        nodes, by_location = self.location_nodes(kept)
        for sample in self.prof.samples:
            w = self.value(sample.values)
            dw = self.mean_div(sample.values) if self.mean_div is not None else 0
            if w == 0 and dw == 0:
                continue
            seen_nodes: set[Node] = set()
            seen_edges: set[tuple[Node, Node]] = set()
            parent: Node | None = None
            residual = False
            for loc in reversed(sample.locations):
                row = by_location[loc.id]
                for ni in range(len(row) - 1, -1, -1):
                    n = row[ni]
                    if n is None:
                        residual = True
                        continue
                    if n not in seen_nodes:
                        seen_nodes.add(n)
                        n.cum += w
                        n.cum_div += dw
                    if parent is not None and n is not parent and (n, parent) not in seen_edges:
                        seen_edges.add((n, parent))
                        parent.add_edge(n, w, residual, ni != len(row) - 1)
                    parent = n
                    residual = False
            if parent is not None and not residual:
                parent.flat += w
                parent.flat_div += dw
        return [n for n in nodes.values() if (n.cum != 0 or n.flat != 0)
                and not (self.opts.drop_negative and (n.flat < 0 or n.flat == 0 and n.cum < 0))]

    def sort_nodes(self, nodes: list[Node]) -> None:
        if self.opts.cum_sort:
            nodes.sort(key=lambda n: (-abs(n.cum), n.info.printable_name(), -abs(n.flat), n.info.go_string()))
        else:
            nodes.sort(key=lambda n: (-abs(n.flat), n.info.printable_name(), -abs(n.cum), n.info.go_string()))

    def trimmed_graph(self) -> tuple[list[Node], int, int, int]:
        """The graph trimmed as pprof trims it for a report: (nodes, the count before
        -nodecount applied, nodes dropped as below the cutoff, edges dropped)."""
        o = self.opts
        nodes = self.graph()
        total_value = sum(n.flat for n in nodes)
        node_cutoff = abs(int(float(total_value) * o.node_fraction))
        edge_cutoff = abs(int(float(total_value) * o.edge_fraction))
        dropped_nodes = 0
        if node_cutoff > 0:
            kept = {n.info for n in nodes if abs(n.cum) >= node_cutoff}
            if len(kept) != len(nodes):
                dropped_nodes = len(nodes) - len(kept)
                nodes = self.graph(kept)
        orig_count = len(nodes)
        self.sort_nodes(nodes)
        if o.node_count > 0:
            _trim_edges(nodes, edge_cutoff)
            top = nodes[:o.node_count]
            if len(top) != len(nodes):
                nodes = self.graph({n.info for n in top})
                self.sort_nodes(nodes)
        dropped_edges = _trim_edges(nodes, edge_cutoff)
        return nodes, orig_count, dropped_nodes, dropped_edges

    def select_unit(self, nodes: list[Node], integral: bool = False) -> None:
        """pprof's choice of one unit for a report's columns: the unit of the smallest
        value shown, or a larger one when that value is under 1% of the total (not when
        the values are printed as integers, as -callgrind's)."""
        o = self.opts
        if o.output_unit != "minimum" or not nodes:
            return
        min_value = 0
        for n in nodes:
            v = abs(n.flat_value) or abs(n.cum_value)
            if v > 0 and (min_value == 0 or v < min_value):
                min_value = v
        max_value = self.total
        if min_value == 0:
            min_value = max_value
        r = o.ratio
        if r > 0 and r != 1:
            min_value = int(float(min_value) * r)
            max_value = int(float(max_value) * r)
        _, min_unit = units.scale(min_value, o.sample_unit, "minimum")
        _, max_unit = units.scale(max_value, o.sample_unit, "minimum")
        unit = min_unit
        if min_unit != max_unit and min_value * 100 < max_value and not integral:
            _, unit = units.scale(100 * min_value, o.sample_unit, "minimum")
        o.output_unit = unit or o.sample_unit

    # --- headers

    def profile_labels(self) -> list[str]:
        prof, o = self.prof, self.opts
        labels = []
        if prof.mappings:
            m = prof.mappings[0]
            if m.file:
                labels.append("File: " + posixpath.basename(m.file))
            if m.build_id:
                labels.append("Build ID: " + m.build_id)
        labels += [c for c in prof.comments if not c.startswith("#")]
        if o.sample_type:
            labels.append("Type: " + o.sample_type)
        if prof.time_nanos:
            labels.append("Time: " + _go_time(prof.time_nanos))
        if prof.duration_nanos:
            duration = units.label(prof.duration_nanos, "nanoseconds")
            total_nanos, total_unit = units.scale(self.total, o.sample_unit, "nanoseconds")
            ratio = ""
            if total_unit == "ns" and total_nanos != 0:
                ratio = "(" + units.percentage(int(total_nanos), prof.duration_nanos) + ")"
            labels.append(f"Duration: {duration}, Total samples = {self.format_value(self.total)} {ratio}")
        return labels

    def report_labels(self, nodes: list[Node], orig_count: int, dropped_nodes: int, dropped_edges: int) -> list[str]:
        labels = [] if self.opts.compact_labels else self.profile_labels()
        if self.opts.active_filters:
            labels.append("Active filters:")
            labels += ["   " + (f if len(f) <= 80 else f[:80] + "…") for f in self.opts.active_filters]
        flat_sum = sum(n.flat_value for n in nodes)
        labels.append(f"Showing nodes accounting for {self.format_value(flat_sum)}, "
                      f"{units.percentage(flat_sum, self.total).strip()} of {self.format_value(self.total)} total")
        if self.total != 0:
            if dropped_nodes > 0:
                labels.append(_dropped(dropped_nodes, "node", "cum",
                                       self.format_value(abs(int(float(self.total) * self.opts.node_fraction)))))
            if dropped_edges > 0:
                labels.append(_dropped(dropped_edges, "edge", "freq",
                                       self.format_value(abs(int(float(self.total) * self.opts.edge_fraction)))))
            if 0 < len(nodes) < orig_count:
                labels.append(f"Showing top {len(nodes)} nodes out of {orig_count}")
        return labels


def _dropped(count: int, what: str, measure: str, cutoff: str) -> str:
    if count > 1:
        what += "s"
    return f"Dropped {count} {what} ({measure} <= {cutoff})"


def _trim_edges(nodes: list[Node], cutoff: int) -> int:
    dropped = 0
    for n in nodes:
        for src, e in list(n.ins.items()):
            if abs(e.weight) < cutoff:
                del n.ins[src]
                del src.outs[n]
                dropped += 1
    return dropped


def _sorted_edges(edges: dict[Node, Edge]) -> list[Edge]:
    return sorted(edges.values(), key=lambda e: (-abs(e.weight), e.src.info.printable_name(),
                                                 e.dest.info.printable_name()))


def _go_time(nanos: int) -> str:
    """Go's "Jan 2, 2006 at 3:04pm (MST)" in local time."""
    t = time.localtime(nanos / 1e9)
    hour = t.tm_hour % 12 or 12
    ampm = "am" if t.tm_hour < 12 else "pm"
    return f"{time.strftime('%b', t)} {t.tm_mday}, {t.tm_year} at {hour}:{t.tm_min:02d}{ampm} ({t.tm_zone})"


# --- the reports

def top(rpt: Report) -> str:
    """-top: the nodes with their flat and cum values, sorted by flat (or cum with -cum)."""
    nodes, orig_count, dropped_nodes, _ = rpt.trimmed_graph()
    rpt.select_unit(nodes)
    out = rpt.report_labels(nodes, orig_count, dropped_nodes, 0)
    out.append(f"{'flat':>10s} {'flat':>5s}% {'sum':>5s}% {'cum':>10s} {'cum':>5s}%")
    flat_sum = 0
    for n in nodes:
        inline = [e.inline for e in n.ins.values()]
        suffix = ""
        if any(inline):
            suffix = " (partial-inline)" if not all(inline) else " (inline)"
        flat, cum = n.flat_value, n.cum_value
        flat_sum += flat
        out.append(f"{rpt.format_value(flat):>10s} {units.percentage(flat, rpt.total)} "
                   f"{units.percentage(flat_sum, rpt.total)} {rpt.format_value(cum):>10s} "
                   f"{units.percentage(cum, rpt.total)}  {n.info.printable_name()}{suffix}")
    return "\n".join(out) + "\n"


def tree(rpt: Report) -> str:
    """-tree: each node with its callers above and its callees below; -peek=REGEX: only
    the nodes whose name matches."""
    separator = "----------------------------------------------------------+-------------"
    legend = "      flat  flat%   sum%        cum   cum%   calls calls% + context \t \t "
    nodes, orig_count, dropped_nodes, _ = rpt.trimmed_graph()
    rpt.select_unit(nodes)
    out = rpt.report_labels(nodes, orig_count, dropped_nodes, 0)
    out += [separator, legend]
    flat_sum = 0
    rx = rpt.opts.symbol
    matched = 0

    def edge_line(weight: int, cum: int, name: str, inline: bool) -> str:
        return (f"{rpt.format_value(weight):>50s} {units.percentage(weight, cum)} |   {name}"
                + (" (inline)" if inline else ""))

    for n in nodes:
        if rx is not None and not rx.search(n.info.printable_name()):
            continue
        matched += 1
        out.append(separator)
        flat, cum = n.flat_value, n.cum_value
        for e in _sorted_edges(n.ins):
            out.append(edge_line(e.weight, cum, e.src.info.printable_name(), e.inline))
        flat_sum += flat
        out.append(f"{rpt.format_value(flat):>10s} {units.percentage(flat, rpt.total)} "
                   f"{units.percentage(flat_sum, rpt.total)} {rpt.format_value(cum):>10s} "
                   f"{units.percentage(cum, rpt.total)}                | {n.info.printable_name()}")
        for e in _sorted_edges(n.outs):
            out.append(edge_line(e.weight, cum, e.dest.info.printable_name(), e.inline))
    if nodes:
        out.append(separator)
    if rx is not None and matched == 0:
        raise ReportError(f"no matches found for regexp: {rx.pattern}")
    return "\n".join(out) + "\n"


def tags(rpt: Report) -> str:
    """-tags: for each label key, the total value of the samples carrying each of its values."""
    o = rpt.opts
    label_units = num_label_units(rpt.prof)
    by_key: dict[str, dict[str, int]] = {}
    for sample in rpt.prof.samples:
        v = rpt.value(sample.values)
        for key, vals in sample.labels.items():
            for val in vals:
                m = by_key.setdefault(key, {})
                m[val] = m.get(val, 0) + v
        for key, nums in sample.num_labels.items():
            unit = label_units.get(key, key)
            for num in nums:
                val = units.scaled_label(num, unit, o.output_unit)
                m = by_key.setdefault(key, {})
                m[val] = m.get(val, 0) + v
    rows: list[list[str]] = []
    for key in sorted(by_key):
        counts = by_key[key]
        total = sum(counts.values())
        f, u = units.scale(total, o.sample_unit, o.output_unit)
        rows.append([f"{key}:", f" Total {f:.1f}{u}"])
        for name, c in sorted(counts.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
            f, u = units.scale(c, o.sample_unit, o.output_unit)
            if total > 0:
                rows.append([" ", f"{f:.1f}{u} ({units.percentage(c, total)}):", f" {name}"])
            else:
                rows.append([" ", f"{f:.1f}{u}:", f" {name}"])
        rows.append([""])
    return right_aligned_columns(rows)


def right_aligned_columns(rows: list[list[str]]) -> str:
    """Rows of cells laid out as Go's text/tabwriter does with AlignRight and padding 1:
    every cell but a row's last is a column cell, right-aligned in the width of the widest
    cell of its column among the adjacent rows that have that column, plus one."""
    if not rows:
        return ""
    widths: list[list[int]] = [[0] * (len(r) - 1) for r in rows]
    ncols = max((len(r) - 1 for r in rows), default=0)
    for col in range(ncols):
        i = 0
        while i < len(rows):
            if len(rows[i]) - 1 <= col:
                i += 1
                continue
            j = i
            while j < len(rows) and len(rows[j]) - 1 > col:
                j += 1
            w = max(len(rows[k][col]) for k in range(i, j)) + 1
            for k in range(i, j):
                widths[k][col] = w
            i = j
    out = []
    for r, ws in zip(rows, widths):
        out.append("".join(cell.rjust(w) for cell, w in zip(r, ws)) + r[-1])
    return "\n".join(out) + "\n"


def callgrind(rpt: Report) -> str:
    """-callgrind: the graph at address granularity in callgrind's format (KCachegrind)."""
    o = rpt.opts
    nodes, _, _, _ = rpt.trimmed_graph()
    rpt.select_unit(nodes, integral=True)
    # callgrind merges the functions of one (file, name): number apart distinct ones
    functions: dict[tuple[str, str], dict[NodeInfo, int]] = {}
    for n in nodes:
        f = functions.setdefault((n.info.file, n.info.name), {})
        f.setdefault(n.info._replace(address=0, lineno=0, column=0), len(f))

    def node_name(n: Node) -> str:
        f = functions[(n.info.file, n.info.name)]
        if len(f) > 1:
            return f"{n.info.name} [{f[n.info._replace(address=0, lineno=0, column=0)] + 1}/{len(f)}]"
        return n.info.name

    ids: dict[str, dict[str, int]] = {"ob": {}, "fl": {}, "fn": {}}

    def compressed(kind: str, name: str) -> str:
        if not name:
            return ""
        seen = ids[kind]
        if name in seen:
            return f"({seen[name]})"
        seen[name] = len(seen) + 1
        return f"({seen[name]}) {name}"

    def address(prev: NodeInfo | None, cur: int) -> str:
        absolute = f"{cur:#x}"
        if prev is None:
            return absolute
        if prev.address == cur:
            return "*"
        diff = (cur - prev.address) & (1 << 64) - 1
        if diff >= 1 << 63:
            diff -= 1 << 64
        relative = f"{diff:+d}"
        return relative if len(relative) < len(absolute) else absolute

    def scaled(v: int) -> int:
        return int(units.scale(v, o.sample_unit, o.output_unit)[0])

    out = ["positions: instr line", f"events: {o.sample_type}({o.output_unit})"]
    prev: NodeInfo | None = None
    for n in nodes:
        i = n.info
        if prev is None or (i.objfile, i.file, i.name) != (prev.objfile, prev.file, prev.name):
            out += ["", "ob=" + compressed("ob", i.objfile), "fl=" + compressed("fl", i.file),
                    "fn=" + compressed("fn", i.name)]
        out.append(f"{address(prev, i.address)} {i.lineno} {scaled(n.flat_value)}")
        for e in _sorted_edges(n.outs):
            callee = e.dest.info
            out.append("cfl=" + compressed("fl", callee.file))
            out.append("cfn=" + compressed("fn", node_name(e.dest)))
            out.append(f"calls=0 {address(prev, callee.address)} {callee.lineno}")
            out.append(f"* * {scaled(e.weight)}")
        prev = i
    return "\n".join(out) + "\n"


def raw(rpt: Report) -> str:
    """-raw: the profile's contents as pprof's Profile.String prints them."""
    from gomem.stdlib.time import Duration_String
    prof = rpt.prof
    out = [f"Comment: {c}" for c in prof.comments]
    out.append(f"PeriodType: {prof.period_type.type} {prof.period_type.unit}")
    out.append(f"Period: {prof.period}")
    if prof.time_nanos:
        out.append(f"Time: {_go_time_string(prof.time_nanos)}")
    if prof.duration_nanos:
        # pprof formats it with %.4v: Go's duration string cut to 4 characters
        out.append(f"Duration: {Duration_String(prof.duration_nanos).decode()[:4]}")
    out.append("Samples:")
    out.append(" ".join(f"{t.type}/{t.unit}" + ("[dflt]" if t.type == prof.default_sample_type else "")
                        for t in prof.sample_types))
    header = " " * 16
    for sample in prof.samples:
        out.append("".join(f" {v:10d}" for v in sample.values) + ": "
                   + "".join(f"{loc.id} " for loc in sample.locations))
        if sample.labels:
            out.append(header + " ".join(sorted(f"{k}:[{' '.join(vs)}]" for k, vs in sample.labels.items())))
        if sample.num_labels:
            parts = []
            for k, vs in sample.num_labels.items():
                unit_list = sample.num_units.get(k, [])
                if len(unit_list) == len(vs):
                    parts.append(f"{k}:[{' '.join(f'{v} {u}' for v, u in zip(vs, unit_list))}]")
                else:
                    parts.append(f"{k}:[{' '.join(str(v) for v in vs)}]")
            out.append(header + " ".join(sorted(parts)))
    out.append("Locations")
    for loc in prof.locations:
        head = f"{loc.id:6d}: {loc.address:#x} "
        if loc.mapping is not None:
            head += f"M={loc.mapping.id} "
        if loc.is_folded:
            head += "[F] "
        if not loc.lines:
            out.append(head)
        for line in loc.lines:
            fn = line.function
            text = "??"
            if fn is not None:
                text = f"{fn.name} {fn.filename}:{line.line}:{line.column} s={fn.start_line}"
                if fn.name != fn.system_name:
                    text += f"({fn.system_name})"
            out.append(head + text)
            head = " " * 13
    out.append("Mappings")
    for m in prof.mappings:
        bits = "".join(b for b, on in (("[FN]", m.has_functions), ("[FL]", m.has_filenames),
                                       ("[LN]", m.has_line_numbers), ("[IN]", m.has_inline_frames)) if on)
        out.append(f"{m.id}: {m.start:#x}/{m.limit:#x}/{m.offset:#x} {m.file} {m.build_id} {bits}")
    return "\n".join(out) + "\n"


def _go_time_string(nanos: int) -> str:
    """Go's Time.String in local time: "2006-01-02 15:04:05.999999999 -0700 MST"."""
    secs, frac = divmod(nanos, 10**9)
    t = time.localtime(secs)
    fraction = f".{frac:09d}".rstrip("0") if frac else ""
    off = t.tm_gmtoff
    sign = "-" if off < 0 else "+"
    off = abs(off)
    return (time.strftime("%Y-%m-%d %H:%M:%S", t) + fraction
            + f" {sign}{off // 3600:02d}{off % 3600 // 60:02d} {t.tm_zone}")


def comments(rpt: Report) -> str:
    """-comments: the profile's comments, one a line."""
    return "".join(c + "\n" for c in rpt.prof.comments)


def traces(rpt: Report) -> str:
    """-traces: every sample with its labels, value and stack (leaf first)."""
    separator = "-----------+-------------------------------------------------------"
    out = rpt.profile_labels()
    _, by_location = rpt.location_nodes()
    label_units = num_label_units(rpt.prof)
    for sample in rpt.prof.samples:
        stack: list[tuple[Node, bool]] = []
        for loc in sample.locations:
            row = by_location[loc.id]
            stack += [(n, i != len(row) - 1) for i, n in enumerate(row) if n is not None]
        if not stack:
            continue
        out.append(separator)
        out += sorted(f"{k:>10s}:  {' '.join(vs)}" for k, vs in sample.labels.items())
        out += sorted(f"{k:>10s}:  {' '.join(units.label(v, label_units.get(k, k)) for v in vs)}"
                      for k, vs in sample.num_labels.items())
        v = rpt.value(sample.values)
        d = rpt.mean_div(sample.values) if rpt.mean_div is not None else 0
        if d != 0:
            v = _go_div(v, d)
        for i, (n, inline) in enumerate(stack):
            vs = rpt.format_value(v) if i == 0 else ""
            out.append(f"{vs:>10s}   {n.info.printable_name()}" + (" (inline)" if inline else ""))
    out.append(separator)
    return "\n".join(out) + "\n"


def source_listing(rpt: Report, cwd: str | None = None) -> str:
    """-list=REGEX: for each function whose name matches, its source lines (from the files
    the profile names) with each line's flat and cum values."""
    o = rpt.opts
    assert o.symbol is not None
    nodes = rpt.graph()
    functions: list[Node] = []
    by_name: dict[str, list[Node]] = {}
    for n in nodes:
        if not o.symbol.search(n.info.name):
            continue
        if n.info.name not in by_name:
            functions.append(n)
            by_name[n.info.name] = []
        by_name[n.info.name].append(n)
    if not functions:
        raise ReportError(f"no matches found for regexp: {o.symbol.pattern}")
    functions.sort(key=lambda n: (n.info.name, n.info.go_string()))
    search_path = o.source_path or cwd or os.getcwd()
    reader = _SourceReader(search_path, o.trim_path)
    out = [f"Total: {rpt.format_value(rpt.total)}"]

    def value_or_dot(v: int) -> str:
        return "." if v == 0 else rpt.format_value(v)

    for fn in functions:
        name = fn.info.name
        files: list[Node] = []
        by_file: dict[str, list[Node]] = {}
        for n in by_name[name]:
            if not n.info.file:
                continue
            if n.info.file not in by_file:
                files.append(n)
                by_file[n.info.file] = []
            by_file[n.info.file].append(n)
        if not files:
            out.append(f"No source information for {name}")
            continue
        files.sort(key=lambda n: (n.info.file, n.info.start_line, n.info.go_string()))
        for fl in files:
            filename = fl.info.file
            fns = by_file[filename]
            flat_sum = sum(n.flat for n in fns)
            cum_sum = sum(n.cum for n in fns)
            out.append(f"ROUTINE ======================== {name} in {filename}")
            out.append(f"{rpt.format_value(flat_sum):>10s} {rpt.format_value(cum_sum):>10s} (flat, cum) "
                       f"{units.percentage(cum_sum, rpt.total)} of Total")
            lines, err = _annotated_source(filename, reader, fns)
            if err:
                out.append(f" Error: {err}")
                continue
            for lineno, text, flat, cum in lines:
                out.append(f"{value_or_dot(flat):>10s} {value_or_dot(cum):>10s} {lineno:6d}:{text}")
    return "\n".join(out) + "\n"


def _annotated_source(filename: str, reader: _SourceReader, fns: list[Node]) -> tuple[list[tuple[int, str, int, int]], str]:
    """The lines of the function's source to show (from its first line, or 5 before its
    first sampled line, to 5 after the last) with their values; or an error."""
    margin = 5
    fns = sorted(fns, key=lambda n: n.info.lineno)
    first = fns[0].info
    start = first.start_line if first.start_line else first.lineno - margin
    end = first.lineno + margin
    by_line: dict[int, list[Node]] = {}
    for n in fns:
        node_start = n.info.start_line or n.info.lineno - margin
        node_end = n.info.lineno + margin
        if node_start < start:
            start = node_start
        elif node_end > end:
            end = node_end
        by_line.setdefault(n.info.lineno, []).append(n)
    start = max(start, 1)
    out = []
    for lineno in range(start, end + 1):
        text = reader.line(filename, lineno)
        if text is None:
            break
        ns = by_line.get(lineno, [])
        out.append((lineno, text, sum(n.flat for n in ns), sum(n.cum for n in ns)))
    err = reader.errors.get(filename, "")
    return ([] if err else out), err


class _SourceReader:
    """Source files by the names a profile records, found as pprof finds them (the name
    as is when absolute, else relative to the search path or a parent of it)."""

    def __init__(self, search_path: str, trim: str):
        self.search_path = search_path
        self.trim = trim
        self.files: dict[str, list[str]] = {}
        self.errors: dict[str, str] = {}

    def line(self, path: str, lineno: int) -> str | None:
        lines = self.files.get(path)
        if lines is None:
            lines = self.files[path] = [""]
            try:
                with open(self._find(path), "rb") as f:
                    data = f.read().decode("utf-8", errors="replace")
                for ln in data.split("\n"):
                    lines.append(ln.removesuffix("\r"))
                if data.endswith("\n") or data == "":
                    lines.pop()
            except _NotFound as e:
                self.errors[path] = str(e)
            except OSError as e:
                self.errors[path] = f"open {path}: {(e.strerror or str(e)).lower()}"
        if lineno <= 0 or lineno >= len(lines):
            return None
        return lines[lineno]

    def _find(self, path: str) -> str:
        p = trim_path(path, self.trim, self.search_path)
        if p.startswith("/"):
            return p
        for d in (x for x in self.search_path.split(os.pathsep) if x):
            while True:
                cand = os.path.join(d, p)
                if os.path.isfile(cand):
                    return cand
                parent = os.path.dirname(d)
                if parent == d:
                    break
                d = parent
        raise _NotFound(f"could not find file {p} on path {self.search_path}")


class _NotFound(Exception):
    pass
