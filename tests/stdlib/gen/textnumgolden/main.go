// Command golden writes golden test data for gomem's Go-exact stdlib emulation
// (src/gomem/stdlib/{utf8,gostrconv,gostrings,gomath}.py) by running the real
// Go 1.23 implementations on deterministic pseudo-random inputs.
//
// Usage (from tests/stdlib/gen): go run ./textnumgolden -out ../data/textnum [-scale N]
//
// Every output file is gzip'd text, one case per line:
//
//	Name <TAB> arg... <TAB> => <TAB> result...
//
// with each value type-tagged: s:<hex bytes>, i:<decimal>, b:true|false,
// f:<hex float64 bits>, c:<char>, l:<count>:<hex>,<hex>,... (a []string, nil
// and empty both as "l:0:"), r:<decimal list> (a []rune or range pairs), e:<error
// message or empty for nil>.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"
)

var rng = rand.New(rand.NewSource(20240601))

type out struct {
	f  *os.File
	gz *gzip.Writer
	w  *bufio.Writer
}

func create(dir, name string) *out {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		panic(err)
	}
	gz, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	return &out{f, gz, bufio.NewWriterSize(gz, 1<<16)}
}

func (o *out) close() {
	o.w.Flush()
	o.gz.Close()
	o.f.Close()
}

func (o *out) line(name string, args []string, res []string) {
	o.w.WriteString(name)
	for _, a := range args {
		o.w.WriteByte('\t')
		o.w.WriteString(a)
	}
	o.w.WriteString("\t=>")
	for _, r := range res {
		o.w.WriteByte('\t')
		o.w.WriteString(r)
	}
	o.w.WriteByte('\n')
}

func S(s string) string { return "s:" + hex.EncodeToString([]byte(s)) }
func I(i int64) string  { return "i:" + strconv.FormatInt(i, 10) }
func U(u uint64) string { return "i:" + strconv.FormatUint(u, 10) }
func B(b bool) string   { return "b:" + strconv.FormatBool(b) }
func F(f float64) string {
	return "f:" + strconv.FormatUint(math.Float64bits(f), 16)
}
func C(c byte) string { return "c:" + string(c) }
func E(err error) string {
	if err == nil {
		return "e:"
	}
	return "e:" + hex.EncodeToString([]byte(err.Error()))
}
func L(a []string) string {
	parts := make([]string, len(a))
	for i, s := range a {
		parts[i] = hex.EncodeToString([]byte(s))
	}
	return "l:" + strconv.Itoa(len(a)) + ":" + strings.Join(parts, ",")
}
func R(rs []int) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = strconv.Itoa(r)
	}
	return "r:" + strings.Join(parts, ",")
}

func a(xs ...string) []string { return xs }

// ---------------------------------------------------------------- inputs

var pieces = []string{
	"a", "b", "c", "A", "B", "x", "X", "k", "K", "s", "S", "z", "0", "1", "9",
	" ", " ", "\t", "\n", "\r", "\v", "\f", "\x1c", "_", "-", ",", ".", "\"", "\\", "'", "`",
	"\x00", "\x07", "\x7f", "\x1b", "ab", "aba", "  ",
	"é", "É", "ß", "ſ", "\u212a", "ǅ", "ǆ", "Ǆ", "\u0085", "\u00a0", "\u2000", "\u200a",
	"\u3000", "\u1680", "\u2028", "\u200b", "世", "界", "\U0001F600", "\ufeff", "\ufffd",
	"\u00ad", "\u0301", "Σ", "σ", "ς", "İ", "ı", "ﬀ", "\u1e9e", "\u2126", "ω", "Ω",
	"\U00010400", "\U00010428", "\u0345", "ι", "\u1fbe", "µ", "Μ", "μ", "ÿ", "Ÿ",
	"\u00e0", "\u2160", "\u24b6", "\U0001e900", "\U000e0001", "\U0010ffff", "\u0378",
	"\xff", "\xfe", "\xc0", "\xc1\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"\xf0\x9f", "\xe2\x80", "\x80", "\xbf", "\xe2", "\xc2", "\xf0\x9f\x98", "\xf8\x88\x80\x80\x80",
}

func randString(maxPieces int) string {
	n := rng.Intn(maxPieces + 1)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return sb.String()
}

func randBytes(n int) string {
	b := make([]byte, rng.Intn(n+1))
	for i := range b {
		switch rng.Intn(4) {
		case 0:
			b[i] = byte(rng.Intn(256))
		case 1:
			b[i] = byte(0x80 + rng.Intn(64))
		case 2:
			b[i] = byte(0xc0 + rng.Intn(64))
		default:
			b[i] = byte(0x20 + rng.Intn(95))
		}
	}
	return string(b)
}

