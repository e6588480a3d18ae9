// An allocation bigger than the machine's memory (512 GiB): the kernel refuses the mapping.
package main

import "fmt"

var n = 1

func main() {
	defer fmt.Println("deferred: not printed")
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println("start")
	s := make([]int64, n<<36)
	fmt.Println(len(s))
}
