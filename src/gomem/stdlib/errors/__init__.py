"""Package errors: the Python implementations of the body-less declarations in api.go.

Error values are interface values: ``Iface(t, v)`` or None. The unexported types errors creates
(``*errors.errorString``, ``*errors.joinError``) are built here; TYPES maps their names to the
type objects so the compiler can use them for the api.go declarations.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import GoPanic, panic_nil_deref
from gomem.runtime.values import (
    Iface,
    Slice,
    implements,
    is_comparable_at_runtime,
    slice_of,
    struct_class,
)
from gomem.types.types import (
    BOOL,
    EMPTY_INTERFACE,
    ERROR,
    STRING,
    Array,
    Field,
    FuncInfo,
    Interface,
    Named,
    Pointer,
    Struct,
    Type,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

__all__ = [
    "New", "Is", "As", "Unwrap", "Join", "ErrUnsupported", "TYPES",
    "errorString_Error", "joinError_Error", "joinError_Unwrap", "error_text",
]

_ERRORS_T = new_slice(ERROR)
_SIG_STRING = new_signature((), (STRING,))
_SIG_UNWRAP1 = new_signature((), (ERROR,))
_SIG_UNWRAPN = new_signature((), (_ERRORS_T,))
_SIG_IS = new_signature((ERROR,), (BOOL,))
_SIG_AS = new_signature((EMPTY_INTERFACE,), (BOOL,))


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...]) -> Named:
    return Named(name, "errors", new_struct(tuple(Field(n, t, False, "errors") for n, t in fields)))


def _add_method(t: Named, name: str, sig: Any, impl: Any) -> None:
    t.methods[name] = FuncInfo(name, sig, True)
    setattr(new_pointer(t), "m_" + name, impl)


ERROR_STRING = _named_struct("errorString", (("s", STRING),))
ERROR_STRING_PTR = new_pointer(ERROR_STRING)
JOIN_ERROR = _named_struct("joinError", (("errs", _ERRORS_T),))
JOIN_ERROR_PTR = new_pointer(JOIN_ERROR)
_ErrorString = struct_class(ERROR_STRING)
_JoinError = struct_class(JOIN_ERROR)

TYPES: dict[str, Named] = {"errorString": ERROR_STRING, "joinError": JOIN_ERROR}


def error_text(err: Any) -> bytes:
    """err.Error() for a non-nil error interface value."""
    if err is None:
        panic_nil_deref()
    return err.t.m_Error(err.v)


def errorString_Error(e: Any) -> bytes:
    if e is None:
        panic_nil_deref()
    return e.s


def joinError_Error(e: Any) -> bytes:
    if e is None:
        panic_nil_deref()
    errs = e.errs.elems()
    if len(errs) == 1:
        return error_text(errs[0])
    return b"\n".join(error_text(x) for x in errs)


def joinError_Unwrap(e: Any) -> Slice:
    if e is None:
        panic_nil_deref()
    return e.errs


_add_method(ERROR_STRING, "Error", _SIG_STRING, errorString_Error)
_add_method(JOIN_ERROR, "Error", _SIG_STRING, joinError_Error)
_add_method(JOIN_ERROR, "Unwrap", _SIG_UNWRAPN, joinError_Unwrap)


_SITE_NEW = ("errors.New", "errors/errors.go", 0)
_SITE_JOIN = ("errors.Join", "errors/join.go", 0)


def New(text: bytes) -> Iface:
    """errors.New: a *errors.errorString (each call a distinct pointer, a 16-byte object)."""
    _malloc.alloc(ERROR_STRING, 16, _SITE_NEW)
    return Iface(ERROR_STRING_PTR, _ErrorString(text))


ErrUnsupported = New(b"unsupported operation")


# ---------------------------------------------------------------------------
# Methods looked up at run time


def _method(t: Type, name: str, sig: Any) -> Any:
    """Method `name` of dynamic type t if its declared signature is sig (when known)."""
    f = getattr(t, "m_" + name, None)
    if f is None:
        return None
    n = t.elem if isinstance(t, Pointer) else t
    methods = getattr(n, "methods", None)
    if methods:
        info = methods.get(name)
        if info is not None and info.sig is not sig:
            return None
    return f


def _unwrap_kind(t: Type) -> tuple[int, Any]:
    """(1, m) for Unwrap() error, (2, m) for Unwrap() []error, (0, m) when unknown, (-1, None)."""
    f = getattr(t, "m_Unwrap", None)
    if f is None:
        return -1, None
    n = t.elem if isinstance(t, Pointer) else t
    methods = getattr(n, "methods", None)
    if methods:
        info = methods.get("Unwrap")
        if info is not None:
            if info.sig is _SIG_UNWRAP1:
                return 1, f
            if info.sig is _SIG_UNWRAPN:
                return 2, f
            return -1, None
    return 0, f


def _call_unwrap(err: Iface) -> tuple[int, Any]:
    """(1, error) or (2, list of errors) from err's Unwrap method, or (-1, None)."""
    kind, f = _unwrap_kind(err.t)
    if kind < 0:
        return -1, None
    r = f(err.v)
    if kind == 0:  # signature unknown: judge by the result
        if isinstance(r, Slice):
            kind = 2
        elif r is None or isinstance(r, Iface):
            kind = 1
        else:
            return -1, None
    if kind == 2:
        return 2, (r.elems() if r is not None and r.a is not None else [])
    return 1, r


