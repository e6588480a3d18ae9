"""Package flag: the Python implementations of the body-less declarations in api.go.

A FlagSet is a struct object with Go's fields; its ``formal`` and ``actual`` maps are GoMaps
(name → *Flag). The Values of the predefined flag kinds are pointers to the program's
variables (Box, ElemRef or FieldRef, all with a ``.v``) typed ``*intValue`` and so on, so
``Lookup(name).Value.(flag.Getter).Get()`` and fmt see what Go's do. Parsing, the error
messages, the usage output (PrintDefaults' layout, "(default ...)" only for non-zero defaults,
decided by calling String on a zero value of the Value's type) and the error handling modes
(ContinueOnError, ExitOnError: exit 2, or 0 for -h/-help; PanicOnError) follow Go 1.23.

``CommandLine`` is made anew when a program starts (``gomem_start``), named after os.Args[0].
"""

from __future__ import annotations

import sys
from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import GoExit, GoPanic, as_go_panic, panic_nil_deref
from gomem.runtime.values import (
    NIL_SLICE,
    Box,
    GoMap,
    Iface,
    Slice,
    copy_value,
    is_aggregate,
    slice_of,
    struct_class,
    zero_value,
)
from gomem.stdlib import gostrconv as _sc
from gomem.stdlib import os as _os
from gomem.stdlib import time as _time
from gomem.stdlib.errors import New as _errors_new
from gomem.stdlib.fmt import write_to as _write_to
from gomem.stdlib.fmt.format import sprintf as _sprintf
from gomem.types.types import (
    BOOL,
    FLOAT64,
    INT,
    INT64,
    STRING,
    UINT,
    UINT64,
    Pointer,
    Struct,
    new_map,
    new_pointer,
)

ContinueOnError, ExitOnError, PanicOnError = 0, 1, 2

ErrHelp = _errors_new(b"flag: help requested")
_ERR_PARSE = _errors_new(b"parse error")
_ERR_RANGE = _errors_new(b"value out of range")

_SITE_FLAGSET = ("flag.NewFlagSet", "flag/flag.go", 0)
_SITE_FLAG = ("flag.(*FlagSet).Var", "flag/flag.go", 0)
_SITE_NEW = ("flag.(*FlagSet).Bool", "flag/flag.go", 0)

# Bound by gomem_bind to the types api.go declares.
_FlagSet: Any = None
_Flag: Any = None
_FLAG_MAP: Any = None
_VALUE_PTR: dict[str, Any] = {}  # "intValue" -> *intValue
_FUNC_VALUE: Any = None
_TEXT_VALUE: Any = None
_TextValue: Any = None
_BOOL_FUNC_VALUE: Any = None
_TEXT_VALUE: Any = None
_TextValue: Any = None
_BOOL_FLAG_METHODS = ("m_String", "m_Set", "m_IsBoolFlag")

CommandLine: Any = None


def _str(s: bytes) -> Iface:
    return Iface(STRING, s)


def _go_sprintf(format: bytes, *args: Any) -> bytes:
    return _sprintf(format, list(args))


def _panic_str(msg: bytes) -> None:
    raise GoPanic(Iface(STRING, msg))


def _num_error(e: Any) -> Any:
    if e is None:
        return None
    inner = getattr(e, "Err", None)
    if inner is _sc.ERR_SYNTAX:
        return _ERR_PARSE
    if inner is _sc.ERR_RANGE:
        return _ERR_RANGE
    from gomem.stdlib.strconv import _err
    return _err(e)


# ---------------------------------------------------------------------------
# The predefined Values (receivers are pointers to the program's variables)


def boolValue_Set(b: Any, s: bytes) -> Any:
    v, e = _sc.parse_bool(s)
    b.v = v
    return _ERR_PARSE if e is not None else None


def boolValue_Get(b: Any) -> Any:
    return Iface(BOOL, b.v)


