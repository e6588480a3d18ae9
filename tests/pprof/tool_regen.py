"""Goldens of `gomem tool pprof` (tests/pprof/test_tool.py) from REAL `go tool pprof` (Go 1.23).

The profiles are committed in toolprofiles/: go_*.pb.gz written by real Go running
toolsrc/prog.go and toolsrc/labels.go, gomem_*.pb.gz written by gomem running prog.go, and
synthetic.pb.gz, built here field by field to reach what Go's runtime never writes (string
and numeric labels with and without units, comments, a build id, shared-library and
unmapped locations, a default sample type, a negative value), recursive.pb.gz (recursion,
ties, a function without a file, no mappings), many.pb.gz (120 functions: -tree's 80
nodes) and empty.pb.gz (no samples). Each case of CASES is one
`go tool pprof ARGS PROFILE` run in toolsrc/ (so -list finds prog.go by pprof's own path
heuristic); its standard output (and error, for error cases) is toolgolden/NAME.txt, a note it
prints on standard error besides is NAME.stderr.txt.

    PATH=/usr/lib/go-1.23/bin:$PATH python tests/pprof/tool_regen.py              # goldens only
    PATH=/usr/lib/go-1.23/bin:$PATH python tests/pprof/tool_regen.py --profiles   # re-record profiles first

Re-recording the profiles changes the goldens (CPU samples, timings): commit both.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "toolsrc"
PROFILES = HERE / "toolprofiles"
GOLDEN = HERE / "toolgolden"
ROOT = HERE.parent.parent

GO_PROFILES = ("heap", "cpu", "block", "goroutine")
LABEL_PROFILES = ("labels_cpu", "labels_goroutine")

# (golden name, pprof arguments, profile file): report modes and flags over Go's and gomem's profiles
CASES: list[tuple[str, list[str], str]] = []
for _who in ("go", "gomem"):
    for _kind in GO_PROFILES:
        _p = f"{_who}_{_kind}.pb.gz"
        CASES += [
            (f"{_who}_{_kind}_top", ["-top"], _p),
            (f"{_who}_{_kind}_tree", ["-tree"], _p),
            (f"{_who}_{_kind}_traces", ["-traces"], _p),
        ]
    CASES += [
        (f"{_who}_heap_list", ["-list=main\\."], f"{_who}_heap.pb.gz"),
        (f"{_who}_cpu_list", ["-list=main.spin"], f"{_who}_cpu.pb.gz"),
        (f"{_who}_heap_alloc_space", ["-sample_index=alloc_space", "-top"], f"{_who}_heap.pb.gz"),
        (f"{_who}_heap_objects_cum", ["-inuse_objects", "-cum", "-top"], f"{_who}_heap.pb.gz"),
        (f"{_who}_block_contentions", ["-sample_index=0", "-tree"], f"{_who}_block.pb.gz"),
        (f"{_who}_heap_lines", ["-lines", "-top"], f"{_who}_heap.pb.gz"),
    ]
CASES += [
    ("go_heap_nodecount", ["-nodecount=5", "-top"], "go_heap.pb.gz"),
    ("go_heap_tree_nodecount", ["-nodecount=6", "-tree"], "go_heap.pb.gz"),
    ("go_heap_addresses", ["-addresses", "-top"], "go_heap.pb.gz"),
    ("go_heap_files", ["-files", "-top"], "go_heap.pb.gz"),
    ("go_heap_noinlines", ["-noinlines", "-top"], "go_heap.pb.gz"),
    ("go_heap_unit_mb", ["-unit=MB", "-top"], "go_heap.pb.gz"),
    ("go_heap_notrim", ["-trim=false", "-top"], "go_heap.pb.gz"),
    ("go_heap_alloc_traces", ["-alloc_space", "-traces"], "go_heap.pb.gz"),
    ("go_heap_list_runtime", ["-list=runtime\\.malg$"], "go_heap.pb.gz"),
    ("go_cpu_compact", ["-compact_labels", "-tree"], "go_cpu.pb.gz"),
    ("go_cpu_edgefraction", ["-edgefraction=0.3", "-nodefraction=0.2", "-tree"], "go_cpu.pb.gz"),
    ("go_labels_cpu_traces", ["-traces"], "go_labels_cpu.pb.gz"),
    ("go_labels_cpu_top", ["-top"], "go_labels_cpu.pb.gz"),
    ("go_labels_goroutine_traces", ["-traces"], "go_labels_goroutine.pb.gz"),
    ("synthetic_top", ["-top"], "synthetic.pb.gz"),
    ("synthetic_tree", ["-tree"], "synthetic.pb.gz"),
    ("synthetic_traces", ["-traces"], "synthetic.pb.gz"),
    ("synthetic_objects", ["-sample_index=alloc_objects", "-top"], "synthetic.pb.gz"),
    ("synthetic_inuse_cum", ["-sample_index=2", "-cum", "-top"], "synthetic.pb.gz"),
    ("synthetic_lines", ["-lines", "-tree"], "synthetic.pb.gz"),
    ("synthetic_list", ["-list=."], "synthetic.pb.gz"),
    ("uncompressed_top", ["-top"], "uncompressed.pb"),
    ("recursive_top", ["-top"], "recursive.pb.gz"),
    ("recursive_tree", ["-tree"], "recursive.pb.gz"),
    ("recursive_traces", ["-traces"], "recursive.pb.gz"),
    ("recursive_list", ["-list=main"], "recursive.pb.gz"),
    ("recursive_lines_cum", ["-lines", "-cum", "-top"], "recursive.pb.gz"),
    ("many_tree", ["-tree"], "many.pb.gz"),
    ("many_top_nodecount", ["-nodecount=10", "-cum", "-top"], "many.pb.gz"),
    ("many_unit_auto", ["-unit=auto", "-nodefraction=0.02", "-top"], "many.pb.gz"),
    ("many_empty", ["-top"], "empty.pb.gz"),
    ("go_heap_tags", ["-tags"], "go_heap.pb.gz"),
    ("go_labels_cpu_tags", ["-tags"], "go_labels_cpu.pb.gz"),
    ("synthetic_tags", ["-tags"], "synthetic.pb.gz"),
    ("synthetic_objects_tags", ["-sample_index=0", "-unit=auto", "-tags"], "synthetic.pb.gz"),
    ("synthetic_comments", ["-comments"], "synthetic.pb.gz"),
    ("go_heap_peek", ["-peek=main\\.main$|main\\.write"], "go_heap.pb.gz"),
    ("gomem_cpu_peek", ["-peek=spin"], "gomem_cpu.pb.gz"),
    ("go_heap_focus", ["-focus=main", "-top"], "go_heap.pb.gz"),
    ("go_heap_ignore", ["-ignore=runtime/pprof", "-tree"], "go_heap.pb.gz"),
    ("go_heap_hide", ["-hide=runtime", "-top"], "go_heap.pb.gz"),
    ("go_heap_show", ["-show=main", "-tree"], "go_heap.pb.gz"),
    ("go_heap_show_from", ["-show_from=main\\.main", "-top"], "go_heap.pb.gz"),
    ("go_heap_filters", ["-focus=main", "-ignore=small", "-hide=large", "-top"], "go_heap.pb.gz"),
    ("go_heap_focus_nomatch", ["-focus=nosuchfunc", "-top"], "go_heap.pb.gz"),
    ("gomem_cpu_focus_relative", ["-focus=burn", "-relative_percentages", "-top"], "gomem_cpu.pb.gz"),
    ("gomem_heap_hide_traces", ["-hide=runtime", "-traces"], "gomem_heap.pb.gz"),
    ("go_labels_cpu_tagshow", ["-tagshow=phase", "-tags"], "go_labels_cpu.pb.gz"),
    ("synthetic_taghide", ["-taghide=bytes|span", "-traces"], "synthetic.pb.gz"),
    ("synthetic_ignore_so", ["-ignore=\\.so", "-top"], "synthetic.pb.gz"),
    ("synthetic_tagfocus_range", ["-tagfocus=1kb:64kb", "-top"], "synthetic.pb.gz"),
    ("synthetic_tagfocus_key_range", ["-tagfocus=span=1s:", "-traces"], "synthetic.pb.gz"),
    ("synthetic_tagfocus_regexps", ["-tagfocus=/api,/v2", "-traces"], "synthetic.pb.gz"),
    ("synthetic_tagignore_key", ["-tagignore=handler=/v2", "-tags"], "synthetic.pb.gz"),
    ("go_labels_cpu_tagfocus", ["-tagfocus=phase=burn", "-top"], "go_labels_cpu.pb.gz"),
    ("go_labels_cpu_tagignore", ["-tagignore=cool", "-tree"], "go_labels_cpu.pb.gz"),
    ("go_cpu_raw", ["-raw"], "go_cpu.pb.gz"),
    ("go_labels_cpu_raw", ["-raw"], "go_labels_cpu.pb.gz"),
    ("gomem_heap_raw", ["-raw"], "gomem_heap.pb.gz"),
    ("synthetic_raw", ["-raw"], "synthetic.pb.gz"),
    ("recursive_raw_focus", ["-focus=main.b", "-raw"], "recursive.pb.gz"),
    ("synthetic_showcolumns", ["-lines", "-showcolumns", "-top"], "synthetic.pb.gz"),
    ("synthetic_addresses", ["-addresses", "-traces"], "synthetic.pb.gz"),
    ("synthetic_drop_negative", ["-drop_negative", "-tree"], "synthetic.pb.gz"),
    ("go_heap_divide_by", ["-divide_by=1024", "-top"], "go_heap.pb.gz"),
    ("go_cpu_divide_by_traces", ["-divide_by=0.5", "-traces"], "go_cpu.pb.gz"),
    ("go_heap_call_tree", ["-call_tree", "-top"], "go_heap.pb.gz"),
    ("go_block_mean_delay", ["-mean_delay", "-top"], "go_block.pb.gz"),
    ("go_block_mean_tree", ["-mean", "-sample_index=delay", "-tree"], "go_block.pb.gz"),
    ("gomem_block_mean_traces", ["-mean_delay", "-traces"], "gomem_block.pb.gz"),
    ("synthetic_mean", ["-mean", "-top"], "synthetic.pb.gz"),
    ("go_block_prune_from", ["-prune_from=sync", "-traces"], "go_block.pb.gz"),
    ("go_heap_prune_from", ["-prune_from=runtime", "-top"], "go_heap.pb.gz"),
    ("dropframes_traces", ["-traces"], "dropframes.pb.gz"),
    ("dropframes_tree", ["-tree"], "dropframes.pb.gz"),
    ("go_labels_cpu_tagroot", ["-tagroot=phase", "-tree"], "go_labels_cpu.pb.gz"),
    ("go_labels_cpu_tagleaf", ["-tagleaf=phase,worker", "-traces"], "go_labels_cpu.pb.gz"),
    ("synthetic_tagroot", ["-tagroot=handler,span", "-traces"], "synthetic.pb.gz"),
    ("synthetic_tagroot_bytes", ["-tagroot=bytes", "-focus=handle", "-top"], "synthetic.pb.gz"),
    ("go_heap_callgrind", ["-callgrind"], "go_heap.pb.gz"),
    ("gomem_block_callgrind", ["-callgrind"], "gomem_block.pb.gz"),
    ("synthetic_callgrind", ["-callgrind"], "synthetic.pb.gz"),
    ("recursive_callgrind", ["-callgrind"], "recursive.pb.gz"),
]
# errors: pprof's message on standard error, exit status 1
ERROR_CASES: list[tuple[str, list[str], str]] = [
    ("err_sample_index_name", ["-sample_index=nosuch", "-top"], "go_heap.pb.gz"),
    ("err_sample_index_range", ["-sample_index=7", "-top"], "go_heap.pb.gz"),
    ("err_two_formats", ["-top", "-traces"], "go_heap.pb.gz"),
    ("err_list_nomatch", ["-list=nosuchfunc"], "go_heap.pb.gz"),
    ("err_peek_nomatch", ["-peek=nosuchfunc"], "go_heap.pb.gz"),
    ("err_divide_by_zero", ["-divide_by=0", "-top"], "go_heap.pb.gz"),
    ("err_not_a_profile", ["-top"], "not_a_profile.txt"),
    ("err_truncated", ["-top"], "truncated.pb.gz"),
]


def go_env() -> dict[str, str]:
    return dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")


def synthetic() -> bytes:
    """The synthetic profile's bytes (deterministic)."""
    sys.path.insert(0, str(ROOT / "src"))
    from gomem.pprof import profile_pb as pb

    strings: dict[str, int] = {}

    def s(x: str) -> int:
        if x not in strings:
            strings[x] = len(strings)
        return strings[x]

    s("")
    p = pb.Profile()
    for t, u in (("alloc_objects", "count"), ("alloc_space", "bytes"), ("inuse_space", "bytes")):
        p.sample_type.append(pb.ValueType(type=s(t), unit=s(u)))
    p.default_sample_type = s("alloc_space")
    p.period_type.CopyFrom(pb.ValueType(type=s("space"), unit=s("bytes")))
    p.period = 524288
    p.time_nanos = 1_765_000_000_000_000_000
    p.duration_nanos = 2_500_000_000
    p.comment.extend([s("synthetic profile for gomem tool pprof"), s("#a comment pprof hides")])
    p.mapping.append(pb.Mapping(id=1, memory_start=0x7F0000000000, memory_limit=0x7F0000100000,
                                filename=s("/usr/lib/x86_64-linux-gnu/libc.so.6")))
    p.mapping.append(pb.Mapping(id=2, memory_start=0x400000, memory_limit=0x500000, filename=s("/opt/app/server"),
                                build_id=s("abc123"), has_functions=True, has_filenames=True,
                                has_line_numbers=True, has_inline_frames=True))
    funcs = [
        ("main.main", "/opt/app/toolsrc/synthetic.txt", 3),
        ("main.handle", "/opt/app/toolsrc/synthetic.txt", 8),
        ("main.parse", "/opt/app/toolsrc/synthetic.txt", 14),
        ("github.com/acme/lib/v2.(*Decoder).Decode", "/go/pkg/mod/github.com/acme/lib/v2/decode.go", 40),
        ("runtime.mallocgc", "/usr/lib/go/src/runtime/malloc.go", 1000),
        ("main.unused", "/opt/app/toolsrc/synthetic.txt", 20),
    ]
    for i, (name, file, start) in enumerate(funcs, 1):
        p.function.append(pb.Function(id=i, name=s(name), system_name=s(name), filename=s(file), start_line=start))
    # location id -> (mapping, address, [(function id, line)] innermost first)
    locs = {
        1: (2, 0x401000, [(1, 5)]),                 # main.main calls handle
        2: (2, 0x402000, [(3, 16), (2, 10)]),       # parse inlined into handle
        3: (2, 0x403000, [(4, 44)]),                # Decode
        4: (2, 0x404000, [(5, 1010)]),              # mallocgc
        5: (1, 0x7F0000001234, []),                 # a libc address without symbols
        6: (0, 0xDEAD, []),                         # nothing known
        7: (2, 0x402100, [(2, 11)]),                # handle, another line
        8: (2, 0x401100, [(1, 6)]),                 # main.main, another line
    }
    for lid, (mid, addr, lines) in locs.items():
        p.location.append(pb.Location(id=lid, mapping_id=mid, address=addr,
                                      line=[pb.Line(function_id=f, line=ln) for f, ln in lines]))
    p.location[6].line[0].column = 7   # handle's line 11, with a column (-showcolumns)

    def label(key: str, str_: str = "", num: int = 0, unit: str = "") -> pb.Label:
        lab = pb.Label(key=s(key), num=num)
        if str_:
            lab.str = s(str_)
        if unit:
            lab.num_unit = s(unit)
        return lab

    samples = [
        ([4, 3, 2, 1], [10, 40960, 4096], [label("handler", "/api"), label("bytes", num=4096)]),
        ([3, 2, 1], [3, 3000, 0], [label("handler", "/api"), label("handler", "/v2")]),
        ([4, 7, 1], [50, 6_500_000, 1_000_000], [label("bytes", num=131072), label("span", num=1500, unit="ms")]),
        ([5, 4, 3, 8], [1, 100, 100], [label("request", num=2048)]),
        ([6, 1], [2, 200, 0], []),
        ([7, 8], [1, 1, 1], [label("phase", "init")]),
        ([2, 1], [-1, -512, 0], []),
    ]
    for loc_ids, values, labels in samples:
        p.sample.append(pb.Sample(location_id=loc_ids, value=values, label=labels))
    p.string_table.extend(strings)
    return p.SerializeToString()