func specialFloats() []float64 {
	fs := []float64{
		0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, -2.5,
		3.5, 0.05, 0.15, 0.25, 0.35, 1e21, 1e20, 1e22, 1e23, 123456789, 1234567, 123456, 999999, 999999.5,
		9999995, 1e6, 1e7, 1e-4, 1e-5, 0.0001234, 0.00001234, 5e-324, 1e-323, 2.2250738585072014e-308,
		2.225073858507201e-308, math.MaxFloat64, -math.MaxFloat64, 1 << 53, 1<<53 + 2, 1 << 63, 1 << 64,
		9007199254740993, 0.125, 0.375, 0.625, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 100, 1e15, 1e16, 1e17,
		123.456, -123.456, 1e100, 1e-100, 1e300, 1e-300, 4.9406564584124654e-324, 0.1 + 0.2,
		float64(math.MaxFloat32), float64(math.SmallestNonzeroFloat32), 3.4028235677973366e38,
		16777216, 16777217, 33554432, 1.17549435e-38, 7.038531e-26, 9.5, 10.5, 0.95, 0.995, 99.5,
		1.25, 1.35, 2.675, 1e-7, 5e-7, 0.5e-6, 8.41e21, 5e-310, 1.5e-323,
	}
	for k := 0; k < 12; k++ {
		fs = append(fs, float64(k)+0.5, float64(k)*0.125, math.Ldexp(1, k*97-1074), -math.Ldexp(3, k*60-500))
	}
	return fs
}

func randFloatBits() float64 {
	for {
		f := math.Float64frombits(rng.Uint64())
		if !math.IsNaN(f) {
			return f
		}
	}
}

func randFloat32() float32 {
	for {
		f := math.Float32frombits(rng.Uint32())
		if !math.IsNaN(float64(f)) {
			return f
		}
	}
}

func randNice() float64 {
	m := rng.Int63n(1000000000)
	if rng.Intn(2) == 0 {
		m = rng.Int63n(1000)
	}
	e := rng.Intn(40) - 20
	f := float64(m) * math.Pow(10, float64(e))
	if rng.Intn(2) == 0 {
		f = -f
	}
	return f
}

// ---------------------------------------------------------------- ftoa

func genFtoa(dir string, scale int) {
	o := create(dir, "ftoa.tsv.gz")
	defer o.close()
	var vals []float64
	vals = append(vals, specialFloats()...)
	for i := 0; i < 700*scale; i++ {
		vals = append(vals, randFloatBits(), randNice(), float64(randFloat32()))
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 17, 18, 19, 20, 25, 30, 40}
	for _, v := range vals {
		for _, bs := range []int{64, 32} {
			for _, f := range []byte{'e', 'f', 'g'} {
				o.line("FormatFloat", a(F(v), C(f), I(-1), I(int64(bs))), a(S(strconv.FormatFloat(v, f, -1, bs))))
			}
		}
		for k := 0; k < 6; k++ {
			f := fmts[rng.Intn(len(fmts))]
			p := precs[rng.Intn(len(precs))]
			bs := 64
			if rng.Intn(3) == 0 {
				bs = 32
			}
			if f == 'f' && math.Abs(v) > 1e30 && p > 5 {
				p = 5
			}
			o.line("FormatFloat", a(F(v), C(f), I(int64(p)), I(int64(bs))), a(S(strconv.FormatFloat(v, f, p, bs))))
		}
	}
	for _, f := range []byte{'v', 'F', 'z'} {
		o.line("FormatFloat", a(F(1.5), C(f), I(3), I(64)), a(S(strconv.FormatFloat(1.5, f, 3, 64))))
	}
	// Exact ties under fixed precision.
	for i := 0; i < 300*scale; i++ {
		m := rng.Int63n(100000)*2 + 1
		e := -rng.Intn(12) - 1
		v := math.Ldexp(float64(m), e)
		for _, p := range []int{0, 1, 2, 3, 4, 5, 6} {
			o.line("FormatFloat", a(F(v), C('f'), I(int64(p)), I(64)), a(S(strconv.FormatFloat(v, 'f', p, 64))))
			o.line("FormatFloat", a(F(v), C('e'), I(int64(p)), I(64)), a(S(strconv.FormatFloat(v, 'e', p, 64))))
			o.line("FormatFloat", a(F(v), C('g'), I(int64(p)), I(32)), a(S(strconv.FormatFloat(v, 'g', p, 32))))
		}
	}
	// Many float32 shortest conversions (ryu port).
	for i := 0; i < 4000*scale; i++ {
		v := float64(randFloat32())
		if i%4 == 0 {
			v = float64(float32(randNice()))
		}
		if i%4 == 1 {
			v = float64(float32(rng.Int63n(1 << 40)))
		}
		o.line("FormatFloat", a(F(v), C('g'), I(-1), I(32)), a(S(strconv.FormatFloat(v, 'g', -1, 32))))
	}
	for i := 0; i < 4000*scale; i++ {
		v := randFloatBits()
		if i%3 == 0 {
			v = randNice()
		}
		o.line("FormatFloat", a(F(v), C('g'), I(-1), I(64)), a(S(strconv.FormatFloat(v, 'g', -1, 64))))
	}
}