def boolValue_String(b: Any) -> bytes:
    return _sc.format_bool(b.v)


def boolValue_IsBoolFlag(b: Any) -> bool:
    return True


def _set_int(p: Any, s: bytes, bits: int) -> Any:
    v, e = _sc.parse_int(s, 0, bits)
    p.v = v  # Go stores the (clamped or zero) result even when it reports an error
    return _num_error(e)


def _set_uint(p: Any, s: bytes, bits: int) -> Any:
    v, e = _sc.parse_uint(s, 0, bits)
    p.v = v
    return _num_error(e)


def intValue_Set(i: Any, s: bytes) -> Any:
    return _set_int(i, s, 64)


def intValue_Get(i: Any) -> Any:
    return Iface(INT, i.v)


def intValue_String(i: Any) -> bytes:
    return _sc.format_int(i.v)


def int64Value_Set(i: Any, s: bytes) -> Any:
    return _set_int(i, s, 64)


def int64Value_Get(i: Any) -> Any:
    return Iface(INT64, i.v)


def int64Value_String(i: Any) -> bytes:
    return _sc.format_int(i.v)


def uintValue_Set(i: Any, s: bytes) -> Any:
    return _set_uint(i, s, 64)


def uintValue_Get(i: Any) -> Any:
    return Iface(UINT, i.v)


def uintValue_String(i: Any) -> bytes:
    return _sc.format_uint(i.v)


def uint64Value_Set(i: Any, s: bytes) -> Any:
    return _set_uint(i, s, 64)


def uint64Value_Get(i: Any) -> Any:
    return Iface(UINT64, i.v)


def uint64Value_String(i: Any) -> bytes:
    return _sc.format_uint(i.v)


def stringValue_Set(s: Any, val: bytes) -> Any:
    s.v = val
    return None


def stringValue_Get(s: Any) -> Any:
    return Iface(STRING, s.v)


def stringValue_String(s: Any) -> bytes:
    return s.v


def float64Value_Set(f: Any, s: bytes) -> Any:
    v, e = _sc.parse_float(s, 64)
    f.v = v
    return _num_error(e)


def float64Value_Get(f: Any) -> Any:
    return Iface(FLOAT64, f.v)


def float64Value_String(f: Any) -> bytes:
    return _sc.format_float(f.v, "g", -1, 64)


def durationValue_Set(d: Any, s: bytes) -> Any:
    v, e = _time.ParseDuration(s)
    d.v = v
    return _ERR_PARSE if e is not None else None


def durationValue_Get(d: Any) -> Any:
    return Iface(_time.DURATION, d.v)


def durationValue_String(d: Any) -> bytes:
    return _time.Duration_String(d.v)


def textValue_Set(v: Any, s: bytes) -> Any:
    p = v.p
    if p is None:
        panic_nil_deref()
    return p.t.m_UnmarshalText(p.v, slice_of(bytearray(s)))


def textValue_Get(v: Any) -> Any:
    return v.p


def textValue_String(v: Any) -> bytes:
    p = v.p
    marshal = getattr(p.t, "m_MarshalText", None) if p is not None else None
    if marshal is not None:
        b, err = marshal(p.v)
        if err is None:
            return bytes(b.elems())
    return b""


def _reflect_panic(msg: bytes) -> None:
    raise GoPanic(_errors_new(msg))


def _type_text(t: Any) -> bytes:
    return _go_sprintf(b"%T", Iface(t, zero_value(t)))


