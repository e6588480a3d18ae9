// A stack overflow is a fatal error, not a panic: recover in a deferred function of the
// recursing function (with a named result it could set) cannot stop it.
package main

import "fmt"

func f(n int) (r int) {
	var buf [20000]int
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
		r += buf[7]
	}()
	buf[7] = n
	return f(n+1) + 1
}

func main() {
	defer func() { fmt.Println("recovered in main:", recover()) }()
	fmt.Println("start")
	fmt.Println(f(0))
}
