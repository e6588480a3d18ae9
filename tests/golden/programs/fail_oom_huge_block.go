// An allocation bigger than the address space Go can reserve for its heap.
package main

import "fmt"

var n = 1

func main() {
	fmt.Println("start")
	b := make([]byte, (n<<47)+12345)
	fmt.Println(len(b))
}
