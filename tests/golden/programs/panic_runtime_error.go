package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %s\n", name, re.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %v\n", name, err)
			return
		}
		fmt.Printf("%s: other: %v\n", name, r)
	}()
	f()
}

type S struct{ F int }

func main() {
	var idx = 5
	var zero = 0
	try("index", func() {
		a := []int{1, 2, 3}
		_ = a[idx]
	})
	try("index-neg", func() {
		a := []int{1, 2, 3}
		i := -1
		_ = a[i]
	})
	try("array-index", func() {
		var a [4]int
		_ = a[idx]
	})
	try("string-index", func() {
		s := "abc"
		_ = s[idx]
	})
	try("slice-bounds", func() {
		a := make([]int, 2, 4)
		_ = a[1:idx]
	})
	try("slice-inverted", func() {
		a := []int{1, 2, 3}
		lo := 2
		_ = a[lo:1:2]
	})
	try("string-slice", func() {
		s := "hello"
		_ = s[idx+1:]
	})
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	try("nil-map", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("nil-pointer", func() {
		var p *S
		fmt.Println(p.F)
	})
	try("type-assert", func() {
		var x any = "str"
		fmt.Println(x.(int))
	})
	try("type-assert-iface", func() {
		var x any = 3
		fmt.Println(x.(fmt.Stringer))
	})
	try("closed-channel", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send-closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("nil-close", func() {
		var c chan int
		close(c)
	})
	try("conversion", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	try("custom", func() { panic(errors.New("plain error")) })
	try("string", func() { panic("just a string") })
	var re runtime.Error
	fmt.Println(re == nil)
}
