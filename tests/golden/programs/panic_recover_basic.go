package main

import (
	"errors"
	"fmt"
)

func safe(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name, "completed")
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func main() {
	safe("string", func() { panic("something bad") })
	safe("int", func() { panic(42) })
	safe("error", func() { panic(errors.New("an error")) })
	safe("custom", func() { panic(MyErr{7}) })
	safe("fmt", func() { panic(fmt.Sprintf("formatted %d", 3)) })
	safe("none", func() {})

	// defers run during panicking, in LIFO order
	safe("defers", func() {
		defer fmt.Println("defer 1")
		defer fmt.Println("defer 2")
		panic("after defers")
	})

	// panic unwinds through several frames
	var level func(n int)
	level = func(n int) {
		defer fmt.Println("unwinding", n)
		if n == 0 {
			panic("bottom")
		}
		level(n - 1)
	}
	safe("deep", func() { level(3) })

	// recover returns the value only once
	safe("twice", func() {
		defer func() {
			fmt.Println("second recover:", recover())
		}()
		defer func() {
			fmt.Println("first recover:", recover())
		}()
		panic("once")
	})

	// execution continues after the function that recovered
	result := func() (r int) {
		defer func() {
			if recover() != nil {
				r = -1
			}
		}()
		panic("x")
	}()
	fmt.Println("result", result)
	fmt.Println("main continues")
}
