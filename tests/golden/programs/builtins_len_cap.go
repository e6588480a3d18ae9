package main

import "fmt"

func main() {
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr))
	pa := &arr
	fmt.Println(len(pa), cap(pa))

	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), len(s[1:]), cap(s[1:]), cap(s[2:5]))

	str := "héllo"
	fmt.Println(len(str), len("abc"), len(""))

	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(len(m))
	delete(m, "a")
	fmt.Println(len(m))

	ch := make(chan int, 4)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	<-ch
	fmt.Println(len(ch))

	var nilCh chan int
	var nilS []int
	var nilM map[int]int
	fmt.Println(len(nilCh), cap(nilCh), len(nilS), cap(nilS), len(nilM))

	// len of constant string and array is a constant
	const n = len("constant")
	var a2 [len(arr) * 2]bool
	fmt.Println(n, len(a2))

	// len on a nil *array is still the array length (it is a constant)
	var np *[7]int
	fmt.Println(len(np))

	// len evaluated per loop iteration
	q := []int{1, 2, 3}
	for i := 0; i < len(q); i++ {
		if q[i] == 2 {
			q = append(q, 4)
		}
	}
	fmt.Println(q, len(q))
}
