package main

import "fmt"

// `defer recover()`: recover runs as a deferred call of the function that defers it. It stops
// a panic when that function is itself a deferred call returning normally, and does nothing
// when it runs because that function panicked (Go's recover1).

func single() (r string) {
	defer func() { r = fmt.Sprint("after: ", recover()) }()
	defer func() {
		defer recover()
	}()
	panic(5)
}

func swapped() (r string) {
	defer func() { r = fmt.Sprint("outer recovered: ", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		defer recover() // a no-op: it runs called by panic(3)
		panic(3)
	}()
	panic(2)
}

func notPanicking() string {
	defer recover()
	return "no panic"
}

func main() {
	fmt.Println(single())
	fmt.Println(swapped())
	fmt.Println(notPanicking())
	defer fmt.Println("main's defer ran")
	func() {
		defer recover() // runs because this function panics: does not stop it
		panic("still panicking")
	}()
}
