"""The formatting engine behind package fmt.

How it is put together:

* gomem.stdlib.fmt.directives reads a format string once into a plan (literal text and
  ``Directive`` records); plans are memoised per format string.
* A ``Job`` holds one call's output buffer, the ``Options`` (flags, width, precision) of the
  verb being printed, and a little bookkeeping (%w operands, whether [n] indexes were used,
  re-entrancy guards). A Job is also what a Format method receives as its fmt.State.
* Scalars are rendered by small pure functions looked up in ``_SCALAR``, keyed by
  (value class, verb): the class is one of "int", "uint", "float32", "float64", "string",
  "bool". A renderer returns the text and how it may be padded; a missing entry means the
  verb does not apply (the ``%!verb(type=value)`` report). Width padding happens only in
  ``Job.place``.
* Composite values (structs, maps, slices, arrays, pointers, interfaces) are walked by one
  function per type class (``_WALKERS``), which print their parts recursively.
* String/Error/GoString/Format methods ("hooks") are found once per dynamic type and cached.
* Bare verbs (no flags, width or precision) on unnamed basic types skip all of that through
  the ``_QUICK`` tables (verb -> type -> bytes function).

Values are gomem values (gomem.runtime.values): an operand is an interface value (``Iface``
or None); below the operands a value travels as its static type and Python representation.
Methods are the ``m_<Name>`` attributes the compiler puts on type objects.
"""

from __future__ import annotations

from typing import Any, Callable

from gomem.runtime.panic import GoPanic, as_go_panic
from gomem.runtime.values import Iface, NilMap, field_pynames, is_byte_type
from gomem.stdlib import gostrconv
from gomem.stdlib import utf8 as _utf8
from gomem.stdlib.fmt.directives import NO_OPTIONS, TAKE_WIDTH, Directive, Options, Plan, read_format
from gomem.stdlib.fmt.ordering import compare_values, pointer_value, sorted_map_items, type_address
from gomem.types.types import (
    BOOL,
    FLOAT32,
    FLOAT64,
    INT,
    INT8,
    INT16,
    INT32,
    INT64,
    STRING,
    UINT,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    UINTPTR,
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Struct,
    Type,
    new_slice,
)
from gomem.types.types import Slice as SliceType

rune_count = _utf8.rune_count

_U64 = (1 << 64) - 1
_MAX_RUNE = 0x10FFFF
_BYTES_T = new_slice(UINT8)

# How a rendered text may be widened to the width:
PAD_SPACES = 0  # with spaces only (numbers that did their own zero filling, %U, Inf/NaN)
PAD_ZEROS_OK = 1  # with zeros when the 0 flag asks for them (and '-' does not)
PAD_AFTER_SIGN = 2  # like PAD_ZEROS_OK, but zeros go after a leading sign


# ---------------------------------------------------------------------------
# The job


class Job:
    """One formatting call in progress; also the fmt.State handed to Format methods."""

    __slots__ = ("out", "opts", "wrap_ok", "wrapped", "reordered", "reporting", "recovering")

    def __init__(self, out: bytearray | None = None) -> None:
        self.out = bytearray() if out is None else out
        self.opts = NO_OPTIONS
        self.wrap_ok = False  # %w is allowed (Errorf)
        self.wrapped: list[int] | None = None  # operand numbers printed by %w, for Errorf
        self.reordered = False  # an explicit [n] was seen
        self.reporting = False  # inside a %!verb(...) report: methods are not called
        self.recovering = False  # printing the value of a panic raised by a method

    def place(self, body: bytes, mode: int) -> None:
        """Write body, widened to the width (counted in runes) as mode allows."""
        o = self.opts
        width = o.width
        if not width:
            self.out += body
            return
        gap = width - (len(body) if body.isascii() else rune_count(body))
        if gap <= 0:
            self.out += body
        elif o.minus:
            self.out += body
            self.out += b" " * gap
        elif not o.zero or mode == PAD_SPACES:
            self.out += b" " * gap
            self.out += body
        elif mode == PAD_AFTER_SIGN and body[:1] in _SIGNS:
            self.out += body[:1]
            self.out += b"0" * gap
            self.out += body[1:]
        else:
            self.out += b"0" * gap
            self.out += body

    # -- fmt.State -------------------------------------------------------------------
    def write(self, data: bytes) -> int:
        self.out += data
        return len(data)

    def width(self) -> tuple[int, bool]:
        w = self.opts.width
        return (0, False) if w is None else (w, True)

    def precision(self) -> tuple[int, bool]:
        p = self.opts.prec
        return (0, False) if p is None else (p, True)

    def flag(self, c: int) -> bool:
        o = self.opts
        if c == 0x2D:  # '-'
            return o.minus
        if c == 0x2B:  # '+'
            return o.plus or o.plus_v
        if c == 0x23:  # '#'
            return o.sharp or o.sharp_v
        if c == 0x20:  # ' '
            return o.space
        if c == 0x30:  # '0'
            return o.zero
        return False


