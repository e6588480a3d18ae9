"""The escape-analysis graph of one batch: locations, holes, edges, leak sets, and the solver.

A *location* is an abstract memory cell (a variable or an allocating expression). An edge
``dst <- src`` carries a dereference count (derefs): the number of loads minus the number of
address-of operations between the two (``p = &q`` is -1, ``p = q`` 0, ``p = *q`` 1). A *hole*
is the destination of an expression being walked: a location plus a derefs count.

The solver asks, for every location taken as a root, which locations reach it and with how
few dereferences (a shortest-path search, since address-of edges are negative); a location
whose *address* reaches a root that outlives it must live on the heap.
"""

from __future__ import annotations

from typing import Any

# Leak-set slots of a parameter: to the heap, to the "callee" (the parameter's closures are
# called with their results lost), to the "mutator" (memory it points to is written), and to
# each of the first five results.
LEAK_HEAP = 0
LEAK_CALLEE = 1
LEAK_MUTATOR = 2
LEAK_RESULT0 = 3
NUM_RESULT_LEAKS = 5
NO_LEAK = -1


class Leaks:
    """The minimal derefs from a parameter to each of its sinks (NO_LEAK: none)."""

    __slots__ = ("d",)

    def __init__(self, d: list[int] | None = None) -> None:
        self.d = d if d is not None else [NO_LEAK] * (LEAK_RESULT0 + NUM_RESULT_LEAKS)

    def add(self, slot: int, derefs: int) -> None:
        cur = self.d[slot]
        if cur == NO_LEAK or derefs < cur:
            self.d[slot] = derefs

    def heap(self) -> int:
        return self.d[LEAK_HEAP]

    def result(self, i: int) -> int:
        return self.d[LEAK_RESULT0 + i]

    def optimized(self) -> Leaks:
        """A leak to the heap makes every equal or longer other path irrelevant."""
        d = list(self.d)
        h = d[LEAK_HEAP]
        if h != NO_LEAK:
            for i in range(1, len(d)):
                if d[i] >= h:
                    d[i] = NO_LEAK
        return Leaks(d)

    @staticmethod
    def heap_only(derefs: int = 0) -> Leaks:
        lk = Leaks()
        lk.d[LEAK_HEAP] = derefs
        return lk


class Fn:
    """A function of the batch: a declaration, a function literal, or a go/defer wrapper."""

    def __init__(self, node: Any, name: str, outer: Fn | None) -> None:
        self.node = node
        self.name = name  # as gc prints it: f, T.M, (*T).M, f.func1
        self.outer = outer  # the enclosing function of a closure
        self.params: list[Any] = []  # Vars, receiver first (None for unnamed ones)
        self.results: list[Any] = []  # Vars (synthesized for unnamed results)
        self.result_locs: list[Loc] = []
        self.results_lost = False  # a closure called where its results cannot be followed
        self.closure_count = 0  # funcN numbering of the closures it contains
        self.tags: list[Leaks | None] | None = None  # per parameter, once analysed
        self.inlined_copy = False  # a func literal copied by inlining (not one of the batch's functions)

    def contains(self, other: Fn) -> bool:
        """other is a closure nested (at any depth) inside this function."""
        f = other.outer
        while f is not None:
            if f is self:
                return True
            f = f.outer
        return False


class Loc:
    __slots__ = ("node", "var", "fn", "depth", "edges", "escapes", "calls", "mutates", "is_param", "is_result",
                 "result_index", "leaks", "addrtaken", "reassigned", "captured", "walkgen", "derefs",
                 "dst", "dst_edge", "queued", "pos", "label", "wrapper", "closure_fn", "size_reason", "box",
                 "inlined")

    def __init__(self, node: Any, var: Any, fn: Fn | None, depth: int) -> None:
        self.node = node  # the allocating expression (None for variables and temporaries)
        self.var = var  # the variable (None for expressions and temporaries)
        self.fn = fn
        self.depth = depth
        self.edges: list[tuple[Loc, int, Any]] = []  # (src, derefs, notes)
        self.escapes = False
        self.calls = False
        self.mutates = False  # memory reachable from it may be written
        self.is_param = False
        self.is_result = False
        self.result_index = 0
        self.leaks: Leaks | None = None
        self.addrtaken = False
        self.reassigned = False
        self.captured = False
        self.walkgen = 0
        self.derefs = 0
        self.dst: Loc | None = None
        self.dst_edge = -1
        self.queued = False
        self.pos: tuple[str, int, int] | None = None  # where its message is printed
        self.label = ""  # how its message names it
        self.wrapper = False  # a go/defer wrapper: never reported
        self.closure_fn: Fn | None = None  # for a func literal: its function
        self.size_reason = ""
        self.box = False  # an interface conversion's box
        # for a copy made by inlining, the inlined calls it came through (outermost first):
        # its verdict is recorded for that copy only (Result.copies), not on the syntax tree
        self.inlined: tuple = ()


class Hole:
    """Where the value of the expression being walked goes: dst with derefs."""

    __slots__ = ("dst", "derefs", "notes", "addrtaken")

    def __init__(self, dst: Loc, derefs: int = 0, notes: Any = None, addrtaken: bool = False) -> None:
        self.dst = dst
        self.derefs = derefs
        self.notes = notes  # (where, why, next) chain, for -m=2 explanations
        self.addrtaken = addrtaken

    def note(self, where: Any, why: str) -> Hole:
        return Hole(self.dst, self.derefs, (where, why, self.notes), self.addrtaken)

    def shift(self, delta: int) -> Hole:
        return Hole(self.dst, self.derefs + delta, self.notes, delta < 0 or self.addrtaken)

    def deref(self, where: Any, why: str) -> Hole:
        return self.shift(1).note(where, why)

    def addr(self, where: Any, why: str) -> Hole:
        h = self.shift(-1).note(where, why)
        h.addrtaken = True
        return h


