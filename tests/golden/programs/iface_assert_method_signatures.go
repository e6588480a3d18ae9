package main

import "fmt"

// A dynamic type implements an interface only when its methods have the interface's
// names and signatures (Go's bug201).

type T1 struct{ x, y int }
type T2 struct{ z, w byte }
type T3 T1

type MyInt int

func (MyInt) m(*T1)         {}
func (MyInt) N(int) string  { return "N" }
func (MyInt) S() (int, int) { return 1, 2 }

type Wrap struct{ fmt.Stringer }

type name string

func (n name) String() string { return string(n) }

func main() {
	var i interface{} = MyInt(0)
	_, ok1 := i.(interface{ m(*T1) })
	_, ok2 := i.(interface{ m(*T2) })
	_, ok3 := i.(interface{ m(*T3) })
	_, ok4 := i.(interface{ N(int) string })
	_, ok5 := i.(interface{ N(int64) string })
	_, ok6 := i.(interface{ S() (int, int) })
	_, ok7 := i.(interface{ S() int })
	fmt.Println(ok1, ok2, ok3, ok4, ok5, ok6, ok7)

	var w interface{} = Wrap{name("x")}
	_, ok8 := w.(fmt.Stringer)
	_, ok9 := w.(interface{ String() []byte })
	fmt.Println(ok8, ok9)

	switch v := i.(type) {
	case interface{ N(string) string }:
		fmt.Println("wrong", v)
	case interface{ N(int) string }:
		fmt.Println("right", v.N(1))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = i.(interface{ m(*T2) })
}
