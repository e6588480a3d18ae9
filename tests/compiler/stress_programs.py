"""Generators of large and deeply nested Go programs (compiler limits, issue 5).

Each shape is a function of a size n that returns the source of a complete `package main`
program whose output depends on every part of the generated code (so a miscompiled part
shows in the output). ``CASES`` names the (shape, size) pairs the test suite runs; their
outputs from real Go are stored in ``stress_golden/`` by ``regen_stress.py``.

Run as a script to write one program:  python tests/compiler/stress_programs.py SHAPE N
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def _main(body: str, decls: str = "") -> str:
    return f"package main\n\n{decls}\nfunc main() {{\n{body}\n}}\n"


def sum_chain(n: int) -> str:
    """x := a + a + ... + a: a left-deep tree of n-1 additions (int, wraps)."""
    terms = " + ".join(["a"] * n)
    return _main(f"\ta := 1 << 60\n\tb := 3\n\tx := {terms}\n\ty := {' - '.join(['b'] * n)}\n\tprintln(x, y)")


def mixed_chain(n: int) -> str:
    """Alternating + - * ^ of variables and calls: a deep tree of mixed operators."""
    ops = ["+", "-", "*", "^", "|", "&^"]
    parts = ["v(0)"]
    for i in range(1, n):
        parts.append(f" {ops[i % len(ops)]} v({i % 7})")
    return _main(f"\tx := {''.join(parts)}\n\tprintln(x)",
                 "func v(i int) int { return i*7919 + 13 }\n")


def right_chain(n: int) -> str:
    """a + (a + (a + ...)): a right-deep tree of n-1 additions written with parentheses."""
    e = "a"
    for _ in range(n - 1):
        e = f"a + ({e})"
    return _main(f"\ta := 5\n\tx := {e}\n\tprintln(x)")


def str_concat(n: int) -> str:
    """s := a + b + a + ...: one concatenation of n strings."""
    terms = " + ".join("a" if i % 2 == 0 else "b" for i in range(n))
    return _main(f'\ta, b := "x", "yz"\n\ts := {terms}\n\tprintln(len(s), s[len(s)-5:])')


def const_sum(n: int) -> str:
    """A constant expression of n terms (folded by the checker)."""
    terms = " + ".join(str(i % 10) for i in range(n))
    return _main(f"\tconst c = {terms}\n\tprintln(c)")


def bool_chain(n: int) -> str:
    """b := x > 0 && x > 1 || ... : a long chain of && and ||."""
    parts = ["x > 0"]
    for i in range(1, n):
        parts.append(f" {'&&' if i % 3 else '||'} x != {i}")
    return _main(f"\tx := 7\n\tb := {''.join(parts)}\n\tprintln(b)")


def parens(n: int) -> str:
    """((((a)))) and ((((1)))) nested n deep."""
    return _main(f"\ta := 41\n\tx := {'(' * n}a{')' * n} + 1\n\ty := {'(' * n}1{')' * n}\n\tprintln(x, y)")


def paren_sum(n: int) -> str:
    """((((a + 1) + 1) + 1) ...): nested parentheses each around an addition."""
    e = "a"
    for _ in range(n):
        e = f"({e} + 1)"
    return _main(f"\ta := 0\n\tx := {e}\n\tprintln(x)")


def unary_chain(n: int) -> str:
    """- - - x and ^ ^ ^ x and ! ! ! b nested n deep."""
    return _main(f"\tx := 3\n\tb := true\n\ty := {'- ' * n}x\n\tz := {'^' * n}x\n\tc := {'!' * n}b\n\tprintln(y, z, c)")


def nested_calls(n: int) -> str:
    """f(f(f(...f(0)...))): calls nested n deep."""
    return _main(f"\tx := {'f(' * n}0{')' * n}\n\tprintln(x)", "func f(x int) int { return x + 1 }\n")


def nested_index(n: int) -> str:
    """a[a[a[...a[0]...]]]: index expressions nested n deep."""
    return _main(f"\ta := []int{{1, 2, 0}}\n\tx := {'a[' * n}0{']' * n}\n\tprintln(x)")


def elseif_chain(n: int) -> str:
    """if x == 0 {...} else if x == 1 {...} ... with n branches, hit at several points."""
    lines = ["func pick(x int) int {"]
    for i in range(n):
        lines.append(f"\t{'if' if i == 0 else '} else if'} x == {i} {{\n\t\treturn {i * 3}")
    lines.append("\t} else {\n\t\treturn -1\n\t}\n}\n")
    return _main(f"\tprintln(pick(0), pick({n // 2}), pick({n - 1}), pick({n}))", "\n".join(lines))


def elseif_assign(n: int) -> str:
    """An else-if chain whose branches assign (no returns): control falls out of the chain."""
    lines = ["func pick(x int) int {", "\tr := 0"]
    for i in range(n):
        lines.append(f"\t{'if' if i == 0 else '} else if'} x == {i} {{\n\t\tr = {i * 5}")
    lines.append("\t} else {\n\t\tr = -1\n\t}\n\treturn r + 1\n}\n")
    return _main(f"\tprintln(pick(0), pick({n // 2}), pick({n - 1}), pick({n}))", "\n".join(lines))


def nested_if(n: int) -> str:
    """if x > 0 { if x > 1 { ... } } nested n deep, with statements on the way down and up."""
    down = []
    up = []
    for i in range(n):
        ind = "\t" * (i + 1)
        down.append(f"{ind}s += {i % 10}\n{ind}if x > {i} {{")
        up.append(f"{ind}}}")
    body = "\n".join(down) + "\n" + "\t" * (n + 1) + "s *= 2\n" + "\n".join(reversed(up))
    return _main(f"\tx := {n}\n\ts := 0\n{body}\n\tprintln(s)")


def nested_blocks(n: int) -> str:
    """{ { { ... } } } nested n deep, each block declaring a shadowing variable."""
    down = []
    for i in range(n):
        down.append(f"{{ v := v + {i % 3};")
    inner = "s += v"
    return _main(f"\tv, s := 1, 0\n\t{' '.join(down)}\n\t{inner}\n\t{'}' * n}\n\tprintln(s, v)")


def nested_for(n: int) -> str:
    """for loops nested n deep (each runs once except the outermost two)."""
    down = []
    for i in range(n):
        lim = 3 if i < 2 else 1
        down.append(f"for i{i} := 0; i{i} < {lim}; i{i}++ {{")
    return _main(f"\tc := 0\n\t{' '.join(down)}\n\tc++\n\t{'}' * n}\n\tprintln(c)")


def nested_for_break(n: int) -> str:
    """Labeled loops nested n deep; the innermost breaks and continues outer labels."""
    down = []
    for i in range(n):
        down.append(f"L{i}: for i{i} := 0; i{i} < 2; i{i}++ {{ if c > 1000 {{ break L{i} }};")
    inner = (f"c++\n\tif c%3 == 0 {{ continue L{n // 2} }}\n\tif c > 5 {{ break L0 }}\n\t"
             f"if c%2 == 0 {{ continue L{n - 1} }}\n\tif c == 1 {{ continue L1 }}")
    return _main(f"\tc := 0\n\t{' '.join(down)}\n\t{inner}\n\t{'}' * n}\n\tprintln(c)")


def nested_range(n: int) -> str:
    """range loops nested n deep over a one-element slice, with defer in the innermost."""
    down = [f"for k{i}, v{i} := range one {{ _, _ = k{i}, v{i};" for i in range(n)]
    return _main(f"\tone := []int{{1}}\n\tc := 0\n\t{' '.join(down)}\n\tc += v0 + v{n - 1}\n\t{'}' * n}\n\tprintln(c)")


def nested_switch(n: int) -> str:
    """switch statements nested n deep, each with fallthrough at some levels."""
    down = []
    for i in range(n):
        down.append(f"switch {{ case x > {i}:")
    return _main(f"\tx := {n}\n\tc := 0\n\t{' '.join(down)}\n\tc++\n\t{' '.join(['}'] * n)}\n\tprintln(c)")


def switch_cases(n: int) -> str:
    """One expression switch with n cases (some with fallthrough and lists)."""
    lines = ["func pick(x int) int {", "\tr := 0", "\tswitch x {"]
    for i in range(n):
        if i % 50 == 7:
            lines.append(f"\tcase {2 * i}, {2 * i + 1}:\n\t\tr += {i}\n\t\tfallthrough")
        else:
            lines.append(f"\tcase {2 * i}:\n\t\tr += {i}")
    lines.append("\tdefault:\n\t\tr = -1\n\t}\n\treturn r\n}\n")
    return _main(f"\tprintln(pick(0), pick(15), pick({n}), pick({2 * n - 2}), pick({2 * n + 1}))", "\n".join(lines))


def string_switch(n: int) -> str:
    """A switch on strings with n cases."""
    lines = ["func pick(x string) int {", "\tswitch x {"]
    for i in range(n):
        lines.append(f'\tcase "k{i}":\n\t\treturn {i}')
    lines.append("\t}\n\treturn -1\n}\n")
    return _main(f'\tprintln(pick("k0"), pick("k{n // 2}"), pick("k{n - 1}"), pick("zz"))', "\n".join(lines))


def type_switch(n: int) -> str:
    """A type switch with n cases over n named types."""
    decls = "\n".join(f"type T{i} int" for i in range(n))
    lines = [decls, "func pick(x any) int {", "\tswitch v := x.(type) {"]
    for i in range(n):
        lines.append(f"\tcase T{i}:\n\t\treturn int(v) + {i}")
    lines.append("\t}\n\treturn -1\n}\n")
    return _main(f"\tprintln(pick(T0(1)), pick(T{n // 2}(1)), pick(T{n - 1}(1)), pick(1))", "\n".join(lines))


def nested_closures(n: int) -> str:
    """func() { func() { ... }() }() nested n deep; the innermost updates a captured variable."""
    down = []
    for i in range(n):
        down.append(f"func() {{ d{i} := {i % 5}; c += d{i};")
    uses = " + ".join(f"d{i}" for i in range(0, n, max(1, n // 20)))
    return _main(f"\tc := 0\n\t{' '.join(down)}\n\tc += 1 + {uses}\n\t{'}() ' * n}\n\tprintln(c)")


def closure_values(n: int) -> str:
    """f := func(x int) int { return x + 1 } chained: n closures each calling the previous."""
    lines = ["\tf0 := func(x int) int { return x + 1 }"]
    for i in range(1, n):
        lines.append(f"\tf{i} := func(x int) int {{ return f{i - 1}(x) + {i % 4} }}")
    return _main("\n".join(lines) + f"\n\tprintln(f{n - 1}(0))")


def many_stmts(n: int) -> str:
    """A function with n assignment statements."""
    body = "\n".join(f"\tx = x*31 + {i}\n\tx ^= x >> 7" for i in range(n // 2))
    return _main(f"\tx := 1\n{body}\n\tprintln(x)")


def many_locals(n: int) -> str:
    """A function with n distinct local variables, all live at the end."""
    decl = "\n".join(f"\tv{i} := {i} * k" for i in range(n))
    total = " + ".join(f"v{i}" for i in range(0, n, max(1, n // 50)))
    return _main(f"\tk := 2\n{decl}\n\tprintln({total})\n\t_ = v0" + "".join(f"\n\t_ = v{i}" for i in range(n)))


def many_params(n: int) -> str:
    """A function with n parameters and n results."""
    params = ", ".join(f"p{i} int" for i in range(n))
    results = ", ".join("int" for _ in range(n))
    rets = ", ".join(f"p{i} + 1" for i in range(n))
    args = ", ".join(str(i) for i in range(n))
    names = ", ".join(f"r{i}" for i in range(n))
    return _main(f"\t{names} := f({args})\n\tprintln(r0, r{n - 1})" + "".join(f"\n\t_ = r{i}" for i in range(n)),
                 f"func f({params}) ({results}) {{\n\treturn {rets}\n}}\n")


def many_funcs(n: int) -> str:
    """n top-level functions, each calling the next."""
    decls = "\n".join(f"func f{i}(x int) int {{ return f{i + 1}(x) + {i % 3} }}" for i in range(n - 1))
    decls += f"\nfunc f{n - 1}(x int) int {{ return x }}\n"
    return _main("\tprintln(f0(1))", decls)


def many_globals(n: int) -> str:
    """n package variables initialized from each other (initialization order)."""
    decls = "\n".join(f"var g{i} = g{i + 1} + {i % 3}" for i in range(n - 1))
    decls += f"\nvar g{n - 1} = 1\n"
    return _main("\tprintln(g0)", decls)


def slice_literal(n: int) -> str:
    """[]int{...} with n elements."""
    elems = ", ".join(str(i * 7 % 1000) for i in range(n))
    return _main(f"\ts := []int{{{elems}}}\n\tt := 0\n\tfor _, v := range s {{ t += v }}\n\tprintln(len(s), t, s[{n - 1}])")


def var_slice_literal(n: int) -> str:
    """[]int{x, x+1, ...} with n non-constant elements, and a map literal with n entries."""
    elems = ", ".join(f"x+{i % 10}" for i in range(n))
    ents = ", ".join(f'"k{i}": x*{i % 10}' for i in range(n))
    return _main(f"\tx := 3\n\ts := []int{{{elems}}}\n\tm := map[string]int{{{ents}}}\n\tt := 0\n"
                 "\tfor _, v := range s { t += v }\n\tfor _, v := range m { t += v }\n"
                 f"\tprintln(len(s), len(m), t)")


def string_slice_literal(n: int) -> str:
    """[]string{...} with n elements, and a [n]byte array literal."""
    elems = ", ".join(f'"s{i}"' for i in range(n))
    arr = ", ".join(str(i % 256) for i in range(n))
    return _main(f"\ts := []string{{{elems}}}\n\tvar a = [{n}]byte{{{arr}}}\n\tt := 0\n"
                 "\tfor _, v := range a { t += int(v) }\n"
                 f"\tprintln(len(s), s[{n - 1}], t)")


def struct_literal(n: int) -> str:
    """A struct type with n fields and a keyed literal of it."""
    fields = "\n".join(f"\tF{i} int" for i in range(n))
    vals = ", ".join(f"F{i}: {i}" for i in range(0, n, 2))
    return _main(f"\tv := S{{{vals}}}\n\tprintln(v.F0, v.F{n - 2 - (n % 2)}, v.F{n - 1})",
                 f"type S struct {{\n{fields}\n}}\n")


def nested_literal(n: int) -> str:
    """A linked list literal &N{v, &N{v, ...}} nested n deep."""
    e = "nil"
    for i in range(n):
        e = f"&N{{{i % 10}, {e}}}"
    return _main(f"\tl := {e}\n\tt, c := 0, 0\n\tfor p := l; p != nil; p = p.next {{ t += p.v; c++ }}\n\tprintln(c, t)",
                 "type N struct {\n\tv    int\n\tnext *N\n}\n")


def nested_slice_literal(n: int) -> str:
    """[][]...[]int{{{...{1}...}}}: slice literal types and values nested n deep."""
    t = "[]" * n + "int"
    v = "{" * (n - 1) + "{1, 2}" + "}" * (n - 1)
    idx = "[0]" * (n - 1)
    return _main(f"\tx := {t}{v}\n\tprintln(len(x{idx}), x{idx}[1])")


def nested_any_literal(n: int) -> str:
    """[]any{1, []any{2, []any{...}}} nested n deep, walked at run time."""
    e = "nil"
    for i in range(n):
        e = f"[]any{{{i % 10}, {e}}}"
    return _main(f"\tvar x any = {e}\n\tt, c := 0, 0\n\tfor x != nil {{\n\t\ts := x.([]any)\n"
                 "\t\tt += s[0].(int)\n\t\tc++\n\t\tx = s[1]\n\t}\n\tprintln(c, t)")


def nested_struct_type(n: int) -> str:
    """struct{ a struct{ a struct{ ... } } } nested n deep; a field selected through all levels."""
    t = "struct{ v int }"
    for _ in range(n):
        t = f"struct{{ a {t} }}"
    return _main(f"\tvar x {t}\n\tx{'.a' * n}.v = 5\n\tprintln(x{'.a' * n}.v)")


def method_chain(n: int) -> str:
    """x.inc().inc().inc()...: n chained method calls."""
    return _main(f"\tvar x C\n\tprintln(int(x{'.inc()' * n}))",
                 "type C int\n\nfunc (c C) inc() C { return c + 1 }\n")


def nested_func_types(n: int) -> str:
    """func() func() ... int: a function type nested n deep, and a literal of it."""
    t = "func() int"
    e = "func() int { return 7 }"
    for _ in range(n - 1):
        e = f"func() {t} {{ return {e} }}"
        t = f"func() {t}"
    return _main(f"\tvar f {t} = {e}\n\tprintln(f{'()' * n})")


def nested_defer(n: int) -> str:
    """Defers in n nested blocks and a deep chain of deferred closures."""
    down = [f"{{ defer func() {{ c = c*3 + {i % 4} }}();" for i in range(n)]
    return _main("\tprintln(f())", f"func f() (c int) {{\n\t{' '.join(down)}\n\t{'}' * n}\n\treturn 1\n}}\n")


def goto_chain(n: int) -> str:
    """A function with n labels jumped between by goto."""
    lines = ["func f() int {", "\tc := 0", "\tgoto L0"]
    for i in range(n):
        nxt = f"L{i + 1}" if i + 1 < n else "End"
        lines.append(f"L{i}:\n\tc += {i % 5}\n\tgoto {nxt}")
    lines.append("End:\n\treturn c\n}\n")
    return _main("\tprintln(f())", "\n".join(lines))


SHAPES: dict[str, Callable[[int], str]] = {f.__name__: f for f in (
    sum_chain, mixed_chain, right_chain, str_concat, const_sum, bool_chain, parens, paren_sum,
    unary_chain, nested_calls, nested_index, elseif_chain, elseif_assign, nested_if, nested_blocks,
    nested_for, nested_for_break, nested_range, nested_switch, switch_cases, string_switch,
    type_switch, nested_closures, closure_values, many_stmts, many_locals, many_params, many_funcs,
    many_globals, slice_literal, var_slice_literal, string_slice_literal, struct_literal,
    nested_literal, nested_slice_literal, nested_any_literal, nested_struct_type, method_chain,
    nested_func_types, nested_defer, goto_chain,
)}


# (shape, size) pairs the tests run: large enough to pass CPython's limits (100 levels of
# indentation, 200 of brackets, 20 nested blocks, its parser's stack and recursion limit)
# several times over, small enough for real Go to build them in seconds
CASES: list[tuple[str, int]] = [
    ("sum_chain", 5000), ("mixed_chain", 3000), ("right_chain", 2000), ("str_concat", 1000),
    ("const_sum", 3000), ("bool_chain", 2000), ("parens", 2000), ("paren_sum", 2000),
    ("unary_chain", 1000), ("nested_calls", 1000), ("nested_index", 500), ("elseif_chain", 3000),
    ("elseif_assign", 2000), ("nested_if", 500), ("nested_blocks", 1000), ("nested_for", 100),
    ("nested_for_break", 100), ("nested_range", 100), ("nested_switch", 200),
    ("switch_cases", 3000), ("string_switch", 2000), ("type_switch", 500),
    ("nested_closures", 300), ("closure_values", 1000), ("many_stmts", 5000), ("many_locals", 3000),
    ("many_params", 1000), ("many_funcs", 2000), ("many_globals", 2000), ("slice_literal", 10000),
    ("var_slice_literal", 3000), ("string_slice_literal", 5000), ("struct_literal", 1000),
    ("nested_literal", 500), ("nested_slice_literal", 200), ("nested_any_literal", 500),
    ("nested_struct_type", 300), ("method_chain", 1000), ("nested_func_types", 100),
    ("nested_defer", 300), ("goto_chain", 1000),
]


def case_name(shape: str, n: int) -> str:
    return f"{shape}_{n}"


if __name__ == "__main__":
    sys.stdout.write(SHAPES[sys.argv[1]](int(sys.argv[2])))
