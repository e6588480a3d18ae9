"""net/http/pprof in gomem programs: Go's replies for its endpoints (goldens from a real Go
server, tests/nethttp/regen.py), the tutorial's server serving heap profiles that real
`go tool pprof` reads, delta profiles, concurrent fetches while the program allocates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
import rawhttp
from conftest import HERE, Served, serve

GOLDENS = json.loads((HERE / "goldens/pprof.json").read_text())
GO = "/usr/lib/go-1.23/bin/go"
needs_go = pytest.mark.skipif(not os.path.exists(GO), reason="needs Go 1.23 for go tool pprof")


@pytest.mark.parametrize("name,request_bytes", rawhttp.PPROF_REQUESTS, ids=[n for n, _ in rawhttp.PPROF_REQUESTS])
def test_pprof_reply_as_go(pprof_server: Served, name: str, request_bytes: bytes) -> None:
    got = rawhttp.normalise(rawhttp.exchange(pprof_server.port, request_bytes)).decode("latin-1")
    assert got == GOLDENS[name]


def test_index_page_as_go(pprof_server: Served) -> None:
    got = rawhttp.normalise_index(rawhttp.exchange(pprof_server.port, rawhttp.INDEX_REQUEST)).decode()
    assert got == GOLDENS["index_page"]


@pytest.fixture(scope="module")
def tutorial() -> Iterator[Served]:
    s = serve("tutorial_server.go")
    yield s
    s.proc.kill()
    s.proc.communicate()


def fetch(s: Served, path: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(f"http://localhost:{s.port}{path}", timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def pprof_tool(tmp_path, data: bytes, *flags: str) -> str:
    f = tmp_path / "p.pb.gz"
    f.write_bytes(data)
    env = dict(os.environ, PPROF_TMPDIR=str(tmp_path), HOME=str(tmp_path))
    r = subprocess.run([GO, "tool", "pprof", *flags, str(f)], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "malformed" not in r.stderr and "unrecognized" not in r.stderr
    return r.stdout


def test_tutorial_index_page(tutorial: Served) -> None:
    status, headers, body = fetch(tutorial, "/debug/pprof/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["X-Content-Type-Options"] == "nosniff"
    page = body.decode()
    assert page.startswith("<html>\n<head>\n<title>/debug/pprof/</title>") and page.endswith("</body>\n</html>")
    # the main goroutine, the allocating one, one per open connection (this one at least)
    import re
    count = int(re.search(r"<tr><td>(\d+)</td><td><a href='goroutine\?debug=1'>", page).group(1))
    assert count >= 3


@needs_go
def test_tutorial_heap_profile_read_by_go_pprof(tutorial: Served, tmp_path) -> None:
    status, headers, body = fetch(tutorial, "/debug/pprof/heap?gc=1")
    assert status == 200
    assert headers["Content-Type"] == "application/octet-stream"
    assert headers["Content-Disposition"] == 'attachment; filename="heap"'
    assert body[:2] == b"\x1f\x8b"
    top = pprof_tool(tmp_path, body, "-top", "-sample_index=alloc_space")
    assert "Type: alloc_space" in top
    assert "main.allocate" in top


def test_tutorial_heap_text(tutorial: Served) -> None:
    status, headers, body = fetch(tutorial, "/debug/pprof/heap?debug=1")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    text = body.decode()
    assert text.startswith("heap profile: ") and "\n# runtime.MemStats\n" in text
    assert "main.allocate+0x" in text


@needs_go
def test_tutorial_allocs_delta(tutorial: Served, tmp_path) -> None:
    status, headers, body = fetch(tutorial, "/debug/pprof/allocs?seconds=1")
    assert status == 200
    assert headers["Content-Disposition"] == 'attachment; filename="allocs-delta"'
    raw = pprof_tool(tmp_path, body, "-raw")
    assert "Duration: 1" in raw
    assert "alloc_space/bytes[dflt]" in raw
    assert "main.allocate" in raw  # the program allocated during the second


def test_unsupported_profiles_are_honest(tutorial: Served) -> None:
    for name, what in (("goroutine", "the goroutine profile"), ("profile", "the CPU profile"),
                       ("trace", "the execution trace")):
        status, headers, body = fetch(tutorial, f"/debug/pprof/{name}?seconds=1" if name != "goroutine" else f"/debug/pprof/{name}")
        if status == 501:
            assert body == f"gomem does not support {what} yet\n".encode()
            assert headers["X-Go-Pprof"] == "1"
        else:  # runtime/pprof gained it: then it is a real profile
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"


def test_cmdline(tutorial: Served) -> None:
    status, _headers, body = fetch(tutorial, "/debug/pprof/cmdline")
    assert status == 200
    args = body.split(b"\x00")
    assert args[0].endswith(b"/tutorial_server") and args[1:] == [str(tutorial.port).encode()]


def test_concurrent_profile_fetches_while_allocating(tutorial: Served) -> None:
    results: list[tuple[int, bytes]] = []
    threads = [threading.Thread(target=lambda i=i: results.append(fetch(tutorial, "/debug/pprof/heap" if i % 2 else "/debug/pprof/allocs?debug=1")[::2]))
               for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 20
    for status, body in results:
        assert status == 200
        assert body[:2] == b"\x1f\x8b" or body.startswith(b"heap profile: ")
    assert tutorial.alive()
    assert fetch(tutorial, "/debug/pprof/heap?debug=1")[0] == 200


def test_index_page_screenshot(tutorial: Served, tmp_path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    out = pathlib_artifacts() / "pprof_index.png"
    r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp_path / 'chrome'}", f"--screenshot={out}", "--window-size=1000,900",
                        f"http://localhost:{tutorial.port}/debug/pprof/"], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert tutorial.alive()


def pathlib_artifacts():
    d = HERE / "artifacts"
    d.mkdir(exist_ok=True)
    return d
