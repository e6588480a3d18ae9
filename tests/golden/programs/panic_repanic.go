package main

import (
	"fmt"
)

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle defer runs")
	inner()
	fmt.Println("not reached")
}

func panicInDefer() {
	defer func() {
		fmt.Println("outermost recovered:", recover())
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func main() {
	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		middle()
	}()

	// a new panic in a deferred call replaces the first one
	panicInDefer()

	// recover and panic again with the same value
	func() {
		defer func() { fmt.Println("final:", recover()) }()
		func() {
			defer func() {
				r := recover()
				fmt.Println("saw:", r)
				panic(r)
			}()
			panic(fmt.Errorf("err %d", 1))
		}()
	}()

	// panic(nil) becomes *runtime.PanicNilError in Go 1.21+
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(nil)
	}()
	fmt.Println("done")
}