def FlagSet_TextVar(f: Any, p: Any, name: bytes, value: Any, usage: bytes) -> None:
    """The variable *p takes the default (value, or *value for a pointer), whose type must be
    p's element type; the flag's Value sets it with p.UnmarshalText."""
    pu = p.t.underlying() if p is not None else None
    if not isinstance(pu, Pointer):
        _panic_str(b"variable value type must be a pointer")
    if value is None:
        _reflect_panic(b"reflect: call of reflect.Value.Type on zero Value")
    vt, default = value.t, value.v
    vu = vt.underlying()
    if isinstance(vu, Pointer):
        if default is None:
            _reflect_panic(b"reflect: call of reflect.Value.Type on zero Value")
        vt = vu.elem
        if not is_aggregate(vt):
            default = default.v
    if vt is not pu.elem:
        _panic_str(_go_sprintf(b"default type does not match variable type: %s != %s",
                               _str(_type_text(vt)), _str(_type_text(pu.elem))))
    target = p.v
    if target is None:
        _reflect_panic(b"reflect: reflect.Value.Set using unaddressable value")
    if isinstance(vt.underlying(), Struct):
        target._set(default)
    elif is_aggregate(vt):
        target[:] = copy_value(vt, default)
    else:
        target.v = default
    FlagSet_Var(f, Iface(_TEXT_VALUE, _TextValue(p)), name, usage)


def funcValue_Set(f: Any, s: bytes) -> Any:
    if f is None:
        panic_nil_deref()
    return f(s)


def funcValue_String(f: Any) -> bytes:
    return b""


boolFuncValue_Set = funcValue_Set
boolFuncValue_String = funcValue_String


def boolFuncValue_IsBoolFlag(f: Any) -> bool:
    return True


def _value_of(kind: str, p: Any) -> Iface:
    return Iface(_VALUE_PTR[kind], p)


# ---------------------------------------------------------------------------
# FlagSet


def _new_flagset(name: bytes, error_handling: int, account: bool = True) -> Any:
    if account:
        _malloc.alloc(_FlagSet._gotype, 104, _SITE_FLAGSET)
    f = _FlagSet()
    f.name = name
    f.errorHandling = error_handling
    f.Usage = lambda: _default_usage(f)  # the method value f.defaultUsage
    return f


def NewFlagSet(name: bytes, errorHandling: int) -> Any:  # noqa: N803
    return _new_flagset(name, errorHandling)


def FlagSet_Init(f: Any, name: bytes, errorHandling: int) -> None:  # noqa: N803
    f.name = name
    f.errorHandling = errorHandling


def FlagSet_Output(f: Any) -> Any:
    out = f.output
    return Iface(_os.FILE_PTR, _os.Stderr) if out is None else out


def _write(f: Any, data: bytes) -> None:
    out = f.output
    if out is None:
        _os.File_Write(_os.Stderr, slice_of(bytearray(data)))
    else:
        _write_to(out, data)


def FlagSet_Name(f: Any) -> bytes:
    return f.name


def FlagSet_ErrorHandling(f: Any) -> int:
    return f.errorHandling


def FlagSet_SetOutput(f: Any, output: Any) -> None:
    f.output = output


def _sorted_flags(m: Any) -> list[Any]:
    return [m[k] for k in sorted(m)]


def FlagSet_VisitAll(f: Any, fn: Callable[[Any], Any]) -> None:
    for flag in _sorted_flags(f.formal):
        fn(flag)


def FlagSet_Visit(f: Any, fn: Callable[[Any], Any]) -> None:
    for flag in _sorted_flags(f.actual):
        fn(flag)


def FlagSet_Lookup(f: Any, name: bytes) -> Any:
    return f.formal.get(name)


def _map_store(f: Any, field: str, key: bytes, value: Any) -> None:
    m = getattr(f, field)
    if type(m) is not GoMap:
        m = _malloc.make_map(GoMap(), _FLAG_MAP if field != "undef" else _UNDEF_MAP, _SITE_FLAG)
        setattr(f, field, m)
    m[key] = value
    if len(m) > m.grow_at:
        _malloc.map_grow(m)