def _small_profile(types: list[tuple[str, str]], funcs: list[tuple[str, str, int]],
                   locs: dict[int, list[tuple[int, int]]], samples: list[tuple[list[int], list[int]]],
                   drop_frames: str = "", keep_frames: str = "") -> bytes:
    """A profile without mappings: functions (name, file, start line), locations (lines of
    (function id, line)), samples (location ids leaf first, values)."""
    sys.path.insert(0, str(ROOT / "src"))
    from gomem.pprof import profile_pb as pb

    strings: dict[str, int] = {"": 0}

    def s(x: str) -> int:
        return strings.setdefault(x, len(strings))

    p = pb.Profile()
    for t, u in types:
        p.sample_type.append(pb.ValueType(type=s(t), unit=s(u)))
    for i, (name, file, start) in enumerate(funcs, 1):
        p.function.append(pb.Function(id=i, name=s(name), filename=s(file), start_line=start))
    for lid, lines in locs.items():
        p.location.append(pb.Location(id=lid, address=0x1000 + lid,
                                      line=[pb.Line(function_id=f, line=ln) for f, ln in lines]))
    for loc_ids, values in samples:
        p.sample.append(pb.Sample(location_id=loc_ids, value=values))
    if drop_frames:
        p.drop_frames = s(drop_frames)
    if keep_frames:
        p.keep_frames = s(keep_frames)
    p.string_table.extend(strings)
    return p.SerializeToString()


