package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Celsius float64
type MyInt int8
type MyUint uint16
type Bytes []byte
type Name string
type Flag bool

// countingReader is an io.Reader (not a RuneScanner): Fscan reads it a byte at a time.
type countingReader struct {
	s     string
	calls int
}

func (r *countingReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("device error")
	}
	r.n--
	p[0] = '7'
	return 1, nil
}

// point scans itself from "(x,y)".
type point struct{ x, y int }

func (p *point) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return fmt.Errorf("point: want '(', got %q", r)
	}
	if _, err := fmt.Fscan(state, &p.x); err != nil {
		return err
	}
	tok, err := state.Token(false, func(r rune) bool { return r == ',' })
	if err != nil || string(tok) != "," {
		return fmt.Errorf("point: want ',', got %q (%v)", tok, err)
	}
	if _, err := fmt.Fscan(state, &p.y); err != nil {
		return err
	}
	if r, _, _ := state.ReadRune(); r != ')' {
		return errors.New("point: want ')'")
	}
	return nil
}

// word scans one token and reports what the state tells it.
type word struct{ s string }

func (w *word) Scan(state fmt.ScanState, verb rune) error {
	wid, ok := state.Width()
	tok, err := state.Token(true, nil)
	w.s = fmt.Sprintf("%T %c %d %v %q", state, verb, wid, ok, tok)
	if err != nil {
		return err
	}
	n, rerr := state.Read(make([]byte, 4))
	w.s += fmt.Sprint(" ", n, rerr)
	return nil
}

type eofScanner struct{}

func (eofScanner) Scan(state fmt.ScanState, verb rune) error { return io.EOF }

type dirs struct{}

func (dirs) Format(f fmt.State, verb rune) { fmt.Fprint(f, fmt.FormatString(f, verb)) }

func show(what string, n int, err error, vals ...any) {
	fmt.Printf("%-28s n=%d err=%v", what, n, err)
	for _, v := range vals {
		fmt.Printf(" %v", v)
	}
	fmt.Println()
}

