// make(chan T, n) with a negative n known only at run time: a plain error, no "runtime error:".
package main

var n = -1

func main() {
	_ = make(chan int, n)
}
