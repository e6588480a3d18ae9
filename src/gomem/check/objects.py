"""The named entities of a Go program (objects), scopes, and field/method selections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gomem.types.types import Type


class Object:
    kind = "object"

    def __init__(self, name: str, type: Type | None, line: int = 0, col: int = 0):
        self.name = name
        self.type = type
        self.line = line
        self.col = col
        self.pkg: Package | None = None
        self.pyname = ""  # the Python identifier the compiler gives it


class Var(Object):
    kind = "var"

    def __init__(self, name: str, type: Type | None, line: int = 0, col: int = 0):
        super().__init__(name, type, line, col)
        self.is_global = False
        self.is_param = False
        self.is_result = False
        self.used = False
        self.addr_taken = False  # &v appears, or a method with pointer receiver is called on v
        self.captured = False  # referenced by a closure other than the declaring function
        self.assigned_in_closure = False
        self.func: Any = None  # the FuncDecl/FuncLit that declares it
        self.in_loop = False  # declared inside a loop body (per-iteration storage needed if captured)
        self.is_field = False
        self.boxed = False  # decided by the compiler: lives in a Box


class Const(Object):
    kind = "const"

    def __init__(self, name: str, type: Type | None, value: Any, line: int = 0, col: int = 0):
        super().__init__(name, type, line, col)
        self.value = value
        self.used = False


class TypeName(Object):
    kind = "type"


class Func(Object):
    kind = "func"

    def __init__(self, name: str, type: Type | None, decl: Any = None, line: int = 0, col: int = 0):
        super().__init__(name, type, line, col)
        self.decl = decl
        self.external = False  # implemented in Python (standard library)


class PkgName(Object):
    kind = "pkgname"

    def __init__(self, name: str, package: Package, line: int = 0, col: int = 0):
        super().__init__(name, None, line, col)
        self.package = package
        self.used = False


class Builtin(Object):
    kind = "builtin"


class Nil(Object):
    kind = "nil"


class Label(Object):
    kind = "label"

    def __init__(self, name: str, line: int = 0, col: int = 0):
        super().__init__(name, None, line, col)
        self.used = False
        self.stmt: Any = None


class Scope:
    def __init__(self, parent: Scope | None, kind: str = "block"):
        self.parent = parent
        self.names: dict[str, Object] = {}
        self.kind = kind  # universe package file func block

    def lookup(self, name: str) -> Object | None:
        s: Scope | None = self
        while s is not None:
            o = s.names.get(name)
            if o is not None:
                return o
            s = s.parent
        return None

    def lookup_local(self, name: str) -> Object | None:
        return self.names.get(name)

    def insert(self, obj: Object) -> Object | None:
        """Insert obj; returns the object already declared under that name, if any."""
        old = self.names.get(obj.name)
        if old is not None:
            return old
        self.names[obj.name] = obj
        return None


class Package:
    def __init__(self, path: str, name: str):
        self.path = path
        self.name = name
        self.scope = Scope(None, "package")
        self.pymodule: Any = None  # for standard packages: the Python implementation module
        self.files: list[Any] = []
        self.init_order: list[Any] = []  # ValueSpecs / assignments of package vars, in order
        self.funcs: list[Any] = []  # FuncDecls with bodies
        self.named_types: list[Any] = []
        self.func_lits: list[Any] = []


@dataclass
class Selection:
    """The meaning of x.sel once checked.

    kind: 'field', 'method' (method value or call on a concrete type), 'iface' (interface
    method), 'methodexpr' (T.m), 'pkg' (qualified identifier), 'extmethod' (method implemented
    in Python by a standard package).
    path: indices of embedded fields walked through before reaching the final field or method.
    """

    kind: str
    obj: Any = None  # Var for fields (with .index), FuncInfo for methods
    path: list[tuple[int, bool]] = field(default_factory=list)  # (field index, is pointer) per step
    index: int = -1  # final field index
    recv_type: Type | None = None  # the named type (or pointer) declaring the method
    indirect: bool = False  # a pointer is dereferenced along the way
    pointer_recv: bool = False
