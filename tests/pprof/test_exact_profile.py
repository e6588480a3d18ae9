"""GOMEM_MEMPROF (docs/profiling.md, "Exact heap profiles, now, and allocation events"):
exact mode records every allocation while the program reads its own MemProfileRate (its
output unchanged; its records those real Go gives at MemProfileRate = 1), the heap "now" next
to Go's "as of the last GC", and the timestamped events file the real `go tool pprof` reads
and slices by time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heaptext import golden_text  # noqa: E402
from test_heap_profile import needs_go, pprof  # noqa: E402

PROGRAMS = HERE / "programs"


def run(prog: Path, cwd: Path, memprof: str | None, *args: str, status: int = 0,
        **env: str) -> subprocess.CompletedProcess:
    environ = dict(os.environ, **env)
    environ.pop("GOMEM_MEMPROF", None)
    if memprof is not None:
        environ["GOMEM_MEMPROF"] = memprof
    r = subprocess.run([sys.executable, "-m", "gomem", "run", str(prog), *args], cwd=cwd, capture_output=True,
                       timeout=300, env=environ, stdin=subprocess.DEVNULL)
    assert r.returncode == status, r.stderr.decode()
    return r


def by_function(path: Path, sample_type: str, size: int = 0) -> dict[str, int]:
    """A profile's values of sample_type summed by leaf function (of objects of size bytes
    only, if given: the bytes label)."""
    p = decode(path.read_bytes())
    st = p.string_table
    index = [st[t.type] for t in p.sample_type].index(sample_type)
    funcs = {f.id: st[f.name] for f in p.function}
    leaf = {loc.id: funcs[loc.line[0].function_id] for loc in p.location}
    out: dict[str, int] = {}
    for s in p.sample:
        if size and not any(st[lab.key] == "bytes" and lab.num == size for lab in s.label):
            continue
        name = leaf[s.location_id[0]]
        out[name] = out.get(name, 0) + s.value[index]
    return out


def test_exact_counts_are_the_programs_allocations(tmp_path: Path) -> None:
    prog = PROGRAMS / "exactcounts.go"
    plain = run(prog, tmp_path, None)
    exact = run(prog, tmp_path, "exact", "inprog.prof")
    # the program reads Go's default rate and prints what it printed without exact mode
    assert exact.stdout == plain.stdout == b"MemProfileRate: 524288\nkept: 1000 1000 7 NumGC: 1\n"
    # the profile the program writes itself: every allocation, period 1, nothing scaled
    p = decode((tmp_path / "inprog.prof").read_bytes())
    assert p.period == 1
    objects = by_function(tmp_path / "inprog.prof", "alloc_objects")
    space = by_function(tmp_path / "inprog.prof", "alloc_space")
    inuse = by_function(tmp_path / "inprog.prof", "inuse_objects")
    # 10000 pairs of 24 bytes (one in ten kept), 1000 48-byte records (all kept), 7 large
    # buffers of 40000 bytes (5 pages each: 40960)
    assert (objects["main.makePairs"], space["main.makePairs"], inuse["main.makePairs"]) == (10000, 240000, 1000)
    assert (objects["main.makeRecs"], space["main.makeRecs"], inuse["main.makeRecs"]) == (1000, 48000, 1000)
    assert (objects["main.makeBufs"], space["main.makeBufs"], inuse["main.makeBufs"]) == (7, 7 * 40960, 7)


def test_exact_mode_leaves_what_the_program_sees(tmp_path: Path) -> None:
    src = tmp_path / "prog.go"
    src.write_text("""package main

import (
	"fmt"
	"runtime"
)

type node struct{ next *node }