_SIGNS = (b"+", b"-", b" ")

# The fmt.State interface value for a job is built with the pointer type that package fmt
# (__init__) declares for it; it registers that type here.
_state_type: list[Type] = []


def bind_state_type(t: Type) -> None:
    _state_type[:] = [t]


# ---------------------------------------------------------------------------
# Scalar renderers: (options, value) -> (text, padding mode)

_DIGIT_SPEC = {(2, False): "b", (8, False): "o", (10, False): "d", (16, False): "x", (16, True): "X"}


def _integer(o: Options, v: int, base: int, upper: bool = False, alt: bool = False,
             o_prefix: bool = False) -> bytes:
    """An integer in base 2, 8, 10 or 16. Precision (or, failing that, zero padding to the
    width) sets a minimum number of digits; alt adds the 0b / 0 / 0x prefix of the base."""
    negative = v < 0
    magnitude = -v if negative else v
    prec = o.prec
    if prec is not None:
        if prec == 0 and magnitude == 0:
            return b""
        min_digits = prec
    elif o.zero and not o.minus and o.width is not None:
        min_digits = o.width - (1 if (negative or o.plus or o.space) else 0)
    else:
        min_digits = 0
    digits = format(magnitude, _DIGIT_SPEC[base, upper])
    if len(digits) < min_digits:
        digits = "0" * (min_digits - len(digits)) + digits
    if alt:
        if base == 16:
            digits = ("0X" if upper else "0x") + digits
        elif base == 8:
            if digits[0] != "0":
                digits = "0" + digits
        elif base == 2:
            digits = "0b" + digits
    if o_prefix:
        digits = "0o" + digits
    if negative:
        digits = "-" + digits
    elif o.plus:
        digits = "+" + digits
    elif o.space:
        digits = " " + digits
    return digits.encode()


def _as_rune(v: int) -> int:
    """The rune an integer stands for in %c and %q: too large (or negative) is U+FFFD."""
    u = v & _U64
    return u if u <= _MAX_RUNE else 0xFFFD


def _char(o: Options, v: int) -> tuple[bytes, int]:
    return _utf8.encode_rune(_as_rune(v)), PAD_ZEROS_OK


def _quoted_char(o: Options, v: int) -> tuple[bytes, int]:
    r = _as_rune(v)
    return (gostrconv.quote_rune_to_ascii(r) if o.plus else gostrconv.quote_rune(r)), PAD_ZEROS_OK


def _code_point(o: Options, v: int) -> tuple[bytes, int]:
    """U+XXXX (at least four hex digits, more if the precision asks), and with # the character
    itself when it is printable."""
    u = v & _U64
    digits = "%X" % u
    least = o.prec if o.prec is not None and o.prec > 4 else 4
    text = b"U+" + digits.rjust(least, "0").encode()
    if o.sharp and u <= _MAX_RUNE and gostrconv.is_print(u):
        text += b" '" + _utf8.encode_rune(u) + b"'"
    return text, PAD_SPACES


# float verbs: strconv format letter and precision used when the format gives none
_FLOAT_FORMS = {
    "v": ("g", -1), "g": ("g", -1), "G": ("G", -1), "b": ("b", -1), "x": ("x", -1), "X": ("X", -1),
    "e": ("e", 6), "E": ("E", 6), "f": ("f", 6), "F": ("f", 6),
}


def _float(o: Options, v: float, letter: str, prec: int, bits: int) -> tuple[bytes, int]:
    if o.prec is not None:
        prec = o.prec
    text = gostrconv.format_float(v, letter, prec, bits)
    negative = text[0] == 0x2D
    if text[0] in (0x2B, 0x2D):
        text = text[1:]
    if text[0] in (0x49, 0x4E):  # Inf, NaN: never zero padded; +Inf keeps its sign
        if negative:
            sign = b"-"
        elif o.plus:
            sign = b"+"
        elif o.space:
            sign = b" "
        else:
            sign = b"+" if text[0] == 0x49 else b""
        return sign + text, PAD_SPACES
    if o.sharp and letter != "b":
        text = _keep_point(text, letter, prec)
    if negative:
        return b"-" + text, PAD_AFTER_SIGN
    if o.plus:
        return b"+" + text, PAD_AFTER_SIGN
    if o.space:
        return b" " + text, PAD_AFTER_SIGN
    return text, PAD_AFTER_SIGN


def _keep_point(text: bytes, letter: str, prec: int) -> bytes:
    """The # form of an unsigned float text: the mantissa always has a decimal point, and for
    %g/%G/%x it is padded with zeros to the precision's number of significant characters
    (6 when no precision was given). Significant characters are those from the first one
    that is not a '0' (the decimal point never counts; a mantissa that is just "0" counts
    as one)."""
    cut = len(text)
    for marker in (b"p", b"P") if letter in ("x", "X") else (b"p", b"P", b"e", b"E"):
        k = text.find(marker)
        if 0 <= k < cut:
            cut = k
    mantissa, exponent = text[:cut], text[cut:]
    want = (6 if prec == -1 else prec) if letter in ("g", "G", "x") else 0
    have = len(mantissa.replace(b".", b"").lstrip(b"0"))
    if b"." not in mantissa:
        if mantissa == b"0":
            have += 1
        mantissa += b"."
    if want > have:
        mantissa += b"0" * (want - have)
    return mantissa + exponent


