// Run-time error texts exactly as Go's: type assertions on nil interfaces, makechan, slice
// bounds (two- and three-index, arrays, pointers to arrays, strings, negative indices),
// conversions of slices to arrays.
package main

import "fmt"

type T struct{ a int }
type I interface{ M() }

var n = -1
var m = 5
var big = 10

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s: %v\n", name, e)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var x interface{}
	var i I
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	s := []int{1, 2, 3}
	str := "hello"
	try("nil iface to T", func() { _ = x.(T) })
	try("nil iface to *T", func() { _ = x.(*T) })
	try("nil iface to I", func() { _ = x.(I) })
	try("nil I to T", func() { _ = i.(interface{ N() }) })
	try("int to string", func() { x = 3; _ = x.(string) })
	try("makechan -1", func() { _ = make(chan int, n) })
	try("ptr arr [:big]", func() { _ = p[:big] })
	try("ptr arr [big:]", func() { _ = p[big:] })
	try("arr [:big]", func() { _ = arr[:big] })
	try("arr [n:]", func() { _ = arr[n:] })
	try("s[n:]", func() { _ = s[n:] })
	try("s[:n]", func() { _ = s[:n] })
	try("s[m:]", func() { _ = s[m:] })
	try("s[2:1]", func() { lo := 2; hi := 1; _ = s[lo:hi] })
	try("s[::big]", func() { _ = s[1:2:big] })
	try("s[:big:]", func() { _ = s[0:big:3] })
	try("s[2:1:3]", func() { lo := 2; hi := 1; _ = s[lo:hi:3] })
	try("s[n::]", func() { _ = s[n:1:2] })
	try("s[:n:]", func() { _ = s[0:n:2] })
	try("s[::n]", func() { _ = s[0:1:n] })
	try("s[:3:2]", func() { hi := 3; _ = s[0:hi:2] })
	try("str[n:]", func() { _ = str[n:] })
	try("str[:big]", func() { _ = str[:big] })
	try("str[3:2]", func() { lo := 3; _ = str[lo:2] })
	try("str[big:]", func() { _ = str[big:] })
	try("str[n]", func() { _ = str[n] })
	try("str[big]", func() { _ = str[big] })
	try("s[n]", func() { _ = s[n] })
	try("arr[n]", func() { _ = arr[n] })
	try("p[big]", func() { _ = p[big%8] })
	try("slice to arr ptr", func() { _ = (*[5]int)(s) })
	try("slice to arr", func() { _ = [5]int(s) })
	try("nil slice to arr ptr", func() { var ns []int; fmt.Println((*[0]int)(ns) == nil) })
	try("nil slice to arr ptr 1", func() { var ns []int; _ = (*[1]int)(ns) })
	try("nil ptr arr slice", func() { var np *[4]int; _ = np[:] })
	try("nil ptr arr index", func() { var np *[4]int; _ = np[1] })
	try("nil ptr arr len", func() { var np *[4]int; fmt.Println(len(np)) })
	try("nil map write", func() { var mm map[string]int; mm["a"] = 1 })
	try("shift neg", func() { _ = 1 << n })
	try("div zero", func() { z := 0; _ = 1 / z })
	try("close nil", func() { var c chan int; close(c) })
	try("make slice len big", func() { _ = make([]int, big, 3) })
}
