// Calling a value method through an interface holding a nil pointer panics with the
// message of the generated wrapper (runtime.panicwrap), a runtime.Error.
package main

import "fmt"

type T struct{ a, b int }

func (t T) F() int { return t.a }

type N int

func (n N) G() int { return int(n) }

type I interface{ F() int }
type J interface{ G() int }

var (
	tp *T
	np *N
	i  I = tp
	j  J = np
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(isRuntime)
		var e error = r.(error)
		fmt.Println(e.Error())
		j.G()
	}()
	i.F()
}