def _truncated(o: Options, s: bytes) -> bytes:
    """s cut to the precision, counted in runes (an invalid byte is one rune)."""
    n = o.prec
    if n is None or n >= len(s):
        return s
    if s.isascii():
        return s[:n]
    i, end = 0, len(s)
    while i < end and n > 0:
        i += 1 if s[i] < 0x80 else _utf8.decode_rune(s, i)[1]
        n -= 1
    return s[:i]


def _plain_text(o: Options, s: bytes) -> tuple[bytes, int]:
    return _truncated(o, s), PAD_ZEROS_OK


def _quoted_text(o: Options, s: bytes) -> tuple[bytes, int]:
    s = _truncated(o, s)
    if o.sharp and gostrconv.can_backquote(s):
        return b"`" + s + b"`", PAD_ZEROS_OK
    return (gostrconv.quote_to_ascii(s) if o.plus else gostrconv.quote(s)), PAD_ZEROS_OK


def _hex_text(o: Options, s: bytes, upper: bool) -> tuple[bytes, int]:
    """Two hex digits a byte (the precision counts bytes); ' ' separates the bytes and '#'
    gives 0x prefixes (one per byte when separated)."""
    if o.prec is not None and o.prec < len(s):
        s = s[:o.prec]
    if not s:
        return b"", PAD_ZEROS_OK
    digits = s.hex()
    if upper:
        digits = digits.upper()
    prefix = ("0X" if upper else "0x") if o.sharp else ""
    if o.space:
        text = " ".join(prefix + digits[k:k + 2] for k in range(0, len(digits), 2))
    else:
        text = prefix + digits
    return text.encode(), PAD_ZEROS_OK


def _go_string_or_plain(o: Options, s: bytes) -> tuple[bytes, int]:
    return _quoted_text(o, s) if o.sharp_v else _plain_text(o, s)


def _bool(o: Options, v: bool) -> tuple[bytes, int]:
    return (b"true" if v else b"false"), PAD_ZEROS_OK


Renderer = Callable[[Options, Any], "tuple[bytes, int]"]

# text verbs shared by strings, byte slices and the results of String/Error methods
_TEXT_RENDERERS: dict[str, Renderer] = {
    "v": _go_string_or_plain,
    "s": _plain_text,
    "q": _quoted_text,
    "x": lambda o, s: _hex_text(o, s, False),
    "X": lambda o, s: _hex_text(o, s, True),
}
_BYTE_TEXT_RENDERERS = {verb: _TEXT_RENDERERS[verb] for verb in "sqxX"}


def _integer_renderers(unsigned: bool) -> dict[str, Renderer]:
    table: dict[str, Renderer] = {
        "d": lambda o, v: (_integer(o, v, 10), PAD_SPACES),
        "b": lambda o, v: (_integer(o, v, 2, alt=o.sharp), PAD_SPACES),
        "o": lambda o, v: (_integer(o, v, 8, alt=o.sharp), PAD_SPACES),
        "O": lambda o, v: (_integer(o, v, 8, alt=o.sharp, o_prefix=True), PAD_SPACES),
        "x": lambda o, v: (_integer(o, v, 16, alt=o.sharp), PAD_SPACES),
        "X": lambda o, v: (_integer(o, v, 16, True, alt=o.sharp), PAD_SPACES),
        "c": _char,
        "q": _quoted_char,
        "U": _code_point,
    }
    if unsigned:  # %#v of an unsigned integer is hexadecimal
        table["v"] = lambda o, v: (_integer(o, v, 16, alt=True) if o.sharp_v else _integer(o, v, 10), PAD_SPACES)
    else:
        table["v"] = table["d"]
    return table


def _float_renderers(bits: int) -> dict[str, Renderer]:
    def make(letter: str, prec: int) -> Renderer:
        return lambda o, v: _float(o, v, letter, prec, bits)
    return {verb: make(letter, prec) for verb, (letter, prec) in _FLOAT_FORMS.items()}


_SCALAR: dict[tuple[str, str], Renderer] = {}
for _cls, _table in (
    ("int", _integer_renderers(False)),
    ("uint", _integer_renderers(True)),
    ("float32", _float_renderers(32)),
    ("float64", _float_renderers(64)),
    ("string", _TEXT_RENDERERS),
    ("bool", {"t": _bool, "v": _bool}),
):
    for _verb, _fn in _table.items():
        _SCALAR[_cls, _verb] = _fn

