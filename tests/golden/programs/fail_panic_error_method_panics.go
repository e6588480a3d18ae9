// An Error method that panics (with a string) while the runtime prints the panic value.
package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { panic(fmt.Sprintf("inner %d", e.n)) }

func main() {
	defer func() { panic(E{7}) }()
	panic("first")
}