def recursive() -> bytes:
    funcs = [("main.a", "/x/toolsrc/synthetic.txt", 4), ("main.b", "/x/toolsrc/synthetic.txt", 9),
             ("main.c", "", 0), ("main.d", "/x/toolsrc/synthetic.txt", 14),
             ("main.e", "/x/toolsrc/synthetic.txt", 19)]
    locs = {1: [(1, 5)], 2: [(2, 10)], 3: [(3, 0)], 4: [(4, 16)], 5: [(5, 19)], 6: [(1, 6)]}
    samples = [([2, 1], [5]), ([1, 2, 1], [5]), ([3, 2, 6, 2, 1], [5]), ([4, 1], [5]), ([5, 1], [5]),
               ([5, 4, 1], [3]), ([6], [1])]
    return _small_profile([("alloc", "bytes")], funcs, locs, samples)


def dropframes() -> bytes:
    """recursive.pb.gz's stacks with drop_frames/keep_frames (pprof prunes at read time)."""
    funcs = [("main.a", "/x/toolsrc/synthetic.txt", 4), ("main.b", "/x/toolsrc/synthetic.txt", 9),
             ("main.c", "", 0), ("main.(*T).d", "/x/toolsrc/synthetic.txt", 14),
             ("main.e", "/x/toolsrc/synthetic.txt", 19)]
    locs = {1: [(1, 5)], 2: [(2, 10)], 3: [(3, 0)], 4: [(4, 16), (5, 20)], 5: [(5, 19)], 6: [(1, 6)]}
    samples = [([2, 1], [5]), ([1, 2, 1], [5]), ([3, 2, 6, 2, 1], [5]), ([4, 1], [5]), ([5, 1], [5]),
               ([5, 4, 1], [3]), ([6], [1]), ([3, 5, 2], [2])]
    return _small_profile([("alloc", "bytes")], funcs, locs, samples, drop_frames="main[.][bc]|main.e",
                          keep_frames="main.c")