_CLASS_OF_KIND = {
    Kind.INT: "int", Kind.INT8: "int", Kind.INT16: "int", Kind.INT32: "int", Kind.INT64: "int",
    Kind.UINT: "uint", Kind.UINT8: "uint", Kind.UINT16: "uint", Kind.UINT32: "uint", Kind.UINT64: "uint",
    Kind.UINTPTR: "uint", Kind.FLOAT32: "float32", Kind.FLOAT64: "float64", Kind.STRING: "string",
    Kind.BOOL: "bool",
    # values of untyped constant types print as their default types
    Kind.UNTYPED_INT: "int", Kind.UNTYPED_RUNE: "int", Kind.UNTYPED_FLOAT: "float64",
    Kind.UNTYPED_STRING: "string", Kind.UNTYPED_BOOL: "bool",
}
_INTEGER_KINDS = frozenset(range(Kind.INT, Kind.UINTPTR + 1))


# ---------------------------------------------------------------------------
# Quick tables: verb -> unnamed basic type -> value -> text, for verbs with no options

def _decimal(v: int) -> bytes:
    return b"%d" % (v,)


def _same(v: bytes) -> bytes:
    return v


def _true_false(v: bool) -> bytes:
    return b"true" if v else b"false"


_INT_TYPES = (INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR)


def _for_ints(fn: Callable[[int], bytes]) -> dict[Type, Callable]:
    return dict.fromkeys(_INT_TYPES, fn)


_QUICK: dict[str, dict[Type, Callable[[Any], bytes]]] = {
    "v": {**_for_ints(_decimal), STRING: _same, BOOL: _true_false,
          FLOAT64: lambda v: gostrconv.format_float(v, "g", -1, 64),
          FLOAT32: lambda v: gostrconv.format_float(v, "g", -1, 32)},
    "d": _for_ints(_decimal),
    "s": {STRING: _same},
    "t": {BOOL: _true_false},
    "q": {STRING: gostrconv.quote},
    "x": {**_for_ints(lambda v: b"%x" % (v,)), STRING: lambda v: v.hex().encode()},
    "X": {**_for_ints(lambda v: b"%X" % (v,)), STRING: lambda v: v.hex().upper().encode()},
    "o": _for_ints(lambda v: b"%o" % (v,)),
}
_QUICK_V = _QUICK["v"]


# ---------------------------------------------------------------------------
# Hooks: the String, Error, GoString and Format methods of dynamic types


class _Hooks:
    __slots__ = ("format", "go_string", "text")

    def __init__(self, format: bool, go_string: bool, text: str | None) -> None:
        self.format = format  # has Format(fmt.State, rune)
        self.go_string = go_string  # has GoString() string
        self.text = text  # "Error" or "String": the method that gives its text, if any


_hooks_cache: dict[Type, _Hooks | None] = {}
_UNKNOWN = object()


def _recorded_signature(t: Type, name: str) -> Signature | None:
    """The declared signature of method `name` of t, looked up breadth-first through
    embedded fields as promotion works; None when no type records one (methods that the
    runtime or a test put on a type object without declaring them)."""
    level = [t.elem if isinstance(t, Pointer) else t]
    seen: set[int] = set()
    while level:
        deeper = []
        for n in level:
            if id(n) in seen:
                continue
            seen.add(id(n))
            if isinstance(n, Named):
                info = n.methods.get(name)
                if info is not None:
                    return info.sig
            u = n.underlying()
            if isinstance(u, Interface):
                m = u.method_index.get(name)
                if m is not None:
                    return m.sig
            elif isinstance(u, Struct):
                for f in u.fields:
                    if f.embedded:
                        deeper.append(f.type.elem if isinstance(f.type, Pointer) else f.type)
        level = deeper
    return None


def _gives_string(sig: Signature | None) -> bool:
    return sig is None or (not sig.params and not sig.variadic and len(sig.results) == 1
                           and sig.results[0] is STRING)


def _is_format_method(sig: Signature | None) -> bool:
    if sig is None:
        return True
    if len(sig.params) != 2 or sig.results or sig.variadic:
        return False
    state, verb = sig.params
    return isinstance(state, Named) and state.name == "State" and state.pkg == "fmt" and verb is INT32


def _find_hooks(t: Type) -> _Hooks | None:
    has_format = hasattr(t, "m_Format") and _is_format_method(_recorded_signature(t, "Format"))
    has_go_string = hasattr(t, "m_GoString") and _gives_string(_recorded_signature(t, "GoString"))
    text = None
    for name in ("Error", "String"):
        if hasattr(t, "m_" + name) and _gives_string(_recorded_signature(t, name)):
            text = name
            break
    if not (has_format or has_go_string or text):
        return None
    return _Hooks(has_format, has_go_string, text)


def _hooks_of(t: Type) -> _Hooks | None:
    h = _hooks_cache.get(t, _UNKNOWN)
    if h is _UNKNOWN:
        h = _hooks_cache[t] = _find_hooks(t)
    return h  # type: ignore[return-value]


def is_error(t: Type) -> bool:
    """Whether values of dynamic type t satisfy the error interface."""
    h = _hooks_of(t)
    return h is not None and h.text == "Error"