def _caller_position() -> bytes:
    """file:line of the innermost compiled Go frame (runtime.Caller as flag's set asks it)."""
    from gomem.compiler.driver import _go_line
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename != "<gomem>":
        frame = frame.f_back
    if frame is None:
        return b"?:0"
    g = frame.f_globals
    path = g.get("__funcfiles__", {}).get(frame.f_code.co_name, ("?", False))[0]
    import os
    line = _go_line(g.get("__source_lines__", []), frame.f_lineno)
    return f"{os.path.abspath(path) if path != '?' else path}:{line}".encode()


def FlagSet_Set(f: Any, name: bytes, value: bytes) -> Any:
    flag = f.formal.get(name)
    if flag is None:
        _map_store(f, "undef", name, _caller_position())
        return _errors_new(_go_sprintf(b"no such flag -%v", _str(name)))
    v = flag.Value
    err = v.t.m_Set(v.v, value)
    if err is not None:
        return err
    _map_store(f, "actual", name, flag)
    return None


def _zero_of_dynamic_type(t: Any) -> Any:
    """A zero value of t, or for a pointer type a pointer to a new zero value (reflect.New)."""
    u = t.underlying()
    if isinstance(u, Pointer):
        z = zero_value(u.elem)
        return z if is_aggregate(u.elem) else Box(z)
    return zero_value(t)


def _is_zero_value(flag: Any, value: bytes) -> tuple[bool, Any]:
    v = flag.Value
    t = v.t
    try:
        return value == t.m_String(_zero_of_dynamic_type(t)), None
    except Exception as exc:  # Go recovers a panic of the String call (os.Exit is no Exception)
        e = as_go_panic(exc)
        if not isinstance(e, GoPanic):
            raise
        u = t.underlying()
        shown = u.elem if isinstance(u, Pointer) else t
        tname = _go_sprintf(b"%T", Iface(shown, zero_value(shown)))
        return False, _errors_new(_go_sprintf(b"panic calling String method on zero %s for flag %s: %v",
                                              _str(tname), _str(flag.Name), e.value))


def _is_bool_flag(v: Any) -> bool:
    t = v.t
    return all(hasattr(t, m) for m in _BOOL_FLAG_METHODS) and bool(t.m_IsBoolFlag(v.v))


def UnquoteUsage(flag: Any) -> tuple[bytes, bytes]:
    if flag is None:
        panic_nil_deref()
    usage = flag.Usage
    i = usage.find(b"`")
    if i >= 0:
        j = usage.find(b"`", i + 1)
        if j >= 0:
            name = usage[i + 1:j]
            return name, usage[:i] + name + usage[j + 1:]
    v = flag.Value
    if v is None:
        return b"value", usage
    t = v.t
    if all(hasattr(t, m) for m in _BOOL_FLAG_METHODS):  # the boolFlag case comes first
        return (b"" if t.m_IsBoolFlag(v.v) else b"value"), usage
    for kind, name in (("durationValue", b"duration"), ("float64Value", b"float"), ("intValue", b"int"),
                       ("int64Value", b"int"), ("stringValue", b"string"), ("uintValue", b"uint"),
                       ("uint64Value", b"uint")):
        if t is _VALUE_PTR[kind]:
            return name, usage
    return b"value", usage


def FlagSet_PrintDefaults(f: Any) -> None:
    errs = []
    for flag in _sorted_flags(f.formal):
        b = bytearray(b"  -" + flag.Name)
        name, usage = UnquoteUsage(flag)
        if name:
            b += b" " + name
        b += b"\t" if len(b) <= 4 else b"\n    \t"  # a one-letter flag without an argument name
        b += usage.replace(b"\n", b"\n    \t")
        is_zero, err = _is_zero_value(flag, flag.DefValue)
        if err is not None:
            errs.append(err)
        elif not is_zero:
            if flag.Value.t is _VALUE_PTR["stringValue"]:
                b += b" (default " + _sc.quote(flag.DefValue) + b")"
            else:
                b += b" (default " + flag.DefValue + b")"
        _write(f, bytes(b) + b"\n")
    if errs:
        _write(f, b"\n")
        for err in errs:
            _write(f, err.t.m_Error(err.v) + b"\n")


