package main

import (
	"errors"
	"fmt"
	"io"
)

type gs struct{ n int }

func (g gs) GoString() string { return fmt.Sprintf("gs<%d>", g.n) }
func (g gs) String() string   { return "gs" }

type verbose struct{}

func (verbose) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "{%c w=%d/%v p=%d/%v plus=%v minus=%v sharp=%v zero=%v space=%v dir=%s}",
		verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '), fmt.FormatString(f, verb))
}

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("one: %w", base)
	e2 := fmt.Errorf("two: %w and %w", e1, io.EOF)
	e3 := fmt.Errorf("plain: %v", base)
	e4 := fmt.Errorf("nil: %w", nil)
	e5 := fmt.Errorf("notanerror: %w", 42)
	e6 := fmt.Errorf("dup: %w %w", base, base)
	for _, e := range []error{e1, e2, e3, e4, e5, e6} {
		fmt.Printf("%T %q is(base)=%v is(EOF)=%v unwrap=%v\n", e, e.Error(), errors.Is(e, base), errors.Is(e, io.EOF), errors.Unwrap(e))
	}
	if u, ok := e2.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap())
	}
	if u, ok := e6.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Printf("%v %+v %#v %s %d\n", gs{1}, gs{2}, gs{3}, []gs{{4}}, gs{5})
	fmt.Printf("%v|%+8.2x|%-#q|%05d|% s|%.3v\n", verbose{}, verbose{}, verbose{}, verbose{}, verbose{}, verbose{})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	var st fmt.Stringer = gs{}
	var gst fmt.GoStringer = gs{}
	fmt.Println(st.String(), gst.GoString())
}