_TEXT_VERBS = frozenset("vsxXq")


def _try_hooks(job: Job, t: Type, v: Any, verb: str) -> bool:
    """Print the value through its methods if they apply to this verb; False if they don't."""
    if job.reporting:
        return False
    hooks = _hooks_of(t)
    if verb == "w":
        if not job.wrap_ok or hooks is None or hooks.text != "Error":
            _report_bad_verb(job, "w", Iface(t, v))
            return True
        verb = "v"  # an error printed by %w looks as it does with %v
    if hooks is None:
        return False
    if hooks.format:
        try:
            t.m_Format(v, Iface(_state_type[0], job), ord(verb))  # type: ignore[attr-defined]
        except Exception as exc:
            _recover(job, exc, t, v, verb, "Format")
        return True
    if job.opts.sharp_v:
        if not hooks.go_string:
            return False
        try:
            text = t.m_GoString(v)  # type: ignore[attr-defined]
        except Exception as exc:
            _recover(job, exc, t, v, verb, "GoString")
            return True
        job.place(*_plain_text(job.opts, text))
        return True
    if hooks.text is None or verb not in _TEXT_VERBS:
        return False
    try:
        text = getattr(t, "m_" + hooks.text)(v)
    except Exception as exc:
        _recover(job, exc, t, v, verb, hooks.text)
        return True
    job.place(*_TEXT_RENDERERS[verb](job.opts, text))
    return True


def _recover(job: Job, exc: Exception, t: Type, v: Any, verb: str, method: str) -> None:
    """A method called for formatting panicked: print ``%!verb(PANIC=Method method: value)``
    in its place, or ``<nil>`` when the receiver is a nil pointer."""
    gp = as_go_panic(exc)
    if not isinstance(gp, GoPanic):
        raise gp from (None if gp is exc else exc)
    if v is None and isinstance(t.underlying(), Pointer):
        job.out += b"<nil>"
        return
    if job.recovering:  # the panic value's own printing panicked too: give up
        raise gp
    before = job.opts
    job.opts = NO_OPTIONS
    job.out += b"%!" + _verb_bytes(verb) + b"(PANIC=" + method.encode() + b" method: "
    job.recovering = True
    _emit_operand(job, gp.value, "v")
    job.recovering = False
    job.out += b")"
    # The flags come back afterwards, but width and precision only as "present" with value 0.
    job.opts = before.with_sizes(None if before.width is None else 0, None if before.prec is None else 0)


# ---------------------------------------------------------------------------
# Printing operands and values

_verb_cache: dict[str, bytes] = {}


def _verb_bytes(verb: str) -> bytes:
    b = _verb_cache.get(verb)
    if b is None:
        b = _verb_cache[verb] = _utf8.encode_rune(ord(verb))
    return b


def _report_bad_verb(job: Job, verb: str, subject: Any) -> None:
    """``%!verb(type=value)``, the value printed with %v and no methods. subject is the
    operand (an Iface or None) or a (type, value) pair for a value inside one."""
    job.reporting = True
    job.out += b"%!" + _verb_bytes(verb) + b"("
    if subject is None:
        job.out += b"<nil>"
    elif type(subject) is Iface:
        job.out += str(subject.t).encode() + b"="
        _emit_operand(job, subject, "v")
    else:
        t, v = subject
        job.out += str(t).encode() + b"="
        _emit_value(job, t, v, "v", 0, False)
    job.out += b")"
    job.reporting = False


def _is_pointer_like(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, (Pointer, Chan, Signature, Map, SliceType)) or (
        isinstance(u, Basic) and u.kind == Kind.UNSAFE_POINTER)


def _emit_operand(job: Job, arg: Any, verb: str) -> None:
    """Print one operand (an interface value) for verb."""
    if arg is None:
        if verb == "v" or verb == "T":
            job.place(b"<nil>", PAD_ZEROS_OK)
        else:
            _report_bad_verb(job, verb, None)
        return
    t = arg.t
    if verb == "T":
        job.place(*_plain_text(job.opts, str(t).encode()))
        return
    if verb == "p":
        if _is_pointer_like(t):
            _emit_pointer(job, t, arg.v, "p", arg)
        else:
            _report_bad_verb(job, "p", arg)
        return
    if type(t) is Basic:  # unnamed: printed by kind, no methods to consult
        cls = _CLASS_OF_KIND.get(t.kind)
        if cls is not None:
            render = _SCALAR.get((cls, verb))
            if render is None:
                _report_bad_verb(job, verb, arg)
            else:
                job.place(*render(job.opts, arg.v))
            return
    elif t is _BYTES_T:
        _emit_byte_slice(job, arg.v, verb)
        return
    if not _try_hooks(job, t, arg.v, verb):
        _emit_value(job, t, arg.v, verb, 0, False)


