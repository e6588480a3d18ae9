"""Generated Python source → code object, for programs of any size and nesting.

Go puts no limit on nesting; CPython does: its tokenizer allows 100 levels of indentation
and 200 of brackets, its parser a bounded stack, and its compiler 20 statically nested
blocks (loops, try, with). Ordinary programs compile from the source text directly. Others
take the long way, which is exact (the same Python semantics, the same line numbers):

- statements nested deeper than ``CUT_INDENT`` levels are cut out of the text and parsed
  on their own, then spliced back into the parsed tree (the tokenizer never sees the depth);
- expressions the code generator found too deep are already separate pieces: it emits
  ``_splice_(k)`` in their place and the piece's text in a trailer line ``#@splice k: code``
  (see ``Compiler.expr``), and they are spliced back the same way;
- a loop or ``try`` nested deeper than ``MAX_BLOCKS`` in one function is moved into a
  nested function called in its place (``nonlocal`` for the variables it shares, its
  ``return`` passed back through the call);
- the tree is compiled in a thread with a large C stack, with a high recursion limit.
"""

from __future__ import annotations

import ast
import sys
import threading
from typing import Any

CUT_INDENT = 40
MAX_BLOCKS = 15  # CPython allows 20 (CO_MAXBLOCKS); the generated code adds a few of its own
SPLICE_FUNC = "_splice_"
SPLICE_TRAILER = "#@splice "
BIG_STACK = 1 << 30  # bytes of C stack for compiling very deep trees (reserved, not committed)
RECURSION_LIMIT = 1_000_000


def compile_module(src: str, filename: str = "<gomem>") -> Any:
    """The code object of the generated module src."""
    if SPLICE_TRAILER not in src:
        try:
            return compile(src, filename, "exec")
        except (SyntaxError, MemoryError, RecursionError) as e:
            if not _limit_error(e):
                raise
    return in_big_stack(lambda: compile(build_tree(src), filename, "exec"))  # noqa: PLW0108


def _limit_error(e: BaseException) -> bool:
    """Whether e is one of CPython's size limits (not a bug in the generated code)."""
    if isinstance(e, (MemoryError, RecursionError)):
        return True
    msg = str(getattr(e, "msg", e))
    return isinstance(e, IndentationError) or any(s in msg for s in (
        "too many nested parentheses", "too many statically nested blocks", "too complex",
        "maximum recursion depth", "too many levels of indentation"))


def in_big_stack(fn):
    """fn() in a thread with a large C stack and a high recursion limit (CPython's parser,
    symbol table and compiler recurse in C over the tree)."""
    result: list = []
    old_limit = sys.getrecursionlimit()

    def run() -> None:
        try:
            result.append((True, fn()))
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            result.append((False, e))

    old_size = threading.stack_size()
    sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
    try:
        try:
            threading.stack_size(BIG_STACK)
            # a daemon: an interrupted gomem does not wait for its compilation to finish
            t = threading.Thread(target=run, name="gomem-compile", daemon=True)
            t.start()
        except (ValueError, RuntimeError):  # no thread of that size here: the own stack
            run()
        else:
            t.join()
        finally:
            threading.stack_size(old_size)
    finally:
        sys.setrecursionlimit(old_limit)
    ok, value = result[0]
    if not ok:
        raise value
    return value


# ------------------------------------------------------------------ building the tree
def build_tree(src: str) -> ast.Module:
    """The module's tree, parsed in pieces of bounded depth and spliced together."""
    lines = src.split("\n")
    pieces: dict[int, str] = {}
    body_end = len(lines)
    for i, line in enumerate(lines):
        if line.startswith(SPLICE_TRAILER):
            if body_end == len(lines):
                body_end = i
            k, _, code = line[len(SPLICE_TRAILER):].partition(": ")
            pieces[int(k)] = code
    stmt_chunks: dict[int, list[ast.stmt]] = {}
    counter = [len(pieces) and max(pieces) + 1]
    tree = ast.Module(_parse_suite(lines, 0, body_end, 0, stmt_chunks, counter), [])
    exprs = {k: ast.parse(code, mode="eval").body for k, code in pieces.items()}
    tree = _Splicer(stmt_chunks, exprs).visit(tree)
    tree = _BlockOutliner().visit(tree)
    ast.fix_missing_locations(tree)
    return tree