def _default_usage(f: Any) -> None:
    _write(f, b"Usage:\n" if f.name == b"" else b"Usage of " + f.name + b":\n")
    FlagSet_PrintDefaults(f)


def FlagSet_NFlag(f: Any) -> int:
    return len(f.actual)


def FlagSet_Arg(f: Any, i: int) -> bytes:
    args = f.args
    if i < 0 or i >= args.len:
        return b""
    return args.a[args.off + i]


def FlagSet_NArg(f: Any) -> int:
    return f.args.len


def FlagSet_Args(f: Any) -> Slice:
    return f.args


def _new_var(zero: Any) -> Box:
    _malloc.alloc(None, 8 if not isinstance(zero, bytes) else 16, _SITE_NEW)
    return Box(zero)


def _define(kind: str):
    """The pair FlagSet.XVar(p, name, value, usage) and FlagSet.X(name, value, usage)."""
    def var(f: Any, p: Any, name: bytes, value: Any, usage: bytes) -> None:
        if p is None:
            panic_nil_deref()
        p.v = value
        FlagSet_Var(f, _value_of(kind, p), name, usage)

    def new(f: Any, name: bytes, value: Any, usage: bytes) -> Any:
        p = _new_var(value)
        var(f, p, name, value, usage)
        return p
    return var, new


FlagSet_BoolVar, FlagSet_Bool = _define("boolValue")
FlagSet_IntVar, FlagSet_Int = _define("intValue")
FlagSet_Int64Var, FlagSet_Int64 = _define("int64Value")
FlagSet_UintVar, FlagSet_Uint = _define("uintValue")
FlagSet_Uint64Var, FlagSet_Uint64 = _define("uint64Value")
FlagSet_StringVar, FlagSet_String = _define("stringValue")
FlagSet_Float64Var, FlagSet_Float64 = _define("float64Value")
FlagSet_DurationVar, FlagSet_Duration = _define("durationValue")


def FlagSet_Func(f: Any, name: bytes, usage: bytes, fn: Any) -> None:
    FlagSet_Var(f, Iface(_FUNC_VALUE, fn), name, usage)


def FlagSet_BoolFunc(f: Any, name: bytes, usage: bytes, fn: Any) -> None:
    FlagSet_Var(f, Iface(_BOOL_FUNC_VALUE, fn), name, usage)


def _say(f: Any, msg: bytes) -> bytes:
    """Go's f.sprintf: the message goes to the output, then is returned (to panic with)."""
    _write(f, msg + b"\n")
    return msg


def FlagSet_Var(f: Any, value: Any, name: bytes, usage: bytes) -> None:
    if f is None:
        panic_nil_deref()
    if name.startswith(b"-"):
        _panic_str(_say(f, _go_sprintf(b"flag %q begins with -", _str(name))))
    elif b"=" in name:
        _panic_str(_say(f, _go_sprintf(b"flag %q contains =", _str(name))))
    if value is None:
        panic_nil_deref()
    default = value.t.m_String(value.v)
    _malloc.alloc(_Flag._gotype, 64, _SITE_FLAG)
    flag = _Flag(name, usage, value, default)
    if name in f.formal:
        if f.name == b"":
            msg = _say(f, b"flag redefined: " + name)
        else:
            msg = _say(f, f.name + b" flag redefined: " + name)
        _panic_str(msg)
    pos = f.undef.get(name, b"")
    if pos:
        _panic_str(b"flag " + name + b" set at " + pos + b" before being defined")
    _map_store(f, "formal", name, flag)


def _usage(f: Any) -> None:
    if f.Usage is None:
        _default_usage(f)
    else:
        f.Usage()


def _failf(f: Any, format: bytes, *args: Any) -> Any:
    msg = _say(f, _go_sprintf(format, *args))
    _usage(f)
    return _errors_new(msg)