func main() {
	var i int
	var j int
	var i8 int8
	var u uint
	var u8 uint8
	var f float64
	var f32 float32
	var s string
	var b []byte
	var ok bool

	n, err := fmt.Sscan("  -12 +34\n\n 0x1F", &i, &j, &u)
	show("ints", n, err, i, j, u)
	for _, in := range []string{"0b101", "0o17", "017", "1_000", "0x_1f", "-0x10", "08", "0", "+0", "-", "x", "1e3"} {
		n, err = fmt.Sscan(in, &i)
		show("int "+in, n, err, i)
	}
	for _, in := range []string{"255", "256", "-1", "+1"} {
		n, err = fmt.Sscan(in, &u8)
		show("uint8 "+in, n, err, u8)
	}
	for _, in := range []string{"127", "128", "-128", "-129", "99999999999999999999"} {
		n, err = fmt.Sscan(in, &i8)
		show("int8 "+in, n, err, i8)
	}
	for _, in := range []string{"1.5", "-2e3", "1e400", "0x1p-2", "1p3", "1.5p1", "inf", "-Inf", "nan", "1_0.5", ".5", "1e", "abc", "3.4e38", "1e39"} {
		n, err = fmt.Sscan(in, &f)
		show("float "+in, n, err, f)
		n, err = fmt.Sscan(in, &f32)
		show("float32 "+in, n, err, f32)
	}
	for _, in := range []string{"true", "TRUE", "t", "F", "false", "1", "0", "tru", "yes", "fa"} {
		ok = false
		n, err = fmt.Sscan(in, &ok)
		show("bool "+in, n, err, ok)
	}
	n, err = fmt.Sscan("héllo wörld", &s, &b)
	show("string, bytes", n, err, s, string(b), len(b), cap(b))

	var c Celsius
	var mi MyInt
	var mu MyUint
	var bs Bytes
	var nm Name
	var fl Flag
	n, err = fmt.Sscan("36.6 -5 65535 raw name true", &c, &mi, &mu, &bs, &nm, &fl)
	show("named", n, err, c, mi, mu, string(bs), len(bs), cap(bs), nm, fl)
	n, err = fmt.Sscanf("7", "%d", &c)
	show("named float %d", n, err, c)
	n, err = fmt.Sscanf("7", "%d", &f)
	show("float %d", n, err, f)

	// errors
	n, err = fmt.Sscan("1", &i, &j)
	show("short input", n, err)
	n, err = fmt.Sscan("", &i)
	show("empty", n, err)
	n, err = fmt.Sscan("   \n ", &i)
	show("blank", n, err)
	n, err = fmt.Sscan("5", i)
	show("not a pointer", n, err)
	var ints []int
	n, err = fmt.Sscan("5", &ints)
	show("slice of int", n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	show("map", n, err)
	n, err = fmt.Sscan("abc", &i)
	show("letters for int", n, err)
	n, err = fmt.Sscan("12abc", &i, &s)
	show("number then word", n, err, i, s)

	// Sscanln
	n, err = fmt.Sscanln("1 2  \n3", &i, &j)
	show("ln ok", n, err, i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	show("ln early newline", n, err)
	n, err = fmt.Sscanln("1 2 3", &i, &j)
	show("ln extra", n, err)
	n, err = fmt.Sscanln("1 2\r\n", &i, &j)
	show("ln crlf", n, err, i, j)
	n, err = fmt.Sscanln("", &i)
	show("ln empty", n, err)
	n, err = fmt.Sscanln("\n", &i)
	show("ln newline only", n, err)
	n, err = fmt.Sscanln("4", &i)
	show("ln no newline", n, err, i)

	// Sscanf
	n, err = fmt.Sscanf("age: 42, name: bob", "age: %d, name: %s", &i, &s)
	show("f literal", n, err, i, s)
	n, err = fmt.Sscanf("age= 42", "age: %d", &i)
	show("f mismatch", n, err)
	n, err = fmt.Sscanf("12345", "%3d%2d", &i, &j)
	show("f widths", n, err, i, j)
	n, err = fmt.Sscanf("abcdef", "%2s%s", &s, &nm)
	show("f string width", n, err, s, nm)
	var r1, r2, r3 rune
	n, err = fmt.Sscanf("a b", "%c%c%c", &r1, &r2, &r3)
	show("f %c", n, err, r1, r2, r3)
	n, err = fmt.Sscanf("é", "%c", &i8)
	show("f %c overflow", n, err)
	n, err = fmt.Sscanf(`"quo\"ted" `+"`raw str`", "%q %q", &s, &nm)
	show("f %q", n, err, s, nm)
	n, err = fmt.Sscanf("bare", "%q", &s)
	show("f %q bare", n, err)
	n, err = fmt.Sscanf(`"open`, "%q", &s)
	show("f %q open", n, err)
	n, err = fmt.Sscanf("48656c6c6f zz", "%x %x", &s, &b)
	show("f %x", n, err, s)
	n, err = fmt.Sscanf("4g", "%x", &s)
	show("f %x bad", n, err)
	n, err = fmt.Sscanf("ff 17 101 U+1F600", "%x %o %b %U", &i, &j, &u, &r1)
	show("f bases", n, err, i, j, u, r1)
	n, err = fmt.Sscanf("1F600", "%U", &r1)
	show("f %U bad", n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show("f %%", n, err, i)
	n, err = fmt.Sscanf("50", "%d%%", &i)
	show("f %% missing", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &i, &j)
	show("f too many", n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &i)
	show("f too few", n, err)
	n, err = fmt.Sscanf("1", "%d %", &i)
	show("f missing verb", n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	show("f newline in input", n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &j)
	show("f newline both", n, err, i, j)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &j)
	show("f newline in format", n, err)
	n, err = fmt.Sscanf("12", "%d %d", &i, &j)
	show("f space needed", n, err)
	n, err = fmt.Sscanf("1x2", "%d %d", &i, &j)
	show("f space vs x", n, err)
	n, err = fmt.Sscanf("true 1.25", "%t %e", &ok, &f)
	show("f bool float", n, err, ok, f)
	n, err = fmt.Sscanf("1", "%s", &ok)
	show("f bad verb bool", n, err)
	n, err = fmt.Sscanf("1", "%s", &i)
	show("f bad verb int", n, err)
	n, err = fmt.Sscanf("1", "%d", &s)
	show("f bad verb string", n, err)
	n, err = fmt.Sscanf("1", "%d", &f32)
	show("f bad verb float32", n, err)
	n, err = fmt.Sscanf("", "%d", &i)
	show("f empty", n, err)
	n, err = fmt.Sscanf("", "x%d", &i)
	show("f empty literal", n, err)
	n, err = fmt.Sscanf("5", "%d %d", &i, &j)
	show("f short", n, err)
	n, err = fmt.Sscanf("abc", "abc")
	show("f no verbs", n, err)
	n, err = fmt.Sscanf("héllo", "h%cllo", &r1)
	show("f rune in literal", n, err, string(r1))

	// readers that are not RuneScanners lose the rune read past a token
	cr := &countingReader{s: "12x34"}
	n, err = fmt.Fscan(cr, &i)
	show("Fscan reader 1", n, err, i, cr.calls)
	n, err = fmt.Fscan(cr, &j)
	show("Fscan reader 2", n, err, j, cr.calls)
	sr := strings.NewReader("12x34")
	n, err = fmt.Fscan(sr, &i)
	show("Fscan RuneScanner 1", n, err, i, sr.Len())
	n, err = fmt.Fscan(sr, &j)
	show("Fscan RuneScanner 2", n, err, sr.Len())
	n, err = fmt.Fscan(&failingReader{2}, &i)
	show("failing reader", n, err, i)
	n, err = fmt.Fscanln(strings.NewReader("1 2\n3 4\n"), &i, &j)
	show("Fscanln", n, err, i, j)
	lines := strings.NewReader("10 20\n30 40\n")
	for {
		n, err := fmt.Fscanln(lines, &i, &j)
		if err != nil {
			show("Fscanln loop end", n, err)
			break
		}
		show("Fscanln loop", n, err, i, j)
	}
	n, err = fmt.Fscanf(strings.NewReader("3-4"), "%d-%d", &i, &j)
	show("Fscanf", n, err, i, j)
	n, err = fmt.Sscan("\xffz", &s)
	show("invalid utf8", n, err, []byte(s))

	// Scanners
	var p, q point
	n, err = fmt.Sscan(" (1,2) (3,-4)", &p, &q)
	show("Scanner", n, err, p, q)
	n, err = fmt.Sscan("(1;2)", &p)
	show("Scanner error", n, err)
	n, err = fmt.Sscan("", &p)
	show("Scanner at EOF", n, err)
	var w word
	n, err = fmt.Sscanf("hello world", "%5v", &w)
	show("Scanner state", n, err, w.s)
	n, err = fmt.Sscan("x", eofScanner{})
	show("Scanner io.EOF", n, err)

	// stdin is /dev/null here
	n, err = fmt.Scan(&i)
	show("Scan stdin", n, err)
	n, err = fmt.Scanln(&i)
	show("Scanln stdin", n, err)
	n, err = fmt.Scanf("%d", &i)
	show("Scanf stdin", n, err)
	n, err = fmt.Fscan(os.Stdin, &i)
	show("Fscan os.Stdin", n, err)

	// Append and FormatString
	buf := make([]byte, 0, 4)
	buf = fmt.Append(buf, "a", 1, 2, "b")
	fmt.Printf("%q %d\n", buf, cap(buf))
	buf = fmt.Appendf(buf, "|%05.1f|", 3.14159)
	buf = fmt.Appendln(buf, "end", 9)
	fmt.Printf("%q\n", buf)
	fmt.Printf("%q\n", fmt.Append(nil))
	fmt.Printf("[%v] [%+-8.3x] [% #0d] [%5q] [%.0s] [%é]\n", dirs{}, dirs{}, dirs{}, dirs{}, dirs{}, dirs{})
}
