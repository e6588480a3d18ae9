package main

type S struct {
	x int "tag"
}
type U struct {
	x int `json:"x"`
}
type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (*T) M() {}

type W struct{}

func (W) M(int) {}

type Byte byte

const a *int = 1
const b struct{} = 2
const c interface{} = 3

func main() {
	var s S
	var u U
	u = s                   // tags differ: not assignable
	u = U(s)                // but convertible
	var ps *S = (*S)(&u)    // also through pointers
	_ = struct{ x int }(s)  // and to the unnamed type without tags
	var t T
	var i I
	var j J
	var e interface{}
	_ = I(t)                // pointer receiver
	_ = I(W{})              // wrong type for method
	_ = J(i)                // missing method
	_ = T(e)                // need type assertion
	t = e                   // need type assertion
	i = new(I)              // pointer to interface
	var pi *I = &t          // pointer to interface as the target
	_ = int("1")
	_ = bool(0)
	_ = string(true)
	_ = Byte("x")
	_ = string()
	_ = int(1, 2)
	_ = I()
	_ = []byte("a", "b", 12) // conversions to type literals too, and the rest of the file is checked
	_ = []int()
	_ = map[string]int(nil, nil)
	_ = *int()
	_, _, _, _ = ps, pi, i, j
}
