"""Regenerate the goldens of raw HTTP responses from real Go 1.23 (Date headers normalised):
builds tests/nethttp/programs/handlers.go, serves it on a free port and records the reply to
every request of rawhttp.REQUESTS into goldens/handlers.json.

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


def main() -> None:
    env = dict(os.environ, PATH=GOBIN + ":" + os.environ["PATH"], GOTOOLCHAIN="local",
               GOPROXY="off", GOFLAGS="-mod=mod")
    with tempfile.TemporaryDirectory() as d:
        (pathlib.Path(d) / "main.go").write_text((HERE / "programs/handlers.go").read_text())
        subprocess.run(["go", "mod", "init", "example.com/handlers"], cwd=d, env=env, check=True,
                       capture_output=True)
        subprocess.run(["go", "build", "-o", "handlers", "."], cwd=d, env=env, check=True)
        port = rawhttp.free_port()
        proc = subprocess.Popen([d + "/handlers", str(port)])
        try:
            rawhttp.wait_port(port)
            out = {name: rawhttp.normalise(rawhttp.exchange(port, req)).decode("latin-1")
                   for name, req in rawhttp.REQUESTS}
        finally:
            proc.kill()
            proc.wait()
    (HERE / "goldens").mkdir(exist_ok=True)
    (HERE / "goldens/handlers.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