def _emit_byte_slice(job: Job, sl: Any, verb: str) -> None:
    """An operand of type []byte: %s %q %x %X see text; %v and %d list the numbers."""
    o = job.opts
    if verb == "v" or verb == "d":
        out = job.out
        if o.sharp_v:
            out += b"[]byte"
            if sl.a is None:
                out += b"(nil)"
                return
            out += b"{"
            for k, c in enumerate(sl.elems()):
                if k:
                    out += b", "
                job.place(_integer(o, c, 16, alt=True), PAD_SPACES)
            out += b"}"
        elif o.bare:
            out += b"[" + b" ".join([b"%d" % (c,) for c in sl.elems()]) + b"]"
        else:
            out += b"["
            for k, c in enumerate(sl.elems()):
                if k:
                    out += b" "
                job.place(_integer(o, c, 10), PAD_SPACES)
            out += b"]"
        return
    render = _BYTE_TEXT_RENDERERS.get(verb)
    if render is not None:
        job.place(*render(o, bytes(sl.elems())))
    else:
        _emit_value(job, _BYTES_T, sl, verb, 0, False)


def _emit_pointer(job: Job, t: Type, v: Any, verb: str, subject: Any) -> None:
    """A pointer, channel, func, map or slice shown as its address."""
    o = job.opts
    addr = pointer_value(t, v)
    if verb == "v":
        if o.sharp_v:  # (T)(0x...) or (T)(nil)
            job.out += b"(" + str(t).encode() + b")("
            if addr:
                job.place(_integer(o, addr, 16, alt=True), PAD_SPACES)
            else:
                job.out += b"nil"
            job.out += b")"
        elif addr:
            job.place(_integer(o, addr, 16, alt=not o.sharp), PAD_SPACES)
        else:
            job.place(b"<nil>", PAD_ZEROS_OK)
    elif verb == "p":
        job.place(_integer(o, addr, 16, alt=not o.sharp), PAD_SPACES)
    elif verb in _ADDRESS_NUMBER_VERBS:
        job.place(*_SCALAR["uint", verb](o, addr))
    else:
        _report_bad_verb(job, verb, subject)


_ADDRESS_NUMBER_VERBS = frozenset("bodxX")


def _emit_value(job: Job, t: Type, v: Any, verb: str, depth: int, hidden: bool) -> None:
    """Print value v of static type t. depth > 0 inside a composite value, where the
    value's own methods are consulted first unless it was reached through an unexported
    field (hidden)."""
    if type(t) is Basic and job.opts.bare:
        quick = _QUICK.get(verb)
        fn = quick.get(t) if quick is not None else None
        if fn is not None:
            job.out += fn(v)
            return
    u = t.underlying()
    walker = _WALKERS.get(type(u), _walk_unknown)
    if depth and not hidden and type(t) is not Basic and walker is not _walk_interface:
        if _try_hooks(job, t, v, verb):
            return
    walker(job, t, u, v, verb, depth, hidden)


def _walk_basic(job: Job, t: Type, u: Basic, v: Any, verb: str, depth: int, hidden: bool) -> None:
    cls = _CLASS_OF_KIND.get(u.kind)
    if cls is None:
        if u.kind == Kind.UNSAFE_POINTER:
            _emit_pointer(job, t, v, verb, (t, v))
        elif u.kind == Kind.UNTYPED_NIL:
            job.out += b"<nil>"
        else:
            _walk_unknown(job, t, u, v, verb, depth, hidden)
        return
    render = _SCALAR.get((cls, verb))
    if render is None:
        _report_bad_verb(job, verb, (t, v))
    else:
        job.place(*render(job.opts, v))


_struct_shapes: dict[Struct, tuple[tuple[bytes, Type, str, bool], ...]] = {}


def _struct_shape(u: Struct) -> tuple[tuple[bytes, Type, str, bool], ...]:
    """(name, type, Python attribute, exported) of each field."""
    shape = _struct_shapes.get(u)
    if shape is None:
        shape = _struct_shapes[u] = tuple(
            (f.name.encode(), f.type, attr, f.exported) for f, attr in zip(u.fields, field_pynames(u)))
    return shape


def _walk_struct(job: Job, t: Type, u: Struct, v: Any, verb: str, depth: int, hidden: bool) -> None:
    o = job.opts
    go_syntax = o.sharp_v
    with_names = go_syntax or o.plus_v
    sep = b", " if go_syntax else b" "
    if go_syntax:
        job.out += str(t).encode()
    job.out += b"{"
    for k, (name, ft, attr, exported) in enumerate(_struct_shape(u)):
        if k:
            job.out += sep
        if with_names and name:
            job.out += name + b":"
        _emit_value(job, ft, getattr(v, attr), verb, depth + 1, hidden or not exported)
    job.out += b"}"


