package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+12", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "1_000", "0x1F", "abc", "", " 1", "1 ", "٣", "12345678901234567890123"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type pcase struct {
		s    string
		base int
		bits int
	}
	for _, c := range []pcase{{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x_1F", 0, 64}, {"0b1010", 0, 16}, {"0o17", 0, 8},
		{"017", 0, 8}, {"z", 36, 64}, {"Z", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"1__0", 0, 64}, {"_10", 0, 64},
		{"-0x8000000000000000", 0, 64}, {"ff", 16, 0}, {"-", 10, 64}, {"+", 10, 64}, {"1", 10, 1}, {"-1", 10, 1}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("Parse(%q,%d,%d) = %d %v | %d %v\n", c.s, c.base, c.bits, i, err, u, uerr)
	}
	for _, s := range []string{"3.14", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "0x1p-2", "0x1.8p1", "inf", "-Inf", "+INFINITY", "nan", "NaN",
		"1_000.5", "1.2.3", ".5", "5.", "1e", "0.1", "3.4028235e38", "3.5e38", "1.401298464324817e-45", "7e-46", "123456789012345678901234567890"} {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat(%q) = %v %v | %v %v\n", s, f64, err64, f32, err32)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789, 1.0 / 3, 2.5, 3.5, -0.000123, 5e-324, math.MaxFloat64, math.Inf(1), math.NaN(), 100, 1e-7} {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 3, 17} {
				fmt.Print(strconv.FormatFloat(f, fm, prec, 64), " ")
			}
			fmt.Print(strconv.FormatFloat(f, fm, -1, 32), " ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(1, 'z', -1, 64))
	for _, i := range []int64{0, 7, -7, 35, 255, -256, math.MaxInt64, math.MinInt64} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(i, base), " ")
		}
		fmt.Println(strconv.FormatUint(uint64(i), 16), strconv.Itoa(int(i)))
	}
	for _, s := range []string{"", "abc", "a\"b\\c", "tab\there", "\x00\x7f\xff", "日本", "\u2028", "emoji😀", "\u00ad"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', '☺', 0x10ffff, -1, 0xd800, 0x110000} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"abc"`, `"a\tb\u00e9\x41\101"`, "`raw\\n`", `'x'`, `'\n'`, `'ab'`, `"unterminated`, `"bad\q"`, `""`, `"\xff"`, "'\u263a'", `"a"b`} {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "rest")
		fmt.Printf("%q %v | %q %v\n", u, err, p, perr)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`'x`, '\'')
	fmt.Println(v, mb, tail, err)

	b := make([]byte, 0, 4)
	b = strconv.AppendInt(b, -42, 10)
	fmt.Println(string(b), len(b), cap(b))
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b), len(b), cap(b))
	b = strconv.AppendQuote(b, "hi\n")
	fmt.Println(string(b), len(b), cap(b))
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	b = strconv.AppendUint(b, 7, 2)
	b = strconv.AppendQuoteRune(b, 'é')
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b), len(b), cap(b))
	var nb []byte
	nb = strconv.AppendQuote(nb, "abcdefgh")
	fmt.Println(string(nb), len(nb), cap(nb))

	_, err = strconv.Atoi("x9")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	fmt.Printf("%v|%s|%T\n", err, err, err)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err.Error())
	_, err = strconv.ParseInt("7", 99, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err))
	e2 := &strconv.NumError{Func: "Custom", Num: "q\"q", Err: errors.New("boom")}
	fmt.Println(e2, strconv.IntSize)
	wrapped := fmt.Errorf("wrap: %w", e2)
	fmt.Println(wrapped, errors.As(wrapped, &ne), ne.Func)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(1, 1))
}
