"""Run a Go program in this process and print the sweeper's and scavenger's statistics
(tests/runtime/test_sweep.py). Options: --no-credit (the proportional sweep disabled),
--no-bgsweep (the background sweeper disabled), --forcegc-ms N (Go's forcegcperiod)."""

from __future__ import annotations

import json
import sys

from gomem.compiler import driver
from gomem.runtime import gctrace, mgcsweep, sched

args = sys.argv[1:]
if "--no-credit" in args:
    mgcsweep.deduct_sweep_credit = lambda *a: None
if "--no-bgsweep" in args:
    mgcsweep.BackgroundSweeper.has_work = lambda self: False
if "--forcegc-ms" in args:
    sched.FORCEGC_PERIOD_NS = int(args[args.index("--forcegc-ms") + 1]) * 1_000_000
status = driver.run_program([args[0]], [])
st = mgcsweep.stats
print(json.dumps({"status": status, "num_gc": gctrace.stats.num_gc, "num_forced_gc": gctrace.stats.num_forced_gc,
                  "credit_pages": st.pages_swept_credit, "bg_pages": st.pages_swept_bg,
                  "left_at_termination": st.spans_left_at_termination, "sweep_done": mgcsweep.sweep_done()}),
      file=sys.stderr)
