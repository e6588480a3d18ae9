"""The memory profiles GOMEM_MEMPROF writes when the program ends (docs/profiling.md, "Exact
heap profiles, now, and allocation events"): the heap profile as of the last GC (heap=FILE)
and as of the end (heapnow=FILE), both exact, and the timestamped allocation events
(events=FILE). They are written by gomem, outside the program: nothing is allocated in its
heap, and the program's own output is unchanged.

The events file is a profile.proto with the sample types alloc_objects, alloc_space,
free_objects, free_space, inuse_objects, inuse_space (default alloc_space), one sample per
(stack, object size, millisecond of the run, GC cycle, event): an allocation sample counts its
objects in the alloc and in-use columns, a free sample (the sweeper freed the objects) in the
free columns, and negatively in the in-use ones. Its labels:
``time`` (nanoseconds since the program started: the start of the millisecond), ``gc`` (the
GC cycles whose marking had ended before the events), ``event`` (alloc or free) and Go's
``bytes`` (the object size). So ``-tagfocus=time=:2s -sample_index=inuse_space`` is the heap
as it was 2 seconds into the run, and ``-tagfocus=time=1s:2s -sample_index=alloc_space`` what
was allocated in that second.
"""

from __future__ import annotations

import sys

from gomem.runtime import mprof


def program_ends() -> None:
    """The program ends (main returned, os.Exit, a panic or fatal error): write the files
    GOMEM_MEMPROF asks for, once. A file that cannot be written is reported on stderr."""
    s = mprof.settings
    if not (s.heap or s.heapnow or s.events):
        return
    mprof.settings = mprof.Settings(exact=s.exact, now=s.now)  # (written once)
    from gomem.stdlib import runtime_pprof as rp
    binary = rp._binary_path()
    files = []
    if s.heap:
        files.append((s.heap, lambda: rp.heap_proto(mprof.records(True), mprof.rate, "", binary)))
    if s.heapnow:
        files.append((s.heapnow, lambda: rp.heap_proto(mprof.records(True, now=True), mprof.rate, "", binary)))
    if s.events and mprof.events is not None:
        files.append((s.events, lambda: events_proto(mprof.events, binary)))
    for path, data in files:
        try:
            with open(path, "wb") as f:
                f.write(data())
        except OSError as e:
            sys.stderr.write(f"gomem: GOMEM_MEMPROF: cannot write {path}: {e.strerror or e}\n")


EVENT_SAMPLE_TYPES = (("alloc_objects", "count"), ("alloc_space", "bytes"), ("free_objects", "count"),
                      ("free_space", "bytes"), ("inuse_objects", "count"), ("inuse_space", "bytes"))


def events_proto(ev: mprof.Events, binary: str = "") -> bytes:
    """The events file's bytes (module docstring)."""
    from gomem.pprof import ProfileBuilder
    from gomem.pprof import profile_pb as pb
    from gomem.stdlib.runtime_pprof import _proto_frames
    ev.flush()
    b = ProfileBuilder(EVENT_SAMPLE_TYPES, ("space", "bytes"), 1, "alloc_space", binary, time_nanos=ev.start_wall)
    b.msg.duration_nanos = ev.duration()
    ns, count, event = b.string("nanoseconds"), b.string("count"), b.string("event")
    kinds = {True: b.string("alloc"), False: b.string("free")}
    time_key, gc_key = b.string("time"), b.string("gc")
    frames: dict[int, list] = {}
    for t, gc, bucket, allocs, frees in ev.rows:
        fs = frames.get(id(bucket))
        if fs is None:
            fs = frames[id(bucket)] = _proto_frames(bucket.stack)
        size = bucket.size
        for n, is_alloc in ((allocs, True), (frees, False)):
            if not n:
                continue
            values = (n, n * size, 0, 0, n, n * size) if is_alloc else (0, 0, n, n * size, -n, -n * size)
            b.add_sample(values, fs, [("bytes", size)])
            labels = b.msg.sample[-1].label
            labels.append(pb.Label(key=time_key, num=t, num_unit=ns))
            labels.append(pb.Label(key=gc_key, num=gc, num_unit=count))
            labels.append(pb.Label(key=event, str=kinds[is_alloc]))
    return b.encode()
