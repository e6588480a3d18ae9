"""Interface method sets that wait for embedded interfaces, and gc's anonymous-interface
cycle check.

An interface type may embed an interface whose declaration is still being checked:

    type Node interface{ Children() []Tree }
    type Tree interface{ Node; Size() int }

Resolving Node needs Tree (a method's result), and Tree embeds Node, whose method set is not
known yet. The checker then makes Tree's interface without methods and records what it
embeds (a PendingInterface); the method set is filled in once every embedded interface is
complete. An embedding cycle (type I interface{ J }; type J interface{ I }) is an invalid
recursive type, reported by the checker like a struct containing itself.

An anonymous interface can also reach itself through method signatures without a named type
in between (type I interface{ m() interface{ I } }): gc compiles such types only after the
type check has succeeded, and then rejects them (go.dev/issue/56103). anonymous_cycles finds
them the way gc does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gomem.frontend import ast
from gomem.types import types as T


@dataclass(eq=False)
class PendingInterface:
    iface: T.Interface
    explicit: list[tuple[T.Method, Any]]  # declared methods, with their name's node
    embeds: list[tuple[T.Type, Any]]  # embedded types, with the embedding's node
    path: str


def embedded_interface(t: T.Type, pending: dict[int, PendingInterface]) -> T.Interface | None:
    """The complete interface an embedded type stands for, or None while it is still being
    declared (a named type without underlying type yet, or an interface still pending)."""
    u = t
    while isinstance(u, T.Named):
        if u._underlying is None:
            return None
        u = u._underlying
    if isinstance(u, T.Interface) and id(u) in pending:
        return None
    return u  # type: ignore[return-value]


def anonymous_cycles(files: list[ast.File]) -> list[tuple[str, ast.InterfaceType]]:
    """The outermost interface type literals whose type is, or reaches, an anonymous interface
    that refers to itself; each such cycle is reported once, at the first literal (in source
    order) that reaches it, as gc does."""
    cyclic: dict[int, bool] = {}

    def has_cycle(iface: T.Interface) -> bool:
        return any(visit(m.sig) for m in iface.methods)

    def visit(t: Any) -> bool:
        while True:
            if isinstance(t, (T.Pointer, T.Slice, T.Array, T.Chan)):
                t = t.elem
            elif isinstance(t, T.Map):
                if visit(t.key):
                    return True
                t = t.elem
            elif isinstance(t, T.Struct):
                return any(visit(f.type) for f in t.fields)
            elif isinstance(t, T.Signature):
                return any(visit(p) for p in t.params) or any(visit(r) for r in t.results)
            elif isinstance(t, T.Interface):
                if not t.methods:
                    return False
                if id(t) in cyclic:
                    return cyclic[id(t)]
                cyclic[id(t)] = True
                if has_cycle(t):
                    return True
                cyclic[id(t)] = False
                return False
            else:  # named and basic types end an anonymous cycle
                return False

    found = []
    for f in files:
        stack: list[Any] = [f]
        while stack:
            n = stack.pop()
            if isinstance(n, ast.InterfaceType):
                t = getattr(n, "type", None)
                if isinstance(t, T.Interface) and has_cycle(t):
                    found.append((f.path, n))
                    for k in cyclic:
                        cyclic[k] = False  # one error for each cycle
                continue
            stack.extend(reversed(list(ast.children(n))))
    return found


def identical(a: Any, b: Any, assumed: set[tuple[int, int]] | None = None) -> bool:
    """Go's type identity, structurally. Unnamed types are interned, so `is` decides it,
    except for interfaces completed late: two of them may be identical without being one
    object (and may refer to themselves, type I interface{ m() interface{ I } })."""
    if a is b:
        return True
    if type(a) is not type(b) or isinstance(a, (T.Named, T.Basic)):
        return False
    if assumed is None:
        assumed = set()
    if isinstance(a, (T.Pointer, T.Slice)):
        return identical(a.elem, b.elem, assumed)
    if isinstance(a, T.Array):
        return a.length == b.length and identical(a.elem, b.elem, assumed)
    if isinstance(a, T.Map):
        return identical(a.key, b.key, assumed) and identical(a.elem, b.elem, assumed)
    if isinstance(a, T.Chan):
        return a.dir == b.dir and identical(a.elem, b.elem, assumed)
    if isinstance(a, T.Struct):
        return (len(a.fields) == len(b.fields)
                and all(f.name == g.name and f.embedded == g.embedded and identical(f.type, g.type, assumed)
                        for f, g in zip(a.fields, b.fields)))
    if isinstance(a, T.Signature):
        return (a.variadic == b.variadic and len(a.params) == len(b.params) and len(a.results) == len(b.results)
                and all(identical(x, y, assumed) for x, y in zip(a.params + a.results, b.params + b.results)))
    if isinstance(a, T.Interface):
        if [m.name for m in a.methods] != [m.name for m in b.methods]:
            return False
        if (id(a), id(b)) in assumed:  # a cycle: identical unless something else differs
            return True
        assumed.add((id(a), id(b)))
        return all(identical(m.sig, n.sig, assumed) for m, n in zip(a.methods, b.methods))
    return False
