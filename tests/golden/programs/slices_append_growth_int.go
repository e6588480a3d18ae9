package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			prev = cap(s)
		}
	}

	// appending many elements at once
	var t []int
	t = append(t, 1, 2, 3, 4, 5)
	fmt.Println(len(t), cap(t))
	t = append(t, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(t), cap(t))
	t = append(t, make([]int, 50)...)
	fmt.Println(len(t), cap(t))

	u := make([]int, 0, 5)
	for i := 0; i < 12; i++ {
		u = append(u, i)
		fmt.Print(cap(u), " ")
	}
	fmt.Println()

	// int32 and int64 elements
	var a32 []int32
	var a64 []int64
	var a16 []int16
	for i := 0; i < 40; i++ {
		a32 = append(a32, int32(i))
		a64 = append(a64, int64(i))
		a16 = append(a16, int16(i))
		fmt.Print(cap(a16), "/", cap(a32), "/", cap(a64), " ")
	}
	fmt.Println()
	z := append([]int(nil), []int{}...)
	fmt.Println(z == nil, len(z), cap(z))
}
