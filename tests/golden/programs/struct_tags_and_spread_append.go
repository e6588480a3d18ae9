package main

import "fmt"

// Struct tags are part of a struct type's identity (and of its %T), but conversions ignore
// them, through pointers too; append takes a multi-valued call's results as its arguments.

type S struct {
	X int `json:"x"`
	Y string
}

type U struct {
	X int
	Y string "why"
}

func pair() ([]int, int)            { return []int{1, 2}, 3 }
func three() ([]byte, byte, byte)   { return []byte("go"), 'p', 'h' }
func tagged() struct{ A int "a" }   { return struct{ A int "a" }{7} }

func main() {
	s := S{1, "one"}
	u := U(s)
	p := (*U)(&s)
	p.X = 2
	fmt.Printf("%v %v %T %T\n", s, u, u, tagged())
	var i interface{} = tagged()
	_, plain := i.(struct{ A int })
	_, same := i.(struct{ A int "a" })
	fmt.Println(plain, same, i == interface{}(struct{ A int }{7}))
	x := append(pair())
	fmt.Println(x, len(x), cap(x))
	fmt.Println(string(append(three())))
	defer fmt.Println("deferred", append(pair()))
}