// ---------------------------------------------------------------- println

func genPrintln(dir string, scale int) {
	var vals []float64
	vals = append(vals, specialFloats()...)
	for i := 0; i < 1000*scale; i++ {
		vals = append(vals, randFloatBits(), randNice(), float64(randFloat32()))
	}
	tmp := filepath.Join(dir, "println.tmp")
	f, err := os.Create(tmp)
	if err != nil {
		panic(err)
	}
	saved, _ := syscall.Dup(2)
	if err := syscall.Dup3(int(f.Fd()), 2, 0); err != nil {
		panic(err)
	}
	for _, v := range vals {
		println(v)
	}
	syscall.Dup3(saved, 2, 0)
	f.Close()
	data, _ := os.ReadFile(tmp)
	os.Remove(tmp)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != len(vals) {
		panic("println line count mismatch")
	}
	o := create(dir, "println.tsv.gz")
	defer o.close()
	for i, v := range vals {
		o.line("println", a(F(v)), a(S(lines[i])))
	}
}

// ---------------------------------------------------------------- atof / atoi

func floatStrings(scale int) []string {
	ss := []string{
		"", "0", "-0", "+0", "1", "+1", "-1", "1.5", ".5", "5.", ".", "-.", "+.5", "1e10", "1E10", "1e+10",
		"1e-10", "1e", "1e+", "1e-", "e10", "1.5e", "0x1p0", "0x1p-2", "0X1P+2", "0x1.8p1", "0x.8p1",
		"0x1", "0x1.8", "0xp1", "0x", "0x1p", "0x1_0p0", "0x_1p0", "0x1__0p0", "1_000", "1_000.5",
		"1__0", "_1", "1_", "1_.5", "1._5", "0_1", "1e1_0", "1e_10", "0x1p1_0", "inf", "Inf", "INF",
		"+inf", "-inf", "infinity", "-Infinity", "+INFINITY", "infin", "infinit", "infinityx", "infx",
		"nan", "NaN", "NAN", "+nan", "-nan", "nanx", "na", "in", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "1.797693134862315807e308", "2e308",
		"-2e308", "1e309", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-324",
		"1e-400", "1e-99999999999", "1e99999999999", "0.000000000000000000000000001e27",
		"340282346638528859811704183484516925440", "3.4028235e38", "3.4028236e38", "3.40282357e38",
		"3.4028235677973366e38", "3.4028235677973367e38", "1.4e-45", "7e-46", "7.1e-46",
		"0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p1023", "0x1p1024", "0x1.fffffffffffffp1023",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023", "0x1p-149", "0x1p-150",
		"0x1.000001p0", "0x1.0000010000000001p0", "0x1.0000008p0", "0x1.0000018p0",
		"0x123456789abcdef0123p0", "0x.000000000000000000001p0", "00000000001", "000.000e5",
		" 1", "1 ", "1x", "--1", "+-1", "1.2.3", "0.1e-1_0", "100000000000000016777215",
		"100000000000000016777216", "9007199254740993", "9007199254740992.5",
		"1.00000005960464477539062500000000000000000001", "1.000000059604644775390625",
		"1.0000000596046447753906249999", "2.2250738585072011e-308", "2.2250738585072012e-308",
		"0." + strings.Repeat("0", 400) + "1e400", "1" + strings.Repeat("0", 500) + "e-500",
		"0." + strings.Repeat("0", 20000) + "1e20001", "1e-10000", "1e10000",
	}
	for i := 0; i < 800*scale; i++ {
		// Random syntax soup.
		var sb strings.Builder
		alpha := []string{"0", "1", "5", "9", ".", "e", "E", "-", "+", "_", "x", "p", "a", "f", "i", "n"}
		n := rng.Intn(8) + 1
		for j := 0; j < n; j++ {
			sb.WriteString(alpha[rng.Intn(len(alpha))])
		}
		ss = append(ss, sb.String())
	}
	for i := 0; i < 1500*scale; i++ {
		// Decimal strings at / near halfway points of float32 and float64.
		var lo, hi float64
		bs := 32
		if i%2 == 0 {
			f := randFloat32()
			if math.IsInf(float64(f), 0) {
				continue
			}
			f = float32(math.Abs(float64(f)))
			lo = float64(f)
			hi = float64(math.Nextafter32(f, float32(math.Inf(1))))
		} else {
			bs = 64
			f := math.Abs(randFloatBits())
			if math.IsInf(f, 0) {
				continue
			}
			lo, hi = f, math.Nextafter(f, math.Inf(1))
		}
		_ = bs
		if math.IsInf(hi, 0) {
			continue
		}
		mid := new(big.Float).SetPrec(2000).SetFloat64(lo)
		mid.Add(mid, new(big.Float).SetPrec(2000).SetFloat64(hi))
		mid.Quo(mid, big.NewFloat(2))
		exact := mid.Text('e', -1)
		ss = append(ss, exact)
		m, e, _ := strings.Cut(exact, "e")
		ss = append(ss, m+"1e"+e, m[:len(m)-1]+"e"+e)
		if len(m) > 12 {
			ss = append(ss, m[:len(m)-3]+"e"+e, m[:12]+"e"+e)
		}
	}
	for i := 0; i < 800*scale; i++ {
		v := randFloatBits()
		ss = append(ss, strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'x', -1, 64),
			strconv.FormatFloat(v, 'e', rng.Intn(20), 64), strconv.FormatFloat(randNice(), 'f', rng.Intn(10), 64),
			strconv.FormatFloat(v, 'x', rng.Intn(16), 64))
	}
	return ss
}

