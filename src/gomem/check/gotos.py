"""The goto rules of the spec ("Goto statements"), checked as gc checks them.

A goto outside a block cannot jump to a label inside that block, and a forward goto must not
make a variable declaration of the label's block come into scope without running it. gc's
parser checks this per function body, block by block: walking a block's statements in order,
it keeps the forward gotos not yet resolved, the latest variable declaration (a ``var``
declaration or a ``:=``) and the forward gotos pending when that declaration was seen. When a
label comes, each pending goto to it is resolved, and it is an error if that goto was pending
at the latest declaration ("goto L jumps over declaration of y at ...": gc names the latest
declaration, not the first one jumped over). Gotos a block cannot resolve pass to the
enclosing block; those left at the end of the function whose label exists jump into a block
("goto L jumps into block starting at ...", the position of the block's '{', or of its
``case``/``default`` for a clause, or of the ``if`` of an ``else if``).
"""

from __future__ import annotations

from gomem.frontend import ast

__all__ = ["goto_errors"]

Pos = tuple[int, int]


class _Block:
    __slots__ = ("parent", "start")

    def __init__(self, parent: _Block | None, start: Pos) -> None:
        self.parent = parent
        self.start = start


def goto_errors(body: ast.BlockStmt, path: str) -> list[tuple[ast.Node, str]]:
    """The goto errors of one function body: (node to report at, message)."""
    errors: list[tuple[ast.Node, str]] = []
    labels: dict[str, _Block] = {}  # label name -> the block declaring it (first declaration)
    pending = _block(body.stmts, None, (body.line, body.col), labels, errors, path)
    for g in pending:
        where = labels.get(g.label.name)
        if where is not None:
            errors.append((g.label, f"goto {g.label.name} jumps into block starting at "
                                    f"{path}:{where.start[0]}:{where.start[1]}"))
    return errors


def _decl_of(s: ast.Stmt) -> tuple[str, Pos] | None:
    """The variable declaration a statement makes, as gc names and places it."""
    if isinstance(s, ast.AssignStmt) and s.tok == ":=":
        names = ", ".join(getattr(x, "name", "?") for x in s.lhs)
        return names, (s.tok_line or s.line, s.tok_col or s.col)
    if isinstance(s, ast.DeclStmt) and s.decl.tok == "var" and s.decl.specs:
        first = s.decl.specs[0].names[0]
        return first.name, (first.line, first.col)
    return None


def _block(stmts: list[ast.Stmt], parent: _Block | None, start: Pos, labels: dict[str, _Block],
           errors: list[tuple[ast.Node, str]], path: str) -> list[ast.BranchStmt]:
    """Checks one block; returns its forward gotos left unresolved."""
    b = _Block(parent, start)
    forward: list[ast.BranchStmt] = []
    latest: tuple[str, Pos] | None = None
    jumped: list[ast.BranchStmt] = []  # forward gotos pending at the latest declaration

    def inner(body: list[ast.Stmt], at: Pos) -> None:
        forward.extend(_block(body, b, at, labels, errors, path))

    for s in stmts:
        while isinstance(s, ast.LabeledStmt):
            name = s.label.name
            if name != "_":
                labels.setdefault(name, b)
                keep = []
                for g in forward:
                    if g.label.name != name:
                        keep.append(g)
                    elif latest is not None and any(g is j for j in jumped):
                        errors.append((g.label, f"goto {name} jumps over declaration of {latest[0]} at "
                                                f"{path}:{latest[1][0]}:{latest[1][1]}"))
                forward = keep
            s = s.stmt
        decl = _decl_of(s)
        if decl is not None:
            latest = decl
            jumped = list(forward)
        elif isinstance(s, ast.BranchStmt):
            if s.tok == "goto" and s.label is not None and not _declared_around(labels.get(s.label.name), b):
                forward.append(s)
        elif isinstance(s, ast.BlockStmt):
            inner(s.stmts, (s.line, s.col))
        elif isinstance(s, ast.IfStmt):
            if s.body is not None:
                inner(s.body.stmts, (s.body.line, s.body.col))
            if s.else_ is not None:
                inner([s.else_], (s.else_.line, s.else_.col))
        elif isinstance(s, (ast.ForStmt, ast.RangeStmt)):
            if s.body is not None:
                inner(s.body.stmts, (s.body.line, s.body.col))
        elif isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
            for cc in s.clauses:
                inner(cc.body, (cc.line, cc.col))
    return forward


def _declared_around(where: _Block | None, b: _Block | None) -> bool:
    """Is a label declared in block `where` visible from block b (a backward goto)?"""
    while where is not None and b is not None:
        if b is where:
            return True
        b = b.parent
    return False