func main() {
	fmt.Println(runtime.MemProfileRate) // profiling off (Go's linker rule): 0
	var n *node
	for i := 0; i < 5000; i++ {
		n = &node{n}
	}
	runtime.MemProfileRate = 4096
	fmt.Println(runtime.MemProfileRate)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-ms.Frees > 5000, n != nil)
}
""")
    plain = run(src, tmp_path, None)
    assert plain.stdout == b"0\n4096\ntrue true\n"
    assert run(src, tmp_path, "exact,heapnow=h.prof").stdout == plain.stdout
    # (recorded anyway: the profile gomem writes has the 5000 nodes)
    assert by_function(tmp_path / "h.prof", "alloc_objects")["main.main"] >= 5000
    # GODEBUG=memprofilerate=N: the program reads N, as without exact mode
    godebug = run(src, tmp_path, "exact", GODEBUG="memprofilerate=7")
    assert godebug.stdout == plain.stdout  # (profiling off: Go ignores it)


@pytest.mark.parametrize("name", ["tutorial", "lag", "methods"])
def test_exact_records_equal_real_gos_at_rate_one(name: str, tmp_path: Path) -> None:
    # the program without its `runtime.MemProfileRate = 1` line (a comment in its place, so
    # the lines stay), in exact mode: the records real Go wrote at rate 1 (golden/)
    text = (PROGRAMS / f"{name}.go").read_text()
    assert text.count("\truntime.MemProfileRate = 1\n") == 1
    prog = tmp_path / f"{name}.go"
    prog.write_text(text.replace("\truntime.MemProfileRate = 1\n", "\t// (GOMEM_MEMPROF=exact)\n"))
    out = run(prog, tmp_path, "exact").stdout.decode()
    assert golden_text(out) == (HERE / "golden" / f"{name}.txt").read_text()


def test_now_next_to_as_of_the_last_gc(tmp_path: Path) -> None:
    prog = PROGRAMS / "nowgc.go"
    gc_view = run(prog, tmp_path, "heap=gc.prof,heapnow=now.prof").stdout.decode()
    # Go's profile (as of the second runtime.GC): load's 1000 buffers allocated and freed,
    # refill's 200 not in it yet
    # (the buffers, 5376 bytes (5000 + their class): the appends' backing arrays are main.load's and main.refill's too)
    alloc, inuse = (by_function(tmp_path / "gc.prof", t, 5376) for t in ("alloc_objects", "inuse_objects"))
    assert (alloc["main.load"], inuse["main.load"]) == (1000, 0)
    assert alloc.get("main.refill", 0) == inuse.get("main.refill", 0) == 0
    # now: refill's 200 buffers in use, as MemStats counts them
    alloc, inuse = (by_function(tmp_path / "now.prof", t, 5376) for t in ("alloc_objects", "inuse_objects"))
    assert (alloc["main.load"], inuse["main.load"], alloc["main.refill"], inuse["main.refill"]) == (1000, 0, 200, 200)
    heap_alloc = int(re.search(r"HeapAlloc: (\d+) KiB", gc_view).group(1)) << 10
    now_inuse = sum(by_function(tmp_path / "now.prof", "inuse_space").values())
    assert 200 * 5376 <= now_inuse <= heap_alloc
    # the program's own debug=1 text: Go's view without "now", the heap now with it
    header = re.compile(r"^heap profile: (\d+): (\d+) \[(\d+): (\d+)\] @ heap/2$", re.M)
    assert header.search(gc_view).group(1, 2) == ("0", "0")
    now_view = run(prog, tmp_path, "exact,now").stdout.decode()
    objects, space = map(int, header.search(now_view).group(1, 2))
    assert objects >= 200 and 200 * 5376 <= space == now_inuse


def test_files_are_written_on_os_exit_and_panic(tmp_path: Path) -> None:
    src = tmp_path / "prog.go"
    for ending, status in (("os.Exit(3)", 3), ('panic("boom")', 2)):
        src.write_text(f"""package main

import "os"

var keep []*[8]int

