"""``gomem tool pprof -flame``: a flame graph of one sample type as a single self-contained
HTML page (inline CSS, JavaScript and SVG; nothing fetched from the network).

The frames form a tree merged by call path, root on top as in pprof's web flame graph: a
frame's width is the value of the samples whose stack passes through it on that path, its
children are the functions it called there (inlined calls are frames too, marked
"(inline)"). Hovering a frame shows its name, value and share of the total; clicking it
zooms in (it and its callees fill the width, its callers stay above it), clicking the root
or pressing Escape zooms out. A search box colours the frames whose name matches a regexp
and shows their share of the total. ``#zoom=NAME`` and ``#search=RE`` (joined by ``&``) in
the page's address zoom and search at load (for links, and for tests that drive a headless
browser).
"""

from __future__ import annotations

import html
import json

from gomem.pprof import units
from gomem.pprof.report import Report


class _Frame:
    __slots__ = ("name", "inline", "value", "children")

    def __init__(self, name: str, inline: bool):
        self.name = name
        self.inline = inline
        self.value = 0
        self.children: dict[tuple[str, bool], _Frame] = {}


def frame_tree(rpt: Report) -> _Frame:
    """The samples' stacks merged into a tree of frames (root first)."""
    root = _Frame("root", False)
    _, by_location = rpt.location_nodes()
    for sample in rpt.prof.samples:
        w = rpt.value(sample.values)
        if w == 0:
            continue
        root.value += w
        cur = root
        for loc in reversed(sample.locations):
            row = by_location[loc.id]
            for i in range(len(row) - 1, -1, -1):
                n = row[i]
                if n is None:
                    continue
                key = (n.info.printable_name(), i != len(row) - 1)
                nxt = cur.children.get(key)
                if nxt is None:
                    nxt = cur.children[key] = _Frame(*key)
                nxt.value += w
                cur = nxt
    return root


def _encode(f: _Frame, rpt: Report) -> list:
    """[name, inline, value, formatted value, children] with children widest first."""
    kids = sorted(f.children.values(), key=lambda c: (-abs(c.value), c.name))
    return [f.name, 1 if f.inline else 0, f.value, rpt.format_value(f.value), [_encode(c, rpt) for c in kids]]


def page(rpt: Report, source: str) -> str:
    """The HTML page of the flame graph of rpt's sample type."""
    root = frame_tree(rpt)
    rpt.opts.output_unit = "auto"   # each value in its own best unit
    data = _encode(root, rpt)
    headers = rpt.profile_labels()
    headers.append(f"Total: {rpt.format_value(rpt.total)}")
    title = f"{source} — {rpt.opts.sample_type}" if rpt.opts.sample_type else source
    payload = json.dumps({"root": data, "total": root.value, "unit_is_known": units.known_unit(rpt.opts.sample_unit)},
                         separators=(",", ":")).replace("</", "<\\/")
    return (_PAGE.replace("{{TITLE}}", html.escape(title))
            .replace("{{HEADERS}}", "".join(f"<div>{html.escape(h)}</div>" for h in headers))
            .replace("{{DATA}}", payload))


_PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<style>
body { font-family: sans-serif; margin: 12px; color: #222; }
#headers { font-size: 13px; margin-bottom: 8px; }
#details { font-family: monospace; font-size: 13px; min-height: 1.4em; margin: 6px 0; white-space: pre; }
#flame { width: 100%; display: block; }
#flame g.frame { cursor: pointer; }
#flame g.frame rect { stroke: #fff; stroke-width: 0.5; }
#flame g.frame:hover rect { stroke: #000; stroke-width: 1; }
#flame g.frame.dim rect { opacity: 0.45; }
#flame g.frame.match rect { fill: #c080f0; }
#search { font-family: monospace; width: 24em; }
#flame text { font-family: monospace; font-size: 12px; fill: #000; pointer-events: none; }
#hint { font-size: 12px; color: #666; }
</style>
</head>
<body>
<div id="headers">{{HEADERS}}</div>
<div id="hint">Hover a frame for its value; click to zoom in; click the root (or press Escape) to zoom out.
<label>Search (regexp): <input id="search" type="text" spellcheck="false"></label> <span id="matched"></span></div>
<div id="details">&nbsp;</div>
<svg id="flame" xmlns="http://www.w3.org/2000/svg"></svg>
<script>
"use strict";
const DATA = {{DATA}};
const ROW = 18, PAD = 2, CHAR = 7.2;
const svg = document.getElementById("flame");
const details = document.getElementById("details");
const SVGNS = "http://www.w3.org/2000/svg";

// [name, inline, value, label, children] -> objects with parent links
function build(a, parent, depth) {
  const n = {name: a[0], inline: !!a[1], value: a[2], label: a[3], parent: parent, depth: depth, children: []};
  n.children = a[4].map(c => build(c, n, depth + 1));
  return n;
}
const root = build(DATA.root, null, 0);
let maxDepth = 0;
(function walk(n) { maxDepth = Math.max(maxDepth, n.depth); n.children.forEach(walk); })(root);

function hue(name) {
  // one colour family per package, warm tones as flame graphs use
  const pkg = name.replace(/^(.*\/)?([^.]*)\..*$/, "$2");
  let h = 0;
  for (let i = 0; i < pkg.length; i++) h = (h * 31 + pkg.charCodeAt(i)) >>> 0;
  return h;
}
function colour(n) {
  if (n.parent === null) return "#d0d0d0";
  const h = hue(n.name);
  let f = 0;   // the function's own shade within its package's colour
  for (let i = 0; i < n.name.length; i++) f = (f * 17 + n.name.charCodeAt(i)) >>> 0;
  return "hsl(" + (10 + h % 45) + "," + (60 + h % 30) + "%," + ((n.inline ? 68 : 56) + f % 12) + "%)";
}
function pct(v) { return DATA.total ? (100 * v / DATA.total).toFixed(2) + "%" : "0%"; }
function describe(n) {
  if (n.parent === null) return "root: " + n.label + " (100%)";
  return n.name + (n.inline ? " (inline)" : "") + ": " + n.label + " (" + pct(n.value) + " of total)";
}

let focus = root;
let search = null;   // the search box's regexp, when valid and not empty
const matched = document.getElementById("matched");
// the share of the samples under frames the search matches (a match inside a match counted once)
function matchedValue(n) {
  if (search && search.test(n.name)) return n.value;
  return n.children.reduce((sum, c) => sum + matchedValue(c), 0);
}
function render() {
  const width = svg.clientWidth || 1000;
  svg.setAttribute("height", (maxDepth + 1) * (ROW + PAD));
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  const onPath = new Set();
  for (let a = focus; a !== null; a = a.parent) onPath.add(a);
  const scale = focus.value ? width / focus.value : 0;
  function draw(n, x, w) {
    if (w < 0.5) return;
    const g = document.createElementNS(SVGNS, "g");
    const hit = search !== null && n.parent !== null && search.test(n.name);
    g.setAttribute("class", "frame" + (n.depth < focus.depth ? " dim" : "") + (hit ? " match" : ""));
    g.setAttribute("data-name", n.name);
    g.setAttribute("data-value", String(n.value));
    const r = document.createElementNS(SVGNS, "rect");
    r.setAttribute("x", x.toFixed(2));
    r.setAttribute("y", n.depth * (ROW + PAD));
    r.setAttribute("width", w.toFixed(2));
    r.setAttribute("height", ROW);
    r.setAttribute("fill", colour(n));
    const t = document.createElementNS(SVGNS, "title");
    t.textContent = describe(n);
    g.appendChild(t);
    g.appendChild(r);
    const fits = Math.floor((w - 6) / CHAR);
    if (fits >= 3) {
      const txt = document.createElementNS(SVGNS, "text");
      txt.setAttribute("x", (x + 3).toFixed(2));
      txt.setAttribute("y", n.depth * (ROW + PAD) + 13);
      txt.textContent = n.name.length <= fits ? n.name : n.name.slice(0, fits - 2) + "..";
      g.appendChild(txt);
    }
    g.addEventListener("mouseover", () => { details.textContent = describe(n); });
    g.addEventListener("click", () => zoom(n));
    svg.appendChild(g);
    let cx = x;
    for (const c of n.children) {
      // a caller of the focus is drawn full width; below the focus widths are to scale
      if (n.depth < focus.depth) {
        if (onPath.has(c)) draw(c, 0, width);
        continue;
      }
      const cw = c.value * scale;
      draw(c, cx, cw);
      cx += cw;
    }
  }
  draw(root, 0, width);
}
function zoom(n) {
  focus = (n === focus && n.parent !== null) ? n.parent : n;
  details.textContent = describe(focus);
  render();
}
function findByName(n, name) {
  if (n.name === name) return n;
  for (const c of n.children) { const f = findByName(c, name); if (f) return f; }
  return null;
}
function setSearch(text) {
  try { search = text ? new RegExp(text) : null; } catch (e) { search = null; }
  matched.textContent = search ? "matched: " + pct(matchedValue(root)) + " of total" : "";
  render();
}
document.getElementById("search").addEventListener("input", e => setSearch(e.target.value));
document.addEventListener("keydown", e => { if (e.key === "Escape" && e.target.id !== "search") zoom(root); });
window.addEventListener("resize", render);
const params = new URLSearchParams(location.hash.slice(1));
if (params.get("search")) { document.getElementById("search").value = params.get("search"); setSearch(params.get("search")); }
const start = params.get("zoom") ? findByName(root, params.get("zoom")) : null;
if (start) zoom(start); else render();
</script>
</body>
</html>
"""
