package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:6]
	a[1] = 100 // same element as b[0] and base[3]
	fmt.Println(base, a, b)

	// append within capacity writes into the shared array
	c := base[:2]
	c = append(c, -1)
	fmt.Println(base, c)

	// append beyond capacity reallocates, breaking aliasing
	d := make([]int, 3, 3)
	e := append(d, 4)
	e[0] = 9
	fmt.Println(d, e)

	// two appends to the same slice clobber each other
	x := make([]int, 0, 10)
	x = append(x, 1, 2, 3)
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(x, y, z)

	// three-index slice prevents clobbering
	w := x[:3:3]
	y2 := append(w, 4)
	z2 := append(w, 5)
	fmt.Println(y2, z2)

	// slices passed to functions share the array, but len changes are local
	grow := func(s []int) {
		s[0] = 42
		s = append(s, 99)
		_ = s
	}
	g := make([]int, 1, 4)
	grow(g)
	fmt.Println(g, len(g), g[:2])

	// copy from overlapping regions
	ov := []int{1, 2, 3, 4, 5}
	n := copy(ov[1:], ov)
	fmt.Println(n, ov)

	// strings and []byte conversions copy
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs))

	// range over slice evaluates slice once
	r := []int{1, 2, 3}
	for i, v := range r {
		if i == 0 {
			r = append(r, 4)
			r[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(r)

	// pointers to elements
	p := &base[0]
	*p = -7
	fmt.Println(base[0])
	arr := [3]string{"a", "b", "c"}
	sl := arr[1:]
	sl[0] = "B"
	fmt.Println(arr)
}
