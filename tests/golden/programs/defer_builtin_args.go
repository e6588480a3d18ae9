// A deferred built-in call (delete, print, println, close, copy, panic) evaluates its
// arguments at the defer statement, like any deferred call.
package main

import "fmt"

func deletes() map[int]bool {
	m := map[int]bool{}
	for i := 0; i < 4; i++ {
		m[i] = true
		defer delete(m, i)
	}
	return m
}

func prints() {
	x := 1
	defer print("deferred x = ", x, "\n")
	s := []int{1, 2, 3}
	d := make([]int, 3)
	defer fmt.Println("copied", d)
	defer copy(d, s)
	s = []int{7, 8, 9}
	x = 2
	fmt.Println("x now", x, s)
}

func main() {
	fmt.Println(len(deletes()))
	prints()
	defer func() { fmt.Println("recovered", recover()) }()
	msg := "first"
	defer panic(msg)
	msg = "second"
}
