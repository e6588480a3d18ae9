// A String method that panics with a non-string value while the runtime prints the panic
// value: the fatal error names the value's type.
package main

type S struct{}

func (S) String() string { panic(S{}) }

func main() {
	panic(S{})
}
