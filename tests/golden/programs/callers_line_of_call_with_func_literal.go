// The line runtime.Callers reports for a call whose arguments include a function literal
// spanning several lines: the call's line, not the literal's last (package variables'
// initialisers, calls written over several lines).
package main

import (
	"fmt"
	"runtime"
)

func apply(a int, f func()) { f() }

func where() {
	var pcs [10]uintptr
	n := runtime.Callers(3, pcs[:])
	fr := runtime.CallersFrames(pcs[:n])
	f, _ := fr.Next()
	g, _ := fr.Next()
	fmt.Println(f.Function, f.Line, g.Function, g.Line)
}

var x = func() int { where(); return 1 }()

func main() {
	apply(1, func() {
		where()
		where()
	})
	apply(1,
		func() {
			where()
		})
	apply(
		2, func() {
			where()
		})
	go apply(3, func() {
		where()
	})
	runtime.Gosched()
}
