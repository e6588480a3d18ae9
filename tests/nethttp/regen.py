"""Regenerate the goldens of raw HTTP responses from real Go 1.23 (Date headers normalised):
builds tests/nethttp/programs/handlers.go (and pprof_server.go), serves it on a free port and
records the reply to every request of rawhttp.REQUESTS (rawhttp.PPROF_REQUESTS) into
goldens/handlers.json (goldens/pprof.json).

    .venv/bin/python tests/nethttp/regen.py
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import rawhttp  # noqa: E402

GOBIN = "/usr/lib/go-1.23/bin"


def record(program: str, requests: list[tuple[str, bytes]], golden: str) -> None:
    env = dict(os.environ, PATH=GOBIN + ":" + os.environ["PATH"], GOTOOLCHAIN="local",
               GOPROXY="off", GOFLAGS="-mod=mod")
    with tempfile.TemporaryDirectory() as d:
        (pathlib.Path(d) / "main.go").write_text((HERE / "programs" / program).read_text())
        subprocess.run(["go", "mod", "init", "example.com/server"], cwd=d, env=env, check=True,
                       capture_output=True)
        subprocess.run(["go", "build", "-o", "server", "."], cwd=d, env=env, check=True)
        port = rawhttp.free_port()
        proc = subprocess.Popen([d + "/server", str(port)])
        try:
            rawhttp.wait_port(port)
            out = {name: rawhttp.normalise(rawhttp.exchange(port, req)).decode("latin-1")
                   for name, req in requests}
            if program == "pprof_server.go":  # the index page, its counts normalised
                out["index_page"] = rawhttp.normalise_index(rawhttp.exchange(port, rawhttp.INDEX_REQUEST)).decode()
        finally:
            proc.kill()
            proc.wait()
    (HERE / "goldens").mkdir(exist_ok=True)
    (HERE / "goldens" / golden).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


def main() -> None:
    record("handlers.go", rawhttp.REQUESTS, "handlers.json")
    record("pprof_server.go", rawhttp.PPROF_REQUESTS, "pprof.json")

if __name__ == "__main__":
    main()
