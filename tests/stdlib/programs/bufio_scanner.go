// bufio.Scanner: the four split functions (called directly too), custom split functions,
// Buffer and token limits, every Scanner error, ErrFinalToken, and the panics.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// trickle returns one byte per Read, so tokens straddle reads.
type trickle struct{ data []byte }

func (t *trickle) Read(p []byte) (int, error) {
	if len(t.data) == 0 {
		return 0, eof()
	}
	p[0] = t.data[0]
	t.data = t.data[1:]
	return 1, nil
}

func eof() error {
	_, err := bytes.NewReader(nil).Read(make([]byte, 1))
	return err
}

type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 1, nil }

type silent struct{}

func (silent) Read(p []byte) (int, error) { return 0, nil }

type broken struct{ sent bool }

func (b *broken) Read(p []byte) (int, error) {
	if !b.sent {
		b.sent = true
		return copy(p, "partial line"), nil
	}
	return 0, errors.New("connection reset")
}

func scanAll(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: [%s] err=%v\n", name, strings.Join(toks, " "), sc.Err())
}

func src(s string) *bytes.Buffer { return bytes.NewBufferString(s) }

func main() {
	scanAll("lines", bufio.NewScanner(src("one\ntwo\r\n\nthree\r")))
	scanAll("lines trailing newline", bufio.NewScanner(src("a\nb\n")))
	scanAll("lines empty input", bufio.NewScanner(src("")))
	scanAll("lines trickle", bufio.NewScanner(&trickle{data: []byte("x\r\ny\nzz")}))

	sc := bufio.NewScanner(src("  hello  wörld\u00a0\u3000tabs\there\n "))
	sc.Split(bufio.ScanWords)
	scanAll("words", sc)
	sc = bufio.NewScanner(&trickle{data: []byte("a bb ccc")})
	sc.Split(bufio.ScanWords)
	scanAll("words trickle", sc)

	sc = bufio.NewScanner(src("a世\xff\xe4\xb8"))
	sc.Split(bufio.ScanRunes)
	scanAll("runes", sc)
	sc = bufio.NewScanner(&trickle{data: []byte("世界")})
	sc.Split(bufio.ScanRunes)
	scanAll("runes trickle", sc)

	sc = bufio.NewScanner(src("ab\n"))
	sc.Split(bufio.ScanBytes)
	scanAll("bytes", sc)

	// the split functions called directly
	for _, in := range []string{"", "abc", "abc\n", "ab\r\ncd", "\r", " x y", "   "} {
		for _, atEOF := range []bool{false, true} {
			a1, t1, e1 := bufio.ScanLines([]byte(in), atEOF)
			a2, t2, e2 := bufio.ScanWords([]byte(in), atEOF)
			if in == "" && !atEOF {
				continue // ScanRunes and ScanBytes index data[0]: see the panics below
			}
			a3, t3, e3 := bufio.ScanRunes([]byte(in), atEOF)
			a4, t4, e4 := bufio.ScanBytes([]byte(in), atEOF)
			fmt.Printf("%q %v | %d %q %v %v | %d %q %v %v | %d %q %v | %d %q %v\n", in, atEOF,
				a1, t1, t1 == nil, e1, a2, t2, t2 == nil, e2, a3, t3, e3, a4, t4, e4)
		}
	}
	a, t, e := bufio.ScanRunes([]byte("\xe4\xb8"), false)
	fmt.Println(a, t, e)
	a, t, e = bufio.ScanRunes([]byte("\xe4\xb8"), true)
	fmt.Println(a, t, e)

	// custom split: comma separated, ErrFinalToken at "STOP"
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(src("a,b,,c"))
	sc.Split(commas)
	scanAll("commas", sc)
	sc = bufio.NewScanner(src("a,STOP,c,d"))
	sc.Split(commas)
	scanAll("final token", sc)
	fmt.Println(sc.Scan())
	// ErrFinalToken with a nil token stops without one more token
	sc = bufio.NewScanner(src("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, bufio.ErrFinalToken })
	scanAll("final nil", sc)
	// ... and with an empty non-nil token, yields it
	sc = bufio.NewScanner(src("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, bufio.ErrFinalToken })
	scanAll("final empty", sc)

	// split function errors
	sc = bufio.NewScanner(src("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("custom failure") })
	scanAll("custom error", sc)
	sc = bufio.NewScanner(src("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative advance", sc)
	sc = bufio.NewScanner(src("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
	scanAll("advance too far", sc)
	fmt.Println(bufio.ErrNegativeAdvance == nil, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken)

	// reader errors
	scanAll("bad read count", bufio.NewScanner(liar{}))
	scanAll("no progress", bufio.NewScanner(silent{}))
	scanAll("broken", bufio.NewScanner(&broken{}))

	// token size limits
	long := strings.Repeat("x", 70000)
	sc = bufio.NewScanner(src("short\n" + long + "\nafter"))
	scanAll("too long", sc)
	fmt.Println(sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(src(long + "\nafter"))
	sc.Buffer(make([]byte, 100), 100000)
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(len(sc.Text()), len(sc.Bytes()))
	}
	fmt.Println(n, sc.Err())
	sc = bufio.NewScanner(src("12345678901234567890\nab"))
	sc.Buffer(make([]byte, 0, 4), 10)
	scanAll("small max", sc)
	fmt.Println(bufio.MaxScanTokenSize)

	// Bytes aliases the buffer; Text copies
	sc = bufio.NewScanner(src("first\nsecond\n"))
	sc.Scan()
	b := sc.Bytes()
	t1 := sc.Text()
	sc.Scan()
	fmt.Printf("%q %q %q\n", b, t1, sc.Text())

	// ScanRunes and ScanBytes on empty data before EOF index out of range
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bufio.ScanRunes([]byte{}, false)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bufio.ScanBytes(nil, false)
	}()

	// an empty token at EOF forever: Go panics after 100 of them
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(src(""))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		for sc.Scan() {
		}
	}()
	s := bufio.NewScanner(src("a"))
	s.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Split(bufio.ScanWords)
	}()
	s.Buffer(nil, 10)
}