def Unwrap(err: Any) -> Any:
    """errors.Unwrap: the result of err's Unwrap() error method, or nil."""
    if err is None:
        return None
    kind, f = _unwrap_kind(err.t)
    if kind == 1:
        return f(err.v)
    if kind == 0:
        r = f(err.v)
        if r is None or isinstance(r, Iface):
            return r
    return None


def Is(err: Any, target: Any) -> bool:
    """errors.Is."""
    if err is None or target is None:
        return err is target
    return _is(err, target, is_comparable_at_runtime(target.t))


def _is(err: Any, target: Iface, comparable: bool) -> bool:
    while True:
        if comparable and err.t is target.t and err == target:
            return True
        m = _method(err.t, "Is", _SIG_IS)
        if m is not None and m(err.v, target):
            return True
        kind, r = _call_unwrap(err)
        if kind == 1:
            err = r
            if err is None:
                return False
        elif kind == 2:
            for e in r:
                if e is not None and _is(e, target, comparable):
                    return True
            return False
        else:
            return False


def _panic_string(msg: str) -> None:
    raise GoPanic(Iface(STRING, msg.encode()))


def As(err: Any, target: Any) -> bool:
    """errors.As: target is an interface value holding a non-nil pointer."""
    if err is None:
        return False
    if target is None:
        _panic_string("errors: target cannot be nil")
    tt = target.t
    u = tt.underlying()
    if not isinstance(u, Pointer) or target.v is None:
        _panic_string("errors: target must be a non-nil pointer")
    target_type = u.elem
    is_iface = isinstance(target_type.underlying(), Interface)
    if not is_iface and not implements(target_type, ERROR):
        _panic_string("errors: *target must be interface or implement error")
    return _as(err, target, target_type, is_iface)


def _store(target: Iface, target_type: Type, value: Any) -> None:
    p = target.v
    tu = target_type.underlying()
    if isinstance(tu, Struct):
        p._set(value)
    elif isinstance(tu, Array):
        from gomem.runtime.values import copy_value
        p[:] = copy_value(target_type, value)
    else:
        p.v = value


def _as(err: Iface, target: Iface, target_type: Type, is_iface: bool) -> bool:
    while True:
        if is_iface:
            if implements(err.t, target_type):
                _store(target, target_type, err)
                return True
        elif err.t is target_type:
            _store(target, target_type, err.v)
            return True
        m = _method(err.t, "As", _SIG_AS)
        if m is not None and m(err.v, target):
            return True
        kind, r = _call_unwrap(err)
        if kind == 1:
            err = r
            if err is None:
                return False
        elif kind == 2:
            for e in r:
                if e is None:
                    continue
                if _as(e, target, target_type, is_iface):
                    return True
            return False
        else:
            return False


def Join(errs: Slice) -> Any:
    """errors.Join: nil when every error is nil, else a *errors.joinError."""
    items = [e for e in (errs.elems() if errs is not None and errs.a is not None else []) if e is not None]
    if not items:
        return None
    # &joinError{errs: make([]error, 0, n)}, then the non-nil errors appended
    _malloc.alloc(JOIN_ERROR, JOIN_ERROR.size, _SITE_JOIN)
    _malloc.alloc_array(ERROR, len(items), _SITE_JOIN)
    return Iface(JOIN_ERROR_PTR, _JoinError(slice_of(items)))