def _shift(f: Any) -> bytes:
    args = f.args
    s = args.a[args.off]
    f.args = Slice(args.a, args.off + 1, args.len - 1, args.cap - 1)
    return s


def _parse_one(f: Any) -> tuple[bool, Any]:
    if f.args.len == 0:
        return False, None
    args = f.args
    s = args.a[args.off]
    if len(s) < 2 or s[0] != 0x2D:  # '-'
        return False, None
    minuses = 1
    if s[1] == 0x2D:
        minuses = 2
        if len(s) == 2:  # "--" ends the flags
            _shift(f)
            return False, None
    name = s[minuses:]
    if not name or name[0] in b"-=":
        return False, _failf(f, b"bad flag syntax: %s", _str(s))
    _shift(f)
    has_value = False
    value = b""
    eq = name.find(b"=", 1)
    if eq >= 1:
        name, value, has_value = name[:eq], name[eq + 1:], True
    flag = f.formal.get(name)
    if flag is None:
        if name in (b"help", b"h"):
            _usage(f)
            return False, ErrHelp
        return False, _failf(f, b"flag provided but not defined: -%s", _str(name))
    fv = flag.Value
    if fv is not None and _is_bool_flag(fv):
        if has_value:
            err = fv.t.m_Set(fv.v, value)
            if err is not None:
                return False, _failf(f, b"invalid boolean value %q for -%s: %v", _str(value), _str(name), err)
        else:
            err = fv.t.m_Set(fv.v, b"true")
            if err is not None:
                return False, _failf(f, b"invalid boolean flag %s: %v", _str(name), err)
    else:
        if not has_value and f.args.len > 0:
            has_value = True
            value = _shift(f)
        if not has_value:
            return False, _failf(f, b"flag needs an argument: -%s", _str(name))
        if fv is None:
            panic_nil_deref()
        err = fv.t.m_Set(fv.v, value)
        if err is not None:
            return False, _failf(f, b"invalid value %q for flag -%s: %v", _str(value), _str(name), err)
    _map_store(f, "actual", name, flag)
    return True, None


def FlagSet_Parse(f: Any, arguments: Slice) -> Any:
    if f is None:
        panic_nil_deref()
    f.parsed = True
    f.args = arguments
    while True:
        seen, err = _parse_one(f)
        if seen:
            continue
        if err is None:
            return None
        if f.errorHandling == ContinueOnError:
            return err
        if f.errorHandling == ExitOnError:
            raise GoExit(0 if err is ErrHelp else 2)
        if f.errorHandling == PanicOnError:
            raise GoPanic(err)
        return None  # another ErrorHandling value: Go stops parsing and reports nothing


def FlagSet_Parsed(f: Any) -> bool:
    return f.parsed


# ---------------------------------------------------------------------------
# The command line


def _command_line_usage() -> None:
    this = sys.modules[__name__]
    usage = this.Usage
    if usage is None:
        panic_nil_deref()
    usage()


def _default_command_line_usage() -> None:
    args = _os.Args
    prog = args.a[args.off] if args.len else b""
    _write(CommandLine, b"Usage of " + prog + b":\n")
    FlagSet_PrintDefaults(CommandLine)


Usage: Any = _default_command_line_usage


def gomem_start(account: bool = True) -> None:
    """Called when a program starts, after os.Args is set: Go's package initialization."""
    global CommandLine, Usage
    args = _os.Args
    CommandLine = _new_flagset(args.a[args.off] if args.len else b"", ExitOnError, account)
    CommandLine.Usage = _command_line_usage
    Usage = _default_command_line_usage


def VisitAll(fn: Any) -> None:
    FlagSet_VisitAll(CommandLine, fn)


def Visit(fn: Any) -> None:
    FlagSet_Visit(CommandLine, fn)


def Lookup(name: bytes) -> Any:
    return FlagSet_Lookup(CommandLine, name)


