"""The fmt golden cases: each one is a Go call (Sprintf/Sprint/Sprintln) on operands given both
as Go source text and as gomem values.

gen_fmt.py turns CASES into a Go program (fmtgolden/main.go), runs it with real Go and stores the
outputs in tests/stdlib/data/fmt_golden.json; tests/stdlib/test_fmt.py runs the same cases
through gomem's fmt and compares.

GO_TYPES declares in Go the types that the Python part below builds with gomem.types by hand
(methods as m_<Name> attributes, as the compiler sets them).
"""

from __future__ import annotations

import math
import struct
from typing import Any

from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_MAP, NIL_SLICE, Box, Iface, slice_of, struct_class, to_key
from gomem.stdlib import errors as goerrors
from gomem.stdlib import fmt as gofmt
from gomem.types.types import (
    BOOL,
    EMPTY_INTERFACE,
    ERROR,
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
    Field,
    FuncInfo,
    Method,
    Named,
    Struct,
    Type,
    new_array,
    new_chan,
    new_interface,
    new_map,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

Arg = tuple[str, Any]  # (Go expression, gomem interface value)

GO_TYPES = r'''
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	case 2:
		return "Blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return "PS" + strconv.Itoa(p.N) }

type Panicky int

func (Panicky) String() string { panic("boom") }

type PanicErr int

func (PanicErr) Error() string { panic(errors.New("bad")) }

type V struct{ N int }

func (v V) String() string { return "V" + strconv.Itoa(v.N) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type GoS int

func (GoS) GoString() string { return "GoS!" }
func (GoS) String() string   { return "gos" }

type Fmter int

func (x Fmter) Format(f fmt.State, c rune) {
	w, ok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d w=%d,%v p=%d,%v +%v -%v #%v sp%v 0%v]", c, int(x), w, ok, p, pok,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag(' '), f.Flag('0'))
}

type Both int

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type BadS int

func (BadS) String() int { return 1 }

type MyInt int
type MyUint8 uint8
type MyStr string
type MyBytes []byte
type MyFloat32 float32
type MyMap map[string]int
type MySlice []int

type Person struct {
	Name string
	Age  int
}

type inner struct {
	A int
	b string
}

type Outer struct {
	P  *Person
	In inner
	L  []int
	M  map[string]int
	E  error
	X  any
}

type Hidden struct {
	c Color
	C Color
	s fmt.Stringer
	S fmt.Stringer
}

type Embed struct {
	Person
	Extra bool
}

type EmbedV struct {
	V
	K int
}

type Pt struct{ X, Y int }

type Date int

func (d Date) Format(layout string) string { return "date" }

type HasV struct {
	*V
	Z int
}

type Floats struct {
	F32 float32
	F64 float64
}
'''

# ---------------------------------------------------------------------------
# Go literals


def go_string(b: bytes) -> str:
    out = ['"']
    for c in b:
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append(f"\\x{c:02x}")
    out.append('"')
    return "".join(out)


def go_float(x: float) -> str:
    if x != x:
        return "math.NaN()"
    if math.isinf(x):
        return "math.Inf(1)" if x > 0 else "math.Inf(-1)"
    if x == 0 and math.copysign(1, x) < 0:
        return "math.Copysign(0, -1)"
    return repr(x)


def to_f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


# ---------------------------------------------------------------------------
# Operands of basic types

_INT_NAMES = {INT: "int", INT8: "int8", INT16: "int16", INT32: "int32", INT64: "int64", UINT: "uint",
              UINT8: "uint8", UINT16: "uint16", UINT32: "uint32", UINT64: "uint64", UINTPTR: "uintptr"}


def i(v: int, t: Type = INT, name: str | None = None) -> Arg:
    n = name or _INT_NAMES[t]
    expr = str(v) if t is INT and name is None else f"{n}({v})"
    return expr, Iface(t, v)


def f64(x: float) -> Arg:
    g = go_float(x)
    return (g if "(" in g else f"float64({g})"), Iface(FLOAT64, x)


def f32(x: float) -> Arg:
    y = to_f32(x)
    return f"float32({go_float(y)})", Iface(FLOAT32, y)


def s(b: bytes | str) -> Arg:
    if isinstance(b, str):
        b = b.encode()
    return go_string(b), Iface(STRING, b)


def bl(v: bool) -> Arg:
    return ("true" if v else "false"), Iface(BOOL, v)


BYTES = new_slice(UINT8)


def by(b: bytes | None) -> Arg:
    if b is None:
        return "[]byte(nil)", Iface(BYTES, NIL_SLICE)
    return f"[]byte({go_string(b)})", Iface(BYTES, slice_of(bytearray(b)))


NIL: Arg = ("nil", None)

# ---------------------------------------------------------------------------
# Named types of GO_TYPES

SIG_STRING = new_signature((), (STRING,))


def named(name: str, under: Type) -> Named:
    return Named(name, "main", under)


def fields(*fs: tuple) -> Any:
    return new_struct(tuple(Field(f[0], f[1], len(f) > 2 and f[2]) for f in fs))


def value_method(t: Named, name: str, impl: Any, sig: Any = SIG_STRING) -> None:
    """A value-receiver method: in the method sets of T and *T."""
    t.methods[name] = FuncInfo(name, sig, False)
    setattr(t, "m_" + name, impl)
    pt = new_pointer(t)
    # through a pointer: *p is copied (a nil p fails as compiled code does, with a Python error
    # about NoneType that becomes the nil-dereference panic)
    if isinstance(t.underlying(), Struct):  # *T is the struct object itself
        setattr(pt, "m_" + name, lambda p, *a: impl(p._cp(), *a))
    else:
        setattr(pt, "m_" + name, lambda p, *a: impl(p.v, *a))


def pointer_method(t: Named, name: str, impl: Any, sig: Any = SIG_STRING) -> None:
    t.methods[name] = FuncInfo(name, sig, True)
    setattr(new_pointer(t), "m_" + name, impl)


def sprintf(fmt: str, *args: Any) -> bytes:
    return gofmt.sprintf(fmt.encode(), list(args))


def itoa(n: int) -> bytes:
    return str(n).encode()


CELSIUS = named("Celsius", FLOAT64)
value_method(CELSIUS, "String", lambda c: sprintf("%.1f°C", Iface(FLOAT64, c)))

COLOR = named("Color", INT)
_COLOR_NAMES = [b"Red", b"Green", b"Blue"]
value_method(COLOR, "String", lambda c: _COLOR_NAMES[c] if 0 <= c < 3 else b"Color(" + itoa(c) + b")")

PTRSTR = named("PtrStr", fields(("N", INT)))
pointer_method(PTRSTR, "String", lambda p: b"PS" + itoa(p.N))


def _boom(_v: Any) -> bytes:
    raise GoPanic(Iface(STRING, b"boom"))


def _bad(_v: Any) -> bytes:
    raise GoPanic(goerrors.New(b"bad"))


PANICKY = named("Panicky", INT)
value_method(PANICKY, "String", _boom)
PANICERR = named("PanicErr", INT)
value_method(PANICERR, "Error", _bad)

V_T = named("V", fields(("N", INT)))
value_method(V_T, "String", lambda v: b"V" + itoa(v.N))

MYERR = named("MyErr", fields(("Code", INT)))
pointer_method(MYERR, "Error", lambda e: sprintf("myerr %d", Iface(INT, e.Code)))

GOS = named("GoS", INT)
value_method(GOS, "GoString", lambda v: b"GoS!")
value_method(GOS, "String", lambda v: b"gos")


def _fmter_format(x: int, f: Iface, c: int) -> None:
    st = f.t
    w, ok = st.m_Width(f.v)
    p, pok = st.m_Precision(f.v)
    flags = [Iface(BOOL, st.m_Flag(f.v, ord(ch))) for ch in "+-# 0"]
    gofmt.Fprintf(f, b"F[%c %d w=%d,%v p=%d,%v +%v -%v #%v sp%v 0%v]", slice_of([
        Iface(INT32, c), Iface(INT, x), Iface(INT, w), Iface(BOOL, ok), Iface(INT, p), Iface(BOOL, pok),
        *flags]))


FMTER = named("Fmter", INT)
value_method(FMTER, "Format", _fmter_format, sig=None)

BOTH = named("Both", INT)
value_method(BOTH, "Error", lambda v: b"both-error")
value_method(BOTH, "String", lambda v: b"both-string")

BADS = named("BadS", INT)
value_method(BADS, "String", lambda v: 1, sig=new_signature((), (INT,)))

MYINT = named("MyInt", INT)
MYUINT8 = named("MyUint8", UINT8)
MYSTR = named("MyStr", STRING)
MYBYTES = named("MyBytes", BYTES)
MYFLOAT32 = named("MyFloat32", FLOAT32)
MYMAP = named("MyMap", new_map(STRING, INT))
MYSLICE = named("MySlice", new_slice(INT))

PERSON = named("Person", fields(("Name", STRING), ("Age", INT)))
INNER = named("inner", fields(("A", INT), ("b", STRING)))
OUTER = named("Outer", fields(("P", new_pointer(PERSON)), ("In", INNER), ("L", new_slice(INT)),
                              ("M", new_map(STRING, INT)), ("E", ERROR), ("X", EMPTY_INTERFACE)))
STRINGER = Named("Stringer", "fmt", new_interface([Method("String", SIG_STRING)]))
HIDDEN = named("Hidden", fields(("c", COLOR), ("C", COLOR), ("s", STRINGER), ("S", STRINGER)))
EMBED = named("Embed", fields(("Person", PERSON, True), ("Extra", BOOL)))
EMBEDV = named("EmbedV", fields(("V", V_T, True), ("K", INT)))
# EmbedV's method set has V's String, promoted
value_method(EMBEDV, "String", lambda e: b"V" + itoa(e.V.N))
PT = named("Pt", fields(("X", INT), ("Y", INT)))
DATE = named("Date", INT)
value_method(DATE, "Format", lambda d, layout: b"date", sig=new_signature((STRING,), (STRING,)))
HASV = named("HasV", fields(("V", new_pointer(V_T), True), ("Z", INT)))
# HasV's method set has (*V).String promoted; no type records it on HasV itself
setattr(HASV, "m_String", lambda h: new_pointer(V_T).m_String(h.V))
setattr(new_pointer(HASV), "m_String", lambda h: new_pointer(V_T).m_String(h.V))
FLOATS = named("Floats", fields(("F32", FLOAT32), ("F64", FLOAT64)))


def mk(t: Type, *vals: Any) -> Any:
    return struct_class(t)(*vals)


def person(name: str, age: int) -> Any:
    return mk(PERSON, name.encode(), age)


def mkmap(kt: Type, vt: Type, pairs: list) -> dict:
    return {to_key(kt, k): v for k, v in pairs}


def err_new(text: str) -> Iface:
    return goerrors.New(text.encode())


# ---------------------------------------------------------------------------
# The cases

Case = tuple[str, bytes | None, list[Arg]]  # (function, format or None, operands)
CASES: list[Case] = []


def pf(fmt: str | bytes, *args: Arg) -> None:
    CASES.append(("Sprintf", fmt.encode() if isinstance(fmt, str) else fmt, list(args)))


def matrix(formats: list[str], values: list[Arg]) -> None:
    for f in formats:
        for v in values:
            pf(f, v)


INT_FORMATS = [
    "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%+05d", "% 05d", "%.3d", "%6.3d", "%06.3d",
    "%-6.3d|", "%.0d", "%3.0d|", "%x", "%X", "%#x", "%#X", "%08x", "%#08x", "%# x", "%+x", "%o", "%#o",
    "%O", "%#O", "%b", "%#b", "%08b", "%c", "%5c|", "%q", "%+q", "%#q", "%U", "%#U", "%#10U|", "%.6U",
    "%v", "%#v", "%+v", "%10v|", "%s", "%e", "%t", "%10.4x|", "%#.3o", "%.3x", "%T",
]
INT_VALUES = [
    i(0), i(1), i(-1), i(42), i(-42), i(255), i(1 << 40), i(-(1 << 63), INT64), i((1 << 63) - 1),
    i(-128, INT8), i(127, INT8), i(200, UINT8), i(65535, UINT16), i(-32768, INT16), i((1 << 64) - 1, UINT64),
    i(0x78, INT32), i(0x1F600, INT32), i(0xE9, INT32), i(0x0A, INT32), i(0xD800, INT32), i(0x110000, INT32),
    i(0x7F, INT32), i(0x2028, INT32), i(1 << 31, UINT32), i(12345, UINT), i(0xdead, UINTPTR),
    i(7, MYINT, "MyInt"),
]
matrix(INT_FORMATS, INT_VALUES)

FLOAT_FORMATS = [
    "%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+.2e", "% f",
    "%#g", "%#.3g", "%#v", "%#e", "%#f", "%.0f", "%#.0f", "%.3g", "%10g|", "%b", "%x", "%X", "%.3x",
    "%#x", "%+v", "%d", "%s", "%q", "%010v", "%+010.2f", "%-010.2f|", "% 010.2f", "%#.0e", "%.1v",
    "%.0e", "%.10g", "%.20f", "%+g", "% g", "%#.4x", "%T", "%6.2v|",
]
FLOAT_VALUES = [
    f64(0.0), f64(-0.0), f64(1.0), f64(-1.5), f64(3.141592653589793), f64(1e6), f64(1e21), f64(1e20),
    f64(123456789.0), f64(1e-5), f64(0.0001), f64(1e-7), f64(2.5e-300), f64(1.7976931348623157e308),
    f64(5e-324), f64(math.inf), f64(-math.inf), f64(math.nan), f64(100.0), f64(0.1), f64(2.0 / 3),
    f64(-123.456), f64(1e100), f64(999999.5), f64(0.000123),
    f32(0.1), f32(1e6), f32(16777216.0), f32(3.4028234663852886e38), f32(1e-45), f32(-2.5), f32(1.0 / 3),
    f32(math.inf), f32(123456.789),
    ("MyFloat32(0.1)", Iface(MYFLOAT32, to_f32(0.1))),
]
matrix(FLOAT_FORMATS, FLOAT_VALUES)

STRING_FORMATS = [
    "%s", "%q", "%+q", "%#q", "%#+q", "%x", "%X", "% x", "%# x", "%#x", "% X", "%# X", "%10s|", "%-10s|",
    "%.3s", "%10.2s|", "%.0s|", "%v", "%#v", "%d", "%08s", "%.5q", "%010q", "%T", "%5T|", "%.2x",
    "%.1T", "%-8q|", "%+v", "%c", "%t", "%.2v", "%020x",
]
STRING_VALUES = [
    s(""), s("hello"), s("héllo wörld"), s("tab\there"), s('quote"s'), s(b"\x00\x7f"), s(b"\xff\xfe bad"),
    s("日本語"), s("`back`"), s("emoji 😀"), s("\u2028"), s("back\\slash"), s("a\nb"), s("\u00a0nbsp"),
    ("MyStr(\"named\")", Iface(MYSTR, b"named")),
]
matrix(STRING_FORMATS, STRING_VALUES)

BYTES_FORMATS = [
    "%s", "%q", "%x", "%X", "% x", "%#x", "%# x", "%v", "%#v", "%d", "%c", "%5d", "%o", "%T", "%08b",
    "%10s|", "%.1s", "%+q", "%#q", "%U", "%-4v|", "%.2x", "%t",
]
BYTES_VALUES = [
    by(b"hi"), by(b""), by(None), by(b"\x00\xff\n"), by("日本".encode()),
    ("MyBytes(\"mb\")", Iface(MYBYTES, slice_of(bytearray(b"mb")))),
    ("[3]byte{1, 2, 255}", Iface(new_array(UINT8, 3), bytearray(b"\x01\x02\xff"))),
    ("[]MyUint8{65, 66}", Iface(new_slice(MYUINT8), slice_of(bytearray(b"AB")))),
]
matrix(BYTES_FORMATS, BYTES_VALUES)

matrix(["%t", "%v", "%5t|", "%-6t|", "%d", "%s", "%q", "%#v", "%T", "%x"], [bl(True), bl(False)])

# -- composite values ------------------------------------------------------------

INTS = new_slice(INT)
P_PERSON = new_pointer(PERSON)
alice = person("Alice", 30)

COMPOSITE_FORMATS = ["%v", "%+v", "%#v", "%s", "%d", "%x", "%q", "%T", "%5v", "%-4d|", "%05d"]
COMPOSITES: list[Arg] = [
    ('Person{"Alice", 30}', Iface(PERSON, alice)),
    ('&Person{"Bob", 5}', Iface(P_PERSON, person("Bob", 5))),
    ("(*Person)(nil)", Iface(P_PERSON, None)),
    ('[]Person{{"A", 1}, {"B", 2}}', Iface(new_slice(PERSON), slice_of([person("A", 1), person("B", 2)]))),
    ("[]int{1, 2, 3}", Iface(INTS, slice_of([1, 2, 3]))),
    ("[]int(nil)", Iface(INTS, NIL_SLICE)),
    ("[]int{}", Iface(INTS, slice_of([]))),
    ("[3]int{7, 8, 9}", Iface(new_array(INT, 3), [7, 8, 9])),
    ("[2][2]int{{1, 2}, {3, 4}}", Iface(new_array(new_array(INT, 2), 2), [[1, 2], [3, 4]])),
    ('[][]string{{"a"}, {"b", "c"}, nil}',
     Iface(new_slice(new_slice(STRING)), slice_of([slice_of([b"a"]), slice_of([b"b", b"c"]), NIL_SLICE]))),
    ('[]string{"x", "y z"}', Iface(new_slice(STRING), slice_of([b"x", b"y z"]))),
    ("[]float64{1.5, 2, 1e21}", Iface(new_slice(FLOAT64), slice_of([1.5, 2.0, 1e21]))),
    ("[]float32{0.1, 2.5}", Iface(new_slice(FLOAT32), slice_of([to_f32(0.1), 2.5]))),
    ('[]any{1, "a", nil, 2.5, Person{"C", 3}, []int{4}}',
     Iface(new_slice(EMPTY_INTERFACE), slice_of([Iface(INT, 1), Iface(STRING, b"a"), None, Iface(FLOAT64, 2.5),
                                                 Iface(PERSON, person("C", 3)), Iface(INTS, slice_of([4]))]))),
    ("[]any{}", Iface(new_slice(EMPTY_INTERFACE), slice_of([]))),
    ('[]error{nil, errors.New("x")}', Iface(new_slice(ERROR), slice_of([None, err_new("x")]))),
    ('map[string]int{"b": 2, "a": 1, "c": 3}', Iface(new_map(STRING, INT), {b"b": 2, b"a": 1, b"c": 3})),
    ('map[int]string{3: "c", -1: "m", 10: "t"}', Iface(new_map(INT, STRING), {3: b"c", -1: b"m", 10: b"t"})),
    ("map[string]int(nil)", Iface(new_map(STRING, INT), NIL_MAP)),
    ("map[string]int{}", Iface(new_map(STRING, INT), {})),
    ('map[Person]bool{{"B", 1}: true, {"A", 2}: false, {"A", 1}: true}',
     Iface(new_map(PERSON, BOOL), mkmap(PERSON, BOOL, [(person("B", 1), True), (person("A", 2), False),
                                                       (person("A", 1), True)]))),
    ("map[float64]string{2.5: \"x\", -1: \"y\", math.NaN(): \"n\", math.Inf(1): \"i\"}",
     Iface(new_map(FLOAT64, STRING), {2.5: b"x", -1.0: b"y", math.nan: b"n", math.inf: b"i"})),
    ("map[bool]int{true: 1, false: 0}", Iface(new_map(BOOL, INT), {True: 1, False: 0})),
    ("map[[2]int]string{{2, 1}: \"b\", {1, 9}: \"a\"}",
     Iface(new_map(new_array(INT, 2), STRING), {(2, 1): b"b", (1, 9): b"a"})),
    ("map[any]int{3: 1, 1: 2, 2: 3}",
     Iface(new_map(EMPTY_INTERFACE, INT), {Iface(INT, 3): 1, Iface(INT, 1): 2, Iface(INT, 2): 3})),
    ("map[any]int{\"b\": 1, nil: 2, \"a\": 3}",
     Iface(new_map(EMPTY_INTERFACE, INT), {Iface(STRING, b"b"): 1, None: 2, Iface(STRING, b"a"): 3})),
    ("map[any]int{\"a\": 2, 1: 1}", Iface(new_map(EMPTY_INTERFACE, INT), {Iface(STRING, b"a"): 2, Iface(INT, 1): 1})),
    ("map[string][]int{\"k\": {1, 2}, \"e\": nil}",
     Iface(new_map(STRING, INTS), {b"k": slice_of([1, 2]), b"e": NIL_SLICE})),
    ("map[Color]int{2: 1, 0: 3}", Iface(new_map(COLOR, INT), {2: 1, 0: 3})),
    ("map[string]Color{\"x\": 1}", Iface(new_map(STRING, COLOR), {b"x": 1})),
    ("MyMap{\"z\": 26, \"a\": 1}", Iface(MYMAP, {b"z": 26, b"a": 1})),
    ("MySlice{3, 4}", Iface(MYSLICE, slice_of([3, 4]))),
    ("&[]int{1, 2}", Iface(new_pointer(INTS), Box(slice_of([1, 2])))),
    ("&map[string]int{\"a\": 1}", Iface(new_pointer(new_map(STRING, INT)), Box({b"a": 1}))),
    ("&[2]string{\"p\", \"q\"}", Iface(new_pointer(new_array(STRING, 2)), [b"p", b"q"])),
    ('Outer{P: &Person{"D", 4}, In: inner{1, "z"}, L: []int{5}, M: map[string]int{"k": 1}, E: errors.New("oops"), X: 3}',
     Iface(OUTER, mk(OUTER, person("D", 4), mk(INNER, 1, b"z"), slice_of([5]), {b"k": 1}, err_new("oops"),
                     Iface(INT, 3)))),
    ("Outer{}", Iface(OUTER, mk(OUTER))),
    ("&Outer{}", Iface(new_pointer(OUTER), mk(OUTER))),
    ("Hidden{1, 1, Color(1), Color(2)}", Iface(HIDDEN, mk(HIDDEN, 1, 1, Iface(COLOR, 1), Iface(COLOR, 2)))),
    ("Hidden{}", Iface(HIDDEN, mk(HIDDEN))),
    ('Embed{Person{"E", 5}, true}', Iface(EMBED, mk(EMBED, person("E", 5), True))),
    ("EmbedV{V{3}, 4}", Iface(EMBEDV, mk(EMBEDV, mk(V_T, 3), 4))),
    ("struct{}{}", Iface(new_struct(()), mk(new_struct(())))),
    ('struct{ A int; b string }{1, "x"}',
     Iface(fields(("A", INT), ("b", STRING)), mk(fields(("A", INT), ("b", STRING)), 1, b"x"))),
    ("Floats{0.1, 0.1}", Iface(FLOATS, mk(FLOATS, to_f32(0.1), 0.1))),
    ("[]Pt{{1, 2}, {3, 4}}", Iface(new_slice(PT), slice_of([mk(PT, 1, 2), mk(PT, 3, 4)]))),
    ("[]*Person{nil}", Iface(new_slice(P_PERSON), slice_of([None]))),
    ("[]Color{0, 1, 5}", Iface(new_slice(COLOR), slice_of([0, 1, 5]))),
    ("[]Celsius{36.6, -40}", Iface(new_slice(CELSIUS), slice_of([36.6, -40.0]))),
    ("[]*PtrStr{{1}, nil}", Iface(new_slice(new_pointer(PTRSTR)), slice_of([mk(PTRSTR, 1), None]))),
    ("[]PtrStr{{1}}", Iface(new_slice(PTRSTR), slice_of([mk(PTRSTR, 1)]))),
    ("[]Panicky{1, 2}", Iface(new_slice(PANICKY), slice_of([1, 2]))),
    ("[]any{Color(2), MyInt(4), Panicky(0)}",
     Iface(new_slice(EMPTY_INTERFACE), slice_of([Iface(COLOR, 2), Iface(MYINT, 4), Iface(PANICKY, 0)]))),
    ("[]GoS{1}", Iface(new_slice(GOS), slice_of([1]))),
    ("(func(int) string)(nil)", Iface(new_signature((INT,), (STRING,)), None)),
    ("(chan int)(nil)", Iface(new_chan(INT), None)),
    ("(*int)(nil)", Iface(new_pointer(INT), None)),
    ("(map[string]bool)(nil)", Iface(new_map(STRING, BOOL), NIL_MAP)),
    ("[]*int{nil}", Iface(new_slice(new_pointer(INT)), slice_of([None]))),
]
matrix(COMPOSITE_FORMATS, COMPOSITES)

METHOD_FORMATS = ["%v", "%+v", "%#v", "%s", "%d", "%x", "%X", "%q", "%T", "%8v|", "%-8s|", "%.2v", "%5.1f", "%t"]
METHOD_VALUES: list[Arg] = [
    ("Celsius(36.6)", Iface(CELSIUS, 36.6)),
    ("Color(1)", Iface(COLOR, 1)),
    ("Color(7)", Iface(COLOR, 7)),
    ("&PtrStr{5}", Iface(new_pointer(PTRSTR), mk(PTRSTR, 5))),
    ("PtrStr{5}", Iface(PTRSTR, mk(PTRSTR, 5))),
    ("(*PtrStr)(nil)", Iface(new_pointer(PTRSTR), None)),
    ("Panicky(1)", Iface(PANICKY, 1)),
    ("PanicErr(1)", Iface(PANICERR, 1)),
    ("V{3}", Iface(V_T, mk(V_T, 3))),
    ("&V{3}", Iface(new_pointer(V_T), mk(V_T, 3))),
    ("(*V)(nil)", Iface(new_pointer(V_T), None)),
    ("&MyErr{7}", Iface(new_pointer(MYERR), mk(MYERR, 7))),
    ("(*MyErr)(nil)", Iface(new_pointer(MYERR), None)),
    ("GoS(1)", Iface(GOS, 1)),
    ("Fmter(5)", Iface(FMTER, 5)),
    ("Date(4)", Iface(DATE, 4)),
    ("HasV{&V{8}, 1}", Iface(HASV, mk(HASV, mk(V_T, 8), 1))),
    ("HasV{}", Iface(HASV, mk(HASV))),
    ("Both(0)", Iface(BOTH, 0)),
    ("BadS(9)", Iface(BADS, 9)),
    ('errors.New("plain")', err_new("plain")),
    ("MyInt(-3)", Iface(MYINT, -3)),
    ('MyStr("ms")', Iface(MYSTR, b"ms")),
]
matrix(METHOD_FORMATS, METHOD_VALUES)
matrix(["%+5.2v", "% -#08.3x", "%[1]v"], [("Fmter(5)", Iface(FMTER, 5))])

# -- Printf argument handling and errors -----------------------------------------

pf("%d %d", i(1))
pf("%d", i(1), i(2))
pf("%d", i(1), NIL, s("x"))
pf("%s")
pf("no verbs", i(1), s("a"))
pf("%[2]d %[1]d", i(1), i(2))
pf("%[3]d", i(1), i(2))
pf("%[0]d", i(1))
pf("%[1]d %d", i(1), i(2))
pf("%[2]d %d", i(1), i(2), i(3))
pf("%[2]*[1]d", i(12), i(5))
pf("%[1]*d", i(5), i(7))
pf("%[x]d", i(1))
pf("%[1", i(1))
pf("%[]d", i(1))
pf("%[-1]d", i(1))
pf("%[2]d%d", i(1), i(2))
pf("%*d", i(5), i(42))
pf("%-*d|", i(5), i(42))
pf("%*d|", i(-5), i(42))
pf("%0*d", i(-5), i(42))
pf("%*d", s("x"), i(42))
pf("%*d", i(10000000), i(42))
pf("%*d", i(3, UINT8), i(42))
pf("%*d", f64(3.0), i(42))
pf("%.*d", i(3), i(7))
pf("%.*d", i(-3), i(7))
pf("%.*f", i(2), f64(3.14159))
pf("%*.*f|", i(8), i(2), f64(3.14159))
pf("%*", i(1))
pf("%.*", i(1))
pf("%")
pf("%-")
pf("%10")
pf("%.")
pf("%.d", i(5))
pf("%.f", f64(2.5))
pf("%z", i(1))
pf("%z", s("x"))
pf("%!", i(1))
pf("%é", i(1))
pf(b"%\xff", i(1))
pf("%d", NIL)
pf("%v", NIL)
pf("%s", NIL)
pf("%T", NIL)
pf("%5v|", NIL)
pf("%p", NIL)
pf("%x", NIL)
pf("%%")
pf("%5%")
pf("%-5%|", i(1))
pf("%w", err_new_arg := ('errors.New("e")', err_new("e")))
pf("%w", i(1))
pf("%w", NIL)
pf("%10z|", i(5))
pf("%+q", i(0x1F600, INT32))
pf("%d %s %v", i(1), s("x"), bl(True))
pf("%v %v %v %v", i(1), f64(2.0), s("three"), NIL)
pf("%-10v|%10v|", s("left"), s("right"))
pf("%x %X", s("hello"), by(b"hello"))
pf("%6.2f%%", f64(99.5))
pf("%3c|%-3c|", i(0x41, INT32), i(0x42, INT32))
pf("%v", ("[]interface{}{1, []int{2}, map[string]any{\"k\": nil}}",
          Iface(new_slice(EMPTY_INTERFACE), slice_of([Iface(INT, 1), Iface(INTS, slice_of([2])),
                                                      Iface(new_map(STRING, EMPTY_INTERFACE), {b"k": None})]))))
pf("%#v", ("[]any{nil}", Iface(new_slice(EMPTY_INTERFACE), slice_of([None]))))
pf("%#v", ("map[string]any{\"a\": 1, \"b\": \"x\"}",
           Iface(new_map(STRING, EMPTY_INTERFACE), {b"a": Iface(INT, 1), b"b": Iface(STRING, b"x")})))
pf("%v|%6.2v|%-8v|", ("[]float64{1, 2.5}", Iface(new_slice(FLOAT64), slice_of([1.0, 2.5]))),
   ("[]float64{3.14159}", Iface(new_slice(FLOAT64), slice_of([3.14159]))), ("[]int{1}", Iface(INTS, slice_of([1]))))
pf("%6v|", ("[]Panicky{1, 2}", Iface(new_slice(PANICKY), slice_of([1, 2]))))
pf("%6v|%v", ("[]Panicky{1}", Iface(new_slice(PANICKY), slice_of([1]))), i(3))
pf("%s %v", err_new_arg, ("fmt.Errorf(\"w: %w\", errors.New(\"e\"))",
                          gofmt.Errorf(b"w: %w", slice_of([err_new("e")]))))


def pr(*args: Arg) -> None:
    CASES.append(("Sprint", None, list(args)))


def pl(*args: Arg) -> None:
    CASES.append(("Sprintln", None, list(args)))


for fn in (pr, pl):
    fn()
    fn(i(1), i(2))
    fn(s("a"), s("b"))
    fn(s("a"), i(1), i(2), s("b"), s("c"), f64(3.5), NIL, NIL, bl(True))
    fn(("MyStr(\"x\")", Iface(MYSTR, b"x")), i(1), ("MyStr(\"y\")", Iface(MYSTR, b"y")))
    fn(i(1), s("x"), i(2))
    fn(by(b"xy"), by(b"z"))
    fn(f64(1e6), f64(1e-5), f32(0.1), f64(100000.0), f64(123456.0), f64(1234567.0))
    fn(('Person{"Alice", 30}', Iface(PERSON, alice)), ('&Person{"Bob", 5}', Iface(P_PERSON, person("Bob", 5))))
    fn(err_new_arg, ("Color(2)", Iface(COLOR, 2)), ("Panicky(1)", Iface(PANICKY, 1)))
    fn(("(*PtrStr)(nil)", Iface(new_pointer(PTRSTR), None)), ("(*V)(nil)", Iface(new_pointer(V_T), None)))
    fn(("map[string]int{\"b\": 2, \"a\": 1}", Iface(new_map(STRING, INT), {b"b": 2, b"a": 1})))
