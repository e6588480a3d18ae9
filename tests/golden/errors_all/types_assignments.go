package main

func f0()
func f2() (int, int) { return 1, 2 }
func f3() (int, int, int) { return 1, 2, 3 }

type T struct{ f int }

func g() T { return T{} }

func main() {
	var a, b, c int
	a = f2()                // one variable, a call of several results
	a = (f3())
	x := f2()
	a, b = f3()
	a, b = 1, 2, 3          // counts: reported at the first value
	a, b, c = 1, 2
	y, z := 1
	_ = f0()                // no value
	w := f0()
	var m map[int]T
	m[1].f = 2              // struct field in a map
	g().f = 3
	"s"[0] = 'x'
	1 = a
	nil = 2
	a + 1 = b
	[]int{} = nil
	new = 1                 // built-ins must be called
	int = 2                 // types are no expressions
	_ = int
	p, p := 1, 2            // repeated: no "no new variables" complaint
	var i interface{}
	var s string = i.(int)  // comma-ok expression
	s = m[0]                // map index expression
	s = 0x10                // constants with the value when it reads otherwise
	s = 'a'
	s = false
	_ = s
	switch _ := i.(type) {
	}
	_, _, _, _, _, _, _, _ = a, b, c, x, y, z, w, p
}