def Set(name: bytes, value: bytes) -> Any:
    return FlagSet_Set(CommandLine, name, value)


def PrintDefaults() -> None:
    FlagSet_PrintDefaults(CommandLine)


def NFlag() -> int:
    return FlagSet_NFlag(CommandLine)


def Arg(i: int) -> bytes:
    return FlagSet_Arg(CommandLine, i)


def NArg() -> int:
    return FlagSet_NArg(CommandLine)


def Args() -> Slice:
    return FlagSet_Args(CommandLine)


def _top(method: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *a: method(CommandLine, *a)


BoolVar, Bool = _top(FlagSet_BoolVar), _top(FlagSet_Bool)
IntVar, Int = _top(FlagSet_IntVar), _top(FlagSet_Int)
Int64Var, Int64 = _top(FlagSet_Int64Var), _top(FlagSet_Int64)
UintVar, Uint = _top(FlagSet_UintVar), _top(FlagSet_Uint)
Uint64Var, Uint64 = _top(FlagSet_Uint64Var), _top(FlagSet_Uint64)
StringVar, String = _top(FlagSet_StringVar), _top(FlagSet_String)
Float64Var, Float64 = _top(FlagSet_Float64Var), _top(FlagSet_Float64)
DurationVar, Duration = _top(FlagSet_DurationVar), _top(FlagSet_Duration)
Func, BoolFunc, Var = _top(FlagSet_Func), _top(FlagSet_BoolFunc), _top(FlagSet_Var)
TextVar = _top(FlagSet_TextVar)


def Parse() -> None:
    args = _os.Args
    rest = Slice(args.a, args.off + 1, args.len - 1, args.cap - 1) if args.len else NIL_SLICE
    FlagSet_Parse(CommandLine, rest)


def Parsed() -> bool:
    return FlagSet_Parsed(CommandLine)


_UNDEF_MAP = new_map(STRING, STRING)


def gomem_bind(pkg: Any) -> None:
    """Find the types api.go declares and give the predefined Values their methods."""
    global _FlagSet, _Flag, _FLAG_MAP, _FUNC_VALUE, _BOOL_FUNC_VALUE, _TEXT_VALUE, _TextValue
    names = pkg.scope.names
    _FlagSet = struct_class(names["FlagSet"].type)
    flag_t = names["Flag"].type
    _Flag = struct_class(flag_t)
    _FLAG_MAP = new_map(STRING, new_pointer(flag_t))
    this = sys.modules[__name__]
    for kind in ("boolValue", "intValue", "int64Value", "uintValue", "uint64Value", "stringValue",
                 "float64Value", "durationValue"):
        ptr = new_pointer(names[kind].type)
        _VALUE_PTR[kind] = ptr
        for m in ("Set", "Get", "String", "IsBoolFlag"):
            impl = getattr(this, f"{kind}_{m}", None)
            if impl is not None:
                setattr(ptr, "m_" + m, impl)
    _TEXT_VALUE = names["textValue"].type
    _TextValue = struct_class(_TEXT_VALUE)
    for m in ("Set", "Get", "String"):
        setattr(_TEXT_VALUE, "m_" + m, getattr(this, "textValue_" + m))
    _FUNC_VALUE = names["funcValue"].type
    _BOOL_FUNC_VALUE = names["boolFuncValue"].type
    for t, kind in ((_FUNC_VALUE, "funcValue"), (_BOOL_FUNC_VALUE, "boolFuncValue")):
        for m in ("Set", "String", "IsBoolFlag"):
            impl = getattr(this, f"{kind}_{m}", None)
            if impl is not None:
                setattr(t, "m_" + m, impl)
    if not hasattr(_os.FILE_PTR, "m_Write"):  # Output() hands os.Stderr out as an io.Writer
        _os.FILE_PTR.m_Write = _os.File_Write
    gomem_start(account=False)  # a CommandLine even before a program starts (not a program's allocation)
