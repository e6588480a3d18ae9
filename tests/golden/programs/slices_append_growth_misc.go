package main

import "fmt"

type Small struct {
	A int32
	B bool
}

type Big struct {
	Name string
	Vals [5]int
}

func main() {
	var bs []byte
	for i := 0; i < 100; i++ {
		bs = append(bs, byte(i))
		fmt.Print(cap(bs), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 40; i++ {
		v := i
		ps = append(ps, &v)
		fmt.Print(cap(ps), " ")
	}
	fmt.Println(*ps[39])

	var ss []string
	for i := 0; i < 40; i++ {
		ss = append(ss, "x")
		fmt.Print(cap(ss), " ")
	}
	fmt.Println()

	var sm []Small
	for i := 0; i < 40; i++ {
		sm = append(sm, Small{int32(i), i%2 == 0})
		fmt.Print(cap(sm), " ")
	}
	fmt.Println()

	var bg []Big
	for i := 0; i < 20; i++ {
		bg = append(bg, Big{Name: "n"})
		fmt.Print(cap(bg), " ")
	}
	fmt.Println()

	var fl []float64
	var rs []rune
	var bl []bool
	for i := 0; i < 30; i++ {
		fl = append(fl, 1)
		rs = append(rs, 'a')
		bl = append(bl, true)
	}
	fmt.Println(cap(fl), cap(rs), cap(bl))

	// append string bytes
	b2 := append([]byte(nil), "hello, world"...)
	fmt.Println(len(b2), cap(b2))
	b3 := append([]byte("ab"), "cdefghijklmnopqrstuvwxyz0123456789"...)
	fmt.Println(len(b3), cap(b3))
	var e []struct{}
	for i := 0; i < 5; i++ {
		e = append(e, struct{}{})
	}
	fmt.Println(len(e), cap(e) >= 5)
}