func intStrings(scale int) []string {
	ss := []string{
		"", "0", "-0", "+0", "1", "-1", "+1", "12a", "a12", "-", "+", "--1", "0x", "0x1f", "0X1F", "0b101",
		"0B101", "0o17", "0O17", "017", "08", "0_1", "1_000", "1__000", "_1", "1_", "0x_1f", "0_x1f",
		"0b", "0o", "00", "007", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999x",
		"999999999999999999", "-999999999999999999", "1234567890123456789", "12345678901234567890",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "127",
		"128", "-128", "-129", "255", "256", "32767", "32768", "65535", "65536", "zz", "ZZ", "z",
		"0xffffffffffffffff", "0x10000000000000000", "-0x8000000000000000", "0x7fffffffffffffff",
		"1e3", "1.0", " 1", "1 ", "١٢", "0x1p3", "123456789012345678", "+123456789012345678",
		"-1234567890123456789",
	}
	digits := "0123456789abcdefxXoObB_-+zZ"
	for i := 0; i < 1500*scale; i++ {
		var sb strings.Builder
		n := rng.Intn(22) + 1
		for j := 0; j < n; j++ {
			if rng.Intn(3) == 0 {
				sb.WriteByte(digits[rng.Intn(len(digits))])
			} else {
				sb.WriteByte(byte('0' + rng.Intn(10)))
			}
		}
		ss = append(ss, sb.String())
		ss = append(ss, strconv.FormatInt(rng.Int63()>>uint(rng.Intn(63)), 10))
	}
	return ss
}

func genAtof(dir string, scale int) {
	o := create(dir, "atof.tsv.gz")
	defer o.close()
	for _, s := range floatStrings(scale) {
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bs)
			o.line("ParseFloat", a(S(s), I(int64(bs))), a(F(v), E(err)))
		}
	}
}