def _indent(line: str) -> int:
    return (len(line) - len(line.lstrip(" "))) // 4


def _parse_suite(lines: list[str], start: int, end: int, base: int,
                 chunks: dict[int, list[ast.stmt]], counter: list[int]) -> list[ast.stmt]:
    """Parse lines[start:end] (each indented at least `base` levels) as statements; runs of
    lines indented `base + CUT_INDENT` or more become placeholder calls, parsed separately."""
    out: list[str] = []
    cut = base + CUT_INDENT
    i = start
    while i < end:
        line = lines[i]
        if line.strip() and _indent(line) >= cut:
            j = i
            while j < end and (not lines[j].strip() or _indent(lines[j]) >= cut):
                j += 1
            k = counter[0]
            counter[0] += 1
            chunks[k] = _parse_suite(lines, i, j, cut, chunks, counter)
            out.append("    " * (cut - base) + f"{SPLICE_FUNC}({k})")
            # keep the line numbers of what follows
            out.extend([""] * (j - i - 1))
            i = j
            continue
        out.append(line[4 * base:])
        i += 1
    tree = ast.parse("\n".join(out))
    if start:
        ast.increment_lineno(tree, start)
    return tree.body


def _splice_index(node: ast.AST) -> int | None:
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == SPLICE_FUNC
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant)):
        return node.args[0].value
    return None


class _Splicer(ast.NodeTransformer):
    """Replaces placeholder statements and expressions by their pieces."""

    def __init__(self, stmts: dict[int, list[ast.stmt]], exprs: dict[int, ast.expr]):
        self.stmts = stmts
        self.exprs = exprs
        self.used: set[int] = set()

    def visit_Expr(self, node: ast.Expr) -> Any:
        k = _splice_index(node.value)
        if k is not None and k in self.stmts:
            out = []
            for s in self.stmts[k]:
                r = self.visit(s)
                out.extend(r if isinstance(r, list) else [r])
            return out
        return self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> Any:
        k = _splice_index(node)
        if k is not None and k in self.exprs:
            piece = self.exprs[k]
            if k in self.used:  # a piece used twice gets its own copy of the tree
                import copy
                piece = copy.deepcopy(piece)
            self.used.add(k)
            for n in ast.walk(piece):
                if "lineno" in n._attributes:
                    n.lineno = n.end_lineno = node.lineno
                    n.col_offset, n.end_col_offset = node.col_offset, node.end_col_offset
            return self.visit(piece)
        return self.generic_visit(node)


# ------------------------------------------------------------- statically nested blocks
_BLOCKS = (ast.For, ast.While, ast.Try, ast.With, ast.AsyncFor, ast.AsyncWith)


