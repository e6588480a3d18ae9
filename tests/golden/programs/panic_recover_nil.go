package main

import "fmt"

func helper() any {
	return recover() // not called directly by a deferred function: returns nil
}

func main() {
	// recover outside a panic returns nil
	fmt.Println(recover())

	func() {
		defer func() {
			fmt.Println("no panic:", recover())
		}()
	}()

	// recover called from a nested function during panic returns nil
	func() {
		defer func() {
			r := recover()
			fmt.Println("direct:", r)
		}()
		defer func() {
			fmt.Println("helper:", helper())
		}()
		panic("p")
	}()

	// recover not in a deferred call
	func() {
		defer func() { recover() }()
		r := recover()
		fmt.Println("not deferred:", r)
		panic("quiet")
	}()

	// "defer recover()" does NOT stop a panic: recover is the deferred function itself,
	// it is not called directly by a deferred function; the panic reaches the outer recover.
	func() {
		defer func() {
			fmt.Println("after:", recover())
		}()
		func() {
			defer recover()
			panic("direct recover")
		}()
	}()
	fmt.Println("end")
}
