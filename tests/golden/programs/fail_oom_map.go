// A map size hint that asks for more bucket memory than the machine has.
package main

import "fmt"

var n = 1

func main() {
	fmt.Println("start")
	m := make(map[int]int, n<<40)
	fmt.Println(len(m))
}
