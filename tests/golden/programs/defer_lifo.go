package main

import "fmt"

func stack() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func nested() {
	defer fmt.Println("outer defer 1")
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	defer fmt.Println("outer defer 2")
	fmt.Println("outer body")
}

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	c := open("c")
	defer c.Close()
	fmt.Println("using")
}

func main() {
	stack()
	fmt.Println()
	nested()
	useResources()

	// defers run even when returning early
	early := func(x int) {
		defer fmt.Println("deferred in early", x)
		if x > 0 {
			fmt.Println("return early")
			return
		}
		fmt.Println("normal path")
	}
	early(1)
	early(0)

	// deferred closures
	for _, s := range []string{"x", "y"} {
		defer func() { fmt.Println("closure", s) }()
	}
	defer func() {
		defer fmt.Println("defer inside defer")
		fmt.Println("deferred func runs")
	}()
	fmt.Println("main end")
}
