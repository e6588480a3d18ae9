"""Profiler labels (runtime/pprof's Labels, WithLabels, Label, ForLabels, SetGoroutineLabels,
Do; docs/profiling.md "Labels") against real Go: programs/labels.go prints the label API's
results and the goroutine profile's texts (goroutines inheriting their creator's labels, the
`# labels:` lines, the grouping by stack and labels, Do's frame), which must equal Go's
(normalized by goroutinetext.py; goldens from tests/pprof/regen.py); `go tool pprof -tags` and
-traces read the same labels from gomem's goroutine.prof as from Go's; its CPU samples carry
the labels of the pprof.Do they ran in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goroutinetext import labels_traces, normalize  # noqa: E402
from test_heap_profile import gomem_run, needs_go, pprof  # noqa: E402


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    d = tmp_path_factory.mktemp("labels")
    return gomem_run(HERE / "programs" / "labels.go", d).stdout.decode(), d


def test_texts_equal_real_gos(run: tuple[str, Path]) -> None:
    out, _d = run
    assert normalize(out, str(HERE / "programs")) == (HERE / "golden" / "labels.txt").read_text()


def _labels(p, s) -> dict[str, str]:
    return {p.string_table[lb.key]: p.string_table[lb.str] for lb in s.label}


def test_goroutine_proto_carries_the_labels(run: tuple[str, Path]) -> None:
    _out, d = run
    p = decode((d / "goroutine.prof").read_bytes())
    got = sorted((sorted(_labels(p, s).items()), s.value[0]) for s in p.sample)
    assert got == [([], 1), ([], 1),
                   ([("role", "inside"), ("shard", "0")], 1),
                   ([("role", "other")], 1), ([("role", "other")], 2),
                   ([("role", "waiter"), ("shard", "0")], 2), ([("role", "waiter"), ("shard", "1")], 1)]


@needs_go
def test_go_tool_pprof_reads_the_labels_as_in_gos_file(run: tuple[str, Path]) -> None:
    _out, d = run
    prof = str(d / "goroutine.prof")
    tags = pprof("-tags", prof)
    assert tags.returncode == 0 and tags.stderr == b"", tags.stderr.decode()
    assert tags.stdout.decode() == (HERE / "golden" / "labels.tags.txt").read_text()
    traces = pprof("-traces", prof)
    assert traces.returncode == 0 and traces.stderr == b"", traces.stderr.decode()
    assert labels_traces(traces.stdout.decode()) == (HERE / "golden" / "labels.traces.txt").read_text()


def test_cpu_samples_carry_the_labels_of_their_do(run: tuple[str, Path]) -> None:
    _out, d = run
    p = decode((d / "cpu.prof").read_bytes())
    names = {f.id: p.string_table[f.name] for f in p.function}
    # a Location's Lines, leaf first: the frames inlined into the function it is in, then it
    loc_funcs = {loc.id: [names[ln.function_id] for ln in loc.line] for loc in p.location}
    by_phase: dict[str, int] = {}
    for s in p.sample:
        labels = _labels(p, s)
        stack = [f for i in s.location_id for f in loc_funcs[i]]
        if labels:
            assert list(labels) == ["phase"]
            # the sample ran in busy (or in spin, inlined into it), called by the function
            # pprof.Do ran for main
            assert stack[-5:] == ["main.busy", "main.main.func5", "runtime/pprof.Do", "main.main",
                                  "runtime.main"], stack
            by_phase[labels["phase"]] = by_phase.get(labels["phase"], 0) + s.value[0]
        else:
            assert "main.busy" not in stack, stack
    # each phase used about 300 ms of CPU: at least a few samples each, on a loaded machine too
    assert set(by_phase) == {"load", "store"} and min(by_phase.values()) >= 3, by_phase


@needs_go
def test_go_tool_pprof_tags_of_the_cpu_profile(run: tuple[str, Path]) -> None:
    _out, d = run
    r = pprof("-tags", str(d / "cpu.prof"))
    assert r.returncode == 0 and r.stderr == b"", r.stderr.decode()
    lines = r.stdout.decode().splitlines()
    assert lines[0].startswith(" phase: Total ")
    assert sorted(line.split(": ")[-1] for line in lines[1:3]) == ["load", "store"]
