package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: %v len=%d cap=%d nil=%t\n", name, s, len(s), cap(s), s == nil)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	describe("var", a)
	describe("literal", b)
	describe("make", c)

	// nil slices are usable
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	describe("appended", a)

	var d []int
	e := d[:]
	f := d[0:0]
	describe("resliced nil", e)
	describe("nil[0:0]", f)

	// slicing a non-nil empty slice
	g := b[:0]
	describe("empty[:0]", g)

	// %#v distinguishes nil
	fmt.Printf("%#v %#v\n", d, b)
	var bs []byte
	fmt.Printf("%q %v %s|\n", bs, string(bs) == "", bs)

	// a nil slice of strings
	var ss []string
	fmt.Println(len(ss), ss == nil, ss)
	ss = append(ss, "x")
	fmt.Println(ss)

	// returning nil vs empty
	mk := func(n int) []int {
		if n == 0 {
			return nil
		}
		return make([]int, n)
	}
	fmt.Println(mk(0) == nil, mk(2) == nil)

	// interface holding a nil slice is not nil
	var x any = d
	fmt.Println(x == nil, x.([]int) == nil)

	// clear on nil is a no-op
	clear(d)
	fmt.Println(len(d))
	var nilm map[string]int
	fmt.Println(nilm == nil, len(nilm), nilm["missing"])
}
