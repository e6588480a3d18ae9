"""`gomem tool pprof` against REAL `go tool pprof`: each case of tool_regen.CASES runs gomem
over the same committed profile (Go's, gomem's, synthetic) with the same flags, in the same
directory, and must print toolgolden/NAME.txt byte for byte (after tool_regen.normalize:
the Time: header and the machine's directories). Then what gomem adds or refuses: the
flame graph page (rendered in headless Chromium), and the honest errors."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import tool_regen  # noqa: E402
from tool_regen import CASES, ERROR_CASES, GOLDEN, PROFILES, SRC, normalize  # noqa: E402

from gomem.pprof import flame, report  # noqa: E402
from gomem.pprof.profile_read import parse, read_file  # noqa: E402

ARTIFACTS = HERE / "artifacts"


def gomem_pprof(args: list[str], cwd: Path = SRC) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gomem", "tool", "pprof", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name,args,profile", CASES, ids=[c[0] for c in CASES])
def test_report_matches_go(name: str, args: list[str], profile: str) -> None:
    r = gomem_pprof([*args, str(PROFILES / profile)])
    assert r.returncode == 0, r.stderr
    assert normalize(r.stdout) == (GOLDEN / f"{name}.txt").read_text()
    go_stderr = GOLDEN / f"{name}.stderr.txt"
    expected = go_stderr.read_text() if go_stderr.exists() else ""
    if profile == "synthetic.pb.gz":
        # pprof reads libc.so.6 for the symbols of the address it has none for; gomem says it does not
        expected = ("gomem does not support symbolizing addresses from binaries yet: 1 location(s) "
                    "of /usr/lib/x86_64-linux-gnu/libc.so.6 stay unnamed\n") + expected
    assert normalize(r.stderr) == expected


@pytest.mark.parametrize("name,args,profile", ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_error_matches_go(name: str, args: list[str], profile: str) -> None:
    r = gomem_pprof([*args, str(PROFILES / profile)])
    assert r.returncode == 1
    assert r.stdout == ""
    assert normalize(r.stderr) == (GOLDEN / f"{name}.txt").read_text()


def test_time_header_is_local_time() -> None:
    # the one header the goldens normalise: Go's layout "Jan 2, 2006 at 3:04pm (MST)"
    r = gomem_pprof(["-top", str(PROFILES / "synthetic.pb.gz")])
    env_r = subprocess.run([sys.executable, "-c", "import time; print(time.localtime(1765000000).tm_zone)"],
                           capture_output=True, text=True)
    zone = env_r.stdout.strip()
    assert re.search(r"(?m)^Time: [A-Z][a-z]{2} \d{1,2}, 2025 at \d{1,2}:\d\d[ap]m \(" + re.escape(zone) + r"\)$",
                     r.stdout), r.stdout


def test_output_flag_writes_file(tmp_path: Path) -> None:
    out = tmp_path / "top.txt"
    r = gomem_pprof(["-top", f"-output={out}", str(PROFILES / "go_heap.pb.gz")])
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert r.stderr == f"Generating report in {out}\n"
    assert normalize(out.read_text()) == (GOLDEN / "go_heap_top.txt").read_text()


def test_binary_argument_names_the_main_binary(tmp_path: Path) -> None:
    # as pprof: an executable before the profile becomes the first mapping's file
    exe = tmp_path / "server"
    exe.write_bytes(b"\x7fELF" + bytes(60))
    r = gomem_pprof(["-top", str(exe), str(PROFILES / "go_heap.pb.gz")])
    assert r.returncode == 0, r.stderr
    golden = (GOLDEN / "go_heap_top.txt").read_text()
    assert golden.startswith("File: prog\n")
    assert normalize(r.stdout) == "File: server\n" + golden.removeprefix("File: prog\n")
    # two profiles: pprof merges them, gomem says it does not
    r = gomem_pprof(["-top", str(PROFILES / "go_cpu.pb.gz"), str(PROFILES / "go_heap.pb.gz")])
    assert (r.returncode, r.stderr) == (2, "gomem does not support pprof with several profiles yet\n")


@pytest.mark.parametrize("args,message", [
    (["-web"], "gomem does not support pprof -web yet\n"),
    (["-http=:8080"], "gomem does not support pprof -http yet\n"),
    (["-base=other.pb.gz", "-top"], "gomem does not support pprof -base yet\n"),
    (["-normalize", "-top"], "gomem does not support pprof -normalize yet\n"),
    (["-svg"], "gomem does not support pprof -svg yet\n"),
    ([], "gomem does not support pprof's interactive mode yet (give a report: -top, -tree, -traces, "
         "-list=REGEX, -peek=REGEX, -tags, -comments, -raw, -callgrind or -flame)\n"),
])
def test_unsupported_modes_are_refused_by_name(args: list[str], message: str) -> None:
    r = gomem_pprof([*args, str(PROFILES / "go_heap.pb.gz")])
    assert (r.returncode, r.stdout, r.stderr) == (2, "", message)


def test_bad_flag_prints_usage() -> None:
    r = gomem_pprof(["-bogus", "-top", str(PROFILES / "go_heap.pb.gz")])
    assert r.returncode == 2
    assert r.stderr.startswith("flag provided but not defined: -bogus\nusage: gomem tool pprof")
    r = gomem_pprof(["-nodecount=x", "-top", str(PROFILES / "go_heap.pb.gz")])
    assert r.returncode == 2
    assert r.stderr.startswith('invalid value "x" for flag -nodecount: parse error\n')


def test_legacy_text_profile_is_an_honest_error(tmp_path: Path) -> None:
    legacy = tmp_path / "heap.txt"
    legacy.write_text("heap profile: 1: 64 [1: 64] @ heap/1048576\n1: 64 [1: 64] @ 0x401000\n")
    r = gomem_pprof(["-top", str(legacy)])
    assert r.returncode == 1
    assert "gomem does not support pprof's legacy text profile formats yet" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_and_empty_files(tmp_path: Path) -> None:
    r = gomem_pprof(["-top", "nosuch.pb.gz"], cwd=tmp_path)
    fetch_failed = "failed to fetch any source profiles\n"
    assert (r.returncode, r.stderr) == (1, "nosuch.pb.gz: stat nosuch.pb.gz: no such file or directory\n"
                                        + fetch_failed)
    (tmp_path / "empty.pb").write_bytes(b"")
    r = gomem_pprof(["-top", "empty.pb"], cwd=tmp_path)
    assert (r.returncode, r.stderr) == (1, "empty.pb: parsing profile: empty input file\n" + fetch_failed)


def test_reader_resolves_labels_and_uncompressed_data() -> None:
    prof = read_file(str(PROFILES / "synthetic.pb.gz"))
    assert [t.type for t in prof.sample_types] == ["alloc_objects", "alloc_space", "inuse_space"]
    assert prof.default_sample_type == "alloc_space"
    assert prof.samples[1].labels == {"handler": ["/api", "/v2"]}
    assert prof.samples[2].num_labels == {"bytes": [131072], "span": [1500]}
    assert prof.samples[2].num_units == {"span": ["ms"]}
    raw = gzip.decompress((PROFILES / "go_cpu.pb.gz").read_bytes())
    assert len(parse(raw).samples) == len(read_file(str(PROFILES / "go_cpu.pb.gz")).samples)


# --- the flame graph

def _flame_rpt(profile: str, index: str = "") -> report.Report:
    prof = read_file(str(PROFILES / profile))
    return report.Report(prof, report.Options(sample_index=report.sample_index(prof, index)))


def test_flame_tree_sums_stacks() -> None:
    root = flame.frame_tree(_flame_rpt("synthetic.pb.gz"))
    assert root.value == 40960 + 3000 + 6_500_000 + 100 + 200 + 1 - 512
    main = root.children[("main.main", False)]
    handle = main.children[("main.handle", False)]
    assert handle.value == 40960 + 3000 + 6_500_000 + 1 - 512
    parse_ = handle.children[("main.parse", True)]    # inlined into handle
    assert parse_.value == 40960 + 3000 - 512


def test_flame_page_is_self_contained(tmp_path: Path) -> None:
    out = tmp_path / "flame.html"
    r = gomem_pprof(["-flame", f"-output={out}", str(PROFILES / "go_cpu.pb.gz")])
    assert r.returncode == 0, r.stderr
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>")
    # nothing is fetched: no external scripts, styles, images or fonts
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    data = json.loads(re.search(r"const DATA = (.*);\n", page).group(1))
    assert data["root"][0] == "root" and data["total"] > 0


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


def _chromium_run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={tmp_path / 'chrome'}", "--window-size=1200,700", *args],
                          capture_output=True, text=True, timeout=120)


def _frames(dom: str) -> list[tuple[str, float, float]]:
    """(name, x, width) of each frame the page drew."""
    out = []
    for m in re.finditer(r'<g class="frame[^"]*" data-name="([^"]*)" data-value="-?\d+">'
                         r'<title>[^<]*</title><rect x="([\d.]+)" y="\d+" width="([\d.]+)"', dom):
        out.append((m.group(1).replace("&amp;", "&"), float(m.group(2)), float(m.group(3))))
    return out


def test_flame_graph_renders_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "flame.html"
    r = gomem_pprof(["-flame", f"-output={page}", str(PROFILES / "gomem_cpu.pb.gz")])
    assert r.returncode == 0, r.stderr
    d = _chromium_run(["--dump-dom", page.as_uri()], tmp_path)
    assert d.returncode == 0, d.stderr[-2000:]
    frames = {name: (x, w) for name, x, w in _frames(d.stdout)}
    # the script drew the stacks: root full width, main.burn about three times main.idle
    assert {"root", "runtime.main", "main.main", "main.burn", "main.idle", "main.spin"} <= set(frames)
    root_w = frames["root"][1]
    assert root_w > 500
    assert frames["main.main"][1] == pytest.approx(root_w, abs=1)
    assert 1.5 < frames["main.burn"][1] / frames["main.idle"][1] < 6
    # hover text carries the value and share
    assert re.search(r"<title>main\.burn: \d+ms \(\d+\.\d\d% of total\)</title>", d.stdout)

    # zoomed into main.idle (#zoom=, what a click does): it fills the width
    z = _chromium_run(["--dump-dom", page.as_uri() + "#zoom=main.idle"], tmp_path)
    assert z.returncode == 0, z.stderr[-2000:]
    zoomed = _frames(z.stdout)
    idle = [f for f in zoomed if f[0] == "main.idle"]
    assert idle and idle[0][1] == 0 and idle[0][2] == pytest.approx(root_w, abs=1)
    assert not [f for f in zoomed if f[0] == "main.burn"]   # a sibling is out of view

    # a search colours the matching frames and gives their share
    q = _chromium_run(["--dump-dom", page.as_uri() + "#search=spin$"], tmp_path)
    assert q.returncode == 0, q.stderr[-2000:]
    hits = re.findall(r'<g class="frame match" data-name="([^"]*)"', q.stdout)
    assert hits and set(hits) == {"main.spin"}
    assert re.search(r'<span id="matched">matched: \d+\.\d\d% of total</span>', q.stdout)

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "flame.png"
    s = _chromium_run([f"--screenshot={shot}", page.as_uri()], tmp_path)
    assert s.returncode == 0, s.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_regen_cases_cover_every_golden() -> None:
    names = {c[0] for c in CASES + ERROR_CASES}
    assert names == {p.name.removesuffix(".stderr.txt").removesuffix(".txt") for p in GOLDEN.glob("*.txt")}
    assert tool_regen.SRC.is_dir()
