// A failed type assertion between distinct types that print the same (local types of one
// name in different scopes) says so in the panic message.
package main

import "fmt"

type T struct{}

var X interface{}

func setLocal() {
	type T struct{}
	X = T{}
}

func check(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	setLocal()
	check(func() { _ = X.(T) })
	check(func() {
		type T struct{}
		_ = X.(T)
	})
	X = T{}
	check(func() {
		type T int
		_ = X.(T)
	})
	_, ok := X.(T)
	fmt.Println(ok)
	type U struct{}
	X = U{}
	_ = X.(T)
}