def _walk_map(job: Job, t: Type, u: Map, v: Any, verb: str, depth: int, hidden: bool) -> None:
    go_syntax = job.opts.sharp_v
    if go_syntax:
        job.out += str(t).encode()
        if v is None or isinstance(v, NilMap):
            job.out += b"(nil)"
            return
        job.out += b"{"
    else:
        job.out += b"map["
    if v:
        sep = b", " if go_syntax else b" "
        kt, et = u.key, u.elem
        for k, (key, val) in enumerate(sorted_map_items(u, v)):
            if k:
                job.out += sep
            _emit_value(job, kt, key, verb, depth + 1, hidden)
            job.out += b":"
            _emit_value(job, et, val, verb, depth + 1, hidden)
    job.out += b"}" if go_syntax else b"]"


def _walk_interface(job: Job, t: Type, u: Interface, v: Any, verb: str, depth: int, hidden: bool) -> None:
    if v is None:
        job.out += str(t).encode() + b"(nil)" if job.opts.sharp_v else b"<nil>"
    else:
        _emit_value(job, v.t, v.v, verb, depth + 1, hidden)


def _walk_list(job: Job, t: Type, u: Any, v: Any, verb: str, depth: int, hidden: bool) -> None:
    """Arrays and slices: [a b c], or T{a, b, c} for %#v; byte sequences are text for
    %s %q %x %X."""
    is_slice = type(u) is SliceType
    et = u.elem
    if verb in _BYTE_TEXT_RENDERERS and is_byte_type(et):
        data = bytes(v.elems()) if is_slice else bytes(v)
        job.place(*_BYTE_TEXT_RENDERERS[verb](job.opts, data))
        return
    items = v.elems() if is_slice else v
    o = job.opts
    if o.sharp_v:
        job.out += str(t).encode()
        if is_slice and v.a is None:
            job.out += b"(nil)"
            return
        opening, sep, closing = b"{", b", ", b"}"
    else:
        if o.bare and type(et) is Basic:
            quick = _QUICK.get(verb)
            fn = quick.get(et) if quick is not None else None
            if fn is not None:
                if fn is _decimal:
                    text = " ".join(map(str, items)).encode()
                elif fn is _same:
                    text = b" ".join(items)
                else:
                    text = b" ".join(map(fn, items))
                job.out += b"[" + text + b"]"
                return
        opening, sep, closing = b"[", b" ", b"]"
    job.out += opening
    for k, item in enumerate(items):
        if k:
            job.out += sep
        _emit_value(job, et, item, verb, depth + 1, hidden)
    job.out += closing


def _walk_pointer(job: Job, t: Type, u: Pointer, v: Any, verb: str, depth: int, hidden: bool) -> None:
    """An operand that points to an array, slice, struct or map prints as &value; any other
    pointer (and every pointer inside a composite value) as an address."""
    if depth == 0 and v is not None:
        target = u.elem
        tu = target.underlying()
        if isinstance(tu, (Array, Struct)):  # the pointer is the object itself
            job.out += b"&"
            _emit_value(job, target, v, verb, 1, hidden)
            return
        if isinstance(tu, (SliceType, Map)):  # the pointer is a cell holding it
            job.out += b"&"
            _emit_value(job, target, v.v, verb, 1, hidden)
            return
    _emit_pointer(job, t, v, verb, (t, v))


def _walk_address(job: Job, t: Type, u: Any, v: Any, verb: str, depth: int, hidden: bool) -> None:
    _emit_pointer(job, t, v, verb, (t, v))


def _walk_unknown(job: Job, t: Type, u: Any, v: Any, verb: str, depth: int, hidden: bool) -> None:
    job.out += b"?" + str(t).encode() + b"?"


_WALKERS: dict[type, Callable[..., None]] = {
    Basic: _walk_basic,
    Struct: _walk_struct,
    Map: _walk_map,
    Interface: _walk_interface,
    SliceType: _walk_list,
    Array: _walk_list,
    Pointer: _walk_pointer,
    Chan: _walk_address,
    Signature: _walk_address,
}


# ---------------------------------------------------------------------------
# Running a plan

_plans: dict[bytes, Plan] = {}
_PLAN_CACHE_LIMIT = 4096


def _plan_of(fmt: bytes) -> Plan:
    if type(fmt) is not bytes:
        fmt = bytes(fmt)
    plan = _plans.get(fmt)
    if plan is None:
        plan = read_format(fmt)
        for d, _ in plan.pairs:
            if d.opts.bare and not d.steps and not d.spoiled and d.verb is not None:
                d.quick = _QUICK.get(d.verb)
        if all(d.quick is not None for d, _ in plan.pairs):
            plan.quick_steps = tuple((d.quick, tail) for d, tail in plan.pairs)
        if len(_plans) >= _PLAN_CACHE_LIMIT:
            _plans.clear()
        _plans[fmt] = plan
    return plan


def _size_operand(args: list, k: int) -> int | None:
    """The operand used as a * width or precision: an integer within +-1e6, else None."""
    if k >= len(args) or args[k] is None:
        return None
    arg = args[k]
    u = arg.t.underlying()
    if type(u) is Basic and u.kind in _INTEGER_KINDS and -1_000_000 <= arg.v <= 1_000_000:
        return arg.v
    return None


