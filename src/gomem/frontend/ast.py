"""gomem's syntax tree for Go: the one data structure shared by checker, escape analysis and compiler.

It mirrors go/ast closely, so a reader who knows go/ast knows this. The parser
(:mod:`gomem.frontend.parser`) builds it from tree-sitter's concrete syntax tree; the checker
annotates it in place:

- every expression gets ``type`` (a gomem.types Type; None for a type expression or a value
  with no type) and, for constants, ``const`` (the exact value: int, Fraction/float, str as
  bytes, bool) and ``mode`` (one of the MODE_* strings below);
- every Ident gets ``obj`` (the Object it denotes, see gomem.check.objects);
- calls get ``call_kind`` ('func', 'method', 'iface', 'builtin', 'conversion', ...).

Positions are 1-based line and column in bytes, as the gc compiler prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MODE_VALUE = "value"        # a computed value
MODE_VAR = "var"            # an addressable variable
MODE_CONST = "const"        # a constant (see .const)
MODE_TYPE = "type"          # a type expression
MODE_NOVALUE = "novalue"    # a call with no results
MODE_BUILTIN = "builtin"    # a builtin function name
MODE_MAPINDEX = "mapindex"  # m[k]: assignable, not addressable, comma-ok capable
MODE_COMMAOK = "commaok"    # x.(T), <-ch: comma-ok capable values
MODE_PKG = "pkg"            # a package name


@dataclass(eq=False)
class Node:
    line: int
    col: int

    @property
    def pos(self) -> tuple[int, int]:
        return (self.line, self.col)


# ---------------------------------------------------------------------------
# Expressions


@dataclass(eq=False)
class Expr(Node):
    def __post_init__(self) -> None:
        self.type: Any = None
        self.mode: str = ""
        self.const: Any = None


@dataclass(eq=False)
class BadExpr(Expr):
    pass


@dataclass(eq=False)
class Ident(Expr):
    name: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.obj: Any = None


@dataclass(eq=False)
class TupleElem(Expr):
    """Result number index of the multi-valued call, standing as an argument of a built-in
    called as print(f()) or copy(f()) (made by the checker, not the parser)."""
    call: Expr | None = None
    index: int = 0


@dataclass(eq=False)
class Ellipsis(Expr):
    elt: Expr | None = None


@dataclass(eq=False)
class BasicLit(Expr):
    kind: str = ""  # INT FLOAT IMAG CHAR STRING
    value: str = ""  # source text
    bad: bool = False  # malformed: the scanner reported it (gc's BasicLit.Bad)


@dataclass(eq=False)
class FuncLit(Expr):
    ftype: FuncType | None = None
    body: BlockStmt | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        self.scope_info: Any = None  # filled by the checker (captured variables, ...)


@dataclass(eq=False)
class CompositeLit(Expr):
    ctype: Expr | None = None  # None when elided inside another composite literal
    elts: list[Expr] = field(default_factory=list)
    lbrace_line: int = 0
    lbrace_col: int = 0
    rbrace_line: int = 0  # the closing brace: gc reports "too few values in struct literal" there
    rbrace_col: int = 0


@dataclass(eq=False)
class ParenExpr(Expr):
    x: Expr | None = None


@dataclass(eq=False)
class SelectorExpr(Expr):
    x: Expr | None = None
    sel: Ident | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        self.selection: Any = None  # filled by the checker: see gomem.check.objects.Selection


@dataclass(eq=False)
class IndexExpr(Expr):
    x: Expr | None = None
    index: Expr | None = None
    indices: list[Expr] = field(default_factory=list)  # generic instantiation with several args


@dataclass(eq=False)
class SliceExpr(Expr):
    x: Expr | None = None
    low: Expr | None = None
    high: Expr | None = None
    max: Expr | None = None
    slice3: bool = False


@dataclass(eq=False)
class TypeAssertExpr(Expr):
    x: Expr | None = None
    atype: Expr | None = None  # None for x.(type) in a type switch


@dataclass(eq=False)
class CallExpr(Expr):
    fun: Expr | None = None
    args: list[Expr] = field(default_factory=list)
    has_ellipsis: bool = False
    rparen_line: int = 0
    rparen_col: int = 0

    def __post_init__(self) -> None:
        super().__post_init__()
        self.call_kind: str = ""


@dataclass(eq=False)
class StarExpr(Expr):
    x: Expr | None = None


@dataclass(eq=False)
class UnaryExpr(Expr):
    op: str = ""
    x: Expr | None = None


@dataclass(eq=False)
class BinaryExpr(Expr):
    op: str = ""
    x: Expr | None = None
    y: Expr | None = None
    op_line: int = 0
    op_col: int = 0


@dataclass(eq=False)
class KeyValueExpr(Expr):
    key: Expr | None = None
    value: Expr | None = None


# Type expressions


@dataclass(eq=False)
class ArrayType(Expr):
    len: Expr | None = None  # None: slice type; Ellipsis: [...]T
    elt: Expr | None = None


@dataclass(eq=False)
class FieldDecl(Node):
    names: list[Ident] = field(default_factory=list)  # empty: embedded field / unnamed param
    ftype: Expr | None = None
    tag: str | None = None
    variadic: bool = False


@dataclass(eq=False)
class StructType(Expr):
    fields: list[FieldDecl] = field(default_factory=list)


@dataclass(eq=False)
class FuncType(Expr):
    params: list[FieldDecl] = field(default_factory=list)
    results: list[FieldDecl] = field(default_factory=list)
    type_params: list[FieldDecl] = field(default_factory=list)


@dataclass(eq=False)
class InterfaceElem(Node):
    name: Ident | None = None  # method name, or None for an embedded type
    ftype: Expr | None = None  # FuncType for methods; type expression for embedded
    is_union: bool = False  # type-set element (constraint interfaces)


@dataclass(eq=False)
class InterfaceType(Expr):
    elems: list[InterfaceElem] = field(default_factory=list)


@dataclass(eq=False)
class MapType(Expr):
    key: Expr | None = None
    value: Expr | None = None


@dataclass(eq=False)
class ChanType(Expr):
    dir: int = 0  # types.ChanDir
    value: Expr | None = None


# ---------------------------------------------------------------------------
# Statements


@dataclass(eq=False)
class Stmt(Node):
    pass


@dataclass(eq=False)
class BadStmt(Stmt):
    pass


@dataclass(eq=False)
class DeclStmt(Stmt):
    decl: GenDecl | None = None


@dataclass(eq=False)
class EmptyStmt(Stmt):
    pass


@dataclass(eq=False)
class LabeledStmt(Stmt):
    label: Ident | None = None
    stmt: Stmt | None = None


@dataclass(eq=False)
class ExprStmt(Stmt):
    x: Expr | None = None


@dataclass(eq=False)
class SendStmt(Stmt):
    chan: Expr | None = None
    value: Expr | None = None


@dataclass(eq=False)
class IncDecStmt(Stmt):
    x: Expr | None = None
    tok: str = ""  # ++ or --


@dataclass(eq=False)
class AssignStmt(Stmt):
    lhs: list[Expr] = field(default_factory=list)
    tok: str = ""  # = := += -= ...
    rhs: list[Expr] = field(default_factory=list)
    tok_line: int = 0
    tok_col: int = 0


@dataclass(eq=False)
class GoStmt(Stmt):
    call: Expr | None = None


@dataclass(eq=False)
class DeferStmt(Stmt):
    call: Expr | None = None


@dataclass(eq=False)
class ReturnStmt(Stmt):
    results: list[Expr] = field(default_factory=list)


@dataclass(eq=False)
class BranchStmt(Stmt):
    tok: str = ""  # break continue goto fallthrough
    label: Ident | None = None


@dataclass(eq=False)
class BlockStmt(Stmt):
    stmts: list[Stmt] = field(default_factory=list)
    rbrace_line: int = 0
    rbrace_col: int = 0


@dataclass(eq=False)
class IfStmt(Stmt):
    init: Stmt | None = None
    cond: Expr | None = None
    body: BlockStmt | None = None
    else_: Stmt | None = None


@dataclass(eq=False)
class CaseClause(Stmt):
    exprs: list[Expr] | None = None  # None: default
    body: list[Stmt] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.implicit_obj: Any = None  # the symbol of a type switch case


@dataclass(eq=False)
class SwitchStmt(Stmt):
    init: Stmt | None = None
    tag: Expr | None = None
    clauses: list[CaseClause] = field(default_factory=list)


@dataclass(eq=False)
class TypeSwitchStmt(Stmt):
    init: Stmt | None = None
    bind: Ident | None = None  # x in `switch x := y.(type)`
    x: Expr | None = None  # y
    clauses: list[CaseClause] = field(default_factory=list)


@dataclass(eq=False)
class CommClause(Stmt):
    comm: Stmt | None = None  # SendStmt, ExprStmt(<-ch), AssignStmt(v[, ok] = / := <-ch); None: default
    body: list[Stmt] = field(default_factory=list)


@dataclass(eq=False)
class SelectStmt(Stmt):
    clauses: list[CommClause] = field(default_factory=list)


@dataclass(eq=False)
class ForStmt(Stmt):
    init: Stmt | None = None
    cond: Expr | None = None
    post: Stmt | None = None
    body: BlockStmt | None = None


@dataclass(eq=False)
class RangeStmt(Stmt):
    key: Expr | None = None
    value: Expr | None = None
    tok: str = ""  # '' (no vars), '=' or ':='
    x: Expr | None = None
    body: BlockStmt | None = None


# ---------------------------------------------------------------------------
# Declarations


@dataclass(eq=False)
class Spec(Node):
    pass


@dataclass(eq=False)
class ImportSpec(Spec):
    name: Ident | None = None
    path: str = ""
    path_line: int = 0  # where the path's literal is (gc reports bad paths there)
    path_col: int = 0


@dataclass(eq=False)
class ValueSpec(Spec):
    names: list[Ident] = field(default_factory=list)
    vtype: Expr | None = None
    values: list[Expr] = field(default_factory=list)
    iota: int = 0
    implicit: bool = False  # const spec repeating the previous expression list


@dataclass(eq=False)
class TypeSpec(Spec):
    name: Ident | None = None
    type_params: list[FieldDecl] = field(default_factory=list)
    ttype: Expr | None = None
    alias: bool = False


@dataclass(eq=False)
class GenDecl(Node):
    tok: str = ""  # import const type var
    specs: list[Spec] = field(default_factory=list)


@dataclass(eq=False)
class FuncDecl(Node):
    recv: FieldDecl | None = None
    name: Ident | None = None
    ftype: FuncType | None = None
    body: BlockStmt | None = None

    def __post_init__(self) -> None:
        self.obj: Any = None


@dataclass(eq=False)
class File(Node):
    path: str = ""  # as the user gave it, for positions
    package: Ident | None = None
    imports: list[ImportSpec] = field(default_factory=list)
    decls: list[Any] = field(default_factory=list)  # GenDecl | FuncDecl
    source: bytes = b""
    # gc's complaints that come only after a successful type check (misplaced directives a
    # declaration took), as (line, col, msg); the //go:linkname directives (name, line, col)
    late_errors: list[tuple[int, int, str]] = field(default_factory=list)
    linknames: list[tuple[str, int, int]] = field(default_factory=list)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def unparen(e: Any) -> Any:
    """e without the parentheses around it."""
    while isinstance(e, ParenExpr):
        e = e.x
    return e


def children(node: Node):
    """The syntax-tree children of node (only its declared fields, never checker annotations)."""
    names = _FIELD_NAMES.get(type(node))
    if names is None:
        import dataclasses
        names = tuple(f.name for f in dataclasses.fields(node) if f.name not in ("line", "col"))
        _FIELD_NAMES[type(node)] = names
    for name in names:
        val = getattr(node, name)
        if isinstance(val, Node):
            yield val
        elif isinstance(val, list):
            for y in val:
                if isinstance(y, Node):
                    yield y


def walk(node: Node):
    """Every node under node, node included (depth first, pre-order)."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(children(n))))


def has_call_or_recv(node: Node) -> bool:
    """Whether evaluating node may call a function or receive from a channel (conversions
    and built-in calls do not count)."""
    return any((isinstance(n, CallExpr) and n.call_kind not in ("conversion", "builtin"))
               or (isinstance(n, UnaryExpr) and n.op == "<-") for n in walk(node))