func genAtoi(dir string, scale int) {
	o := create(dir, "atoi.tsv.gz")
	defer o.close()
	bases := []int{0, 10, 2, 8, 16, 36, 3, 1, 37, -1}
	sizes := []int{0, 64, 32, 16, 8, 1, 65, -1}
	for i, s := range intStrings(scale) {
		v, err := strconv.Atoi(s)
		o.line("Atoi", a(S(s)), a(I(int64(v)), E(err)))
		for k := 0; k < 3; k++ {
			base, bs := 10, 64
			if k > 0 || i%2 == 1 {
				base = bases[rng.Intn(len(bases))]
				bs = sizes[rng.Intn(len(sizes))]
			}
			iv, err := strconv.ParseInt(s, base, bs)
			o.line("ParseInt", a(S(s), I(int64(base)), I(int64(bs))), a(I(iv), E(err)))
			uv, err := strconv.ParseUint(s, base, bs)
			o.line("ParseUint", a(S(s), I(int64(base)), I(int64(bs))), a(U(uv), E(err)))
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", " true"} {
		v, err := strconv.ParseBool(s)
		o.line("ParseBool", a(S(s)), a(B(v), E(err)))
	}
	ints := []int64{0, 1, -1, 35, 36, -36, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, 255, -255}
	for i := 0; i < 500*scale; i++ {
		ints = append(ints, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for _, v := range ints {
		for base := 2; base <= 36; base += 1 + rng.Intn(6) {
			o.line("FormatInt", a(I(v), I(int64(base))), a(S(strconv.FormatInt(v, base))))
			o.line("FormatUint", a(U(uint64(v)), I(int64(base))), a(S(strconv.FormatUint(uint64(v), base))))
		}
		o.line("Itoa", a(I(v)), a(S(strconv.Itoa(int(v)))))
	}
}

// ---------------------------------------------------------------- quote

func genQuote(dir string, scale int) {
	o := create(dir, "quote.tsv.gz")
	defer o.close()
	var ss []string
	for i := 0; i < 1500*scale; i++ {
		ss = append(ss, randString(8))
		if i%3 == 0 {
			ss = append(ss, randBytes(10))
		}
	}
	// Every rune class once: a sweep over the BMP and a sample above it.
	var sb strings.Builder
	for r := rune(0); r < 0x30000; r += rune(1 + rng.Intn(7)) {
		sb.WriteRune(r)
		if sb.Len() > 200 {
			ss = append(ss, sb.String())
			sb.Reset()
		}
	}
	ss = append(ss, sb.String())
	for _, s := range ss {
		o.line("Quote", a(S(s)), a(S(strconv.Quote(s))))
		o.line("QuoteToASCII", a(S(s)), a(S(strconv.QuoteToASCII(s))))
		o.line("QuoteToGraphic", a(S(s)), a(S(strconv.QuoteToGraphic(s))))
		o.line("CanBackquote", a(S(s)), a(B(strconv.CanBackquote(s))))
		q := strconv.Quote(s)
		for _, in := range []string{q, "`" + s + "`", "'" + s + "'", "\"" + s + "\"", s} {
			v, err := strconv.Unquote(in)
			o.line("Unquote", a(S(in)), a(S(v), E(err)))
		}
	}
	unq := []string{
		`"\a\b\f\n\r\t\v\\\""`, `"\x41\u00e9\U0001F600"`, `"\101\377"`, `"\400"`, `"\x4"`, `"\u12"`,
		`"\ud800"`, `"\U00110000"`, `"\'"`, `'\"'`, `'\''`, `'ab'`, `'a'`, `''`, `'\x80'`, `'é'`,
		`"abc`, `abc"`, `"a"b"`, "\"a\nb\"", "`a\nb`", "`a\r\nb`", "`a`b`", `"\q"`, `"\`, `"`, ``,
		`"\0"`, `"\08"`, `'\u00e9'`, "'\xff'", "\"\xff\"", `"\xff"`, `'\xff'`, `'\377'`, "'\ufffd'",
	}
	for _, in := range unq {
		v, err := strconv.Unquote(in)
		o.line("Unquote", a(S(in)), a(S(v), E(err)))
		p, err := strconv.QuotedPrefix(in + "tail")
		o.line("QuotedPrefix", a(S(in+"tail")), a(S(p), E(err)))
	}
	runes := []int{-1, 0, 7, 9, 10, 13, 27, 31, 32, '\'', '"', '\\', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0x301,
		0x2028, 0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff, 0x110000, 1 << 30}
	for i := 0; i < 400*scale; i++ {
		runes = append(runes, rng.Intn(0x110000))
	}
	for _, r := range runes {
		o.line("QuoteRune", a(I(int64(r))), a(S(strconv.QuoteRune(rune(r)))))
		o.line("QuoteRuneToASCII", a(I(int64(r))), a(S(strconv.QuoteRuneToASCII(rune(r)))))
		o.line("QuoteRuneToGraphic", a(I(int64(r))), a(S(strconv.QuoteRuneToGraphic(rune(r)))))
		o.line("IsPrint", a(I(int64(r))), a(B(strconv.IsPrint(rune(r)))))
		o.line("IsGraphic", a(I(int64(r))), a(B(strconv.IsGraphic(rune(r)))))
	}
	for _, s := range []string{"12a", "", "\xff", "a\"b", "é\n"} {
		_, err := strconv.Atoi(s)
		o.line("AtoiError", a(S(s)), a(E(err)))
	}
}

// ---------------------------------------------------------------- utf8

func genUTF8(dir string, scale int) {
	o := create(dir, "utf8.tsv.gz")
	defer o.close()
	var ss []string
	for i := 0; i < 2000*scale; i++ {
		ss = append(ss, randString(6), randBytes(8))
	}
	// All 1-byte strings, 2-byte strings around the boundaries, and 3/4-byte
	// strings for every lead byte >= 0xC0.
	for b0 := 0; b0 < 256; b0++ {
		ss = append(ss, string([]byte{byte(b0)}))
		for _, b1 := range []int{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff} {
			ss = append(ss, string([]byte{byte(b0), byte(b1)}))
			if b0 < 0xc0 && b0%16 != 0 {
				continue
			}
			for _, b2 := range []int{0x41, 0x80, 0xbf, 0xc0} {
				ss = append(ss, string([]byte{byte(b0), byte(b1), byte(b2)}), string([]byte{byte(b0), byte(b1), byte(b2), 0x80}),
					string([]byte{byte(b0), byte(b1), byte(b2), 0x41}))
			}
		}
	}
	for _, s := range ss {
		r, n := utf8.DecodeRuneInString(s)
		o.line("DecodeRune", a(S(s)), a(I(int64(r)), I(int64(n))))
		r, n = utf8.DecodeLastRuneInString(s)
		o.line("DecodeLastRune", a(S(s)), a(I(int64(r)), I(int64(n))))
		o.line("RuneCount", a(S(s)), a(I(int64(utf8.RuneCountInString(s)))))
		o.line("Valid", a(S(s)), a(B(utf8.ValidString(s))))
		o.line("FullRune", a(S(s)), a(B(utf8.FullRuneInString(s))))
		var pairs []int
		for i, r := range s {
			pairs = append(pairs, i, int(r))
		}
		o.line("Range", a(S(s)), a(R(pairs)))
		var rs []int
		for _, r := range []rune(s) {
			rs = append(rs, int(r))
		}
		o.line("StringToRunes", a(S(s)), a(R(rs)))
	}
	vals := []int{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -0x80000000, 0x7fffffff}
	for i := 0; i < 300*scale; i++ {
		vals = append(vals, rng.Intn(0x120000)-0x100)
	}
	for _, v := range vals {
		o.line("RuneToString", a(I(int64(v))), a(S(string(rune(v)))))
		o.line("RuneLen", a(I(int64(v))), a(I(int64(utf8.RuneLen(rune(v))))))
		o.line("ValidRune", a(I(int64(v))), a(B(utf8.ValidRune(rune(v)))))
		o.line("EncodeRune", a(I(int64(v))), a(S(string(utf8.AppendRune(nil, rune(v))))))
	}
	for i := 0; i < 300*scale; i++ {
		n := rng.Intn(6)
		rs := make([]rune, n)
		ri := make([]int, n)
		for j := range rs {
			rs[j] = rune(vals[rng.Intn(len(vals))])
			ri[j] = int(rs[j])
		}
		o.line("RunesToString", a(R(ri)), a(S(string(rs))))
	}
}

// ---------------------------------------------------------------- strings

func genStrings(dir string, scale int) {
	o := create(dir, "strings.tsv.gz")
	defer o.close()
	for i := 0; i < 1500*scale; i++ {
		s := randString(10)
		t := randString(2)
		if i%3 == 0 && len(s) > 0 {
			x, y := rng.Intn(len(s)+1), rng.Intn(len(s)+1)
			if x > y {
				x, y = y, x
			}
			t = s[x:y]
		}
		u := randString(2)
		n := int64(rng.Intn(6) - 1)
		r := rune(0)
		if rs := []rune(t); len(rs) > 0 {
			r = rs[0]
		} else {
			r = rune(rng.Intn(0x110000))
		}
		if i%7 == 0 {
			r = []rune{utf8.RuneError, -1, 0xd800, 0x110000, 'a'}[rng.Intn(5)]
		}
		c := byte(rng.Intn(256))
		if len(s) > 0 && i%2 == 0 {
			c = s[rng.Intn(len(s))]
		}
		o.line("Fields", a(S(s)), a(L(strings.Fields(s))))
		o.line("Split", a(S(s), S(t)), a(L(strings.Split(s, t))))
		o.line("SplitN", a(S(s), S(t), I(n)), a(L(strings.SplitN(s, t, int(n)))))
		o.line("SplitAfter", a(S(s), S(t)), a(L(strings.SplitAfter(s, t))))
		o.line("SplitAfterN", a(S(s), S(t), I(n)), a(L(strings.SplitAfterN(s, t, int(n)))))
		o.line("ToUpper", a(S(s)), a(S(strings.ToUpper(s))))
		o.line("ToLower", a(S(s)), a(S(strings.ToLower(s))))
		o.line("ToTitle", a(S(s)), a(S(strings.ToTitle(s))))
		o.line("Trim", a(S(s), S(t)), a(S(strings.Trim(s, t))))
		o.line("TrimLeft", a(S(s), S(t)), a(S(strings.TrimLeft(s, t))))
		o.line("TrimRight", a(S(s), S(t)), a(S(strings.TrimRight(s, t))))
		o.line("TrimSpace", a(S(s)), a(S(strings.TrimSpace(s))))
		o.line("TrimPrefix", a(S(s), S(t)), a(S(strings.TrimPrefix(s, t))))
		o.line("TrimSuffix", a(S(s), S(t)), a(S(strings.TrimSuffix(s, t))))
		o.line("Index", a(S(s), S(t)), a(I(int64(strings.Index(s, t)))))
		o.line("LastIndex", a(S(s), S(t)), a(I(int64(strings.LastIndex(s, t)))))
		o.line("IndexByte", a(S(s), I(int64(c))), a(I(int64(strings.IndexByte(s, c)))))
		o.line("LastIndexByte", a(S(s), I(int64(c))), a(I(int64(strings.LastIndexByte(s, c)))))
		o.line("IndexRune", a(S(s), I(int64(r))), a(I(int64(strings.IndexRune(s, r)))))
		o.line("IndexAny", a(S(s), S(t)), a(I(int64(strings.IndexAny(s, t)))))
		o.line("LastIndexAny", a(S(s), S(t)), a(I(int64(strings.LastIndexAny(s, t)))))
		o.line("Contains", a(S(s), S(t)), a(B(strings.Contains(s, t))))
		o.line("ContainsRune", a(S(s), I(int64(r))), a(B(strings.ContainsRune(s, r))))
		o.line("ContainsAny", a(S(s), S(t)), a(B(strings.ContainsAny(s, t))))
		o.line("Count", a(S(s), S(t)), a(I(int64(strings.Count(s, t)))))
		o.line("Repeat", a(S(t), I(n+1)), a(S(strings.Repeat(t, int(n+1)))))
		o.line("Replace", a(S(s), S(t), S(u), I(n)), a(S(strings.Replace(s, t, u, int(n)))))
		o.line("ReplaceAll", a(S(s), S(t), S(u)), a(S(strings.ReplaceAll(s, t, u))))
		o.line("EqualFold", a(S(s), S(t)), a(B(strings.EqualFold(s, t))))
		o.line("EqualFold", a(S(s), S(strings.ToUpper(s))), a(B(strings.EqualFold(s, strings.ToUpper(s)))))
		o.line("EqualFold", a(S(strings.ToLower(s)), S(strings.ToTitle(s))), a(B(strings.EqualFold(strings.ToLower(s), strings.ToTitle(s)))))
		o.line("HasPrefix", a(S(s), S(t)), a(B(strings.HasPrefix(s, t))))
		o.line("HasSuffix", a(S(s), S(t)), a(B(strings.HasSuffix(s, t))))
		o.line("Compare", a(S(s), S(t)), a(I(int64(strings.Compare(s, t)))))
		b, af, f := strings.Cut(s, t)
		o.line("Cut", a(S(s), S(t)), a(S(b), S(af), B(f)))
		af, f = strings.CutPrefix(s, t)
		o.line("CutPrefix", a(S(s), S(t)), a(S(af), B(f)))
		b, f = strings.CutSuffix(s, t)
		o.line("CutSuffix", a(S(s), S(t)), a(S(b), B(f)))
		o.line("ToValidUTF8", a(S(s), S(u)), a(S(strings.ToValidUTF8(s, u))))
	}
}

// ---------------------------------------------------------------- math

//go:noinline
func conv(f float64) []string {
	return a(I(int64(f)), I(int64(int32(f))), I(int64(int16(f))), I(int64(int8(f))),
		U(uint64(f)), U(uint64(uint32(f))), U(uint64(uint16(f))), U(uint64(uint8(f))),
		F(float64(float32(f))))
}

func mathInputs(scale int) []float64 {
	xs := specialFloats()
	xs = append(xs, 0.7071067811865476, 0.7071067811865475, 1.4142135623730951, 1.414213562373095,
		math.Pi/4, math.Pi/2, math.Pi, 2*math.Pi, 1<<29, 1<<29 - 1, 1<<29 + 1, 1e9, 1e10, 1e15, 1e18, 1e19,
		1e22, 1e200, -1e200, 709.78, 709.79, -708, -745, -745.2, -746, 1024, 1023.99, -1074, -1075, 21, 22,
		0.5, 0.625, 0.66, 2.414, 2.5, 44, 45, 0.7, 1 + 1e-15, 1 - 1e-16, 2e-29, 3e-55, 1e-320)
	for i := 0; i < 250*scale; i++ {
		xs = append(xs, rng.Float64()*20-10, rng.Float64()*2-1, rng.Float64()*2000-1000, randFloatBits(),
			math.Ldexp(rng.Float64(), rng.Intn(80)-40), float64(rng.Intn(2000)-1000), rng.Float64()*1400-700)
	}
	return xs
}

func genMath(dir string, scale int) {
	o := create(dir, "math.tsv.gz")
	defer o.close()
	xs := mathInputs(scale)
	unary := map[string]func(float64) float64{
		"Abs": math.Abs, "Acos": math.Acos, "Acosh": math.Acosh, "Asin": math.Asin, "Asinh": math.Asinh,
		"Atan": math.Atan, "Atanh": math.Atanh, "Cbrt": math.Cbrt, "Ceil": math.Ceil, "Cos": math.Cos,
		"Cosh": math.Cosh, "Exp": math.Exp, "Exp2": math.Exp2, "Expm1": math.Expm1, "Floor": math.Floor,
		"Log": math.Log, "Log10": math.Log10, "Log1p": math.Log1p, "Log2": math.Log2, "Logb": math.Logb,
		"Round": math.Round, "RoundToEven": math.RoundToEven, "Sin": math.Sin, "Sinh": math.Sinh,
		"Sqrt": math.Sqrt, "Tan": math.Tan, "Tanh": math.Tanh, "Trunc": math.Trunc,
	}
	for _, name := range sortedKeys(unary) {
		f := unary[name]
		for _, x := range xs {
			arg := x
			switch name {
			case "Acos", "Asin", "Atanh":
				if rng.Intn(2) == 0 {
					arg = math.Mod(x, 1)
				}
			case "Acosh":
				if rng.Intn(2) == 0 {
					arg = math.Abs(x) + 1
				}
			}
			o.line(name, a(F(arg)), a(F(f(arg))))
		}
	}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		o.line("Frexp", a(F(x)), a(F(fr), I(int64(e))))
		ip, fp := math.Modf(x)
		o.line("Modf", a(F(x)), a(F(ip), F(fp)))
		o.line("Ilogb", a(F(x)), a(I(int64(math.Ilogb(x)))))
		s, c := math.Sincos(x)
		o.line("Sincos", a(F(x)), a(F(s), F(c)))
		o.line("Signbit", a(F(x)), a(B(math.Signbit(x))))
		o.line("IsNaN", a(F(x)), a(B(math.IsNaN(x))))
		for _, sg := range []int{-1, 0, 1} {
			o.line("IsInf", a(F(x), I(int64(sg))), a(B(math.IsInf(x, sg))))
		}
		o.line("Conv", a(F(x)), conv(x))
		f32 := float32(x)
		o.line("Float32bits", a(F(float64(f32))), a(I(int64(math.Float32bits(f32)))))
		n := rng.Intn(4200) - 2100
		if rng.Intn(2) == 0 {
			n = rng.Intn(200) - 100
		}
		o.line("Ldexp", a(F(x), I(int64(n))), a(F(math.Ldexp(x, n))))
		o.line("Pow10", a(I(int64(n/6))), a(F(math.Pow10(n/6))))
	}
	binary := map[string]func(float64, float64) float64{
		"Atan2": math.Atan2, "Copysign": math.Copysign, "Dim": math.Dim, "Hypot": math.Hypot,
		"Max": math.Max, "Min": math.Min, "Mod": math.Mod, "Nextafter": math.Nextafter, "Pow": math.Pow,
		"Remainder": math.Remainder,
	}
	specials := specialFloats()[:20]
	specials = append(specials, 3, -3, 0.5, -0.5, 2, -2, 1e300, -1e300, 1e-300, 1<<53, 1<<63, -(1 << 63), 1.5, 7)
	for _, name := range sortedKeys(binary) {
		f := binary[name]
		for _, x := range specials {
			for _, y := range specials {
				o.line(name, a(F(x), F(y)), a(F(f(x, y))))
			}
		}
		for i := 0; i < 1500*scale; i++ {
			x, y := xs[rng.Intn(len(xs))], xs[rng.Intn(len(xs))]
			if name == "Pow" && i%3 == 0 {
				x = math.Abs(x)
				y = rng.Float64()*40 - 20
			}
			if name == "Pow" && i%3 == 1 {
				y = float64(rng.Intn(60) - 30)
			}
			o.line(name, a(F(x), F(y)), a(F(f(x, y))))
		}
	}
	for i := 0; i < 1000*scale; i++ {
		x, y, z := xs[rng.Intn(len(xs))], xs[rng.Intn(len(xs))], xs[rng.Intn(len(xs))]
		o.line("FMA", a(F(x), F(y), F(z)), a(F(math.FMA(x, y, z))))
		x32, y32 := float32(x), float32(y)
		o.line("Nextafter32", a(F(float64(x32)), F(float64(y32))), a(F(float64(math.Nextafter32(x32, y32)))))
	}
	o.line("NaN", a(), a(F(math.NaN())))
	o.line("ConstPi", a(), a(F(math.Pi), F(4/math.Pi), F(3*math.Pi/4), F(1/math.Ln10), F(1/math.Ln2), F(math.Ln2)))
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	dir := flag.String("out", ".", "output directory")
	scale := flag.Int("scale", 1, "multiply the number of random cases")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		panic(err)
	}
	genFtoa(*dir, *scale)
	genPrintln(*dir, *scale)
	genAtof(*dir, *scale)
	genAtoi(*dir, *scale)
	genQuote(*dir, *scale)
	genUTF8(*dir, *scale)
	genStrings(*dir, *scale)
	genMath(*dir, *scale)
	fmt.Fprintln(os.Stdout, "ok")
}