class _BlockOutliner(ast.NodeTransformer):
    """Moves a block statement nested more than MAX_BLOCKS deep into a nested function.

    The function is defined and called in the statement's place. Names the enclosing
    function binds elsewhere are declared nonlocal (or global, as there); a `return`
    inside gives back a 1-tuple, which the caller returns; break and continue stay inside
    (the moved statement is a whole loop or try).
    """

    def __init__(self) -> None:
        self.depth = 0
        self.func: ast.FunctionDef | None = None
        self.count = 0

    def visit_FunctionDef(self, node: ast.FunctionDef) -> Any:
        saved = self.depth, self.func
        self.depth, self.func = 0, node
        node.body = self._stmts(node.body)
        self.depth, self.func = saved
        return node

    def _stmts(self, stmts: list[ast.stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for s in stmts:
            r = self.visit(s)
            out.extend(r if isinstance(r, list) else [r])
        return out

    def generic_visit(self, node: ast.AST) -> Any:
        if isinstance(node, _BLOCKS) and self.func is not None:
            if self.depth >= MAX_BLOCKS:
                return self._outline(node)
            self.depth += 1
            r = super().generic_visit(node)
            self.depth -= 1
            return r
        return super().generic_visit(node)

    def _outline(self, node: ast.stmt) -> list[ast.stmt]:
        outer = self.func
        self.count += 1
        name = f"_blk{self.count}"
        inner_bound = _bound_names([node])
        outer_bound = _bound_names(outer.body, skip=node) | {a.arg for a in _all_args(outer.args)}
        globals_, nonlocals_ = set(), set()
        for s in outer.body:
            if isinstance(s, ast.Global):
                globals_.update(s.names)
            elif isinstance(s, ast.Nonlocal):
                nonlocals_.update(s.names)
        shared = sorted((inner_bound & (outer_bound | nonlocals_)) - globals_)
        decls: list[ast.stmt] = []
        if globals_ & inner_bound:
            decls.append(ast.Global(sorted(globals_ & inner_bound)))
        if shared:
            decls.append(ast.Nonlocal(shared))
        _ReturnWrapper().visit(node)
        fn = ast.FunctionDef(name, ast.arguments([], [], None, [], [], None, []), decls + [node], [], None)
        call = ast.Assign([ast.Name("_blkr", ast.Store())], ast.Call(ast.Name(name, ast.Load()), [], []))
        ret = ast.If(ast.Compare(ast.Name("_blkr", ast.Load()), [ast.IsNot()], [ast.Constant(None)]),
                     [ast.Return(ast.Subscript(ast.Name("_blkr", ast.Load()), ast.Constant(0), ast.Load()))], [])
        for n in (fn, call, ret):
            ast.copy_location(n, node)
        saved = self.depth, self.func
        self.depth, self.func = 0, fn
        fn.body = self._stmts(fn.body)
        self.depth, self.func = saved
        return [fn, call, ret]


def _all_args(a: ast.arguments) -> list[ast.arg]:
    out = list(a.posonlyargs) + list(a.args) + list(a.kwonlyargs)
    if a.vararg:
        out.append(a.vararg)
    if a.kwarg:
        out.append(a.kwarg)
    return out


def _bound_names(stmts: list[ast.stmt], skip: ast.AST | None = None) -> set[str]:
    """Names bound in the scope of these statements (not inside nested functions)."""
    out: set[str] = set()
    stack: list[ast.AST] = list(stmts)
    while stack:
        n = stack.pop()
        if n is skip:
            continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            out.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(n.name)
            stack.extend(getattr(n, "decorator_list", []))
            if not isinstance(n, ast.ClassDef):
                stack.extend(d for d in n.args.defaults + n.args.kw_defaults if d is not None)
            continue
        elif isinstance(n, ast.Lambda):
            stack.extend(d for d in n.args.defaults + n.args.kw_defaults if d is not None)
            continue
        elif isinstance(n, ast.ExceptHandler) and n.name:
            out.add(n.name)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            out.update((a.asname or a.name).split(".")[0] for a in n.names)
        elif isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            # only := inside a comprehension binds in the enclosing scope
            out.update(x.target.id for x in ast.walk(n) if isinstance(x, ast.NamedExpr))
            stack.append(n.generators[0].iter)
            continue
        stack.extend(ast.iter_child_nodes(n))
    return out


class _ReturnWrapper(ast.NodeTransformer):
    """`return v` → `return (v,)` in the moved statement (not in functions nested in it)."""

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.Lambda:
        return node

    def visit_Return(self, node: ast.Return) -> ast.Return:
        val = node.value if node.value is not None else ast.Constant(None)
        return ast.copy_location(ast.Return(ast.Tuple([val], ast.Load())), node)