class Graph:
    """The locations of one batch and the solver over them."""

    def __init__(self) -> None:
        self.heap = Loc(None, None, None, 0)
        self.heap.escapes = True
        self.heap.calls = True
        self.heap.mutates = True
        self.heap.label = "{heap}"
        self.blank = Loc(None, None, None, 0)
        self.blank.label = "{blank}"
        self.callee = Loc(None, None, None, 0)
        self.callee.calls = True
        self.callee.label = "{callee}"
        self.mutator = Loc(None, None, None, 0)
        self.mutator.mutates = True
        self.mutator.label = "{mutator}"
        self.locs: list[Loc] = []
        self.explain: Any = None  # set for -m=2: called as explain(kind, loc, root, derefs)

    def new_loc(self, node: Any, var: Any, fn: Fn | None, depth: int) -> Loc:
        loc = Loc(node, var, fn, depth)
        self.locs.append(loc)
        return loc

    def flow(self, k: Hole, src: Loc) -> None:
        if k.addrtaken:
            src.addrtaken = True
        dst = k.dst
        if dst is self.blank:
            return
        if dst is src and k.derefs >= 0:  # x = x, x = *x: nothing new
            return
        if dst.escapes and k.derefs < 0:  # heap = &src
            if not src.escapes:
                if self.explain is not None:
                    self.explain("flow", src, dst, k)
                src.escapes = True
                src.calls = True
                src.mutates = True
            return
        dst.edges.append((src, k.derefs, k.notes))

    # ---------------------------------------------------------------- solver
    def solve(self, in_batch: Any) -> None:
        """Propagates attributes until nothing changes (walkAll)."""
        todo: list[Loc] = []

        def enqueue(loc: Loc) -> None:
            if not loc.queued:
                loc.queued = True
                todo.append(loc)

        for loc in self.locs:
            enqueue(loc)
        enqueue(self.mutator)
        enqueue(self.callee)
        enqueue(self.heap)
        walkgen = 0
        while todo:
            root = todo.pop()
            root.queued = False
            walkgen += 1
            self._walk_one(root, walkgen, enqueue, in_batch)

    def _walk_one(self, root: Loc, walkgen: int, enqueue: Any, in_batch: Any) -> None:
        if root.calls and root.closure_fn is not None and in_batch(root.closure_fn) \
                and not root.closure_fn.results_lost:
            # the closure may be called where its results are not followed: they now go
            # wherever an unknown function's results go
            root.closure_fn.results_lost = True
            for r in root.closure_fn.result_locs:
                enqueue(r)
        root.walkgen = walkgen
        root.derefs = 0
        root.dst = None
        stack = [root]
        outlives = self.outlives
        while stack:
            loc = stack.pop()
            derefs = loc.derefs
            new_escape = new_calls = new_mutates = False
            if derefs < 0:
                # loc's address reaches root; in "root = &l; l = x" x's address does not
                derefs = 0
                if not loc.escapes and outlives(root, loc):
                    new_escape = True
            if derefs == 0:
                new_calls = root.calls and not loc.calls
                new_mutates = root.mutates and not loc.mutates
            if loc.is_param and outlives(root, loc):
                if loc.leaks is None:
                    loc.leaks = Leaks()
                if self.explain is not None and not loc.escapes:
                    self.explain("leak", loc, root, derefs)
                self._leak_to(loc, root, derefs)
            if loc.is_param and root is not self.heap and (root.calls or root.mutates):
                if loc.leaks is None:
                    loc.leaks = Leaks()
                if root.calls:
                    loc.leaks.add(LEAK_CALLEE, derefs)
                if root.mutates:
                    loc.leaks.add(LEAK_MUTATOR, derefs)
            if new_escape or new_calls or new_mutates:
                if new_escape:
                    if self.explain is not None:
                        self.explain("walk", loc, root, derefs)
                    loc.escapes = True
                    loc.calls = True
                    loc.mutates = True
                if new_calls:
                    loc.calls = True
                if new_mutates:
                    loc.mutates = True
                enqueue(loc)
                if loc.escapes:
                    continue
            for i, (src, d, _) in enumerate(loc.edges):
                if src.escapes:
                    continue
                nd = derefs + d
                if src.walkgen != walkgen or src.derefs > nd:
                    src.walkgen = walkgen
                    src.derefs = nd
                    src.dst = loc
                    src.dst_edge = i
                    stack.append(src)

    def _leak_to(self, param: Loc, sink: Loc, derefs: int) -> None:
        if not sink.escapes and sink.is_result and sink.fn is param.fn \
                and sink.result_index < NUM_RESULT_LEAKS:
            param.leaks.add(LEAK_RESULT0 + sink.result_index, derefs)
        else:
            param.leaks.add(LEAK_HEAP, derefs)

    def outlives(self, l: Loc, other: Loc) -> bool:
        """Whether values stored in l may live longer than other."""
        if l.escapes:
            return True
        if l is self.callee or l is self.blank or l is self.mutator:
            return False
        if l.is_result:
            # a closure whose call sites are all known returns into its enclosing function
            if other.fn is not None and l.fn is not None and other.fn.contains(l.fn) \
                    and not l.fn.results_lost:
                return False
            return True
        if l.fn is other.fn and l.fn is not None and l.depth < other.depth:
            return True
        if l.fn is not None and other.fn is not None and l.fn.contains(other.fn):
            return True
        return False