func main() {{
	for i := 0; i < 10; i++ {{
		keep = append(keep, new([8]int))
	}}
	_ = os.Args
	{ending}
}}
""")
        run(src, tmp_path, "heapnow=h.prof,events=e.prof", status=status)
        assert by_function(tmp_path / "h.prof", "inuse_objects")["main.main"] >= 10
        assert by_function(tmp_path / "e.prof", "alloc_objects")["main.main"] >= 10
        (tmp_path / "h.prof").unlink()


def test_a_bad_setting_is_a_fatal_error(tmp_path: Path) -> None:
    src = tmp_path / "prog.go"
    src.write_text("package main\n\nfunc main() {}\n")
    r = run(src, tmp_path, "exact,bogus", status=2)
    assert r.stderr.decode().startswith(
        "fatal error: gomem: GOMEM_MEMPROF=exact,bogus: unknown setting 'bogus' (want exact, now, heap=FILE, "
        "heapnow=FILE, events=FILE)")
    r = run(src, tmp_path, "heap=/nonexistent/dir/h.prof")
    assert "gomem: GOMEM_MEMPROF: cannot write /nonexistent/dir/h.prof:" in r.stderr.decode()



@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("events")
    run(PROGRAMS / "phases.go", d, "events=ev.prof,heapnow=now.prof")
    return d


def test_events_file_content(events: Path) -> None:
    p = decode((events / "ev.prof").read_bytes())
    st = p.string_table
    assert [st[t.type] for t in p.sample_type] == ["alloc_objects", "alloc_space", "free_objects", "free_space",
                                                   "inuse_objects", "inuse_space"]
    assert st[p.default_sample_type] == "alloc_space" and p.period == 1 and p.duration_nanos > 100_000_000
    funcs = {f.id: st[f.name] for f in p.function}
    leaf = {loc.id: funcs[loc.line[0].function_id] for loc in p.location}
    times: dict[str, list[int]] = {"early": [], "late": []}
    for s in p.sample:
        labels = {st[lab.key]: (st[lab.str] if lab.str else lab.num, st[lab.num_unit]) for lab in s.label}
        assert set(labels) == {"bytes", "time", "gc", "event"}
        assert labels["time"][1] == "nanoseconds" and labels["gc"][1] == "count"
        v = list(s.value)
        if labels["event"][0] == "alloc":  # counted in alloc and in use
            assert v[2:4] == [0, 0] and v[4:6] == v[0:2] and v[0] > 0
        else:  # a free: counted in free, and negatively in use
            assert labels["event"][0] == "free" and v[0:2] == [0, 0] and v[4:6] == [-v[2], -v[3]] and v[2] > 0
        name = leaf[s.location_id[0]]
        if name in ("main.early", "main.late") and labels["event"][0] == "alloc":
            times[name[5:]].append(labels["time"][0])
    # the 100 ms sleep lies between early's allocations and late's
    assert max(times["early"]) + 100_000_000 <= min(times["late"]) + 1_000_000
    # every allocation once; what is in use at the end is the heap now
    assert by_function(events / "ev.prof", "alloc_objects", 1024)["main.early"] == 300
    assert by_function(events / "ev.prof", "alloc_objects", 2048)["main.late"] == 100
    assert by_function(events / "ev.prof", "inuse_space") == {
        k: v for k, v in by_function(events / "now.prof", "inuse_space").items()}


@needs_go
def test_go_tool_pprof_slices_the_events_by_time(events: Path) -> None:
    prof = str(events / "ev.prof")
    for args in (["-raw"], ["-top"], ["-tags"], ["-traces"], ["-sample_index=inuse_space", "-top"]):
        r = pprof(*args, prof)
        assert r.returncode == 0 and r.stderr == b"", (args, r.stderr.decode())
    r = pprof("-top", str(events / "now.prof"))  # (heapnow=: the heap profile's format)
    assert r.returncode == 0 and r.stderr == b"" and "main.late" in r.stdout.decode(), r.stderr.decode()
    p = decode((events / "ev.prof").read_bytes())
    st = p.string_table
    late = min(next(lab.num for lab in s.label if st[lab.key] == "time") for s in p.sample
               if s.value[1] == 2048 * s.value[0] and s.value[0] > 0)
    split = f"{late // 1_000_000 - 50}ms"  # in the sleep

    def top(*args: str) -> str:
        r = pprof("-top", "-sample_index=alloc_objects", *args, prof)
        assert r.returncode == 0, r.stderr.decode()
        return r.stdout.decode()

    before, after = top(f"-tagfocus=time=:{split}"), top(f"-tagfocus=time={split}:")
    assert re.search(r"^\s+300\s.*main\.early( \(inline\))?$", before, re.M) and "main.late" not in before, before
    assert re.search(r"^\s+100\s.*main\.late( \(inline\))?$", after, re.M) and "main.early" not in after, after
    # in use at the split: early's 300 buffers; at the end, late's 100 (early's were freed)
    inuse = pprof("-top", "-sample_index=inuse_objects", f"-tagfocus=time=:{split}", prof).stdout.decode()
    assert re.search(r"^\s+300\s.*main\.early( \(inline\))?$", inuse, re.M), inuse
    inuse = pprof("-top", "-sample_index=inuse_objects", prof).stdout.decode()
    assert re.search(r"^\s+100\s.*main\.late( \(inline\))?$", inuse, re.M) and "main.early" not in inuse, inuse
    freed = pprof("-top", "-sample_index=free_objects", f"-tagfocus=time={split}:", prof).stdout.decode()
    assert re.search(r"^\s+300\s.*main\.early( \(inline\))?$", freed, re.M), freed


def test_net_http_pprof_serves_the_heap_now_on_request(tmp_path: Path) -> None:
    sys.path.insert(0, str(HERE.parent / "nethttp"))
    import urllib.request

    import rawhttp
    port = rawhttp.free_port()
    env = dict(os.environ, GOMEM_MEMPROF="exact")
    proc = subprocess.Popen([sys.executable, "-m", "gomem", "run", str(PROGRAMS / "nowserver.go"), str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    try:
        rawhttp.wait_port(port, 60)

        def records(query: str) -> dict[str, str]:
            with urllib.request.urlopen(f"http://localhost:{port}/debug/pprof/{query}", timeout=60) as r:
                text = r.read().decode()
            # counts of the record whose leaf is main.before / main.after
            return dict((m.group(2), m.group(1)) for m in re.finditer(
                r"^(\d+: \d+ \[\d+: \d+\]) @ .*\n#\t\S+\tmain\.(before|after)\+", text, re.M))

        # Go's: as of the program's runtime.GC; after's 200 items not in it yet
        assert records("heap?debug=1") == {"before": "300: 14400 [300: 14400]", "after": "0: 0 [0: 0]"}
        # now=1: the heap now; and the next request without it is Go's again
        assert records("heap?debug=1&now=1") == {"before": "300: 14400 [300: 14400]",
                                                 "after": "200: 9600 [200: 9600]"}
        assert records("allocs?debug=1&now=1")["after"] == "200: 9600 [200: 9600]"
        assert records("heap?debug=1")["after"] == "0: 0 [0: 0]"
        with urllib.request.urlopen(f"http://localhost:{port}/debug/pprof/heap?now=1", timeout=60) as r:
            p = decode(r.read())
        assert p.period == 1 and len(p.sample) > 0
    finally:
        proc.kill()
        proc.communicate()
