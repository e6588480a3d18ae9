// An Error method that calls runtime.Goexit while the runtime prints main's panic value.
package main

import "runtime"

type E struct{}

func (E) Error() string { runtime.Goexit(); return "" }

func main() {
	panic(E{})
}