def _run_directive(job: Job, d: Directive, args: list, cur: int) -> int:
    """Carry out one directive with operand cur next in line; returns the next operand."""
    n = len(args)
    opts = d.opts
    usable = not d.spoiled
    if d.steps:
        width, prec, left = opts.width, opts.prec, False
        for step in d.steps:
            if type(step) is int:
                job.reordered = True
                if 0 <= step < n:
                    cur = step
                else:
                    usable = False
                continue
            num = _size_operand(args, cur)
            if cur < n:
                cur += 1
            if step is TAKE_WIDTH:
                if num is None:
                    job.out += b"%!(BADWIDTH)"
                    width = None
                elif num < 0:
                    width, left = -num, True
                else:
                    width = num
            elif num is None or num < 0:
                job.out += b"%!(BADPREC)"
                prec = None
            else:
                prec = num
        opts = opts.with_sizes(width, prec, left)
    verb = d.verb
    if verb is None:
        job.out += b"%!(NOVERB)"
    elif verb == "%":
        job.out += b"%"
    elif not usable:
        job.out += b"%!" + _verb_bytes(verb) + b"(BADINDEX)"
    elif cur >= n:
        job.out += b"%!" + _verb_bytes(verb) + b"(MISSING)"
    else:
        if verb == "w" and job.wrapped is not None:
            job.wrapped.append(cur)
        job.opts = opts
        _emit_operand(job, args[cur], verb)
        cur += 1
    return cur


def _run(job: Job, plan: Plan, args: list) -> None:
    out = job.out
    out += plan.head
    n = len(args)
    cur = 0
    for d, tail in plan.pairs:
        quick = d.quick
        if quick is not None and cur < n:
            arg = args[cur]
            if arg is not None:
                fn = quick.get(arg.t)
                if fn is not None:
                    out += fn(arg.v)
                    out += tail
                    cur += 1
                    continue
        cur = _run_directive(job, d, args, cur)
        out += tail
    if cur < n and not job.reordered:  # operands no directive used
        job.opts = NO_OPTIONS
        out += b"%!(EXTRA "
        for k, arg in enumerate(args[cur:]):
            if k:
                out += b", "
            if arg is None:
                out += b"<nil>"
            else:
                out += str(arg.t).encode() + b"="
                _emit_operand(job, arg, "v")
        out += b")"


# ---------------------------------------------------------------------------
# Entry points


def sprintf(format: bytes, args: list) -> bytes:
    """fmt.Sprintf with args a list of interface values (Iface or None)."""
    plan = _plans.get(format) if type(format) is bytes else None
    if plan is None:
        plan = _plan_of(format)
    steps = plan.quick_steps
    if steps is not None and len(args) == len(steps):
        parts = [plan.head]
        add = parts.append
        for (quick, tail), arg in zip(steps, args):
            if arg is None:
                break
            fn = quick.get(arg.t)
            if fn is None:
                break
            add(fn(arg.v))
            add(tail)
        else:
            return b"".join(parts)
    job = Job()
    _run(job, plan, args)
    return bytes(job.out)


def errorf_text(format: bytes, args: list) -> tuple[bytes, list[int]]:
    """The message of fmt.Errorf and the operand numbers its %w directives printed."""
    job = Job()
    job.wrap_ok = True
    job.wrapped = []
    _run(job, _plan_of(format), args)
    return bytes(job.out), job.wrapped


def _operand_text(arg: Any) -> bytes:
    if arg is not None:
        fn = _QUICK_V.get(arg.t)
        if fn is not None:
            return fn(arg.v)
    job = Job()
    _emit_operand(job, arg, "v")
    return bytes(job.out)


def _is_string_valued(arg: Any) -> bool:
    if arg is None:
        return False
    t = arg.t
    if t is STRING:
        return True
    u = t.underlying()
    return type(u) is Basic and u.kind == Kind.STRING


def sprint(args: list) -> bytes:
    """fmt.Sprint: operands in %v form, a space between two operands when neither is a string."""
    parts = []
    after_string = True  # no space before the first operand
    for arg in args:
        is_string = _is_string_valued(arg)
        if not is_string and not after_string:
            parts.append(b" ")
        parts.append(_operand_text(arg))
        after_string = is_string
    return b"".join(parts)


def sprintln(args: list) -> bytes:
    """fmt.Sprintln: operands in %v form separated by spaces, then a newline."""
    return b" ".join([_operand_text(arg) for arg in args]) + b"\n"


def format_value(t: Type, v: Any, verb: str = "v") -> bytes:
    """How fmt prints one Go value v of type t with a bare verb (%v by default)."""
    arg = v if isinstance(t.underlying(), Interface) else Iface(t, v)
    job = Job()
    _emit_operand(job, arg, verb)
    return bytes(job.out)


__all__ = [
    "Job", "sprintf", "sprint", "sprintln", "format_value", "errorf_text", "is_error", "bind_state_type",
    "sorted_map_items", "compare_values", "type_address", "pointer_value", "rune_count",
]
