// make with sizes at Go's limits: the panics Go gives (some with no "runtime error:"
// prefix), hints Go ignores, and zero-size elements, which take no memory at any length.
package main

import "fmt"

var n = 1

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s: panic: %v\n", name, e)
			if _, ok := e.(error); ok {
				fmt.Printf("%s: is an error\n", name)
			}
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	try("slice len 2^60 int64", func() { _ = make([]int64, n<<60) })
	try("slice cap < len", func() { _ = make([]int, 5, n) })
	try("slice len -1", func() { _ = make([]int, -n) })
	try("slice cap -1", func() { _ = make([]int, 0, -n) })
	try("chan -1", func() { _ = make(chan int, -n) })
	try("chan 2^46 int64", func() { _ = make(chan int64, n<<46) })
	try("map -1", func() { _ = make(map[int]int, -n) })
	try("map 2^62", func() { fmt.Println(len(make(map[int]int, n<<62))) })
	try("chan struct{} 2^40", func() { fmt.Println(cap(make(chan struct{}, n<<40))) })
	try("slice struct{} 2^62", func() {
		s := make([]struct{}, n<<62)
		fmt.Println(len(s), cap(s), s[n<<61])
		t := s[n<<60 : n<<61]
		fmt.Println(len(t), cap(t))
		s[7] = struct{}{}
		u := append(s[:3], struct{}{}, struct{}{})
		fmt.Println(len(u), cap(u))
		v := append(s[:3:3], struct{}{})
		fmt.Println(len(v), cap(v))
		w := make([][0]int, 3, n<<50)
		fmt.Println(len(w), cap(w), w[2])
		_ = s[n<<62]
	})
}