def many() -> bytes:
    funcs = [(f"example.com/pkg/sub.f{i:03d}", "/y/f.go", i) for i in range(1, 121)]
    locs = {i: [(i, i + 1)] for i in range(1, 121)}
    samples = [([i, (i % 7) + 1, 120], [i * 37 % 101 + 1]) for i in range(1, 120)]
    return _small_profile([("delay", "microseconds")], funcs, locs, samples)


def empty() -> bytes:
    return _small_profile([("samples", "count")], [], {}, [])


def record_profiles() -> None:
    """Run the programs with real Go and with gomem; keep their profiles."""
    PROFILES.mkdir(exist_ok=True)
    gomem = [str(ROOT / ".venv" / "bin" / "python"), "-m", "gomem", "run"]
    for who, cmd in (("go", ["go", "run"]), ("gomem", gomem)):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / "toolsrc"
            work.mkdir()
            progs = ["prog.go"] + (["labels.go"] if who == "go" else [])
            for prog in progs:
                shutil.copy(SRC / prog, work / prog)
                subprocess.run(cmd + [prog], cwd=work, env=go_env(), check=True)
            for kind in GO_PROFILES + (LABEL_PROFILES if who == "go" else ()):
                name = kind.removeprefix("labels_") if kind.startswith("labels_") else kind
                dst = f"{who}_{kind}.pb.gz"
                src = work / (f"labels_{name}.pb.gz" if kind.startswith("labels_") else f"{kind}.pb.gz")
                shutil.copy(src, PROFILES / dst)
                print("recorded", dst)
    for name, build in (("synthetic", synthetic), ("recursive", recursive), ("many", many), ("empty", empty),
                        ("dropframes", dropframes)):
        (PROFILES / f"{name}.pb.gz").write_bytes(gzip.compress(build(), mtime=0))
    (PROFILES / "uncompressed.pb").write_bytes(gzip.decompress((PROFILES / "gomem_cpu.pb.gz").read_bytes()))
    (PROFILES / "not_a_profile.txt").write_text("this is not a profile\n")
    (PROFILES / "truncated.pb.gz").write_bytes((PROFILES / "go_heap.pb.gz").read_bytes()[:100])


