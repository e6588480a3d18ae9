// A channel buffer bigger than the machine's memory: Go allocates it in make.
package main

import "fmt"

var n = 1

func main() {
	fmt.Println("start")
	c := make(chan int, n<<40)
	fmt.Println(cap(c))
}
