package main

import "io"

// After an erroneous type, nothing that follows from it is reported (gc's rule).

type F func(b T) // T is a function, not a type

func T(fn F) {
	fn(nil)
}

type I interface{ m() int }

type U int

var _ I = U(0)

func (U) m(buf []byte) (a int, b undefinedType) {
	return 0, nil
}

func echo(fd io.ReadWriterCloser) {
	var buf [8]byte
	n, err := fd.Read(buf[:])
	if err != nil && n > 0 {
		return
	}
	var x = []missing{}
	var a, b = undefinedFunc()
	_, _, _ = x, a, b
	var y [len(x)]int
	_ = y
	switch fd.(type) {
	case undefinedA:
	case undefinedB:
	}
}

type Foo struct{ _ int }

func (f *Foo) Call(cb func(*Foo)) { cb(f) }

func main() {
	f := &Foo{}
	f.Call(func(f) {})
	_ = f._
	var foo Foo
	_ = &foo{}
}