def pprof(args: list[str], profile: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["go", "tool", "pprof", *args, str(PROFILES / profile)], cwd=SRC, env=go_env(),
                          capture_output=True, text=True)


def normalize(out: str) -> str:
    """Output without what depends on the machine: the profiles' and sources' directories
    (pprof names them in errors) and the Time: header (local time zone)."""
    out = out.replace(str(PROFILES) + "/", "").replace(str(SRC), "$SRC")
    return re.sub(r"(?m)^Time: .*$", "Time: $TIME", out)


def main() -> None:
    if "--profiles" in sys.argv[1:]:
        record_profiles()
    GOLDEN.mkdir(exist_ok=True)
    for name, args, profile in CASES:
        r = pprof(args, profile)
        if r.returncode != 0:
            sys.exit(f"{name}: go tool pprof failed: {r.stderr}")
        (GOLDEN / f"{name}.txt").write_text(normalize(r.stdout))
        if r.stderr:
            (GOLDEN / f"{name}.stderr.txt").write_text(normalize(r.stderr))
    for name, args, profile in ERROR_CASES:
        r = pprof(args, profile)
        if r.returncode == 0:
            sys.exit(f"{name}: go tool pprof succeeded")
        (GOLDEN / f"{name}.txt").write_text(normalize(r.stderr))
    print(f"wrote {len(CASES) + len(ERROR_CASES)} goldens")


if __name__ == "__main__":
    main()
